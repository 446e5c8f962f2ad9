import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer } from "../cases/access.server";
import { runStatusForm } from "../certificate-status/actions.server";
import { DeciderForms } from "../certificate-status/DeciderForms";
import { DECIDER_INTENTS } from "../certificate-status/forms";
import { loadStatusPage } from "../certificate-status/load.server";
import { RecordSummary } from "../certificate-status/RecordSummary";
import { RequestList } from "../certificate-status/RequestList";
import type { StatusFailure } from "../certificate-status/types";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data, params }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("certStatus.title", { number: params.number ?? "" })} · ${t("workbench.title")}` }];
};

/** Staff see the record and the holder's requests; only deciders get the forms (the API decides either way). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await loadStatusPage(request, params.number ?? "", WORKBENCH_ROLES);
  return { lang: getLang(request), record: page.record, requests: page.requests, reasons: page.reasons, decider: page.viewer.role === "DECIDER" };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, WORKBENCH_ROLES);
  return runStatusForm(request, token, params.number ?? "", [...DECIDER_INTENTS, "decide"]);
}

export default function WorkbenchCertificateStatusPage() {
  const { record, requests, reasons, decider } = useLoaderData<typeof loader>();
  const failure = (useActionData<typeof action>() as { failure?: StatusFailure } | undefined)?.failure;
  const [searchParams] = useSearchParams();
  const t = useT();
  return (
    <article className="case" data-testid="certificate-status-page" data-number={record.number}>
      <p className="back">
        <Link to="/workbench/certificates">← {t("certStatus.back.workbench")}</Link>
      </p>
      <header className="case__header">
        <h1>{t("certStatus.title", { number: record.number })}</h1>
      </header>
      <RecordSummary record={record} done={searchParams.get("done")} />
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t("certStatus.requests")}</h2>
        <RequestList requests={requests} reasons={reasons} decide={decider} failure={failure} />
      </section>
      {decider ? (
        <section aria-labelledby="actions-heading">
          <h2 id="actions-heading">{t("certStatus.actions")}</h2>
          <DeciderForms record={record} reasons={reasons} failure={failure} />
        </section>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
