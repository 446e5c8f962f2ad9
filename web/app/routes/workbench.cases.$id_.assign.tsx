import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireViewer } from "../cases/access.server";
import { failHandling, postedVersion, runHandling } from "../cases/handling-actions.server";
import { caseId } from "../cases/load.server";
import { graphql } from "../graphql.server";
import { AssignCaseEngineerMutation, EngineersQuery } from "../queries.server";
import type { Role } from "../types";

/** Who may give a case to an engineer (the API decides: Operation.ASSIGN_CASE_ENGINEER). */
const ASSIGNERS: readonly Role[] = ["ENGINEER", "ADMIN"];

/** The engineers a case can be given to, for the case page's assignment form (loaded by a fetcher). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  caseId(params);
  const { token } = await requireViewer(request, ASSIGNERS);
  return { engineers: (await graphql(EngineersQuery, {}, { token, request })).engineers };
}

/** Gives the case to the engineer posted (`me`: the signed-in engineer), then back to the case page. */
export async function action({ request, params }: ActionFunctionArgs) {
  const id = caseId(params);
  const { token, viewer } = await requireViewer(request, ASSIGNERS);
  const form = await request.formData();
  const version = postedVersion(form);
  const posted = String(form.get("engineerId") ?? "").trim();
  if (!posted) return failHandling({ code: "INVALID", message: "", field: "engineerId" });
  const engineerId = posted === "me" ? viewer.id : posted;
  return runHandling(request, id, "assign", () => graphql(AssignCaseEngineerMutation, { caseId: id, version, engineerId }, { token, request }));
}
