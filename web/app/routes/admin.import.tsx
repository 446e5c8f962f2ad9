import { useEffect } from "react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useRevalidator } from "@remix-run/react";
import { requireViewer, signedIn } from "../cases/access.server";
import { ADMIN_ROLES } from "../admin/actions.server";
import { AdminField, AdminPage } from "../admin/AdminChrome";
import { ImportJobQuery, type ImportJobView } from "../admin/import-queries.server";
import { forwardImport } from "../admin/import-upload.server";
import { graphql } from "../graphql.server";
import { useLang, useT } from "../hooks";
import { translator, type MessageKey } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("admin.import.title")} · ${t("admin.title")}` }];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const POLL_MS = 1000;

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const id = new URL(request.url).searchParams.get("job") ?? "";
  const job = UUID.test(id) ? (await signedIn(request, () => graphql(ImportJobQuery, { id }, { token, request }))).importJob : null;
  return { lang: getLang(request), job };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const started = await forwardImport(request, token);
  if ("id" in started) return redirect(`/admin/import?job=${started.id}`);
  return { failure: started };
}

export default function AdminImportPage() {
  const { job } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const t = useT();
  const running = job?.status === "VALIDATING" || job?.status === "RUNNING";
  const revalidator = useRevalidator();
  // Polls the job while it runs; the loader reads its progress from the API each time.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle") revalidator.revalidate();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [running, revalidator]);

  return (
    <AdminPage title="admin.import.title" hint="admin.import.hint">
      <Form method="post" encType="multipart/form-data" className="admin-form" reloadDocument>
        <AdminField id="import-file" label={t("admin.import.file")}>
          <input id="import-file" name="file" type="file" multiple required accept=".xlsx,.csv" data-testid="import-file" />
        </AdminField>
        <button type="submit" data-testid="import-submit">{t("admin.import.submit")}</button>
      </Form>
      {failed?.failure ? (
        <div className="form-error" role="alert" data-testid="import-refused" data-code={failed.failure.code}>
          <p>{t("admin.import.error", { message: failed.failure.message })}</p>
        </div>
      ) : null}
      {job ? <JobReport job={job} /> : null}
    </AdminPage>
  );
}

function JobReport({ job }: { job: ImportJobView }) {
  const t = useT();
  const lang = useLang();
  const status = t(`admin.import.status.${job.status}` as MessageKey, {
    imported: String(job.imported), skipped: String(job.skipped), count: String(job.issues.length), error: job.error ?? "",
  });
  return (
    <section aria-live="polite" className="import-job" data-testid="import-job" data-status={job.status}>
      <p className={`notice${job.status === "DONE" ? " notice--ok" : ""}`} role="status" data-testid="import-status">{status}</p>
      <label htmlFor="import-progress">{t("admin.import.progress", { done: String(job.done), total: String(job.total) })}</label>
      <progress id="import-progress" max={Math.max(job.total, 1)} value={job.done} data-testid="import-progress" />
      {job.issues.length > 0 ? (
        <table className="table" data-testid="import-issues">
          <thead>
            <tr><th>{t("admin.import.sheet")}</th><th>{t("admin.import.row")}</th><th>{t("admin.import.column")}</th><th>{t("admin.import.reason")}</th></tr>
          </thead>
          <tbody>
            {job.issues.map((i, n) => (
              <tr key={n} data-testid="import-issue" data-code={i.code}>
                <td>{i.sheet}</td><td>{i.row ?? "–"}</td><td>{i.column ?? "–"}</td><td>{lang === "en" ? i.en : i.zh}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {job.certificates.length > 0 && !(job.status === "VALIDATING" || job.status === "RUNNING") ? (
        <table className="table" data-testid="import-certificates">
          <thead>
            <tr><th>{t("admin.import.number")}</th><th>{t("admin.import.row")}</th><th>{t("admin.import.outcome")}</th></tr>
          </thead>
          <tbody>
            {job.certificates.map((c) => (
              <tr key={c.number} data-outcome={c.outcome}>
                <td>{c.number}</td><td>{c.row}</td><td>{t(`admin.import.outcome.${c.outcome}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
