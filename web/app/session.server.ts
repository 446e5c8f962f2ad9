import { createCookieSessionStorage } from "@remix-run/node";
import { config } from "./config.server";

interface SessionData {
  /** Opaque API token; never sent to the browser outside this signed HttpOnly cookie. */
  token: string;
  /** Between the password and the code of a sign-in with MFA: the API's single-use challenge (5 minutes). */
  mfaChallenge: string;
  /** Where that sign-in goes once complete. */
  mfaRedirectTo: string;
}

interface SessionFlash {
  error: string;
}

export const sessionStorage = createCookieSessionStorage<SessionData, SessionFlash>({
  cookie: {
    name: "__cqc_session",
    httpOnly: true,
    sameSite: "lax",
    secure: !config.isDevelopment,
    path: "/",
    secrets: config.sessionSecrets,
  },
});

export async function getSession(request: Request) {
  return sessionStorage.getSession(request.headers.get("Cookie"));
}

export async function getToken(request: Request): Promise<string | undefined> {
  return (await getSession(request)).get("token");
}
