import type { ReactNode } from "react";
import { fieldId, type FormError } from "../cases/application-form";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";

/** The messages for one field; API findings carry their clause (e.g. §1). */
export function FieldErrors({ name, errors }: { name: string; errors?: FormError[] }) {
  const lang = useLang();
  const t = useT();
  if (!errors?.length) return null;
  return (
    <div id={`${fieldId(name)}-error`} className="field-error" data-testid="field-error" data-field={name}>
      {errors.map((e, index) => (
        <p key={index}>
          {e.key ? t(e.key, e.vars) : pick(lang, e.messageZh ?? "", e.messageEn ?? "")}
          {e.clause ? (
            <>
              {" "}
              <span className="tag" data-testid="finding-clause">
                {e.clause}
              </span>
            </>
          ) : null}
        </p>
      ))}
    </div>
  );
}

/** A labelled text input (or the given control) with its errors beside it. */
export function Field({
  name,
  label,
  value,
  errors,
  hint,
  required,
  inputMode,
  list,
  children,
  wide,
}: {
  name: string;
  label: string;
  value?: string;
  errors?: FormError[];
  hint?: string;
  required?: boolean;
  inputMode?: "numeric" | "text";
  list?: string;
  /** A control of its own (e.g. a select) instead of the text input; give it id={fieldId(name)}. */
  children?: ReactNode;
  wide?: boolean;
}) {
  const id = fieldId(name);
  const invalid = !!errors?.length;
  const describedBy = [hint ? `${id}-hint` : "", invalid ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${wide ? " field--wide" : ""}${invalid ? " field--invalid" : ""}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true" className="required"> *</span> : null}
      </label>
      {children ?? (
        <input
          id={id}
          name={name}
          type="text"
          defaultValue={value ?? ""}
          inputMode={inputMode}
          list={list}
          autoComplete="off"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          data-testid={`input-${name}`}
        />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}
