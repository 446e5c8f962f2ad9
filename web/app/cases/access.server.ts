import { data, redirect } from "@remix-run/node";
import { graphql, GraphQLRequestError } from "../graphql.server";
import { LayoutQuery } from "../queries.server";
import { getToken } from "../session.server";
import type { Role, Viewer } from "../types";

/** Who the portal serves: the applicant's own users. */
export const PORTAL_ROLES: readonly Role[] = ["ENTERPRISE"];
/** Who the workbench serves: certification-body staff (the API decides what each may do). */
export const WORKBENCH_ROLES: readonly Role[] = ["ENGINEER", "INSPECTOR", "REVIEWER", "DECIDER", "ADMIN"];

function loginRedirect(request: Request): never {
  const url = new URL(request.url);
  throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}

/**
 * The signed-in viewer with one of `roles`: anonymous (or expired) sessions go to the login page
 * and come back; other roles get a 403 page. The API stays the authority on every action.
 */
export async function requireViewer(request: Request, roles: readonly Role[]): Promise<{ token: string; viewer: Viewer }> {
  const token = await getToken(request);
  if (!token) loginRedirect(request);
  let me: Viewer | null;
  try {
    me = (await graphql(LayoutQuery, {}, { token, request })).me;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === "UNAUTHENTICATED") loginRedirect(request);
    throw error;
  }
  if (!me) loginRedirect(request);
  // Staff who must set up MFA can do nothing else yet (the API refuses it too).
  if (me.mfaEnrolmentRequired) throw redirect("/account/mfa");
  if (!roles.includes(me.role)) throw data({ reason: "FORBIDDEN" }, { status: 403 });
  return { token, viewer: me };
}

/** An API call made for a signed-in page: an expired token sends the user to sign in again. */
export async function signedIn<T>(request: Request, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === "UNAUTHENTICATED") loginRedirect(request);
    if (error instanceof GraphQLRequestError && error.code === "MFA_ENROLMENT_REQUIRED") throw redirect("/account/mfa");
    throw error;
  }
}
