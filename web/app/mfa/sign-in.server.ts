import { redirect } from "@remix-run/node";
import type { LoginResult } from "../queries.server";
import { getSession, sessionStorage } from "../session.server";

/** Where the second step of a sign-in with MFA is asked for. */
export const MFA_STEP_PATH = "/login/mfa";
/** Where staff who must set MFA up are sent. */
export const MFA_ACCOUNT_PATH = "/account/mfa";

/**
 * Ends either step of a sign-in. With MFA still to come: keeps the challenge in the signed
 * session cookie (never in the page) and goes to the code step. With a session: keeps its token,
 * sizes the cookie by the token's remaining lifetime (not its end instant, so an API clock
 * different from ours cannot expire it at once), and lands where the person was going; staff who
 * must enrol land on the enrolment page.
 */
export async function finishSignIn(request: Request, login: LoginResult, redirectTo: string): Promise<Response> {
  const session = await getSession(request);
  if (login.mfaRequired && login.mfaChallenge) {
    session.set("mfaChallenge", login.mfaChallenge);
    session.set("mfaRedirectTo", redirectTo);
    return redirect(MFA_STEP_PATH, { headers: { "Set-Cookie": await sessionStorage.commitSession(session) } });
  }
  if (!login.token || !login.viewer) throw new Error("The API answered a sign-in without a session or a challenge");
  session.unset("mfaChallenge");
  session.unset("mfaRedirectTo");
  session.set("token", login.token);
  const cookie = await sessionStorage.commitSession(session, { maxAge: login.expiresInSeconds ?? undefined });
  // A regulator signing in without a destination lands on the regulator dashboard.
  const landing = login.viewer.mfaEnrolmentRequired
    ? MFA_ACCOUNT_PATH
    : redirectTo === "/" && login.viewer.role === "REGULATOR" ? "/regulator" : redirectTo;
  return redirect(landing, { headers: { "Set-Cookie": cookie } });
}
