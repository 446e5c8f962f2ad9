import type { StepFailure } from "../cases/decision-step";
import { SAMPLE_PURPOSES, type Lab, type TypeTest } from "../cases/type-test-types";
import type { KeyComponentType } from "../types";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import { DecisionStepForm } from "./DecisionStepForm";

/** The engineer's type-test steps (§4): assign the lab, record samples and fee and key-component tests, start a retest. */
export function TypeTestEngineerForms({
  tt,
  labs,
  models,
  configurations,
  componentTypes,
  failure,
}: {
  tt: TypeTest | null;
  labs: Lab[];
  models: string[];
  configurations: string[];
  /** The Annex 1 key components the unit declares (§4.3), each listed once. */
  componentTypes: KeyComponentType[];
  failure?: StepFailure;
}) {
  const lang = useLang();
  const t = useT();
  const status = tt?.status ?? null;
  const canAssign = status === null || status === "AWAITING_SAMPLES";
  const canReceive = status === "AWAITING_SAMPLES" || status === "TESTING" || status === "FAILED";
  return (
    <div className="case-actions">
      {canAssign ? (
        <DecisionStepForm
          step="assignLab"
          version={tt?.version ?? null}
          failure={failure}
          title={t(tt ? "typeTest.reassign" : "typeTest.assign")}
          submit={t(tt ? "typeTest.reassign" : "typeTest.assign")}
          hint={t("typeTest.assign.hint")}
        >
          <div className="field">
            <label htmlFor="tt-lab">{t("typeTest.assign.lab")}</label>
            <select id="tt-lab" name="labId" required defaultValue={tt?.lab.id ?? ""} data-testid="input-labId">
              <option value="">{t("typeTest.choose")}</option>
              {labs.map((lab) => (
                <option key={lab.id} value={lab.id}>
                  {pick(lang, lab.nameZh, lab.nameEn)} ({lab.cmaCertificateNo})
                </option>
              ))}
            </select>
          </div>
          <details>
            <summary>{t("typeTest.scope")}</summary>
            {labs.map((lab) => (
              <div key={lab.id}>
                <p>
                  <strong>{pick(lang, lab.nameZh, lab.nameEn)}</strong>
                </p>
                <ul>
                  {lab.cmaScope.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </div>
            ))}
          </details>
          <div className="field">
            <label htmlFor="tt-items">{t("typeTest.assign.items")}</label>
            <textarea id="tt-items" name="testItems" rows={4} required defaultValue={tt?.testItems.join("\n") ?? ""} data-testid="input-testItems" />
          </div>
        </DecisionStepForm>
      ) : null}

      {tt && canReceive ? (
        <DecisionStepForm step="samples" version={tt.version} failure={failure} title={t("typeTest.recordSamples")} submit={t("typeTest.recordSamples")} hint={t("typeTest.recordSamples.hint")}>
          <input type="hidden" name="rows" value={models.length} />
          {models.map((designation, n) => (
            <fieldset key={designation} className="form-grid form-grid--kc" data-testid={`sample-row-${n}`}>
              <legend>{designation}</legend>
              <input type="hidden" name={`sample.${n}.designation`} value={designation} />
              <div className="field">
                <label htmlFor={`s${n}-purpose`}>{t("typeTest.purpose")}</label>
                <select id={`s${n}-purpose`} name={`sample.${n}.purpose`} defaultValue={n === 0 ? "REPRESENTATIVE" : "DIFFERENCE"}>
                  {SAMPLE_PURPOSES.map((p) => (
                    <option key={p} value={p}>
                      {t(`samplePurpose.${p}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`s${n}-count`}>{t("typeTest.count")}</label>
                <input id={`s${n}-count`} name={`sample.${n}.count`} type="text" inputMode="numeric" data-testid={`input-sample-${n}-count`} />
              </div>
              <div className="field">
                <label htmlFor={`s${n}-on`}>{t("typeTest.receivedOn")}</label>
                <input id={`s${n}-on`} name={`sample.${n}.receivedOn`} type="date" data-testid={`input-sample-${n}-receivedOn`} />
              </div>
              <div className="field">
                <label htmlFor={`s${n}-cfg`}>{t("typeTest.configuration")}</label>
                <select id={`s${n}-cfg`} name={`sample.${n}.configuration`}>
                  {configurations.map((label) => (
                    <option key={label} value={label}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
            </fieldset>
          ))}
        </DecisionStepForm>
      ) : null}

      {tt && canReceive && !tt.feeReceivedOn ? (
        <DecisionStepForm step="fee" version={tt.version} failure={failure} title={t("typeTest.recordFee")} submit={t("typeTest.recordFee")}>
          <div className="field">
            <label htmlFor="tt-fee-on">{t("typeTest.feeReceivedOn")}</label>
            <input id="tt-fee-on" name="receivedOn" type="date" required data-testid="input-feeReceivedOn" />
          </div>
        </DecisionStepForm>
      ) : null}

      {tt && canReceive && componentTypes.length ? (
        <DecisionStepForm
          step="keyComponents"
          version={tt.version}
          failure={failure}
          title={t("typeTest.keyComponents")}
          submit={t("typeTest.keyComponents.save")}
          hint={t("typeTest.keyComponents.hint", { amount: tt.timeLimit.schemeAmount })}
        >
          <input type="hidden" name="rows" value={componentTypes.length} />
          {componentTypes.map((type, n) => (
            <div key={type} className="field">
              <input type="hidden" name={`kc.${n}.type`} value={type} />
              <label htmlFor={`kc${n}-days`}>{t(`kcType.${type}`)}</label>
              <input
                id={`kc${n}-days`}
                name={`kc.${n}.workingDays`}
                type="text"
                inputMode="numeric"
                defaultValue={tt.keyComponentTests.find((k) => k.type === type)?.workingDays ?? ""}
                data-testid={`input-kc-${type}`}
              />
            </div>
          ))}
        </DecisionStepForm>
      ) : null}

      {tt && status === "FAILED" ? (
        <DecisionStepForm step="retest" version={tt.version} failure={failure} submit={t("typeTest.retest")} hint={t("typeTest.retest.hint")} />
      ) : null}
    </div>
  );
}
