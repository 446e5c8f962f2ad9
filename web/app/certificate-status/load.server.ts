import { data } from "@remix-run/node";
import { requireViewer, signedIn } from "../cases/access.server";
import { graphql } from "../graphql.server";
import type { Role } from "../types";
import { NO_REASONS } from "./labels";
import { CertificateStatusPageQuery } from "./queries.server";

/**
 * One certificate's record, its holder's requests and the reason codes, for a viewer of `roles`.
 * A certificate the viewer may not see looks like none (404), so numbers cannot be probed.
 */
export async function loadStatusPage(request: Request, number: string, roles: readonly Role[]) {
  const { token, viewer } = await requireViewer(request, roles);
  const result = await signedIn(request, () => graphql(CertificateStatusPageQuery, { number }, { token, request }));
  if (!result.certificateRecord) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  return { token, viewer, record: result.certificateRecord, requests: result.certificateStatusRequests, reasons: result.scheme ?? NO_REASONS };
}
