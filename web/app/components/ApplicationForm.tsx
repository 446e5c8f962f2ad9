import { Form, useNavigation } from "@remix-run/react";
import { fieldId, type FormErrors } from "../cases/application-form";
import type { FactoryOption, PartyOption } from "../cases/case-page-types";
import { useLang, useT } from "../hooks";
import { pick, type MessageKey, type Translate } from "../i18n";
import { PRODUCT_TYPES, type KeyComponentType } from "../types";
import { KeyComponentRows, ModelRows } from "./ApplicationRows";
import { Field, FieldErrors } from "./FormField";


const LABELS: Record<string, MessageKey> = {
  manufacturerId: "apply.manufacturer",
  factoryId: "parties.factory",
  productType: "case.productType",
  productNameZh: "apply.productNameZh",
  productNameEn: "apply.productNameEn",
  series: "case.series",
  frameCurrent: "apply.frameCurrent",
  models: "apply.models",
  kc: "apply.kc",
  kcLabel: "apply.kc.label",
};

/** The words a user sees for a form field name, e.g. `models[2].mounting` → 「型号 3 · 安装方式」. */
function fieldLabel(name: string, t: Translate): string {
  const known = LABELS[name];
  if (known) return t(known);
  let m = /^models\[(\d+)\]\.(\w+)$/.exec(name);
  if (m) return `${t("apply.model.row", { n: Number(m[1]) + 1 })} · ${t(`apply.model.${m[2]}` as MessageKey)}`;
  m = /^kc\.(\w+)\.(\w+)$/.exec(name);
  if (m) return `${t(`kcType.${m[1] as KeyComponentType}`)} · ${t(`apply.kc.${m[2]}` as MessageKey)}`;
  return name;
}

/** Every problem of the last attempt, at the top, each linking to its field. */
function ErrorSummary({ errors }: { errors: FormErrors }) {
  const t = useT();
  const fields = Object.keys(errors).filter((name) => errors[name]!.length > 0);
  const count = fields.reduce((n, name) => n + errors[name]!.length, 0);
  if (count === 0) return null;
  return (
    <div className="form-error" role="alert" data-testid="form-errors" data-count={count} tabIndex={-1}>
      <p>{t("apply.errors", { count })}</p>
      <FieldErrors name="" errors={errors[""]} />
      <ul>
        {fields
          .filter((name) => name !== "")
          .map((name) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`}>{fieldLabel(name, t)}</a>
            </li>
          ))}
      </ul>
    </div>
  );
}

export function ApplicationForm({
  manufacturers,
  factories,
  values,
  errors,
}: {
  /** From the API's applicationParties: the applicant's own organisation first. */
  manufacturers: PartyOption[];
  /** From the API's applicationParties, by factory code. */
  factories: FactoryOption[];
  values: Record<string, string>;
  errors: FormErrors;
}) {
  const lang = useLang();
  const t = useT();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const select = (name: string) => ({
    id: fieldId(name),
    name,
    "aria-invalid": !!errors[name]?.length || undefined,
    "aria-describedby": errors[name]?.length ? `${fieldId(name)}-error` : undefined,
    "data-testid": `input-${name}`,
  });
  return (
    <Form method="post" className="app-form" noValidate data-testid="application-form">
      <ErrorSummary errors={errors} />
      <fieldset className="form-section">
        <legend>{t("apply.parties")}</legend>
        <Field name="manufacturerId" label={t("apply.manufacturer")} hint={t("parties.manufacturer.hint")} errors={errors.manufacturerId} required>
          <select {...select("manufacturerId")} defaultValue={values.manufacturerId ?? manufacturers[0]?.id ?? ""}>
            {manufacturers.map((m) => (
              <option key={m.id} value={m.id}>
                {pick(lang, m.nameZh, m.nameEn)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          name="factoryId"
          label={t("parties.factory")}
          hint={t(factories.length ? "parties.factory.hint" : "parties.factory.none")}
          errors={errors.factoryId}
          required
          wide
        >
          <select {...select("factoryId")} defaultValue={values.factoryId ?? (factories.length === 1 ? factories[0]!.id : "")}>
            <option value="">{t("apply.choose")}</option>
            {factories.map((f) => (
              <option key={f.id} value={f.id}>
                {f.factoryCode} {pick(lang, f.nameZh, f.nameEn)}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("apply.product")}</legend>
        <div className="form-grid">
          <Field name="productType" label={t("case.productType")} errors={errors.productType} required>
            <select {...select("productType")} defaultValue={values.productType ?? ""}>
              <option value="">{t("apply.choose")}</option>
              {PRODUCT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`productType.${type}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field name="productNameZh" label={t("apply.productNameZh")} value={values.productNameZh} errors={errors.productNameZh} required />
          <Field name="productNameEn" label={t("apply.productNameEn")} value={values.productNameEn} errors={errors.productNameEn} />
          <Field name="series" label={t("case.series")} value={values.series} errors={errors.series} required />
          <Field name="frameCurrent" label={t("apply.frameCurrent")} inputMode="numeric" value={values.frameCurrent} errors={errors.frameCurrent} required />
        </div>
      </fieldset>

      <ModelRows values={values} errors={errors} />
      <KeyComponentRows values={values} errors={errors} />

      <div className="form-buttons">
        <button type="submit" name="intent" value="submit" className="button" disabled={busy} data-testid="application-submit">
          {t("apply.submit")}
        </button>
        <button type="submit" name="intent" value="draft" className="button button--secondary" disabled={busy} data-testid="application-draft">
          {t("apply.saveDraft")}
        </button>
      </div>
    </Form>
  );
}
