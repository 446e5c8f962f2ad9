import { Link } from "@remix-run/react";
import { nextClock } from "../cases/clocks";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import type { CaseEngineer, CaseSummary } from "../types";
import { ClockLine } from "./CaseClocks";
import { CaseStatusBadge } from "./CaseStatusBadge";

/** Cases as cards: number, status, product, next deadline; overdue ones are marked. The workbench adds the engineer in charge. */
export function CaseList({
  cases,
  hrefBase,
  showApplicant,
  showEngineer = false,
}: {
  cases: (CaseSummary & { assignedEngineer?: CaseEngineer | null })[];
  hrefBase: string;
  showApplicant: boolean;
  showEngineer?: boolean;
}) {
  const lang = useLang();
  const t = useT();
  return (
    <ol className="result-list" data-testid="case-list">
      {cases.map((c) => {
        const overdue = c.clocks.some((k) => k.overdue);
        return (
          <li key={c.id} className={`result case-row${overdue ? " case-row--overdue" : ""}`} data-testid="case-row" data-case-no={c.caseNo} data-overdue={overdue || undefined}>
            <div className="result__head">
              <Link to={`${hrefBase}/${c.id}`} className="result__number" data-testid="case-link">
                {c.caseNo}
              </Link>
              <CaseStatusBadge status={c.status} />
            </div>
            <p className="result__product">
              {pick(lang, c.productNameZh, c.productNameEn)} · {c.series} · {t(`productTypeShort.${c.productType}`)} · {c.frameCurrent} A
            </p>
            <dl className="result__facts">
              {showApplicant ? (
                <div>
                  <dt>{t("case.applicant")}</dt>
                  <dd>{pick(lang, c.applicant.nameZh, c.applicant.nameEn)}</dd>
                </div>
              ) : null}
              {showEngineer ? (
                <div>
                  <dt>{t("assign.engineer")}</dt>
                  <dd data-testid="case-engineer">{c.assignedEngineer?.displayName ?? t("assign.unassigned")}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t("case.nextDue")}</dt>
                <dd data-testid="case-next-due">
                  <ClockLine clock={nextClock(c.clocks)} />
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
