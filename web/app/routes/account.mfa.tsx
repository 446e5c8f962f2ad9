import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { signedIn } from "../cases/access.server";
import { graphql, GraphQLRequestError } from "../graphql.server";
import { useLang, useT } from "../hooks";
import { translator, type MessageKey } from "../i18n";
import { getLang } from "../lang.server";
import { BeginMfaEnrolmentMutation, ConfirmMfaEnrolmentMutation, DisableMfaMutation, MyMfaQuery, RegenerateRecoveryCodesMutation } from "../queries.server";
import { getToken } from "../session.server";

/**
 * One's own two-factor authentication: enrol (QR code, key, first code), see the recovery codes
 * once, make new ones, and turn MFA off where the role may. Staff who must enrol are sent here
 * after signing in and from every other page until they have.
 */
export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("mfa.title")} · ${t("site.title")}` }, { name: "robots", content: "noindex" }];
};

/** The key and the recovery codes appear in answers to this page: no cache may keep them. */
export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });

async function requireToken(request: Request): Promise<string> {
  const token = await getToken(request);
  if (!token) throw redirect(`/login?redirectTo=${encodeURIComponent("/account/mfa")}`);
  return token;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const token = await requireToken(request);
  const result = await signedIn(request, () => graphql(MyMfaQuery, {}, { token, request }));
  return data({ lang: getLang(request), mfa: result.myMfa, enrolmentRequired: result.me?.mfaEnrolmentRequired ?? false }, { headers: { "Cache-Control": "no-store" } });
}

interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

type ActionResult =
  | { kind: "enrolment"; enrolment: Enrolment; error?: MessageKey }
  | { kind: "codes"; codes: string[]; notice: MessageKey }
  | { kind: "done"; notice: MessageKey }
  | { kind: "error"; intent: string; error: MessageKey; seconds?: number };

export async function action({ request }: ActionFunctionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const code = String(form.get("code") ?? "").trim();
  // The enrolment shown so far travels back with the confirm form (it is on that page already),
  // so a mistyped first code can be retried without a new key.
  const shown: Enrolment = { secret: String(form.get("secret") ?? ""), otpauthUri: String(form.get("otpauthUri") ?? ""), qrCodeDataUrl: String(form.get("qrCodeDataUrl") ?? "") };
  const call = <T,>(run: () => Promise<T>) => signedIn(request, run);
  try {
    if (intent === "begin") {
      const { beginMfaEnrolment } = await call(() => graphql(BeginMfaEnrolmentMutation, {}, { token, request }));
      return data<ActionResult>({ kind: "enrolment", enrolment: beginMfaEnrolment });
    }
    if (intent === "confirm") {
      if (!/^\d{6}$/.test(code.replace(/\s/g, ""))) return data<ActionResult>({ kind: "enrolment", enrolment: shown, error: "mfa.wrongCode" }, { status: 400 });
      const { confirmMfaEnrolment } = await call(() => graphql(ConfirmMfaEnrolmentMutation, { code }, { token, request }));
      return data<ActionResult>({ kind: "codes", codes: confirmMfaEnrolment.codes, notice: "mfa.enabled" });
    }
    if (intent === "regenerate") {
      const { regenerateRecoveryCodes } = await call(() => graphql(RegenerateRecoveryCodesMutation, { code }, { token, request }));
      return data<ActionResult>({ kind: "codes", codes: regenerateRecoveryCodes.codes, notice: "mfa.codes.title" });
    }
    if (intent === "disable") {
      await call(() => graphql(DisableMfaMutation, { code }, { token, request }));
      return data<ActionResult>({ kind: "done", notice: "mfa.disabled" });
    }
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    if (error.code === "INVALID_MFA_CODE") {
      if (intent === "confirm") return data<ActionResult>({ kind: "enrolment", enrolment: shown, error: "mfa.wrongCode" }, { status: 400 });
      return data<ActionResult>({ kind: "error", intent, error: "mfa.wrongCode" }, { status: 400 });
    }
    if (error.code === "TOO_MANY_ATTEMPTS") {
      const seconds = Number(error.errors[0]?.extensions?.retryAfterSeconds ?? 60);
      return data<ActionResult>({ kind: "error", intent, error: "mfa.tooMany", seconds }, { status: 429 });
    }
    console.error("[account/mfa] API error", error.code, error.message);
    return data<ActionResult>({ kind: "error", intent, error: "mfa.failed" }, { status: 400 });
  }
  throw data({ reason: "BAD_INTENT" }, { status: 400 });
}

export default function AccountMfaPage() {
  const { mfa, enrolmentRequired } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const lang = useLang();
  const t = useT();
  const errorFor = (intent: string) =>
    result?.kind === "error" && result.intent === intent ? (
      <p className="form-error" role="alert" data-testid={`mfa-${intent}-error`}>{t(result.error, { seconds: result.seconds ?? "" })}</p>
    ) : null;

  return (
    <section className="account-mfa" aria-labelledby="mfa-heading">
      <h1 id="mfa-heading">{t("mfa.title")}</h1>
      {enrolmentRequired ? <p className="notice-warn" role="status" data-testid="mfa-enrolment-required">{t("mfa.enrolmentRequired")}</p> : null}
      {result?.kind === "done" ? <p className="notice-ok" role="status" data-testid="mfa-notice">{t(result.notice)}</p> : null}

      {result?.kind === "codes" ? (
        <div className="notice-ok" role="status" data-testid="mfa-recovery-codes">
          {result.notice === "mfa.enabled" ? <p>{t("mfa.enabled")}</p> : null}
          <h2>{t("mfa.codes.title")}</h2>
          <p>{t("mfa.codes.hint")}</p>
          <ul className="recovery-codes">
            {result.codes.map((c) => <li key={c}><code data-testid="mfa-recovery-code">{c}</code></li>)}
          </ul>
        </div>
      ) : null}

      {mfa.enabled ? (
        <>
          <p data-testid="mfa-status-on">
            {t("mfa.on", { date: mfa.enabledAt ? new Date(mfa.enabledAt).toLocaleDateString(lang === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai" }) : "", count: mfa.recoveryCodesLeft })}
          </p>
          {mfa.required ? <p>{t("mfa.required")}</p> : null}
          <Form method="post" className="login__form">
            <input type="hidden" name="intent" value="regenerate" />
            <h2>{t("mfa.regenerate")}</h2>
            <p>{t("mfa.regenerateHint")}</p>
            {errorFor("regenerate")}
            <CodeField id="regenerate-code" label={t("mfa.code")} testId="mfa-regenerate-code" />
            <button type="submit" className="button" disabled={busy} data-testid="mfa-regenerate">{t("mfa.regenerate")}</button>
          </Form>
          {mfa.canDisable ? (
            <Form method="post" className="login__form">
              <input type="hidden" name="intent" value="disable" />
              <h2>{t("mfa.disable")}</h2>
              {errorFor("disable")}
              <CodeField id="disable-code" label={t("mfa.codeOrRecovery")} testId="mfa-disable-code" />
              <button type="submit" className="button" disabled={busy} data-testid="mfa-disable">{t("mfa.disable")}</button>
            </Form>
          ) : null}
        </>
      ) : result?.kind === "enrolment" ? (
        <Form method="post" className="login__form" data-testid="mfa-enrolment">
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="secret" value={result.enrolment.secret} />
          <input type="hidden" name="otpauthUri" value={result.enrolment.otpauthUri} />
          <input type="hidden" name="qrCodeDataUrl" value={result.enrolment.qrCodeDataUrl} />
          <p>{t("mfa.scan")}</p>
          <img src={result.enrolment.qrCodeDataUrl} alt={result.enrolment.otpauthUri} width={240} height={240} data-testid="mfa-qr" />
          <p>
            {t("mfa.secret")}: <code data-testid="mfa-secret">{result.enrolment.secret}</code>
          </p>
          <p>{t("mfa.secretOnce")}</p>
          {result.error ? <p className="form-error" role="alert" data-testid="mfa-confirm-error">{t(result.error)}</p> : null}
          <CodeField id="confirm-code" label={t("mfa.confirmCode")} testId="mfa-confirm-code" />
          <button type="submit" className="button" disabled={busy} data-testid="mfa-confirm">{t("mfa.confirm")}</button>
        </Form>
      ) : (
        <Form method="post" className="login__form">
          <input type="hidden" name="intent" value="begin" />
          <p data-testid="mfa-status-off">{t("mfa.off")}</p>
          {errorFor("begin")}
          <button type="submit" className="button" disabled={busy} data-testid="mfa-begin">{t("mfa.begin")}</button>
        </Form>
      )}
    </section>
  );
}

function CodeField({ id, label, testId }: { id: string; label: string; testId: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name="code" type="text" autoComplete="one-time-code" required maxLength={32} data-testid={testId} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
