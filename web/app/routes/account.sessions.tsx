import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AdminField } from "../admin/AdminChrome";
import type { MySession } from "../accounts/queries.server";
import { ErrorPanel } from "../components/ErrorPanel";
import { requireViewer, signedIn } from "../cases/access.server";
import { graphql, GraphQLRequestError } from "../graphql.server";
import { useT } from "../hooks";
import { translator, type MessageKey } from "../i18n";
import { getLang } from "../lang.server";
import { beijingTime } from "../regulator/format";
import { ChangePasswordMutation, MyAccountQuery, RevokeApiTokenMutation, RevokeMyOtherSessionsMutation, RevokeMySessionMutation } from "../queries.server";
import type { Role } from "../types";

/** Every signed-in person has sessions and a password. */
const ANY_ROLE: readonly Role[] = ["ENTERPRISE", "ENGINEER", "INSPECTOR", "LAB", "REVIEWER", "DECIDER", "ADMIN", "REGULATOR"];
const REASONS = ["TOO_SHORT", "TOO_LONG", "COMMON", "REPETITIVE", "CONTAINS_EMAIL"] as const;

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: t("account.title") }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, ANY_ROLE);
  const result = await signedIn(request, () => graphql(MyAccountQuery, {}, { token, request }));
  return { lang: getLang(request), sessions: result.mySessions, tokens: result.myApiTokens, rules: result.passwordRules };
}

interface FieldMessage {
  key: MessageKey;
  vars?: Record<string, string>;
}
type ActionResult = { form: string; errors: Record<string, FieldMessage[]> };

const refuse = (form: string, field: string, message: FieldMessage, status = 400) => data<ActionResult>({ form, errors: { [field]: [message] } }, { status });

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, ANY_ROLE);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const call = <T,>(run: () => Promise<T>) => signedIn(request, run);
  try {
    if (intent === "revoke") {
      await call(() => graphql(RevokeMySessionMutation, { id: String(form.get("id") ?? "") }, { token, request }));
      return redirect("/account/sessions?done=revoked");
    }
    if (intent === "revokeOthers") {
      const count = (await call(() => graphql(RevokeMyOtherSessionsMutation, {}, { token, request }))).revokeMyOtherSessions;
      return redirect(`/account/sessions?others=${count}`);
    }
    if (intent === "revokeToken") {
      await call(() => graphql(RevokeApiTokenMutation, { id: String(form.get("id") ?? "") }, { token, request }));
      return redirect("/account/sessions");
    }
    if (intent === "password") {
      const currentPassword = String(form.get("currentPassword") ?? "");
      const newPassword = String(form.get("newPassword") ?? "");
      if (currentPassword === "") return refuse("password", "currentPassword", { key: "admin.error.required" });
      if (newPassword === "") return refuse("password", "newPassword", { key: "admin.error.required" });
      if (newPassword !== String(form.get("confirm") ?? "")) return refuse("password", "confirm", { key: "reset.mismatch" });
      await call(() => graphql(ChangePasswordMutation, { currentPassword, newPassword }, { token, request }));
      return redirect("/account/sessions?done=password");
    }
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return refusal(intent, error);
  }
  throw data({ reason: "BAD_INTENT" }, { status: 400 });
}

/** The API's refusal, next to the field it names. */
function refusal(intent: string, error: GraphQLRequestError) {
  const e = error.errors[0]?.extensions ?? {};
  if (error.code === "BAD_CREDENTIALS") return refuse(intent, "currentPassword", { key: "account.error.wrongPassword" });
  if (error.code === "TOO_MANY_ATTEMPTS") return refuse(intent, "currentPassword", { key: "account.error.tooMany", vars: { seconds: String(e.retryAfterSeconds ?? "") } }, 429);
  if (error.code === "WEAK_PASSWORD") {
    const vars = { min: String(e.minLength ?? ""), max: String(e.maxLength ?? "") };
    const reasons = Array.isArray(e.reasons) ? e.reasons.filter((r): r is (typeof REASONS)[number] => REASONS.includes(r)) : [];
    return data<ActionResult>({ form: intent, errors: { newPassword: reasons.map((r) => ({ key: `reset.reason.${r}` as MessageKey, vars })) } }, { status: 400 });
  }
  return refuse(intent, "", { key: "account.error.failed", vars: { message: error.errors[0]?.message ?? error.code } }, error.code === "NOT_FOUND" ? 404 : 400);
}

