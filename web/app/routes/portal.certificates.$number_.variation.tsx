import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { Field } from "../components/FormField";
import { fieldId } from "../cases/application-form";
import { submitChange } from "../certificate-change/actions.server";
import { ChangeFailureView } from "../certificate-change/ChangeViews";
import { KC_ATTRIBUTES, kcName } from "../certificate-change/forms";
import { loadOwnCertificate } from "../certificate-change/load.server";
import { CHANGE_AREAS } from "../certificate-change/types";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ params, data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("change.variation.title", { number: params.number ?? "" })} · ${t("site.title")}` }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { certificate } = await loadOwnCertificate(request, params.number ?? "");
  return { lang: getLang(request), certificate };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token } = await loadOwnCertificate(request, params.number ?? "");
  return submitChange(request, token, params.number ?? "", "variation");
}

/** §8.2.1: what changes, the new values, and the evidence; the key components are edited as Annex 1 data. */
export default function VariationPage() {
  const { certificate: c } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const t = useT();
  return (
    <article className="case" data-testid="variation-page">
      <p className="back">
        <Link to={`/portal/certificates/${c.number}`}>← {t("change.cert.title", { number: c.number })}</Link>
      </p>
      <h1>{t("change.variation.title", { number: c.number })}</h1>
      <Form method="post" encType="multipart/form-data" data-testid="step-form-variation">
        <input type="hidden" name="version" value={c.version} />
        <fieldset className="form-section">
          <legend>{t("change.areas")}</legend>
          {CHANGE_AREAS.map((area) => (
            <label key={area} className="checkbox">
              <input type="checkbox" name="areas" value={area} data-testid={`input-area-${area}`} /> {t(`change.area.${area}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="descriptionZh">{t("change.description")}</label>
          <textarea id="descriptionZh" name="descriptionZh" rows={3} required data-testid="input-descriptionZh" />
        </div>
        <Field name="descriptionEn" label={t("change.descriptionEn")} />
        <fieldset className="form-section">
          <legend>{t("change.area.CONTENT")}</legend>
          <Field name="applicantNameZh" label={t("change.applicantName")} hint={c.applicant.nameZh ?? ""} />
          <Field name="applicantAddressZh" label={t("change.applicantAddress")} hint={c.applicant.addressZh ?? ""} />
          <Field name="productNameZh" label={t("change.productName")} hint={c.productNameZh} />
        </fieldset>
        <fieldset className="form-section" data-testid="kc-fieldset">
          <legend>{t("change.kc")}</legend>
          <p className="hint">{t("change.kc.hint")}</p>
          <Field name="kcConfig" label={t("change.kc.configuration")}>
            <select id={fieldId("kcConfig")} name="kcConfig" defaultValue="" data-testid="input-kcConfig">
              <option value="">—</option>
              {c.keyComponentConfigurations.map((config, i) => (
                <option key={config.label} value={i}>
                  {config.label}
                </option>
              ))}
            </select>
          </Field>
          {c.keyComponentConfigurations.map((config, ci) => (
            <fieldset key={config.label} className="form-row" data-testid={`kc-config-${ci}`}>
              <legend>{t("cert.keyComponents.configuration", { label: config.label })}</legend>
              <input type="hidden" name={`kc-${ci}-label`} value={config.label} />
              {config.components.map((k, row) => (
                <fieldset key={k.type} className="form-row">
                  <legend>{t(`kcType.${k.type}`)}</legend>
                  <input type="hidden" name={kcName(ci, row, "type")} value={k.type} />
                  <div className="form-grid">
                    {KC_ATTRIBUTES.filter((a) => k[a] !== null).map((a) => (
                      <Field key={a} name={kcName(ci, row, a)} label={t(`cert.kc.${a}`)} value={k[a] ?? ""} />
                    ))}
                  </div>
                </fieldset>
              ))}
            </fieldset>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="evidence">{t("change.evidence")}</label>
          <input id="evidence" type="file" name="evidence" accept=".pdf,image/*,.doc,.docx,.xls,.xlsx" data-testid="input-evidence" />
        </div>
        <ChangeFailureView failure={actionData?.failure} step="variation" />
        <button type="submit" className="button" disabled={busy} data-testid="step-variation">
          {t("change.submit")}
        </button>
      </Form>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
