import type { ReactNode } from "react";
import { Form, useNavigation } from "@remix-run/react";
import { ApiFailure } from "../components/ApiFailure";
import { fieldId, type FormError } from "../cases/application-form";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import type { FormFailure } from "./types";

/** One form's view of the last refusal: what was typed, and the problems beside each field. */
export interface FormState {
  intent: string;
  target: string;
  failure?: FormFailure;
  id(name: string): string;
  value(name: string, fallback?: string): string;
  list(name: string, fallback?: string[]): string[];
  errors(name: string): FormError[] | undefined;
}

export function formState(failure: FormFailure | null | undefined, intent: string, target = ""): FormState {
  const mine = failure && failure.intent === intent && failure.target === target ? failure : undefined;
  return {
    intent,
    target,
    failure: mine,
    id: (name) => fieldId(`${intent}-${target}-${name}`),
    value: (name, fallback = "") => (mine && typeof mine.values[name] === "string" ? (mine.values[name] as string) : fallback),
    list: (name, fallback = []) => (mine ? (Array.isArray(mine.values[name]) ? (mine.values[name] as string[]) : []) : fallback),
    errors(name) {
      if (!mine) return undefined;
      const local = mine.problems[name];
      if (local) return [{ key: local }];
      const found: FormError[] = [];
      if (mine.code === "BAD_USER_INPUT" && mine.field === name) found.push({ key: "sv.error.api", vars: { message: mine.message } });
      for (const f of mine.findings ?? []) if (f.field === name) found.push({ messageZh: f.messageZh, messageEn: f.messageEn, clause: f.clause });
      return found.length ? found : undefined;
    },
  };
}

/** Refusals not shown beside a field of this form, at the top of the form. */
function AtForm({ state, fields }: { state: FormState; fields: readonly string[] }) {
  const t = useT();
  const f = state.failure;
  if (!f) return null;
  const testId = `sv-${state.intent}`;
  if (f.code === "INVALID") {
    return (
      <div className="form-error" role="alert" data-testid={`${testId}-error`} data-code="INVALID">
        <p>{t("sv.error.invalid")}</p>
      </div>
    );
  }
  if (f.code === "BAD_USER_INPUT" && f.field && fields.includes(f.field)) return null;
  return <ApiFailure failure={f} testId={testId} />;
}

