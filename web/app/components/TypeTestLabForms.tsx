import type { StepFailure } from "../cases/decision-step";
import type { TypeTest } from "../cases/type-test-types";
import { useT } from "../hooks";
import { Form, useNavigation } from "@remix-run/react";
import { DecisionError, DecisionStepForm } from "./DecisionStepForm";

/** The models tested this round: those with samples of the round, else every model with samples. */
function testedModels(tt: TypeTest): string[] {
  const ofRound = tt.samples.filter((s) => s.round === tt.round).map((s) => s.designation);
  return [...new Set(ofRound.length ? ofRound : tt.samples.map((s) => s.designation))];
}

/** The lab's steps (§4.2.3): results per test item × model for the current round, then conclude it. */
export function TypeTestLabForms({ tt, failure }: { tt: TypeTest; failure?: StepFailure }) {
  const t = useT();
  if (tt.status !== "TESTING") return null;
  const models = testedModels(tt);
  const rows = tt.testItems.flatMap((testItem) => models.map((designation) => ({ testItem, designation })));
  const entered = (testItem: string, designation: string) =>
    tt.results.find((r) => r.round === tt.round && r.testItem === testItem && r.designation === designation);
  return (
    <div className="case-actions case-actions--wide">
      <DecisionStepForm step="results" version={tt.version} failure={failure} title={t("typeTest.enterResults")} submit={t("typeTest.enterResults")} hint={t("typeTest.enterResults.hint")}>
        <input type="hidden" name="rows" value={rows.length} />
        {rows.map(({ testItem, designation }, n) => {
          const prior = entered(testItem, designation);
          return (
            <fieldset key={n} className="form-grid form-grid--kc" data-testid={`result-row-${n}`}>
              <legend>
                {testItem} · <strong>{designation}</strong>
              </legend>
              <input type="hidden" name={`result.${n}.testItem`} value={testItem} />
              <input type="hidden" name={`result.${n}.designation`} value={designation} />
              <div className="field">
                <label htmlFor={`r${n}-m`}>{t("typeTest.measured")}</label>
                <input id={`r${n}-m`} name={`result.${n}.measuredValue`} type="text" inputMode="decimal" defaultValue={prior?.measuredValue ?? ""} data-testid={`input-result-${n}-measured`} />
              </div>
              <div className="field">
                <label htmlFor={`r${n}-l`}>{t("typeTest.limit")}</label>
                <input id={`r${n}-l`} name={`result.${n}.limit`} type="text" inputMode="decimal" defaultValue={prior?.limit ?? ""} />
              </div>
              <div className="field">
                <label htmlFor={`r${n}-u`}>{t("typeTest.unit")}</label>
                <input id={`r${n}-u`} name={`result.${n}.unit`} type="text" defaultValue={prior?.unit ?? ""} data-testid={`input-result-${n}-unit`} />
              </div>
              <div className="field">
                <label htmlFor={`r${n}-p`}>{t("typeTest.verdict")}</label>
                <select id={`r${n}-p`} name={`result.${n}.passed`} defaultValue={prior ? String(prior.passed) : ""} data-testid={`input-result-${n}-passed`}>
                  <option value="">{t("typeTest.choose")}</option>
                  <option value="true">{t("typeTest.pass")}</option>
                  <option value="false">{t("typeTest.fail")}</option>
                </select>
              </div>
              <div className="field">
                <label htmlFor={`r${n}-g`}>{t("typeTest.grade")}</label>
                <input id={`r${n}-g`} name={`result.${n}.grade`} type="text" defaultValue={prior?.grade ?? ""} data-testid={`input-result-${n}-grade`} />
              </div>
            </fieldset>
          );
        })}
      </DecisionStepForm>
      <ConcludeWithReportForm tt={tt} failure={failure} />
      <DecisionStepForm step="conclude" version={tt.version} failure={undefined} submit={t("typeTest.concludeWithoutReport")} hint={t("typeTest.conclude.hint")} secondary />
    </div>
  );
}

/**
 * §4.2.4: the round is concluded with the lab's report attached. A multipart post whose version
 * rides in the URL, so the web server streams the file on to the API without reading it.
 */
function ConcludeWithReportForm({ tt, failure }: { tt: TypeTest; failure?: StepFailure }) {
  const t = useT();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formEncType === "multipart/form-data";
  return (
    <Form method="post" encType="multipart/form-data" action={`?version=${tt.version}`} className="case-action step-form" data-testid="step-form-concludeWithReport">
      <h3>{t("typeTest.conclude")}</h3>
      {failure?.step === "conclude" ? <DecisionError failure={failure} /> : null}
      <div className="field">
        <label htmlFor="tt-report">{t("typeTest.report")}</label>
        <input id="tt-report" name="file" type="file" required accept="application/pdf,.pdf" data-testid="input-report" />
      </div>
      <p className="hint">{t("typeTest.report.hint")}</p>
      <button type="submit" className="button" disabled={busy} data-testid="step-concludeWithReport">
        {t("typeTest.concludeWithReport")}
      </button>
    </Form>
  );
}
