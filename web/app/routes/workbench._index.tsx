import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CaseList } from "../components/CaseList";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { byEarliestDue } from "../cases/clocks";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { WorkbenchCasesQuery } from "../queries.server";
import type { CaseStatus } from "../types";

/** Cases the certification body has to move on: submitted and not yet ended (drafts are the applicant's). */
const INBOX: CaseStatus[] = ["SUBMITTED", "RETURNED", "DOCUMENT_REVIEW", "SUPPLEMENT_REQUESTED", "IN_EVALUATION", "IN_REVIEW", "AWAITING_DECISION"];

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("workbench.title")} · ${t("site.title")}` }];
};

/**
 * `?mine=1` narrows the inbox to the engineer's own cases, so the view can be linked. Without it
 * every open case shows, for engineers too: a new application is nobody's until an engineer takes
 * it, and its §3.3 acceptance clock (2 working days) runs meanwhile — a "mine" default would hide it.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token, viewer } = await requireViewer(request, WORKBENCH_ROLES);
  const filterable = viewer.role === "ENGINEER";
  const mine = filterable && new URL(request.url).searchParams.get("mine") === "1";
  const result = await signedIn(request, () => graphql(WorkbenchCasesQuery, { status: INBOX, assignedToMe: mine }, { token, request }));
  return { lang: getLang(request), cases: byEarliestDue(result.certificationCases), mine, filterable };
}

export default function WorkbenchPage() {
  const { cases, mine, filterable } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("workbench.title")}</h1>
      <nav aria-label={t("workbench.sections")} className="inbox-filter" data-testid="workbench-sections">
        <Link to="/workbench/alerts" data-testid="nav-alerts">{t("alerts.nav")}</Link>
        {" · "}
        <Link to="/workbench/certificates" data-testid="nav-certificate-status">{t("certStatus.nav")}</Link>
        {" · "}
        <Link to="/workbench/changes" data-testid="nav-changes">{t("change.workbench.title")}</Link>
        {" · "}
        <Link to="/workbench/surveillance" data-testid="nav-surveillance">{t("sv.nav")}</Link>
        {" · "}
        <Link to="/workbench/transitions" data-testid="nav-transitions">{t("rc.transitions")}</Link>
        {" · "}
        <Link to="/workbench/marks" data-testid="nav-marks">{t("mk.nav")}</Link>
      </nav>
      <h2 className="visually-hidden">{t("workbench.inbox")}</h2>
      {filterable ? (
        <nav aria-label={t("inbox.filter")} className="inbox-filter" data-testid="inbox-filter">
          <Link to="/workbench" aria-current={mine ? undefined : "page"} className={`button button--small${mine ? " button--secondary" : ""}`} data-testid="inbox-all">
            {t("inbox.all")}
          </Link>{" "}
          <Link to="/workbench?mine=1" aria-current={mine ? "page" : undefined} className={`button button--small${mine ? "" : " button--secondary"}`} data-testid="inbox-mine">
            {t("inbox.mine")}
          </Link>
        </nav>
      ) : null}
      {cases.length === 0 ? (
        <div className="empty" data-testid="empty-state">
          <p className="empty__title">{mine ? t("inbox.emptyMine") : t("workbench.empty")}</p>
        </div>
      ) : (
        <>
          <p className="result-count" data-testid="case-count" data-count={cases.length}>
            {t("workbench.count", { count: cases.length })}
          </p>
          <CaseList cases={cases} hrefBase="/workbench/cases" showApplicant showEngineer />
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
