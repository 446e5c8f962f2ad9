import { Form, useNavigation } from "@remix-run/react";
import { fieldId } from "../cases/application-form";
import { TEXT_ARGUMENT, type ActionFailure, type CaseIntent } from "../cases/intents";
import { useT } from "../hooks";
import type { MessageKey } from "../i18n";
import { ApiFailure } from "./ApiFailure";

const LABEL: Record<CaseIntent, MessageKey> = {
  submit: "action.submit",
  supply: "action.supply",
  withdraw: "action.withdraw",
  accept: "action.accept",
  return: "action.return",
  refuse: "action.refuse",
  requestSupplement: "action.requestSupplement",
  completeReview: "action.completeReview",
};
const TEXT_LABEL: Partial<Record<CaseIntent, MessageKey>> = {
  withdraw: "action.withdraw.reason",
  return: "action.return.reason",
  refuse: "action.refuse.reason",
  requestSupplement: "action.requestSupplement.items",
};
const HINT: Partial<Record<CaseIntent, MessageKey>> = {
  submit: "action.submit.hint",
  supply: "action.supply.hint",
  accept: "action.accept.hint",
  completeReview: "action.completeReview.hint",
};
/** Actions that end the case or send it back: drawn as secondary so the main step stands out. */
const SECONDARY = new Set<CaseIntent>(["withdraw", "refuse", "return"]);

/** Why the API refused the action; REQUIRED is the form's own check of its text field. */
export function ActionError({ failure }: { failure: ActionFailure }) {
  const t = useT();
  return <ApiFailure failure={failure} testId="action" localText={failure.code === "REQUIRED" ? t("action.textRequired") : undefined} />;
}

/** One case action as a small POST form carrying the version the page was drawn from. */
export function CaseActionForm({ intent, version, failure }: { intent: CaseIntent; version: number; failure?: ActionFailure }) {
  const t = useT();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  const textLabel = TEXT_LABEL[intent];
  const textId = fieldId(`action-${intent}-text`);
  const hint = HINT[intent];
  const mine = failure?.intent === intent ? failure : undefined;
  return (
    <Form method="post" className={`case-action${SECONDARY.has(intent) ? " case-action--secondary" : ""}`} data-testid={`action-form-${intent}`}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="version" value={version} />
      {mine ? <ActionError failure={mine} /> : null}
      {TEXT_ARGUMENT[intent] && textLabel ? (
        <div className="field">
          <label htmlFor={textId}>{t(textLabel)}</label>
          <textarea
            id={textId}
            name="text"
            rows={2}
            required
            maxLength={2000}
            defaultValue={mine?.text ?? ""}
            aria-invalid={mine?.code === "REQUIRED" || undefined}
            data-testid={`action-text-${intent}`}
          />
        </div>
      ) : null}
      {intent === "completeReview" ? <PlanFields /> : null}
      {hint ? <p className="hint">{t(hint)}</p> : null}
      <button
        type="submit"
        className={`button${SECONDARY.has(intent) ? " button--secondary" : ""}`}
        disabled={busy}
        data-testid={`action-${intent}`}
      >
        {t(LABEL[intent])}
      </button>
    </Form>
  );
}

/** §3.4: the certification plan issued with the completed document review (a minimal form). */
function PlanFields() {
  const t = useT();
  const fields: Array<{ name: string; label: MessageKey; required: boolean; inputMode?: "decimal" }> = [
    { name: "feeEstimateYuan", label: "action.plan.fee", required: true, inputMode: "decimal" },
    { name: "sampleRequirements", label: "action.plan.samples", required: true },
    { name: "contactPerson", label: "action.plan.contact", required: true },
    { name: "labName", label: "action.plan.lab", required: false },
    { name: "notes", label: "action.plan.notes", required: false },
  ];
  return (
    <>
      {fields.map((f) => {
        const id = fieldId(`action-plan-${f.name}`);
        return (
          <div className="field" key={f.name}>
            <label htmlFor={id}>{t(f.label)}</label>
            <input id={id} name={`plan.${f.name}`} required={f.required} inputMode={f.inputMode} maxLength={2000} data-testid={`action-plan-${f.name}`} />
          </div>
        );
      })}
    </>
  );
}