export default function AccountSessionsPage() {
  const { sessions, tokens, rules } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const message = (field: string, form: string) =>
    result?.form === form ? result.errors[field]?.map((m) => t(m.key, m.vars)).join(" ") || undefined : undefined;
  const others = params.get("others");
  const done = params.get("done");
  return (
    <>
      <h1>{t("account.title")}</h1>
      <p className="hint">{t("account.hint")}</p>
      {others !== null && !result ? (
        <p className="notice-ok" role="status" data-testid="account-done">
          {t("account.revokedOthers", { count: others })}
        </p>
      ) : null}
      {done && !result ? (
        <p className="notice-ok" role="status" data-testid="account-done">
          {t(done === "password" ? "account.passwordChanged" : "account.revoked")}
        </p>
      ) : null}
      {result && result.errors[""] ? (
        <div className="form-error" role="alert" data-testid="action-error">
          <p>{message("", result.form)}</p>
        </div>
      ) : null}

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("account.sessions")}</h2>
        <ul className="admin-list">
          {sessions.map((s) => (
            <SessionRow key={s.id} session={s} />
          ))}
        </ul>
        {sessions.length > 1 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="revokeOthers" />
            <button type="submit" className="button button--secondary" data-testid="revoke-others">
              {t("account.revokeOthers")}
            </button>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="tokens-title">
        <h2 id="tokens-title">{t("account.tokens")}</h2>
        {tokens.length === 0 ? (
          <p className="hint" data-testid="no-tokens">
            {t("account.noTokens")}
          </p>
        ) : (
          <ul className="admin-list">
            {tokens.map((token) => (
              <li key={token.id} className="admin-item" data-testid="my-token" data-id={token.id}>
                <strong>{token.name}</strong>{" "}
                <span className="admin-item__meta">
                  {beijingTime(token.createdAt)} · {token.lastUsedAt ? t("account.tokenLastUsed", { when: beijingTime(token.lastUsedAt) }) : t("account.tokenNeverUsed")}
                </span>
                {token.revokedAt ? (
                  <span className="badge" data-testid="token-revoked">
                    {t("account.tokenRevoked")}
                  </span>
                ) : (
                  <Form method="post" className="admin-form--inline">
                    <input type="hidden" name="intent" value="revokeToken" />
                    <input type="hidden" name="id" value={token.id} />
                    <button type="submit" className="button button--small button--secondary" data-testid="token-revoke">
                      {t("account.tokenRevoke")}
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="password-title">
        <h2 id="password-title">{t("account.password")}</h2>
        <p className="hint" id="password-rules">
          {t("account.passwordHint", { min: String(rules.minLength), max: String(rules.maxLength) })}
        </p>
        <Form method="post" className="admin-form" data-testid="password-form">
          <input type="hidden" name="intent" value="password" />
          {(
            [
              ["currentPassword", "account.currentPassword", "current-password"],
              ["newPassword", "account.newPassword", "new-password"],
              ["confirm", "account.confirmPassword", "new-password"],
            ] as const
          ).map(([name, label, autoComplete]) => (
            <AdminField key={name} id={name} label={t(label)} error={message(name, "password")}>
              <input id={name} name={name} type="password" autoComplete={autoComplete} required data-testid={`password-${name}`} aria-describedby={name === "newPassword" ? "password-rules" : undefined} />
            </AdminField>
          ))}
          <button type="submit" className="button" data-testid="password-submit">
            {t("account.changePassword")}
          </button>
        </Form>
      </section>
    </>
  );
}

function SessionRow({ session }: { session: MySession }) {
  const t = useT();
  return (
    <li className="admin-item" data-testid="my-session" data-id={session.id} data-current={String(session.current)}>
      <h3 className="admin-item__title">
        {session.device ?? t("account.unknownDevice")}
        {session.current ? (
          <span className="badge" data-testid="session-current">
            {" "}
            {t("account.current")}
          </span>
        ) : null}
      </h3>
      <p className="admin-item__meta">
        {t("account.address")} {session.clientAddress ?? "–"} · {t("account.signedIn")} {beijingTime(session.createdAt)} · {t("account.lastUsed")}{" "}
        {beijingTime(session.lastUsedAt)}
      </p>
      {session.userAgent ? <p className="hint">{session.userAgent}</p> : null}
      <Form method="post">
        <input type="hidden" name="intent" value="revoke" />
        <input type="hidden" name="id" value={session.id} />
        <button type="submit" className="button button--small button--secondary" data-testid="session-revoke">
          {t("account.revoke")}
        </button>
      </Form>
    </li>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
