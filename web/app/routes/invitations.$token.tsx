import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { graphql, GraphQLRequestError } from "../graphql.server";
import { useT } from "../hooks";
import { translator, type MessageKey } from "../i18n";
import { getLang } from "../lang.server";
import { AcceptInvitationMutation } from "../queries.server";
import { formErrorsOf, type FieldErrorMap } from "../signup/api-errors.server";
import { Field } from "../signup/Field";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("invite.title")} · ${t("site.title")}` }, { name: "robots", content: "noindex" }];
};

/** The token is in this page's address: no link on it may carry that address to another site. */
export const headers: HeadersFunction = () => ({ "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" });

/** GET only shows the form: opening the link neither uses nor tests the token. */
export async function loader({ request }: LoaderFunctionArgs) {
  return { lang: getLang(request) };
}

const INVALID = ["UNKNOWN", "EXPIRED", "USED", "REVOKED"] as const;
type ActionResult = { invalid: (typeof INVALID)[number] } | { invalid: null; errors: FieldErrorMap; displayName: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const displayName = String(form.get("displayName") ?? "");
  const password = String(form.get("password") ?? "");
  if (password !== String(form.get("confirm") ?? "")) {
    return data<ActionResult>({ invalid: null, errors: { confirm: [{ key: "signup.mismatch" }] }, displayName }, { status: 400 });
  }
  try {
    await graphql(AcceptInvitationMutation, { token: params.token ?? "", displayName, password }, { request });
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === "INVALID_INVITATION") {
      const reason = String(error.errors[0]?.extensions?.reason ?? "UNKNOWN");
      return data<ActionResult>({ invalid: INVALID.find((r) => r === reason) ?? "UNKNOWN" }, { status: 404 });
    }
    if (error instanceof GraphQLRequestError && error.code === "ACCOUNT_EXISTS") {
      return data<ActionResult>({ invalid: null, errors: { "": [{ key: "invite.accountExists" }] }, displayName }, { status: 409 });
    }
    const errors = formErrorsOf(error);
    if (!errors) throw error;
    return data<ActionResult>({ invalid: null, errors, displayName }, { status: 400 });
  }
  return redirect("/login?invited=1");
}

export default function AcceptInvitationPage() {
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const t = useT();
  if (result?.invalid) {
    return (
      <section className="login" aria-labelledby="invite-heading">
        <h1 id="invite-heading">{t("invite.title")}</h1>
        <p className="form-error" role="alert" data-testid="invite-invalid">{t(`invite.invalid.${result.invalid}` as MessageKey)}</p>
      </section>
    );
  }
  const errors = result?.errors ?? {};
  return (
    <section className="login" aria-labelledby="invite-heading">
      <h1 id="invite-heading">{t("invite.title")}</h1>
      <Form method="post" className="login__form" noValidate>
        <p>{t("invite.intro")}</p>
        {errors[""] ? (
          <div className="form-error" role="alert" data-testid="invite-error">
            {errors[""].map((e, i) => <p key={i}>{e.key ? t(e.key, e.vars) : null}</p>)}
          </div>
        ) : null}
        <Field name="displayName" label={t("signup.displayName")} errors={errors.displayName} defaultValue={result?.displayName} autoComplete="name" />
        <Field name="password" label={t("signup.password")} errors={errors.password} type="password" autoComplete="new-password" />
        <Field name="confirm" label={t("signup.confirm")} errors={errors.confirm} type="password" autoComplete="new-password" />
        <button type="submit" className="button" disabled={busy} data-testid="invite-submit">{t("invite.submit")}</button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
