import type { ReactNode } from "react";
import { Form, useNavigation } from "@remix-run/react";
import type { StepFailure } from "../cases/decision-step";
import { useT } from "../hooks";
import type { MessageKey } from "../i18n";
import { ApiFailure } from "./ApiFailure";

/** Why the API (or the form's own check, code INVALID) refused a step. */
export function DecisionError({ failure }: { failure: StepFailure }) {
  const t = useT();
  const localText = failure.code !== "INVALID" ? undefined
    : failure.problem ? t(failure.problem.key as MessageKey, failure.problem.vars) : t("decision.error.INVALID");
  return <ApiFailure failure={failure} testId="step" localText={localText} />;
}

/**
 * One step of the evaluation pages as a POST form carrying `step` and the version the page was
 * drawn from; the failure of this step (if the last post was it) is shown at its top.
 */
export function DecisionStepForm({
  step,
  version,
  failure,
  title,
  submit,
  hint,
  secondary,
  children,
}: {
  step: string;
  version: number | null;
  failure?: StepFailure;
  title?: string;
  submit: string;
  hint?: string;
  secondary?: boolean;
  children?: ReactNode;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("step") === step;
  const mine = failure?.step === step ? failure : undefined;
  return (
    <Form method="post" className={`case-action step-form${secondary ? " case-action--secondary" : ""}`} data-testid={`step-form-${step}`}>
      {title ? <h3>{title}</h3> : null}
      <input type="hidden" name="step" value={step} />
      {version !== null ? <input type="hidden" name="version" value={version} /> : null}
      {mine ? <DecisionError failure={mine} /> : null}
      {children}
      {hint ? <p className="hint">{hint}</p> : null}
      <button type="submit" className={`button${secondary ? " button--secondary" : ""}`} disabled={busy} data-testid={`step-${step}`}>
        {submit}
      </button>
    </Form>
  );
}
