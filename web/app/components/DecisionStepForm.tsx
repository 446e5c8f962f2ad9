import type { ReactNode } from "react";
import { Form, useNavigation } from "@remix-run/react";
import type { StepFailure } from "../cases/decision-step";
import { useLang, useT } from "../hooks";
import { pick, type MessageKey } from "../i18n";

/** Why the API (or the form's own check) refused a step, in words the user can act on. */
export function DecisionError({ failure }: { failure: StepFailure }) {
  const lang = useLang();
  const t = useT();
  let text: string;
  switch (failure.code) {
    case "INVALID":
      text = failure.problem ? t(failure.problem.key as MessageKey, failure.problem.vars) : t("decision.error.INVALID");
      break;
    case "CONFLICT":
    case "RULE_VIOLATION":
    case "FORBIDDEN":
    case "NOT_FOUND":
      text = t(`action.error.${failure.code}`);
      break;
    case "ILLEGAL_TRANSITION":
      text = t("action.error.ILLEGAL_TRANSITION", { clause: failure.clause ?? "" });
      break;
    case "BAD_USER_INPUT":
      text = t("action.error.BAD_USER_INPUT", { message: failure.message });
      break;
    default:
      text = t("action.error.unknown");
  }
  return (
    <div className="form-error" role="alert" data-testid="step-error" data-code={failure.code}>
      <p>{text}</p>
      {failure.findings?.length ? (
        <ul>
          {failure.findings.map((f, index) => (
            <li key={index} data-finding={f.code}>
              {pick(lang, f.messageZh, f.messageEn)} <span className="tag">{f.clause}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {failure.code === "CONFLICT" ? (
        <p>
          {/* A plain link: a full reload shows the record as it is now, with its new version. */}
          <a href="?" data-testid="step-reload">
            {t("action.reload")}
          </a>
        </p>
      ) : null}
    </div>
  );
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
