import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireViewer, signedIn } from "../cases/access.server";
import { ADMIN_ROLES } from "../admin/actions.server";
import { AdminField, AdminPage } from "../admin/AdminChrome";
import { AuditChainReportQuery, AuditEventsQuery, type AuditChainCheck, type AuditFilterInput } from "../admin/audit-queries.server";
import { GraphQLRequestError, graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("admin.audit.title")} · ${t("admin.title")}` }];
};

const FILTERS = ["caseId", "certificateNumber", "userId", "from", "to"] as const;

/** Beijing dates of the form become instants: `from` at the day's start, `to` at the end of the day. */
function instant(date: string, endOfDay: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const start = new Date(`${date}T00:00:00+08:00`);
  return new Date(start.getTime() + (endOfDay ? 86_400_000 : 0)).toISOString();
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const url = new URL(request.url);
  const params = Object.fromEntries(FILTERS.map((f) => [f, url.searchParams.get(f)?.trim() ?? ""])) as Record<(typeof FILTERS)[number], string>;
  const filter: AuditFilterInput = {};
  if (params.caseId) filter.caseId = params.caseId;
  if (params.certificateNumber) filter.certificateNumber = params.certificateNumber;
  if (params.userId) filter.userId = params.userId;
  if (params.from) filter.from = instant(params.from, false);
  if (params.to) filter.to = instant(params.to, true);
  const after = url.searchParams.get("after");
  const anchor = url.searchParams.get("anchor")?.trim() ?? "";
  const wantsCheck = url.searchParams.get("check") === "1";
  let error: string | null = null;
  // Bad input comes back from the API as BAD_USER_INPUT: shown on the page, never a 500.
  const attempt = async <T,>(call: () => Promise<T>): Promise<T | null> => {
    try {
      return await signedIn(request, call);
    } catch (e) {
      if (e instanceof GraphQLRequestError && e.code === "BAD_USER_INPUT") {
        error = e.message;
        return null;
      }
      throw e;
    }
  };
  const events = await attempt(() => graphql(AuditEventsQuery, { filter, after }, { token, request }));
  let check: AuditChainCheck | null = null;
  if (wantsCheck) {
    const [anchorSeq, anchorHash] = anchor ? anchor.split(":") : [null, null];
    check = (await attempt(() => graphql(AuditChainReportQuery, { anchorSeq: anchorSeq ?? null, anchorHash: anchorHash ?? null }, { token, request })))?.auditChainReport ?? null;
  }
  const next = events?.auditEvents.pageInfo.hasNextPage ? events.auditEvents.pageInfo.endCursor : null;
  const nextQuery = next ? new URLSearchParams({ ...Object.fromEntries(FILTERS.flatMap((f) => (params[f] ? [[f, params[f]]] : []))), after: next }).toString() : null;
  return { lang: getLang(request), params, anchor, events: events?.auditEvents.edges.map((e) => e.node) ?? [], nextQuery, check, error };
}

export default function AdminAuditPage() {
  const { params, anchor, events, nextQuery, check, error } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <AdminPage title="admin.audit.title" hint="admin.audit.hint">
      <section aria-labelledby="audit-chain" className="audit-chain">
        <h2 id="audit-chain">{t("admin.audit.chain")}</h2>
        <Form method="get" className="admin-form">
          <input type="hidden" name="check" value="1" />
          <AdminField id="audit-anchor" label={t("admin.audit.anchor")}>
            <input id="audit-anchor" type="text" name="anchor" defaultValue={anchor} placeholder="1234:9f86d0…" data-testid="audit-anchor" />
          </AdminField>
          <button type="submit" className="button" data-testid="audit-check">{t("admin.audit.check")}</button>
        </Form>
        {check ? (
          check.intact ? (
            <p className="notice notice--ok" role="status" data-testid="audit-intact">
              {t("admin.audit.intact", { count: String(check.checked) })} <code>{`${check.headSeq}:${check.headHash ?? "-"}`}</code>
            </p>
          ) : (
            <p className="notice notice--error" role="alert" data-testid="audit-broken">
              {t("admin.audit.broken", { seq: check.firstBroken?.seq ?? "?", reason: t(`admin.audit.reason.${check.firstBroken?.reason ?? "ALTERED"}` as never) })}
            </p>
          )
        ) : null}
      </section>
      <Form method="get" className="admin-form admin-form--filters" aria-label={t("admin.audit.filters")}>
        <AdminField id="audit-cert" label={t("admin.audit.certificate")}>
          <input id="audit-cert" type="text" name="certificateNumber" defaultValue={params.certificateNumber} data-testid="audit-filter-certificate" />
        </AdminField>
        <AdminField id="audit-case" label={t("admin.audit.case")}>
          <input id="audit-case" type="text" name="caseId" defaultValue={params.caseId} data-testid="audit-filter-case" />
        </AdminField>
        <AdminField id="audit-user" label={t("admin.audit.user")}>
          <input id="audit-user" type="text" name="userId" defaultValue={params.userId} data-testid="audit-filter-user" />
        </AdminField>
        <AdminField id="audit-from" label={t("admin.audit.from")}>
          <input id="audit-from" type="date" name="from" defaultValue={params.from} />
        </AdminField>
        <AdminField id="audit-to" label={t("admin.audit.to")}>
          <input id="audit-to" type="date" name="to" defaultValue={params.to} />
        </AdminField>
        <button type="submit" className="button" data-testid="audit-filter">{t("admin.organisations.search")}</button>
      </Form>
      {error ? <p className="notice notice--error" role="alert" data-testid="audit-error">{error}</p> : null}
      {events.length === 0 ? (
        <div className="empty" data-testid="empty-state">
          <p className="empty__title">{t("admin.audit.empty")}</p>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="audit-table" data-testid="audit-events">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t("admin.audit.when")}</th>
                <th scope="col">{t("admin.audit.who")}</th>
                <th scope="col">{t("admin.audit.what")}</th>
                <th scope="col">{t("admin.audit.subject")}</th>
                <th scope="col">{t("admin.audit.hash")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} data-testid="audit-event">
                  <td>{e.chainSeq}</td>
                  <td><time dateTime={e.occurredAt}>{new Date(e.occurredAt).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })}</time></td>
                  <td>{e.actorName ?? t("admin.audit.system")} <span className="muted">{e.actorRole}</span></td>
                  <td>
                    {e.action}
                    {e.fromState || e.toState ? <span className="muted"> {e.fromState ?? "–"} → {e.toState ?? "–"}</span> : null}
                    {e.reason ? <div className="muted">{e.reason}</div> : null}
                  </td>
                  <td>{e.aggregateType} <code>{e.aggregateId}</code></td>
                  <td><code title={e.hash}>{e.hash.slice(0, 12)}…</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextQuery ? <p><Link to={`/admin/audit?${nextQuery}`} data-testid="audit-next">{t("admin.audit.older")}</Link></p> : null}
    </AdminPage>
  );
}
