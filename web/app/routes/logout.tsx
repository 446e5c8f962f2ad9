import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { graphql } from "../graphql.server";
import { LogoutMutation } from "../queries.server";
import { getSession, sessionStorage } from "../session.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request);
  const token = session.get("token");
  if (token) {
    try {
      await graphql(LogoutMutation, {}, { token, request });
    } catch (error) {
      // Signing out of the web must work even when the API cannot revoke the token right now.
      console.error("[logout] could not revoke the token", error instanceof Error ? error.message : error);
    }
  }
  return redirect("/", { headers: { "Set-Cookie": await sessionStorage.destroySession(session) } });
}
