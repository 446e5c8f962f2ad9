import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { requireViewer, signedIn } from "../cases/access.server";
import { ADMIN_ROLES, formValues, refused, runAdminCall, type AdminFailure } from "../admin/actions.server";
import { AdminField, AdminPage, FormFailure, fieldError } from "../admin/AdminChrome";
import type { AdminLab } from "../admin/types";
import { graphql } from "../graphql.server";
import { useLang, useT } from "../hooks";
import { pick, translator } from "../i18n";
import { getLang } from "../lang.server";
import { AdminLabsQuery, CreateLabMutation, UpdateLabScopeMutation } from "../queries.server";

const NEW = "new";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("admin.labs.title")} · ${t("admin.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const result = await signedIn(request, () => graphql(AdminLabsQuery, {}, { token, request }));
  return { lang: getLang(request), labs: result.labs };
}

/** One test item per line; blank lines dropped. Trimming, emptiness and duplicates are the API's to judge. */
function scopeLines(text: string | undefined): string[] {
  return (text ?? "").split(/\r?\n/).filter((line) => line.trim() !== "");
}

/** `cmaScope[3]` → the scope textarea (the API counts non-blank lines). */
const formField = (field: string | undefined) => (field?.startsWith("cmaScope") ? "cmaScope" : field);

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const values = await formValues(request);
  const cmaScope = scopeLines(values.cmaScope);
  const cmaCertificateNo = values.cmaCertificateNo ?? "";
  const target = values.intent === "create" ? NEW : values.labId ?? "";
  const web = (field: string, message: string): AdminFailure => ({ target, code: "WEB", field, message, values });
  if (cmaScope.length === 0) return refused(web("cmaScope", "admin.error.required"));

  let result: { failure: AdminFailure } | null;
  if (values.intent === "create") {
    const optional = (v: string | undefined) => v?.trim() || null;
    const input = {
      nameZh: values.nameZh ?? "", nameEn: optional(values.nameEn), addressZh: values.addressZh ?? "", addressEn: optional(values.addressEn),
      creditCode: optional(values.creditCode), cmaCertificateNo, cmaScope,
    };
    result = await runAdminCall(request, target, values, () => graphql(CreateLabMutation, { input }, { token, request }));
  } else if (values.intent === "scope") {
    const version = Number(values.version);
    if (!target || !Number.isInteger(version)) throw data({ reason: "BAD_FORM" }, { status: 400 });
    result = await runAdminCall(request, target, values, () => graphql(UpdateLabScopeMutation, { labId: target, version, cmaCertificateNo, cmaScope }, { token, request }));
  } else {
    throw data({ reason: "BAD_INTENT" }, { status: 400 });
  }
  if (result) return refused({ ...result.failure, field: formField(result.failure.field) });
  return redirect(`/admin/labs?saved=${target}`);
}

export default function AdminLabsPage() {
  const { labs } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const failureFor = (target: string) => (actionData?.failure?.target === target ? actionData.failure : undefined);
  return (
    <AdminPage title="admin.labs.title" hint="admin.labs.hint">
      {labs.length === 0 ? (
        <div className="empty" data-testid="empty-state">
          <p className="empty__title">{t("admin.labs.empty")}</p>
        </div>
      ) : (
        <ul className="admin-list">
          {labs.map((lab) => (
            <LabRow key={lab.id} lab={lab} saved={searchParams.get("saved") === lab.id && !actionData} failure={failureFor(lab.id)} />
          ))}
        </ul>
      )}
      <NewLabForm failure={failureFor(NEW)} />
    </AdminPage>
  );
}

function LabRow({ lab, saved, failure }: { lab: AdminLab; saved: boolean; failure?: AdminFailure }) {
  const lang = useLang();
  const t = useT();
  const id = (field: string) => `lab-${lab.id}-${field}`;
  const general = failure && !["cmaScope", "cmaCertificateNo"].includes(failure.field ?? "") ? failure : undefined;
  return (
    <li className="admin-item" data-testid="lab-row" data-id={lab.id}>
      <h2 className="admin-item__title">{pick(lang, lab.nameZh, lab.nameEn)}</h2>
      <p className="admin-item__meta">
        {t("admin.labs.certificateNo")} {lab.cmaCertificateNo}
      </p>
      <ul className="admin-scope" data-testid="lab-scope">
        {lab.cmaScope.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {saved ? (
        <p className="notice-ok" role="status" data-testid="lab-saved">
          {t("admin.labs.saved")}
        </p>
      ) : null}
      <Form method="post" className="admin-form" data-testid="lab-scope-form">
        <input type="hidden" name="intent" value="scope" />
        <input type="hidden" name="labId" value={lab.id} />
        <input type="hidden" name="version" value={lab.version} />
        {general ? <FormFailure failure={general} /> : null}
        <AdminField id={id("no")} label={t("admin.labs.certificateNo")} error={fieldError(failure, lab.id, "cmaCertificateNo", t)}>
          <input id={id("no")} name="cmaCertificateNo" type="text" required defaultValue={failure?.values.cmaCertificateNo ?? lab.cmaCertificateNo} data-testid="lab-certificate-no" />
        </AdminField>
        <AdminField id={id("scope")} label={t("admin.labs.scope")} error={fieldError(failure, lab.id, "cmaScope", t)} wide>
          <textarea id={id("scope")} name="cmaScope" rows={Math.max(3, lab.cmaScope.length + 1)} defaultValue={failure?.values.cmaScope ?? lab.cmaScope.join("\n")} data-testid="lab-scope-input" />
        </AdminField>
        <button type="submit" className="button" data-testid="lab-save">
          {t("admin.labs.save")}
        </button>
      </Form>
    </li>
  );
}

const NEW_FIELDS = [
  ["nameZh", "admin.labs.nameZh", true],
  ["nameEn", "admin.labs.nameEn", false],
  ["addressZh", "admin.labs.addressZh", true],
  ["addressEn", "admin.labs.addressEn", false],
  ["creditCode", "admin.labs.creditCode", false],
  ["cmaCertificateNo", "admin.labs.certificateNo", true],
] as const;

function NewLabForm({ failure }: { failure?: AdminFailure }) {
  const t = useT();
  const known = new Set<string>([...NEW_FIELDS.map(([name]) => name), "cmaScope"]);
  const general = failure && !known.has(failure.field ?? "") ? failure : undefined;
  return (
    <section className="admin-new" aria-labelledby="lab-new-title">
      <h2 id="lab-new-title">{t("admin.labs.new")}</h2>
      <Form method="post" className="admin-form" data-testid="lab-create-form">
        <input type="hidden" name="intent" value="create" />
        {general ? <FormFailure failure={general} /> : null}
        {NEW_FIELDS.map(([name, label, required]) => (
          <AdminField key={name} id={`lab-new-${name}`} label={t(label)} error={fieldError(failure, NEW, name, t)}>
            <input id={`lab-new-${name}`} name={name} type="text" required={required} defaultValue={failure?.values[name] ?? ""} data-testid={`lab-new-${name}`} />
          </AdminField>
        ))}
        <AdminField id="lab-new-scope" label={t("admin.labs.scope")} error={fieldError(failure, NEW, "cmaScope", t)} wide>
          <textarea id="lab-new-scope" name="cmaScope" rows={4} defaultValue={failure?.values.cmaScope ?? ""} data-testid="lab-new-scope" />
        </AdminField>
        <button type="submit" className="button" data-testid="lab-create">
          {t("admin.labs.create")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
