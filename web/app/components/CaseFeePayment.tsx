import { useFetcher } from "@remix-run/react";
import { useT } from "../hooks";
import type { CaseDetail, CaseStatus } from "../types";
import { ApiFailure, type Failure } from "./ApiFailure";

/** After the plan and before the decision: when the API records a payment (api/src/plan/fee-payment.ts). */
const PAYABLE: CaseStatus[] = ["IN_EVALUATION", "IN_REVIEW", "AWAITING_DECISION"];

/**
 * The §6.3 certification fee of the case's plan: the estimate, the day the payment notice went
 * out, whether and when it was paid; and, for the engineer, the form to record the payment.
 * The applicant sees the same facts, read-only.
 */
export function CaseFeePayment({ c, mayRecord }: { c: CaseDetail; mayRecord: boolean }) {
  const t = useT();
  const post = useFetcher<{ failure?: Failure }>();
  const plan = c.plan;
  if (!plan) return null;
  const failure = post.data?.failure;
  return (
    <section aria-labelledby="fee-heading" className="case-fee" data-testid="case-fee" data-paid={plan.feePaidOn ? "true" : "false"}>
      <h2 id="fee-heading">{t("fee.title")}</h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t("fee.estimate")}</dt>
          <dd data-testid="fee-estimate">{t("fee.amount", { amount: plan.feeEstimateYuan })}</dd>
        </div>
        <div className="facts__row">
          <dt>{t("fee.noticeOn")}</dt>
          <dd data-testid="fee-notice-on">{plan.issuedOn}</dd>
        </div>
        <div className="facts__row">
          <dt>{t("fee.state")}</dt>
          <dd data-testid="fee-state">{plan.feePaidOn ? t("fee.paid", { date: plan.feePaidOn }) : t("fee.unpaid")}</dd>
        </div>
      </dl>
      {mayRecord && !plan.feePaidOn && PAYABLE.includes(c.status) ? (
        <post.Form method="post" action={`/workbench/cases/${c.id}/fee`} className="case-action" data-testid="fee-form">
          {failure ? <ApiFailure failure={failure} testId="fee" localText={t("decision.error.required")} /> : null}
          <input type="hidden" name="version" value={c.version} />
          <div className="field">
            <label htmlFor="fee-paid-on">{t("fee.paidOn")}</label>
            <input id="fee-paid-on" name="paidOn" type="date" required min={plan.issuedOn} data-testid="input-paidOn" />
          </div>
          <p className="hint">{t("fee.hint")}</p>
          <button type="submit" className="button" disabled={post.state !== "idle"} data-testid="fee-submit">
            {t("fee.record")}
          </button>
        </post.Form>
      ) : null}
    </section>
  );
}
