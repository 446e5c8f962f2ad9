import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { SignUpMutation } from "../queries.server";
import { formErrorsOf, type FieldErrorMap } from "../signup/api-errors.server";
import { Field } from "../signup/Field";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("signup.title")} · ${t("site.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  return { lang: getLang(request) };
}

const TEXT_FIELDS = ["email", "displayName", "claim.nameZh", "claim.nameEn", "claim.creditCode", "claim.addressZh", "claim.addressEn", "claim.businessScope"] as const;
type ActionResult = { sent: true } | { sent: false; errors: FieldErrorMap; values: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const values = Object.fromEntries(TEXT_FIELDS.map((f) => [f, String(form.get(f) ?? "")]));
  const password = String(form.get("password") ?? "");
  if (password !== String(form.get("confirm") ?? "")) {
    return data<ActionResult>({ sent: false, errors: { confirm: [{ key: "signup.mismatch" }] }, values }, { status: 400 });
  }
  const optional = (v: string) => (v.trim() === "" ? null : v);
  try {
    await graphql(SignUpMutation, {
      email: values.email!, displayName: values.displayName!, password,
      claim: {
        nameZh: values["claim.nameZh"]!, nameEn: optional(values["claim.nameEn"]!), creditCode: values["claim.creditCode"]!,
        addressZh: values["claim.addressZh"]!, addressEn: optional(values["claim.addressEn"]!), businessScope: values["claim.businessScope"]!,
      },
    }, { request });
  } catch (error) {
    const errors = formErrorsOf(error);
    if (!errors) throw error;
    return data<ActionResult>({ sent: false, errors, values }, { status: errors[""] ? 429 : 400 });
  }
  // The same answer whether or not the address has an account: the API mails its owner instead.
  return { sent: true } satisfies ActionResult;
}

export default function SignUpPage() {
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const t = useT();
  if (result?.sent) {
    return (
      <section className="login" aria-labelledby="signup-heading">
        <h1 id="signup-heading">{t("signup.title")}</h1>
        <p role="status" data-testid="signup-sent">{t("signup.sent")}</p>
        <p><Link to="/login">{t("forgot.back")}</Link></p>
      </section>
    );
  }
  const errors = result && !result.sent ? result.errors : {};
  const values = result && !result.sent ? result.values : {};
  const field = (name: string, label: Parameters<typeof t>[0], extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field name={name} label={t(label)} errors={errors[name]} defaultValue={values[name]} {...extra} />
  );
  return (
    <section className="login signup" aria-labelledby="signup-heading">
      <h1 id="signup-heading">{t("signup.title")}</h1>
      <p>{t("signup.intro")}</p>
      <Form method="post" className="login__form" noValidate>
        {errors[""] ? (
          <div className="form-error" role="alert" data-testid="signup-error">
            {errors[""].map((e, i) => <p key={i}>{e.key ? t(e.key, e.vars) : null}</p>)}
          </div>
        ) : null}
        <fieldset>
          <legend>{t("signup.person")}</legend>
          {field("email", "signup.email", { type: "email", autoComplete: "email" })}
          {field("displayName", "signup.displayName", { autoComplete: "name" })}
          <Field name="password" label={t("signup.password")} errors={errors.password} type="password" autoComplete="new-password" />
          <Field name="confirm" label={t("signup.confirm")} errors={errors.confirm} type="password" autoComplete="new-password" />
        </fieldset>
        <fieldset>
          <legend>{t("signup.organisation")}</legend>
          {field("claim.nameZh", "signup.nameZh", { autoComplete: "organization" })}
          {field("claim.nameEn", "signup.nameEn")}
          {field("claim.creditCode", "signup.creditCode")}
          {field("claim.addressZh", "signup.addressZh")}
          {field("claim.addressEn", "signup.addressEn")}
          {field("claim.businessScope", "signup.businessScope", { multiline: true })}
        </fieldset>
        <button type="submit" className="button" disabled={busy} data-testid="signup-submit">{t("signup.submit")}</button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
