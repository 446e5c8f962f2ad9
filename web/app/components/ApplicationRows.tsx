import { fieldId, kcField, KC_ATTRIBUTES, MODEL_ROWS, modelField, type FormErrors } from "../cases/application-form";
import { useT } from "../hooks";
import { KEY_COMPONENT_TYPES, MOUNTINGS } from "../types";
import { Field, FieldErrors } from "./FormField";

type Values = Record<string, string>;

/** A fixed number of model rows, so the form works without JavaScript; empty rows are ignored. */
export function ModelRows({ values, errors }: { values: Values; errors: FormErrors }) {
  const t = useT();
  return (
    <fieldset className="form-section" data-testid="models-fieldset">
      <legend>{t("apply.models")}</legend>
      <p className="hint">{t("apply.models.hint")}</p>
      <FieldErrors name="models" errors={errors.models} />
      {Array.from({ length: MODEL_ROWS }, (_, row) => {
        const mounting = modelField(row, "mounting");
        return (
          <fieldset key={row} className="form-row" data-testid={`model-row-${row}`}>
            <legend>{t("apply.model.row", { n: row + 1 })}</legend>
            <div className="form-grid form-grid--models">
              <Field name={modelField(row, "designation")} label={t("apply.model.designation")} value={values[modelField(row, "designation")]} errors={errors[modelField(row, "designation")]} />
              <Field name={mounting} label={t("apply.model.mounting")} errors={errors[mounting]}>
                <select
                  id={fieldId(mounting)}
                  name={mounting}
                  defaultValue={values[mounting] ?? ""}
                  aria-invalid={!!errors[mounting]?.length || undefined}
                  aria-describedby={errors[mounting]?.length ? `${fieldId(mounting)}-error` : undefined}
                  data-testid={`input-${mounting}`}
                >
                  <option value="">{t("apply.choose")}</option>
                  {MOUNTINGS.map((m) => (
                    <option key={m} value={m}>
                      {t(`mounting.${m}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field name={modelField(row, "poles")} label={t("apply.model.poles")} inputMode="numeric" value={values[modelField(row, "poles")]} errors={errors[modelField(row, "poles")]} />
              <Field name={modelField(row, "ratedVoltage")} label={t("apply.model.ratedVoltage")} inputMode="numeric" value={values[modelField(row, "ratedVoltage")]} errors={errors[modelField(row, "ratedVoltage")]} />
              <Field name={modelField(row, "ratedCurrents")} label={t("apply.model.ratedCurrents")} value={values[modelField(row, "ratedCurrents")]} errors={errors[modelField(row, "ratedCurrents")]} />
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}

/** One configuration (§4.3) with a row per Annex 1 type; a type left blank is not declared. */
export function KeyComponentRows({ values, errors }: { values: Values; errors: FormErrors }) {
  const t = useT();
  return (
    <fieldset className="form-section" data-testid="kc-fieldset">
      <legend>{t("apply.kc")}</legend>
      <p className="hint">{t("apply.kc.hint")}</p>
      <FieldErrors name="kc" errors={errors.kc} />
      <Field name="kcLabel" label={t("apply.kc.label")} value={values.kcLabel ?? "A"} errors={errors.kcLabel} />
      {KEY_COMPONENT_TYPES.map((type) => (
        <fieldset key={type} className="form-row" data-testid={`kc-row-${type}`}>
          <legend>{t(`kcType.${type}`)}</legend>
          <div className="form-grid form-grid--kc">
            {KC_ATTRIBUTES.map((attribute) => {
              const name = kcField(type, attribute);
              return <Field key={name} name={name} label={t(`apply.kc.${attribute}`)} value={values[name]} errors={errors[name]} />;
            })}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
