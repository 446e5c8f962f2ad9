import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { PORTAL_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { graphql, GraphQLRequestError } from "../graphql.server";
import { ApplyForRecertificationMutation, RecertificationQuery } from "../recertification/queries.server";

/**
 * §9 resource route of the holder's certificate page: the loader answers the recertification
 * panel's fetch; the action applies and opens the new renewal case.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  const result = await signedIn(request, () => graphql(RecertificationQuery, { number: params.number ?? "" }, { token, request }));
  if (!result.recertification) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  return { recertification: result.recertification };
}

const STATUS: Record<string, number> = { FORBIDDEN: 403, NOT_FOUND: 404, ILLEGAL_TRANSITION: 409, RULE_VIOLATION: 422, CONFLICT: 409 };

export async function action({ request, params }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  try {
    const result = await signedIn(request, () => graphql(ApplyForRecertificationMutation, { number: params.number ?? "" }, { token, request }));
    return redirect(`/portal/cases/${result.applyForRecertification.id}`);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const extensions = error.errors[0]?.extensions ?? {};
    const failure = {
      code: error.code, message: error.errors[0]?.message ?? error.message,
      clause: typeof extensions.clause === "string" ? extensions.clause : undefined,
      findings: Array.isArray(extensions.findings) ? extensions.findings : undefined,
    };
    return data({ failure }, { status: STATUS[failure.code] ?? 400 });
  }
}
