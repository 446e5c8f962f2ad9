import type { DecisionStep, TerminationReason } from "../cases/decision-steps";
import type { StepFailure } from "../cases/decision-step";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import { DecisionStepForm } from "./DecisionStepForm";

function TextArea({ id, name, label }: { id: string; name: string; label: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} name={name} rows={3} required maxLength={4000} data-testid={`input-${name}`} />
    </div>
  );
}

/**
 * The review (§6.1), decision (§6.2) and termination (§6.4) forms for the steps given; a
 * termination names one of `reasons` (the rule's, from the API) and explains it.
 */
export function DecisionForms({
  steps,
  version,
  failure,
  reasons,
}: {
  steps: DecisionStep[];
  version: number;
  failure?: StepFailure;
  reasons: TerminationReason[];
}) {
  const t = useT();
  const lang = useLang();
  if (!steps.length) return <p>{t("decision.none")}</p>;
  return (
    <div className="case-actions">
      {steps.includes("startReview") ? (
        <DecisionStepForm step="startReview" version={version} failure={failure} submit={t("decision.startReview")} hint={t("decision.startReview.hint")} />
      ) : null}
      {steps.includes("completeReview") ? (
        <DecisionStepForm step="completeReview" version={version} failure={failure} submit={t("decision.completeReview")} hint={t("decision.completeReview.hint")}>
          <TextArea id="d-conclusion" name="conclusion" label={t("decision.completeReview.conclusion")} />
        </DecisionStepForm>
      ) : null}
      {steps.includes("approve") ? (
        <DecisionStepForm step="approve" version={version} failure={failure} submit={t("decision.approve")} hint={t("decision.approve.hint")} />
      ) : null}
      {steps.includes("reject") ? (
        <DecisionStepForm step="reject" version={version} failure={failure} submit={t("decision.reject")} secondary>
          <TextArea id="d-reject" name="reason" label={t("decision.reject.reason")} />
        </DecisionStepForm>
      ) : null}
      {steps.includes("terminate") ? (
        <DecisionStepForm step="terminate" version={version} failure={failure} submit={t("decision.terminate")} secondary>
          <div className="field">
            <label htmlFor="d-code">{t("decision.terminate.code")}</label>
            <select id="d-code" name="reasonCode" required defaultValue="" aria-describedby="d-code-hint" data-testid="input-reasonCode">
              <option value="" disabled>
                {t("decision.terminate.choose")}
              </option>
              {reasons.map((r) => (
                <option key={r.code} value={r.code}>
                  {pick(lang, r.labelZh, r.labelEn)}
                  {r.clause ? ` (§${r.clause})` : ""}
                </option>
              ))}
            </select>
            <p id="d-code-hint" className="hint">
              {t("decision.terminate.codeHint")}
            </p>
          </div>
          <TextArea id="d-terminate" name="reason" label={t("decision.terminate.reason")} />
        </DecisionStepForm>
      ) : null}
    </div>
  );
}
