import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { requireViewer, signedIn } from "../cases/access.server";
import { ADMIN_ROLES, formValues, refused, runAdminCall, type AdminFailure } from "../admin/actions.server";
import { AdminField, AdminPage, CreditBadge, FormFailure, fieldError } from "../admin/AdminChrome";
import { CREDIT_STATUSES, ORGANISATION_KINDS, type AdminOrganisation, type CreditStatus, type OrganisationKind } from "../admin/types";
import { graphql } from "../graphql.server";
import { useLang, useT } from "../hooks";
import { pick, translator } from "../i18n";
import { getLang } from "../lang.server";
import { AdminOrganisationsQuery, SetOrganisationCreditMutation } from "../queries.server";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("admin.organisations.title")} · ${t("admin.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const url = new URL(request.url);
  const query = url.searchParams.get("q")?.trim() || null;
  const kindParam = url.searchParams.get("kind");
  const kind = ORGANISATION_KINDS.includes(kindParam as OrganisationKind) ? (kindParam as OrganisationKind) : null;
  const result = await signedIn(request, () => graphql(AdminOrganisationsQuery, { kind, query }, { token, request }));
  return { lang: getLang(request), organisations: result.organisations, query, kind };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const values = await formValues(request);
  const target = values.organisationId ?? "";
  const version = Number(values.version);
  const status = values.status as CreditStatus;
  if (!target || !Number.isInteger(version) || !CREDIT_STATUSES.includes(status)) throw data({ reason: "BAD_FORM" }, { status: 400 });
  const source = values.source?.trim() ?? "";
  const checkedOn = values.checkedOn?.trim() ?? "";
  const web = (field: string, message: string): AdminFailure => ({ target, code: "WEB", field, message, values });
  if (status !== "NONE" && !source) return refused(web("source", "admin.error.required"));
  if (!DATE.test(checkedOn)) return refused(web("checkedOn", checkedOn ? "admin.error.badDate" : "admin.error.required"));

  const result = await runAdminCall(request, target, values, () =>
    graphql(SetOrganisationCreditMutation, { organisationId: target, version, status, source: source || null, checkedOn }, { token, request }),
  );
  if (result) return refused(result.failure);
  const url = new URL(request.url);
  url.searchParams.set("saved", target);
  return redirect(url.pathname + url.search);
}

export default function AdminOrganisationsPage() {
  const { organisations, query, kind } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  return (
    <AdminPage title="admin.organisations.title" hint="admin.organisations.hint">
      <Form method="get" className="admin-filter" data-testid="organisation-filter">
        <AdminField id="org-q" label={t("admin.organisations.query")}>
          <input id="org-q" name="q" type="search" defaultValue={query ?? ""} data-testid="organisation-query" />
        </AdminField>
        <AdminField id="org-kind" label={t("admin.organisations.kind")}>
          <select id="org-kind" name="kind" defaultValue={kind ?? ""} data-testid="organisation-kind">
            <option value="">{t("admin.organisations.anyKind")}</option>
            {ORGANISATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`admin.kind.${k}`)}
              </option>
            ))}
          </select>
        </AdminField>
        <button type="submit" className="button" data-testid="organisation-search">
          {t("admin.organisations.search")}
        </button>
      </Form>
      {organisations.length === 0 ? (
        <div className="empty" data-testid="empty-state">
          <p className="empty__title">{t("admin.organisations.empty")}</p>
        </div>
      ) : (
        <>
          <p className="result-count" data-testid="organisation-count" data-count={organisations.length}>
            {t("admin.organisations.count", { count: organisations.length })}
          </p>
          <ul className="admin-list">
            {organisations.map((o) => (
              <OrganisationRow
                key={o.id}
                o={o}
                saved={searchParams.get("saved") === o.id && !actionData}
                failure={actionData?.failure?.target === o.id ? actionData.failure : undefined}
              />
            ))}
          </ul>
        </>
      )}
    </AdminPage>
  );
}

function OrganisationRow({ o, saved, failure }: { o: AdminOrganisation; saved: boolean; failure?: AdminFailure }) {
  const lang = useLang();
  const t = useT();
  const id = (field: string) => `org-${o.id}-${field}`;
  const error = (field: string) => fieldError(failure, o.id, field, t);
  const value = (field: string, fallback: string) => failure?.values[field] ?? fallback;
  const general = failure && !["source", "checkedOn", "status"].includes(failure.field ?? "") ? failure : undefined;
  return (
    <li className="admin-item" data-testid="organisation-row" data-id={o.id}>
      <div className="admin-item__head">
        <h2 className="admin-item__title">{pick(lang, o.nameZh, o.nameEn)}</h2>
        <CreditBadge status={o.creditStatus} />
      </div>
      <p className="admin-item__meta">
        {t(`admin.kind.${o.kind}`)}
        {o.creditCode ? ` · ${t("admin.organisations.creditCode")} ${o.creditCode}` : ""}
        {o.creditCheckedOn ? ` · ${t("admin.organisations.checked", { source: o.creditSource ?? "–", date: o.creditCheckedOn })}` : ""}
      </p>
      {saved ? (
        <p className="notice-ok" role="status" data-testid="credit-saved">
          {t("admin.credit.saved")}
        </p>
      ) : null}
      <Form method="post" className="admin-form" data-testid="credit-form">
        <input type="hidden" name="organisationId" value={o.id} />
        <input type="hidden" name="version" value={o.version} />
        {general ? <FormFailure failure={general} /> : null}
        <AdminField id={id("status")} label={t("admin.credit.status")} error={error("status")}>
          <select id={id("status")} name="status" defaultValue={value("status", o.creditStatus)} data-testid="credit-status">
            {CREDIT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`credit.${s}`)}
              </option>
            ))}
          </select>
        </AdminField>
        <AdminField id={id("source")} label={t("admin.credit.source")} hint={t("admin.credit.sourceHint")} error={error("source")} wide>
          <input
            id={id("source")}
            name="source"
            type="text"
            maxLength={500}
            defaultValue={value("source", o.creditSource ?? "")}
            aria-invalid={!!error("source") || undefined}
            aria-describedby={`${id("source")}-hint${error("source") ? ` ${id("source")}-error` : ""}`}
            data-testid="credit-source"
          />
        </AdminField>
        <AdminField id={id("checkedOn")} label={t("admin.credit.checkedOn")} error={error("checkedOn")}>
          <input
            id={id("checkedOn")}
            name="checkedOn"
            type="date"
            defaultValue={value("checkedOn", o.creditCheckedOn ?? "")}
            aria-invalid={!!error("checkedOn") || undefined}
            aria-describedby={error("checkedOn") ? `${id("checkedOn")}-error` : undefined}
            data-testid="credit-checked-on"
          />
        </AdminField>
        <button type="submit" className="button" data-testid="credit-save">
          {t("admin.credit.save")}
        </button>
      </Form>
    </li>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
