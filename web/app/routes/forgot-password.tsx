import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { graphql, GraphQLRequestError, RateLimitedError } from "../graphql.server";
import { useT } from "../hooks";
import { translator, type MessageKey } from "../i18n";
import { getLang } from "../lang.server";
import { RequestPasswordResetMutation } from "../queries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("forgot.title")} · ${t("site.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  return { lang: getLang(request) };
}

type ActionResult = { sent: true } | { sent: false; email: string; error: { key: MessageKey; seconds?: number } };

/**
 * Asks the API for a reset mail. The page says the same thing for every address: whether it has
 * an account is for the mailbox owner to find out, not for whoever types it here.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "").trim();
  if (email === "") return data<ActionResult>({ sent: false, email, error: { key: "forgot.invalidEmail" } }, { status: 400 });
  try {
    await graphql(RequestPasswordResetMutation, { email }, { request });
  } catch (error) {
    if (error instanceof RateLimitedError) {
      const seconds = error.retryAfterSeconds;
      return data<ActionResult>({ sent: false, email, error: { key: "action.error.RATE_LIMITED", seconds } }, { status: 429, headers: { "Retry-After": String(seconds) } });
    }
    if (error instanceof GraphQLRequestError && error.code === "BAD_USER_INPUT") {
      return data<ActionResult>({ sent: false, email, error: { key: "forgot.invalidEmail" } }, { status: 400 });
    }
    throw error;
  }
  return data<ActionResult>({ sent: true });
}

export default function ForgotPasswordPage() {
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const t = useT();
  const error = result && !result.sent ? result.error : null;
  return (
    <section className="login" aria-labelledby="forgot-heading">
      <h1 id="forgot-heading">{t("forgot.title")}</h1>
      {result?.sent ? (
        <p className="notice-ok" role="status" data-testid="forgot-sent">
          {t("forgot.sent")}
        </p>
      ) : (
        <Form method="post" className="login__form" noValidate>
          <p>{t("forgot.intro")}</p>
          <div className={`field${error ? " field--invalid" : ""}`}>
            <label htmlFor="email">{t("forgot.email")}</label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              defaultValue={result && !result.sent ? result.email : ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "email-error" : undefined}
              data-testid="forgot-email"
            />
            {error ? (
              <div id="email-error" className="field-error" role="alert" data-testid="forgot-error">
                <p>{t(error.key, { seconds: error.seconds ?? "" })}</p>
              </div>
            ) : null}
          </div>
          <button type="submit" className="button" disabled={busy} data-testid="forgot-submit">
            {t("forgot.submit")}
          </button>
        </Form>
      )}
      <p>
        <Link to="/login" data-testid="forgot-back">{t("forgot.back")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
