import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { StatusBadge } from "../components/StatusBadge";
import { requireViewer, signedIn } from "../cases/access.server";
import { graphql } from "../graphql.server";
import { useLang, useT } from "../hooks";
import { pick, translator } from "../i18n";
import { getLang } from "../lang.server";
import { RegulatorDashboardQuery } from "../queries.server";
import { DASHBOARD_ROLES } from "../regulator/access.server";
import { BarChart } from "../regulator/BarChart";
import { readParams, toFilter, withCursor } from "../regulator/filters";
import { beijingTime } from "../regulator/format";
import { CERTIFICATE_STATUSES, PRODUCT_TYPES } from "../types";

const PAGE = 20;
const LATEST = 10;

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("rg.title")} · ${t("site.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token, viewer } = await requireViewer(request, DASHBOARD_ROLES);
  const params = readParams(new URL(request.url).searchParams);
  const result = await signedIn(request, () =>
    graphql(RegulatorDashboardQuery, { filter: toFilter(params), first: PAGE, after: params.after, latest: LATEST }, { token, request }),
  );
  return { lang: getLang(request), params, regulator: viewer.role === "REGULATOR", ...result };
}

export default function RegulatorDashboard() {
  const { params, regulator, regulatorCounts: counts, regulatorCertificates: list, certificateChanges: feed } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h1>{t("rg.title")}</h1>
      <p className="muted">{t("rg.intro")}</p>
      {regulator ? (
        <p>
          <Link to="/regulator/tokens" data-testid="rg-tokens-link">
            {t("rg.tokens")}
          </Link>
        </p>
      ) : null}

      <Form method="get" className="search-form" data-testid="rg-filters" aria-label={t("rg.filters")}>
        <div style={{ display: "flex", flexWrap: "wrap", gap: "0 1rem" }}>
          <div className="field">
            <label htmlFor="rg-status">{t("rg.filter.status")}</label>
            <select id="rg-status" name="status" defaultValue={params.status} data-testid="rg-filter-status">
              <option value="">{t("rg.filter.any")}</option>
              {CERTIFICATE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="rg-type">{t("rg.filter.productType")}</label>
            <select id="rg-type" name="productType" defaultValue={params.productType} data-testid="rg-filter-type">
              <option value="">{t("rg.filter.any")}</option>
              {PRODUCT_TYPES.map((p) => (
                <option key={p} value={p}>
                  {t(`productType.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="rg-from">{t("rg.filter.issuedFrom")}</label>
            <input id="rg-from" type="date" name="issuedFrom" defaultValue={params.issuedFrom} data-testid="rg-filter-from" />
          </div>
          <div className="field">
            <label htmlFor="rg-to">{t("rg.filter.issuedTo")}</label>
            <input id="rg-to" type="date" name="issuedTo" defaultValue={params.issuedTo} data-testid="rg-filter-to" />
          </div>
          <div className="field">
            <label htmlFor="rg-reason">{t("rg.filter.reasonCode")}</label>
            <input id="rg-reason" type="text" name="reasonCode" defaultValue={params.reasonCode} data-testid="rg-filter-reason" />
          </div>
        </div>
        <button type="submit" className="button" data-testid="rg-filter-apply">
          {t("rg.filter.apply")}
        </button>{" "}
        <Link to="/regulator" data-testid="rg-filter-reset">
          {t("rg.filter.reset")}
        </Link>
      </Form>

      <p className="result-count" data-testid="rg-total" data-count={counts.total}>
        {t("rg.total", { count: counts.total })}
      </p>
      <BarChart title={t("rg.chart.status")} testId="rg-chart-status" bars={counts.byStatus.map((b) => ({ ...b, label: t(`status.${b.key as "VALID"}`) }))} />
      <BarChart title={t("rg.chart.productType")} testId="rg-chart-type" bars={counts.byProductType.map((b) => ({ ...b, label: t(`productType.${b.key as "ACB"}`) }))} />
      <BarChart title={t("rg.chart.issueMonth")} testId="rg-chart-month" bars={counts.byIssueMonth.map((b) => ({ ...b, label: b.key }))} />

      <h2>{t("rg.list")}</h2>
      <p className="result-count" data-testid="rg-list-count" data-count={list.totalCount}>
        {t("rg.list.count", { count: list.totalCount })}
      </p>
      <div className="table-scroll">
        <table data-testid="rg-list">
          <thead>
            <tr>
              <th scope="col">{t("rg.list.number")}</th>
              <th scope="col">{t("rg.list.status")}</th>
              <th scope="col">{t("rg.list.holder")}</th>
              <th scope="col">{t("rg.list.product")}</th>
              <th scope="col">{t("rg.list.issued")}</th>
              <th scope="col">{t("rg.list.expires")}</th>
            </tr>
          </thead>
          <tbody>
            {list.edges.map(({ node }) => (
              <tr key={node.number} data-testid="rg-row" data-status={node.status} data-product-type={node.productType}>
                <th scope="row">
                  <Link to={`/certificates/${encodeURIComponent(node.number)}`}>{node.number}</Link>
                </th>
                <td>
                  <StatusBadge status={node.status} />
                </td>
                <td>{pick(lang, node.applicant.nameZh, node.applicant.nameEn)}</td>
                <td>
                  {pick(lang, node.productNameZh, node.productNameEn)} · {node.frameCurrent} A
                </td>
                <td>{node.firstIssuedOn}</td>
                <td>{node.expiresOn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {params.after ? (
          <Link to={withCursor(params, null)} data-testid="rg-first-page">
            {t("rg.list.first")}
          </Link>
        ) : null}{" "}
        {list.pageInfo.hasNextPage ? (
          <Link to={withCursor(params, list.pageInfo.endCursor)} data-testid="rg-next-page">
            {t("rg.list.next")}
          </Link>
        ) : null}
      </p>

      <h2>{t("rg.feed")}</h2>
      {feed.edges.length === 0 ? (
        <p className="muted">{t("rg.feed.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="rg-feed">
            <thead>
              <tr>
                <th scope="col">{t("rg.feed.seq")}</th>
                <th scope="col">{t("rg.feed.type")}</th>
                <th scope="col">{t("rg.list.number")}</th>
                <th scope="col">{t("rg.feed.recordedAt")}</th>
                <th scope="col">{t("rg.feed.current")}</th>
              </tr>
            </thead>
            <tbody>
              {[...feed.edges].reverse().map(({ node }) => (
                <tr key={node.seq} data-testid="rg-feed-row">
                  <td>{node.seq}</td>
                  <td>{node.type}</td>
                  <td>
                    <Link to={`/certificates/${encodeURIComponent(node.certificateNumber)}`}>{node.certificateNumber}</Link>
                  </td>
                  <td>
                    <time dateTime={node.recordedAt}>{beijingTime(node.recordedAt)}</time>
                  </td>
                  <td>{node.currentStatus ? <StatusBadge status={node.currentStatus} /> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
