import { Link } from "@remix-run/react";
import { useT } from "../hooks";
import type { CaseStatus } from "../types";

/** Statuses after acceptance in which the evaluation pages have something to show. */
const EVALUATED: CaseStatus[] = ["IN_EVALUATION", "IN_REVIEW", "AWAITING_DECISION", "CERTIFIED", "TERMINATED"];

/** The workbench case page's links to the type test, inspection, and review and decision pages. */
export function DecisionLinks({ caseId, status }: { caseId: string; status: CaseStatus }) {
  const t = useT();
  if (!EVALUATED.includes(status)) return null;
  const base = `/workbench/cases/${caseId}`;
  return (
    <nav aria-label={t("decision.links")} className="decision-links" data-testid="decision-links">
      <Link to={`${base}/type-test`} className="button button--secondary button--small">
        {t("typeTest.title")}
      </Link>
      <Link to={`${base}/inspection`} className="button button--secondary button--small">
        {t("inspection.title")}
      </Link>
      <Link to={`${base}/decision`} className="button button--secondary button--small">
        {t("decision.title")}
      </Link>
    </nav>
  );
}
