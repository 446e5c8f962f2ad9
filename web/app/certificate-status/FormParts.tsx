import type { ReactNode } from "react";
import { Form, useNavigation } from "@remix-run/react";
import { ApiFailure } from "../components/ApiFailure";
import { Field } from "../components/FormField";
import { fieldId, type FormError } from "../cases/application-form";
import { useT } from "../hooks";
import type { StatusFailure } from "./types";
import { fieldName, type StatusIntent } from "./forms";

/** The failure of the last post, if it was this form (the decision form also matches its request). */
export function failureOf(failure: StatusFailure | undefined, intent: StatusIntent, requestId?: string): StatusFailure | undefined {
  if (!failure || failure.intent !== intent) return undefined;
  if (requestId && failure.requestId !== requestId) return undefined;
  return failure;
}

/** What is shown beside one field: the form's own check, or the API's BAD_USER_INPUT naming it. */
export function fieldErrors(failure: StatusFailure | undefined, field: string): FormError[] | undefined {
  if (!failure) return undefined;
  const local = failure.problems[field];
  if (local) return [{ key: local }];
  if (failure.code === "BAD_USER_INPUT" && failure.field === field) return [{ key: "certStatus.error.rejected", vars: { message: failure.message } }];
  return undefined;
}

/** Shown at the form: every refusal that is not beside a field. */
function FormFailure({ failure, intent }: { failure: StatusFailure; intent: StatusIntent }) {
  const t = useT();
  if (failure.code === "INVALID" && Object.keys(failure.problems).length > 0) return null;
  if (failure.code === "BAD_USER_INPUT" && failure.field && failure.values[failure.field] !== undefined) return null;
  return <ApiFailure failure={failure} testId={intent} localText={failure.code === "INVALID" ? t("certStatus.error.invalid") : undefined} />;
}

/**
 * One status form as a POST carrying `intent` and the version the page was drawn from. `buttons`
 * replaces the single submit button (the decision form has two).
 */
export function StatusForm({
  intent, version, failure, title, hint, submit, hidden, buttons, children,
}: {
  intent: StatusIntent;
  version: number | null;
  failure?: StatusFailure;
  title: string;
  hint?: string;
  submit?: string;
  hidden?: Record<string, string>;
  buttons?: ReactNode;
  children?: ReactNode;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  return (
    <Form method="post" className="case-action step-form" data-testid={`status-form-${intent}`}>
      <h3>{title}</h3>
      <input type="hidden" name="intent" value={intent} />
      {version !== null ? <input type="hidden" name="version" value={version} /> : null}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {failure ? <FormFailure failure={failure} intent={intent} /> : null}
      {hint ? <p className="hint">{hint}</p> : null}
      {children}
      {buttons ?? (
        <button type="submit" className="button" disabled={busy} data-testid={`status-submit-${intent}`}>
          {submit}
        </button>
      )}
    </Form>
  );
}

/** A select of one form's field; the value typed before a refusal stays chosen. */
export function SelectField({
  intent, field, label, failure, options, required, value, onChange,
}: {
  intent: StatusIntent;
  field: string;
  label: string;
  failure?: StatusFailure;
  options: Array<{ value: string; label: string }>;
  required?: boolean;
  /** Controlled by the caller (e.g. the suspension's cause follows its reason); else the posted value. */
  value?: string;
  onChange?: (value: string) => void;
}) {
  const t = useT();
  const name = fieldName(intent, field);
  const errors = fieldErrors(failure, field);
  const id = fieldId(name);
  const controlled = value !== undefined ? { value, onChange: (e: { target: { value: string } }) => onChange?.(e.target.value) } : { defaultValue: failure?.values[field] ?? "" };
  return (
    <Field name={name} label={label} errors={errors} required={required}>
      <select id={id} name={name} {...controlled} aria-invalid={errors ? true : undefined} aria-describedby={errors ? `${id}-error` : undefined} data-testid={`input-${name}`}>
        <option value="">{t("certStatus.choose")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A free-text field of one form; what was typed before a refusal is shown again. */
export function TextField({
  intent, field, label, failure, required, hint, rows = 3,
}: {
  intent: StatusIntent;
  field: string;
  label: string;
  failure?: StatusFailure;
  required?: boolean;
  hint?: string;
  rows?: number;
}) {
  const name = fieldName(intent, field);
  const errors = fieldErrors(failure, field);
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : "", errors ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <Field name={name} label={label} errors={errors} required={required} hint={hint}>
      <textarea
        id={id} name={name} rows={rows} maxLength={2000} defaultValue={failure?.values[field] ?? ""}
        aria-invalid={errors ? true : undefined} aria-describedby={describedBy} data-testid={`input-${name}`}
      />
    </Field>
  );
}
