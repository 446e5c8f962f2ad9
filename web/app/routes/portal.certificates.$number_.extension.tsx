import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { Field } from "../components/FormField";
import { fieldId } from "../cases/application-form";
import { submitChange } from "../certificate-change/actions.server";
import { ChangeFailureView, ChangeModelsTable } from "../certificate-change/ChangeViews";
import { loadOwnCertificate } from "../certificate-change/load.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { MOUNTINGS } from "../types";

export const meta: MetaFunction<typeof loader> = ({ params, data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("change.extension.title", { number: params.number ?? "" })} · ${t("site.title")}` }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { certificate } = await loadOwnCertificate(request, params.number ?? "");
  return { lang: getLang(request), certificate };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token } = await loadOwnCertificate(request, params.number ?? "");
  return submitChange(request, token, params.number ?? "", "extension");
}

/** §8.3.1: a model to add to the unit, prefilled with the unit's series, frame current, mounting and poles (§3.1). */
export default function ExtensionPage() {
  const { certificate: c } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const t = useT();
  const reference = c.models[0];
  return (
    <article className="case" data-testid="extension-page">
      <p className="back">
        <Link to={`/portal/certificates/${c.number}`}>← {t("change.cert.title", { number: c.number })}</Link>
      </p>
      <h1>{t("change.extension.title", { number: c.number })}</h1>
      <section aria-labelledby="certified-heading">
        <h2 id="certified-heading">{t("cert.scope")}</h2>
        <ChangeModelsTable models={c.models} testId="current-models" />
      </section>
      <Form method="post" encType="multipart/form-data" data-testid="step-form-extension">
        <input type="hidden" name="version" value={c.version} />
        <p className="hint">{t("change.extension.hint")}</p>
        <div className="field">
          <label htmlFor="descriptionZh">{t("change.description")}</label>
          <textarea id="descriptionZh" name="descriptionZh" rows={3} required data-testid="input-descriptionZh" />
        </div>
        <fieldset className="form-section">
          <legend>{t("change.model")}</legend>
          <div className="form-grid">
            <Field name="designation" label={t("cert.model.designation")} />
            <Field name="series" label={t("cert.series")} value={c.series} />
            <Field name="frameCurrent" label={t("cert.model.frameCurrent")} inputMode="numeric" value={String(c.frameCurrent)} />
            <Field name="mounting" label={t("cert.model.mounting")}>
              <select id={fieldId("mounting")} name="mounting" defaultValue={reference?.mounting ?? ""} data-testid="input-mounting">
                {MOUNTINGS.map((m) => (
                  <option key={m} value={m}>
                    {t(`mounting.${m}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field name="poles" label={t("cert.model.poles")} inputMode="numeric" value={String(reference?.poles ?? 3)} />
            <Field name="ratedVoltage" label={t("cert.model.ratedVoltage")} inputMode="numeric" value={String(reference?.ratedVoltage ?? 400)} />
            <Field name="ratedCurrents" label={t("cert.model.ratedCurrents")} />
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="productDescription">{t("change.productDescription")}</label>
          <input id="productDescription" type="file" name="productDescription" accept=".pdf,image/*,.doc,.docx,.xls,.xlsx" data-testid="input-productDescription" />
        </div>
        <ChangeFailureView failure={actionData?.failure} step="extension" />
        <button type="submit" className="button" disabled={busy} data-testid="step-extension">
          {t("change.submit")}
        </button>
      </Form>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
