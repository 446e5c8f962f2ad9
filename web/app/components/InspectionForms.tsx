import type { StepFailure } from "../cases/decision-step";
import { INSPECTION_CONCLUSIONS, INSPECTION_ITEM_RESULTS, type FactoryInspection, type InspectionStaff } from "../cases/inspection-types";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import type { Role } from "../types";
import { DecisionStepForm } from "./DecisionStepForm";
import { InspectionTaskFields } from "./InspectionTaskFields";
import { InspectionVerificationForms } from "./InspectionVerificationForms";

/**
 * The inspection steps the viewer may take in the inspection's status: the engineer decides the
 * exemption, issues and rearranges the task; the assigned inspector records the report;
 * rectification is verified from documents or on site (InspectionVerificationForms). Hiding is a courtesy: the API decides, and its refusal is shown at the form.
 */
export function InspectionForms({
  fi,
  role,
  viewerId,
  inspectors,
  failure,
}: {
  fi: FactoryInspection;
  role: Role;
  viewerId: string;
  inspectors: InspectionStaff[];
  failure?: StepFailure;
}) {
  const lang = useLang();
  const t = useT();
  const engineer = role === "ENGINEER";
  const assigned = role === "INSPECTOR" && fi.inspector?.id === viewerId;
  const forms = [];
  if (engineer && fi.status === "PROPOSED_EXEMPTION") {
    forms.push(
      <DecisionStepForm key="exemption" step="exemption" version={fi.version} failure={failure} title={t("inspection.decide")} submit={t("inspection.decide")}>
        <fieldset>
          <legend>{t("inspection.exemption")}</legend>
          <label className="choice">
            <input type="radio" name="accept" value="true" required /> {t("inspection.decide.accept")}
          </label>
          <label className="choice">
            <input type="radio" name="accept" value="false" /> {t("inspection.decide.reject")}
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="fi-reason">{t("inspection.decide.reason")}</label>
          <textarea id="fi-reason" name="reason" rows={2} required maxLength={2000} data-testid="input-exemption-reason" />
        </div>
      </DecisionStepForm>,
    );
  }
  if (engineer && fi.status === "AWAITING_TASK") {
    forms.push(
      <DecisionStepForm key="task" step="task" version={fi.version} failure={failure} title={t("inspection.issue")} submit={t("inspection.issue")} hint={t("inspection.issue.hint")}>
        <InspectionTaskFields prefix="input" inspectors={inspectors} />
      </DecisionStepForm>,
    );
  }
  if (engineer && fi.status === "TASK_ISSUED") {
    forms.push(
      <DecisionStepForm key="changeTask" step="changeTask" version={fi.version} failure={failure} title={t("inspection.change")} submit={t("inspection.change")} hint={t("inspection.change.hint")} secondary>
        <InspectionTaskFields prefix="change" inspectors={inspectors} current={fi} />
        <div className="field">
          <label htmlFor="fi-change-reason">{t("inspection.decide.reason")}</label>
          <textarea id="fi-change-reason" name="reason" rows={2} required maxLength={2000} data-testid="change-reason" />
        </div>
      </DecisionStepForm>,
    );
  }
  if (assigned && fi.status === "TASK_ISSUED") {
    forms.push(
      <DecisionStepForm key="report" step="report" version={fi.version} failure={failure} title={t("inspection.report")} submit={t("inspection.report")} hint={t("inspection.report.hint")}>
        <div className="field">
          <label htmlFor="fi-visit">{t("inspection.visitOn")}</label>
          <input id="fi-visit" name="visitOn" type="date" required data-testid="input-visitOn" />
        </div>
        {(["QA_CAPABILITY", "PRODUCT_CONFORMITY"] as const).map((kind) => (
          <fieldset key={kind}>
            <legend>{t(`checklist.${kind}`)}</legend>
            {fi.checklist
              .filter((item) => item.checklist === kind)
              .map((item) => (
                <div key={item.itemId} className="checklist-item" data-testid={`checklist-${item.itemId}`}>
                  <p className="checklist-item__title">
                    <span className="tag">{item.itemId}</span> {pick(lang, item.titleZh, item.titleEn)} <span className="secondary">{item.clause}</span>
                    {item.titleIsPlaceholder ? <span className="secondary"> · {t("inspection.placeholderTitle")}</span> : null}
                  </p>
                  <div className="choices" role="radiogroup" aria-label={`${item.itemId} ${t("inspection.itemResult")}`}>
                    {INSPECTION_ITEM_RESULTS.map((result) => (
                      <label key={result} className="choice">
                        <input type="radio" name={`result:${item.itemId}`} value={result} required defaultChecked={item.result === result} /> {t(`itemResult.${result}`)}
                      </label>
                    ))}
                  </div>
                  <label className="visually-hidden" htmlFor={`note-${item.itemId}`}>
                    {item.itemId} {t("inspection.itemNote")}
                  </label>
                  <input id={`note-${item.itemId}`} name={`note:${item.itemId}`} type="text" placeholder={t("inspection.itemNote")} defaultValue={item.note ?? ""} />
                </div>
              ))}
          </fieldset>
        ))}
        <div className="field">
          <label htmlFor="fi-conclusion">{t("inspection.conclusion")}</label>
          <select id="fi-conclusion" name="conclusion" required defaultValue="" data-testid="input-conclusion">
            <option value="">{t("typeTest.choose")}</option>
            {INSPECTION_CONCLUSIONS.map((c) => (
              <option key={c} value={c}>
                {t(`inspectionConclusion.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="fi-summary">{t("inspection.summary")}</label>
          <textarea id="fi-summary" name="summary" rows={3} required maxLength={4000} data-testid="input-summary" />
        </div>
        <div className="field">
          <label htmlFor="fi-note">{t("inspection.internalNote")}</label>
          <textarea id="fi-note" name="internalNote" rows={2} maxLength={4000} />
        </div>
      </DecisionStepForm>,
    );
  }
  if (fi.status === "NONCONFORMITIES_OPEN") {
    forms.push(<InspectionVerificationForms key="verification" fi={fi} role={role} viewerId={viewerId} inspectors={inspectors} failure={failure} />);
  }
  if (!forms.length) return <p>{t("case.actions.none")}</p>;
  return <div className="case-actions case-actions--wide">{forms}</div>;
}
