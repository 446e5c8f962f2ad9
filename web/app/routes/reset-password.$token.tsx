import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { fieldId, type FormError } from "../cases/application-form";
import { ErrorPanel } from "../components/ErrorPanel";
import { FieldErrors } from "../components/FormField";
import { graphql, GraphQLRequestError, RateLimitedError } from "../graphql.server";
import { useT } from "../hooks";
import { translator, type MessageKey } from "../i18n";
import { getLang } from "../lang.server";
import { PasswordRulesQuery, ResetPasswordMutation } from "../queries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("reset.title")} · ${t("site.title")}` }, { name: "robots", content: "noindex" }];
};

/** The token is in this page's address: no link on it may carry that address to another site. */
export const headers: HeadersFunction = () => ({ "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" });

/** GET only shows the form: a mail scanner opening the link neither uses nor tests the token. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { passwordRules } = await graphql(PasswordRulesQuery, {}, { request });
  return { lang: getLang(request), rules: passwordRules };
}

const REASONS = ["TOO_SHORT", "TOO_LONG", "COMMON", "REPETITIVE", "CONTAINS_EMAIL"] as const;
type Reason = (typeof REASONS)[number];
const isReason = (value: unknown): value is Reason => REASONS.includes(value as Reason);

type Field = "newPassword" | "confirm" | "";
type ActionResult = { invalidLink: true } | { invalidLink: false; errors: Partial<Record<Field, FormError[]>> };

const refuse = (field: Field, error: FormError, status = 400, headers?: Record<string, string>) =>
  data<ActionResult>({ invalidLink: false, errors: { [field]: [error] } }, { status, headers });

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return data<ActionResult>({ invalidLink: true }, { status: 404 });
  const form = await request.formData();
  const newPassword = String(form.get("newPassword") ?? "");
  const confirm = String(form.get("confirm") ?? "");
  if (newPassword === "") return refuse("newPassword", { key: "reset.required" });
  if (newPassword !== confirm) return refuse("confirm", { key: "reset.mismatch" });

  try {
    await graphql(ResetPasswordMutation, { token, newPassword }, { request });
  } catch (error) {
    if (error instanceof RateLimitedError) {
      const seconds = String(error.retryAfterSeconds);
      return refuse("", { key: "action.error.RATE_LIMITED", vars: { seconds } }, 429, { "Retry-After": seconds });
    }
    if (!(error instanceof GraphQLRequestError)) throw error;
    if (error.code === "INVALID_RESET_TOKEN") return data<ActionResult>({ invalidLink: true }, { status: 404 });
    if (error.code === "WEAK_PASSWORD") {
      const e = error.errors[0]?.extensions ?? {};
      const vars = { min: String(e.minLength ?? ""), max: String(e.maxLength ?? "") };
      const reasons = Array.isArray(e.reasons) ? e.reasons.filter(isReason) : [];
      const errors: FormError[] = reasons.map((reason) => ({ key: `reset.reason.${reason}` as MessageKey, vars }));
      return data<ActionResult>({ invalidLink: false, errors: { newPassword: errors.length ? errors : [{ key: "reset.failed" }] } }, { status: 400 });
    }
    console.error("[reset-password] unexpected API error", error.code, error.message);
    return refuse("", { key: "reset.failed" }, 500);
  }
  return redirect("/login?reset=1");
}

export default function ResetPasswordPage() {
  const { rules } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const t = useT();
  if (result?.invalidLink) {
    return (
      <section className="login" aria-labelledby="reset-heading">
        <h1 id="reset-heading">{t("reset.title")}</h1>
        <p className="form-error" role="alert" data-testid="reset-invalid-link">{t("reset.invalidLink")}</p>
        <p>
          <Link to="/forgot-password" data-testid="reset-again">{t("reset.again")}</Link>
        </p>
      </section>
    );
  }
  const errors = result?.errors ?? {};
  const general = errors[""];
  return (
    <section className="login" aria-labelledby="reset-heading">
      <h1 id="reset-heading">{t("reset.title")}</h1>
      <Form method="post" className="login__form" noValidate>
        <p id="reset-rules">{t("reset.intro", { min: rules.minLength, max: rules.maxLength })}</p>
        {general ? (
          <div className="form-error" role="alert" data-testid="reset-error">
            {general.map((e, i) => <p key={i}>{e.key ? t(e.key, e.vars) : null}</p>)}
          </div>
        ) : null}
        <PasswordField name="newPassword" label={t("reset.password")} errors={errors.newPassword} describedBy="reset-rules" />
        <PasswordField name="confirm" label={t("reset.confirm")} errors={errors.confirm} />
        <button type="submit" className="button" disabled={busy} data-testid="reset-submit">
          {t("reset.submit")}
        </button>
      </Form>
    </section>
  );
}

/** A new-password input with its errors beside it (FieldErrors gives them the id referenced here). */
function PasswordField({ name, label, errors, describedBy }: { name: string; label: string; errors?: FormError[]; describedBy?: string }) {
  const id = fieldId(name);
  const invalid = !!errors?.length;
  const describedByIds = [describedBy, invalid ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${invalid ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="password"
        autoComplete="new-password"
        required
        aria-invalid={invalid || undefined}
        aria-describedby={describedByIds}
        data-testid={`reset-${name}`}
      />
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
