import { Form } from "@remix-run/react";
import { Field } from "../components/FormField";
import { useT } from "../hooks";
import type { ChangeFailure } from "./actions.server";
import { ChangeFailureView } from "./ChangeViews";
import type { ChangeableCertificate, ChangeRequest } from "./types";

/** The engineer's evaluation of a change request (§8.2.2, §8.3.1) as recorded, and the forms that record it. */
export function Evaluation({ r }: { r: ChangeRequest }) {
  const t = useT();
  const yesNo = (v: boolean | null) => (v === null ? t("cert.none") : v ? t("change.yes") : t("change.no"));
  if (r.testingRequired === null) return null;
  return (
    <section aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading">{t("change.evaluation")}</h2>
      <dl className="facts" data-testid="evaluation">
        <div className="facts__row"><dt>{t("change.testingRequired")}</dt><dd>{yesNo(r.testingRequired)}</dd></div>
        {r.representativeModel ? <div className="facts__row"><dt>{t("change.representativeModel")}</dt><dd>{r.representativeModel}</dd></div> : null}
        <div className="facts__row"><dt>{t("change.onSite")}</dt><dd>{yesNo(r.onSiteVerificationRequired)}</dd></div>
        {r.assessmentNote ? <div className="facts__row"><dt>{t("change.note")}</dt><dd>{r.assessmentNote}</dd></div> : null}
        {r.testOutcome ? <div className="facts__row"><dt>{t("change.testOutcome")}</dt><dd data-testid="test-outcome">{t(`change.outcome.${r.testOutcome}`)}</dd></div> : null}
        {r.supplementaryTests.map((s) => (
          <div key={s.designation} className="facts__row"><dt>{s.designation}</dt><dd>{s.items} · {s.passed ? t("change.outcome.PASSED") : t("change.outcome.FAILED")} · {s.grade ?? t("cert.none")}</dd></div>
        ))}
        {r.onSiteVerificationPassed !== null ? <div className="facts__row"><dt>{t("change.onSitePassed")}</dt><dd>{yesNo(r.onSiteVerificationPassed)}</dd></div> : null}
        {r.decisionReason ? <div className="facts__row"><dt>{t("change.reason")}</dt><dd>{r.decisionReason}</dd></div> : null}
      </dl>
    </section>
  );
}

export function AssessForm({ r, c, failure }: { r: ChangeRequest; c: ChangeableCertificate; failure?: ChangeFailure }) {
  const t = useT();
  const extension = r.kind === "EXTENSION";
  return (
    <Form method="post" className="case-action" data-testid="step-form-assess">
      <input type="hidden" name="step" value="assess" />
      <input type="hidden" name="version" value={r.version} />
      <fieldset className="form-section">
        <legend>{t("change.assess")}</legend>
        <label className="checkbox"><input type="radio" name="testingRequired" value="true" defaultChecked={extension} data-testid="input-testing-yes" /> {t("change.testing.yes")}</label>
        {extension ? null : <label className="checkbox"><input type="radio" name="testingRequired" value="false" data-testid="input-testing-no" /> {t("change.testing.no")}</label>}
      </fieldset>
      {extension ? (
        <Field name="representativeModel" label={t("change.representativeModel")}>
          <select id="f-representativeModel" name="representativeModel" data-testid="input-representativeModel">
            {c.models.filter((m) => m.status === "IN_SCOPE").map((m) => <option key={m.designation} value={m.designation}>{m.designation}</option>)}
          </select>
        </Field>
      ) : null}
      <label className="checkbox"><input type="checkbox" name="onSite" data-testid="input-onSite" /> {t("change.onSite")}</label>
      <Field name="note" label={t("change.note")} />
      <ChangeFailureView failure={failure} step="assess" />
      <button type="submit" className="button" data-testid="step-assess">{t("change.assess")}</button>
    </Form>
  );
}

export function TestsForm({ r, failure }: { r: ChangeRequest; failure?: ChangeFailure }) {
  const t = useT();
  const verdict = (name: string) => (
    <select id={`f-${name}`} name={name} defaultValue="" data-testid={`input-${name}`}>
      <option value="">—</option>
      <option value="true">{t("change.outcome.PASSED")}</option>
      <option value="false">{t("change.outcome.FAILED")}</option>
    </select>
  );
  return (
    <Form method="post" className="case-action" data-testid="step-form-tests">
      <input type="hidden" name="step" value="tests" />
      <input type="hidden" name="version" value={r.version} />
      {r.kind === "VARIATION" ? (r.testingRequired ? (
        <Field name="testOutcome" label={t("change.testOutcome")}>
          <select id="f-testOutcome" name="testOutcome" defaultValue="" data-testid="input-testOutcome">
            <option value="">—</option>
            <option value="PASSED">{t("change.outcome.PASSED")}</option>
            <option value="FAILED">{t("change.outcome.FAILED")}</option>
          </select>
        </Field>
      ) : null) : (
        r.proposal.models.map((m, i) => (
          <fieldset key={m.designation} className="form-row">
            <legend>{m.designation}</legend>
            <Field name={`test-${i}-items`} label={t("change.items")} />
            <Field name={`test-${i}-passed`} label={t("change.passed")}>{verdict(`test-${i}-passed`)}</Field>
            <Field name={`test-${i}-grade`} label={t("change.grade")} />
          </fieldset>
        ))
      )}
      {r.onSiteVerificationRequired ? <Field name="onSitePassed" label={t("change.onSitePassed")}>{verdict("onSitePassed")}</Field> : null}
      <Field name="note" label={t("change.note")} />
      <ChangeFailureView failure={failure} step="tests" />
      <button type="submit" className="button" data-testid="step-tests">{t("change.recordTests")}</button>
    </Form>
  );
}
