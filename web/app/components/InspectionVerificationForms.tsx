import type { StepFailure } from "../cases/decision-step";
import type { FactoryInspection, InspectionStaff } from "../cases/inspection-types";
import { useT } from "../hooks";
import type { Role } from "../types";
import { DecisionStepForm } from "./DecisionStepForm";

/**
 * §5.4 "CQC 采取适当方式对整改结果进行验证": the engineer verifies from the evidence or sends an
 * inspector to verify on site; the inspector sent records the on-site verification; the task's
 * inspector may verify from documents. Hiding is a courtesy: the API decides.
 */
export function InspectionVerificationForms({
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
  const t = useT();
  const open = fi.nonconformities.filter((nc) => !nc.verifiedOn);
  if (!open.length) return null;
  const engineer = role === "ENGINEER";
  const sent = role === "INSPECTOR" && fi.verificationInspector?.id === viewerId;
  const taskInspector = role === "INSPECTOR" && fi.inspector?.id === viewerId;
  const methods = [...(engineer || taskInspector ? (["DOCUMENTS"] as const) : []), ...(sent ? (["ON_SITE"] as const) : [])];
  return (
    <>
      {engineer ? (
        <DecisionStepForm step="arrange" version={fi.version} failure={failure} title={t("inspection.arrange")} submit={t("inspection.arrange")} hint={t("inspection.arrange.hint")} secondary>
          <div className="field">
            <label htmlFor="fi-arrange-inspector">{t("inspection.inspector")}</label>
            <select id="fi-arrange-inspector" name="inspectorId" required defaultValue={fi.verificationInspector?.id ?? fi.inspector?.id ?? ""} data-testid="arrange-inspectorId">
              <option value="">{t("typeTest.choose")}</option>
              {inspectors.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.displayName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="fi-arrange-on">{t("inspection.verificationPlannedOn")}</label>
            <input id="fi-arrange-on" name="plannedOn" type="date" required defaultValue={fi.verificationPlannedOn ?? ""} data-testid="arrange-plannedOn" />
          </div>
        </DecisionStepForm>
      ) : null}
      {methods.length ? (
        <DecisionStepForm step="verify" version={fi.version} failure={failure} title={t("inspection.verify")} submit={t("inspection.verify")}>
          <fieldset>
            <legend>{t("inspection.verify.items")}</legend>
            {open.map((nc) => (
              <label key={nc.id} className="choice">
                <input type="checkbox" name="nonconformityId" value={nc.id} defaultChecked /> <span className="tag">{nc.itemId}</span> {nc.description}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t("inspection.verify.method")}</legend>
            {methods.map((m, n) => (
              <label key={m} className="choice">
                <input type="radio" name="method" value={m} defaultChecked={n === methods.length - 1} required /> {t(`verificationMethod.${m}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="fi-rectified">{t("inspection.rectifiedOn")}</label>
            <input id="fi-rectified" name="rectifiedOn" type="date" required data-testid="input-rectifiedOn" />
          </div>
          <div className="field">
            <label htmlFor="fi-vnote">{t("inspection.verify.note")}</label>
            <textarea id="fi-vnote" name="note" rows={2} required maxLength={2000} data-testid="input-verify-note" />
          </div>
        </DecisionStepForm>
      ) : null}
    </>
  );
}
