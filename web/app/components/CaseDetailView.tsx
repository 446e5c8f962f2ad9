import type { ReactNode } from "react";
import { Link } from "@remix-run/react";
import { useT } from "../hooks";
import type { CaseDetail, CaseStatus } from "../types";
import { CaseClocks } from "./CaseClocks";
import { CaseKeyComponents, CaseModelsTable, CaseParties } from "./CaseFacts";
import { CaseHandling } from "./CaseHandling";
import { CaseNotices } from "./CaseNotices";
import { CaseStatusBadge } from "./CaseStatusBadge";

/** A case as both the portal and the workbench show it; `actions` are the viewer's own forms. */
export function CaseDetailView({
  c,
  back,
  done,
  actions,
  evaluationLinks,
  documents,
}: {
  c: CaseDetail;
  back: { to: string; label: string };
  /** Set after a successful action (post/redirect/get), to confirm it. */
  done: boolean;
  actions: ReactNode;
  /** The workbench's links to the type test, inspection, and review and decision pages. */
  evaluationLinks?: ReactNode;
  /** The §3.2 documents: uploads in the portal, read-only on the workbench. */
  documents?: ReactNode;
}) {
  const t = useT();
  return (
    <article className="case" data-testid="case" data-case-id={c.id} data-version={c.version}>
      <p className="back">
        <Link to={back.to}>← {back.label}</Link>
      </p>
      <header className="case__header">
        <h1>
          <span data-testid="case-no">{t("case.title", { caseNo: c.caseNo })}</span>
        </h1>
        <p className="case__status">
          <span className="visually-hidden">
            {t("case.status")}
            {t("punct.colon")}
          </span>
          <CaseStatusBadge status={c.status as CaseStatus} />
          {c.referenceVoltage ? <span className="tag">{t("case.referenceVoltage")}</span> : null}
        </p>
        {c.renewal ? <RenewalFacts renewal={c.renewal} /> : null}
        {done ? (
          <p className="notice-ok" role="status" data-testid="action-done">
            {t("case.done", { status: t(`caseStatus.${c.status}`) })}
          </p>
        ) : null}
      </header>

      <section aria-labelledby="actions-heading" className="case__actions">
        <h2 id="actions-heading">{t("case.actions")}</h2>
        {actions}
        {evaluationLinks}
      </section>
      <CaseHandling c={c} />
      {documents}

      <section aria-labelledby="clocks-heading">
        <h2 id="clocks-heading">{t("case.clocks")}</h2>
        <CaseClocks clocks={c.clocks} />
      </section>

      <section aria-labelledby="notices-heading">
        <h2 id="notices-heading">{t("case.notices")}</h2>
        <CaseNotices notices={c.notices} />
      </section>

      <section aria-labelledby="unit-heading">
        <h2 id="unit-heading">{t("case.parties")}</h2>
        <CaseParties c={c} />
      </section>

      <section aria-labelledby="models-heading">
        <h2 id="models-heading">{t("case.models")}</h2>
        <CaseModelsTable c={c} />
      </section>

      <section aria-labelledby="kc-heading">
        <h2 id="kc-heading">{t("case.keyComponents")}</h2>
        <CaseKeyComponents c={c} />
      </section>
    </article>
  );
}

/** §9: which certificate the case renews, whether it was applied for late, and by when it must be done. */
function RenewalFacts({ renewal: r }: { renewal: NonNullable<CaseDetail["renewal"]> }) {
  const t = useT();
  return (
    <p className="case__renewal" data-testid="case-renewal" data-late={r.late} data-treated-as-new={r.treatedAsNew}>
      {t("case.renewal", { number: r.certificateNumber, applied: r.appliedOn, completion: r.completionDueOn })}
      {r.late ? <span className="tag" data-testid="renewal-late">{t("case.renewal.late", { due: r.dueOn })}</span> : null}
      {r.treatedAsNew ? <span className="tag" data-testid="renewal-new">{t("case.renewal.treatedAsNew")}</span> : null}
    </p>
  );
}
