import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { graphql, GraphQLRequestError, RateLimitedError } from "../graphql.server";
import { useT } from "../hooks";
import { translator, type MessageKey } from "../i18n";
import { getLang } from "../lang.server";
import { finishSignIn } from "../mfa/sign-in.server";
import { CompleteMfaLoginMutation } from "../queries.server";
import { safeRedirectPath } from "../redirect.server";
import { getSession, sessionStorage } from "../session.server";

/** The second step of a sign-in with MFA: a code from the authenticator app, or a recovery code. */
export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("mfa.step.title")} · ${t("site.title")}` }, { name: "robots", content: "noindex" }];
};

/** Without a pending challenge there is nothing to complete: back to the password. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  if (!session.get("mfaChallenge")) throw redirect("/login");
  return { lang: getLang(request) };
}

interface ActionResult {
  error: { key: MessageKey; seconds?: number };
  expired?: boolean;
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request);
  const challenge = session.get("mfaChallenge");
  if (!challenge) return redirect("/login");
  const code = String((await request.formData()).get("code") ?? "").trim();
  if (code === "") return data<ActionResult>({ error: { key: "mfa.step.required" } }, { status: 400 });
  let result;
  try {
    result = (await graphql(CompleteMfaLoginMutation, { challenge, code }, { request })).completeMfaLogin;
  } catch (error) {
    if (error instanceof RateLimitedError) {
      return data<ActionResult>({ error: { key: "action.error.RATE_LIMITED", seconds: error.retryAfterSeconds } }, { status: 429 });
    }
    if (!(error instanceof GraphQLRequestError)) throw error;
    if (error.code === "INVALID_MFA_CODE") return data<ActionResult>({ error: { key: "mfa.step.wrong" } }, { status: 401 });
    if (error.code === "TOO_MANY_ATTEMPTS") {
      const seconds = Number(error.errors[0]?.extensions?.retryAfterSeconds ?? 60);
      return data<ActionResult>({ error: { key: "login.tooManyAttempts", seconds } }, { status: 429, headers: { "Retry-After": String(seconds) } });
    }
    if (error.code === "INVALID_MFA_CHALLENGE") {
      session.unset("mfaChallenge");
      return data<ActionResult>({ error: { key: "mfa.step.expired" }, expired: true }, { status: 410, headers: { "Set-Cookie": await sessionStorage.commitSession(session) } });
    }
    console.error("[login/mfa] unexpected API error", error.code, error.message);
    return data<ActionResult>({ error: { key: "login.failed" } }, { status: 500 });
  }
  return finishSignIn(request, result, safeRedirectPath(session.get("mfaRedirectTo") ?? "/"));
}

export default function MfaStepPage() {
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const t = useT();
  const error = actionData?.error;
  const message = error ? t(error.key, { seconds: error.seconds ?? "" }) : null;
  return (
    <section className="login" aria-labelledby="mfa-step-heading">
      <h1 id="mfa-step-heading">{t("mfa.step.title")}</h1>
      {actionData?.expired ? (
        <>
          <p className="form-error" role="alert" data-testid="mfa-step-error">{message}</p>
          <p><Link to="/login" data-testid="mfa-step-again">{t("mfa.step.again")}</Link></p>
        </>
      ) : (
        <Form method="post" className="login__form" noValidate>
          <p id="mfa-step-intro">{t("mfa.step.intro")}</p>
          {message ? <p id="mfa-step-error" className="form-error" role="alert" data-testid="mfa-step-error">{message}</p> : null}
          <div className="field">
            <label htmlFor="code">{t("mfa.step.code")}</label>
            <input
              id="code"
              name="code"
              type="text"
              inputMode="text"
              autoComplete="one-time-code"
              autoFocus
              required
              maxLength={32}
              aria-invalid={message ? true : undefined}
              aria-describedby={message ? "mfa-step-intro mfa-step-error" : "mfa-step-intro"}
              data-testid="mfa-step-code"
            />
          </div>
          <button type="submit" className="button" disabled={busy} data-testid="mfa-step-submit">{t("mfa.step.submit")}</button>
        </Form>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