/** A POST form carrying its intent, target and the version the page was drawn from. */
export function SvForm({
  state, version, title, hint, submit, fields = [], secondary, children,
}: {
  state: FormState;
  version?: number;
  title: string;
  hint?: string;
  submit: string;
  /** API field names this form shows beside a control. */
  fields?: readonly string[];
  secondary?: boolean;
  children?: ReactNode;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === state.intent && String(navigation.formData?.get("target") ?? "") === state.target;
  return (
    <Form method="post" className="case-action step-form" data-testid={`sv-form-${state.intent}`} data-target={state.target || undefined}>
      <h3>{title}</h3>
      <input type="hidden" name="intent" value={state.intent} />
      <input type="hidden" name="target" value={state.target} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <AtForm state={state} fields={fields} />
      {hint ? <p className="hint">{hint}</p> : null}
      {children}
      <button type="submit" className={`button${secondary ? " button--secondary" : ""}`} disabled={busy} data-testid={`sv-submit-${state.intent}`}>
        {submit}
      </button>
    </Form>
  );
}

/** The problems of one field, with the id its control's aria-describedby names. */
function Errors({ state, name }: { state: FormState; name: string }) {
  const t = useT();
  const lang = useLang();
  const errors = state.errors(name);
  if (!errors) return null;
  return (
    <div id={`${state.id(name)}-error`} className="field-error" data-testid="field-error" data-field={name}>
      {errors.map((e, i) => (
        <p key={i}>
          {e.key ? t(e.key, e.vars) : pick(lang, e.messageZh ?? "", e.messageEn ?? "")}
          {e.clause ? <> <span className="tag" data-testid="finding-clause">{e.clause}</span></> : null}
        </p>
      ))}
    </div>
  );
}

function Wrap({ state, name, label, hint, required, children }: { state: FormState; name: string; label: string; hint?: string; required?: boolean; children: ReactNode }) {
  const errors = state.errors(name);
  const id = state.id(name);
  return (
    <div className={`field${errors ? " field--invalid" : ""}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true" className="required"> *</span> : null}
      </label>
      {children}
      {hint ? <p id={`${id}-hint`} className="hint">{hint}</p> : null}
      <Errors state={state} name={name} />
    </div>
  );
}

const described = (state: FormState, name: string, hint?: string) => {
  const id = state.id(name);
  const invalid = !!state.errors(name);
  return { "aria-invalid": invalid || undefined, "aria-describedby": [hint ? `${id}-hint` : "", invalid ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined };
};

export function TextInput({
  state, name, label, hint, required, type = "text", value, inputMode,
}: { state: FormState; name: string; label: string; hint?: string; required?: boolean; type?: "text" | "date"; value?: string; inputMode?: "decimal" | "numeric" }) {
  return (
    <Wrap state={state} name={name} label={label} hint={hint} required={required}>
      <input
        id={state.id(name)} name={name} type={type} defaultValue={state.value(name, value ?? "")} inputMode={inputMode} autoComplete="off"
        {...described(state, name, hint)} data-testid={`input-${name}`}
      />
    </Wrap>
  );
}

export function TextArea({ state, name, label, hint, required }: { state: FormState; name: string; label: string; hint?: string; required?: boolean }) {
  return (
    <Wrap state={state} name={name} label={label} hint={hint} required={required}>
      <textarea id={state.id(name)} name={name} rows={3} maxLength={2000} defaultValue={state.value(name)} {...described(state, name, hint)} data-testid={`input-${name}`} />
    </Wrap>
  );
}

export function Select({
  state, name, label, options, hint, required, value, empty = true,
}: { state: FormState; name: string; label: string; options: Array<{ value: string; label: string }>; hint?: string; required?: boolean; value?: string; empty?: boolean }) {
  const t = useT();
  return (
    <Wrap state={state} name={name} label={label} hint={hint} required={required}>
      <select id={state.id(name)} name={name} defaultValue={state.value(name, value ?? "")} {...described(state, name, hint)} data-testid={`input-${name}`}>
        {empty ? <option value="">{t("sv.choose")}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Wrap>
  );
}

/** Checkboxes of one multi-valued field (CQC/F002-2009 items, models); what was ticked stays ticked. */
export function Checks({
  state, name, legend, options, hint,
}: { state: FormState; name: string; legend: string; options: Array<{ value: string; label: string; tag?: string }>; hint?: string }) {
  const chosen = new Set(state.list(name));
  const errors = state.errors(name);
  return (
    <fieldset className={`form-section field${errors ? " field--invalid" : ""}`} data-testid={`checks-${name}`}>
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      {options.map((o) => (
        <label key={o.value} className="checkbox">
          <input type="checkbox" name={name} value={o.value} defaultChecked={chosen.has(o.value)} data-testid={`check-${name}-${o.value}`} /> {o.label}
          {o.tag ? <> <span className="tag">{o.tag}</span></> : null}
        </label>
      ))}
      <Errors state={state} name={name} />
    </fieldset>
  );
}

/** Passed / not passed as two radios (no default: the verdict is the user's). */
export function Verdict({ state, name, legend, yes, no }: { state: FormState; name: string; legend: string; yes: string; no: string }) {
  const v = state.value(name);
  const errors = state.errors(name);
  return (
    <fieldset className={`form-section field${errors ? " field--invalid" : ""}`} data-testid={`verdict-${name}`}>
      <legend>{legend}</legend>
      <label className="checkbox"><input type="radio" name={name} value="true" defaultChecked={v === "true"} data-testid={`input-${name}-yes`} /> {yes}</label>
      <label className="checkbox"><input type="radio" name={name} value="false" defaultChecked={v === "false"} data-testid={`input-${name}-no`} /> {no}</label>
      <Errors state={state} name={name} />
    </fieldset>
  );
}
