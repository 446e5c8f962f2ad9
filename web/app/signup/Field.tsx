import { fieldId, type FormError } from "../cases/application-form";
import { FieldErrors } from "../components/FormField";

/** A labelled input of the sign-up and invitation forms with its errors beside it. */
export function Field({ name, label, errors, type = "text", autoComplete, defaultValue, multiline }: {
  name: string;
  label: string;
  errors?: FormError[];
  type?: string;
  autoComplete?: string;
  defaultValue?: string;
  multiline?: boolean;
}) {
  const id = fieldId(name);
  const invalid = !!errors?.length;
  const props = {
    id, name, defaultValue, autoComplete,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? `${id}-error` : undefined,
    "data-testid": `field-${name}`,
  };
  return (
    <div className={`field${invalid ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type={type} {...props} />}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}
