import { data } from "@remix-run/node";
import { graphql } from "../graphql.server";
import { CasePageQuery, CertificationCaseQuery } from "../queries.server";
import type { Role } from "../types";
import { requireViewer, signedIn } from "./access.server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A case id from the URL: anything that is not a UUID is a 404 without asking the API. */
export function caseId(params: { id?: string }): string {
  const id = params.id ?? "";
  if (!UUID.test(id)) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  return id;
}

/** The signed-in viewer (of one of `roles`) and the case; a case they may not see is a 404, as the API answers. */
export async function loadCase(request: Request, params: { id?: string }, roles: readonly Role[]) {
  const id = caseId(params);
  const { token, viewer } = await requireViewer(request, roles);
  const result = await signedIn(request, () => graphql(CertificationCaseQuery, { id }, { token, request }));
  if (!result.certificationCase) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  return { token, viewer, c: result.certificationCase };
}

/**
 * `loadCase` plus what the case page offers the viewer: the API's available actions and the
 * §3.2 documents with their types, asked in parallel with the case. A change between the two
 * reads only makes the next action answer CONFLICT, which the page shows.
 */
export async function loadCasePage(request: Request, params: { id?: string }, roles: readonly Role[]) {
  const id = caseId(params);
  const { token, viewer } = await requireViewer(request, roles);
  const [result, page] = await Promise.all([
    signedIn(request, () => graphql(CertificationCaseQuery, { id }, { token, request })),
    signedIn(request, () => graphql(CasePageQuery, { id }, { token, request })),
  ]);
  if (!result.certificationCase || !page.certificationCase) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  return { token, viewer, c: result.certificationCase, page: page.certificationCase };
}
