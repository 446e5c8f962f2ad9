import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { graphql, GraphQLRequestError, RateLimitedError } from "../graphql.server";
import { useT } from "../hooks";
import { translator, type MessageKey } from "../i18n";
import { getLang } from "../lang.server";
import { LoginMutation } from "../queries.server";
import { safeRedirectPath } from "../redirect.server";
import { finishSignIn } from "../mfa/sign-in.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("login.title")} · ${t("site.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  // Set by the reset page after a new password was saved.
  return { lang: getLang(request), passwordReset: new URL(request.url).searchParams.get("reset") === "1" };
}

interface ActionResult {
  email: string;
  error: { key: MessageKey; detail?: string; seconds?: number };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const redirectTo = safeRedirectPath(form.get("redirectTo"));

  if (email === "" || password === "") {
    return data<ActionResult>({ email, error: { key: "login.required" } }, { status: 400 });
  }

  let login;
  try {
    login = (await graphql(LoginMutation, { email, password }, { request })).login;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    if (error instanceof RateLimitedError) {
      const seconds = error.retryAfterSeconds;
      return data<ActionResult>({ email, error: { key: "action.error.RATE_LIMITED", seconds } }, { status: 429, headers: { "Retry-After": String(seconds) } });
    }
    if (error.code === "TOO_MANY_ATTEMPTS") {
      const seconds = Number(error.errors[0]?.extensions?.retryAfterSeconds ?? 60);
      return data<ActionResult>({ email, error: { key: "login.tooManyAttempts", seconds } }, { status: 429, headers: { "Retry-After": String(seconds) } });
    }
    if (error.code === "BAD_CREDENTIALS") {
      return data<ActionResult>({ email, error: { key: "login.badCredentials" } }, { status: 401 });
    }
    if (error.code === "BAD_USER_INPUT") {
      return data<ActionResult>({ email, error: { key: "login.invalid", detail: error.message } }, { status: 400 });
    }
    console.error("[login] unexpected API error", error.code, error.message);
    return data<ActionResult>({ email, error: { key: "login.failed" } }, { status: 500 });
  }

  // The session, or with MFA the code step first (mfa/sign-in.server.ts).
  return finishSignIn(request, login, redirectTo);
}

export default function LoginPage() {
  const { passwordReset } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const t = useT();
  const error = actionData?.error;
  const message = error ? t(error.key, { message: error.detail ?? "", seconds: error.seconds ?? "" }) : null;
  return (
    <section className="login" aria-labelledby="login-heading">
      <h1 id="login-heading">{t("login.title")}</h1>
      {passwordReset && !actionData ? (
        <p className="notice-ok" role="status" data-testid="login-password-reset">
          {t("login.passwordReset")}
        </p>
      ) : null}
      <Form method="post" className="login__form" aria-describedby={message ? "login-error" : undefined} noValidate>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        {message ? (
          <p id="login-error" className="form-error" role="alert" data-testid="login-error">
            {message}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="email">{t("login.email")}</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={actionData?.email ?? ""}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? "login-error" : undefined}
            data-testid="login-email"
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t("login.password")}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? "login-error" : undefined}
            data-testid="login-password"
          />
        </div>
        <button type="submit" className="button" disabled={navigation.state === "submitting"} data-testid="login-submit">
          {t("login.submit")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password" data-testid="login-forgot">{t("login.forgot")}</Link>
      </p>
      <p>
        <Link to="/signup" data-testid="login-signup">{t("signup.register")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
