import { data } from "@remix-run/node";
import { PORTAL_ROLES, WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { graphql } from "../graphql.server";
import { CertificateChangeRequestQuery, ChangeableCertificateQuery } from "./queries.server";

/** A certificate of the holder's own, with its requests; another holder's looks like none (404). */
export async function loadOwnCertificate(request: Request, number: string) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  const result = await signedIn(request, () => graphql(ChangeableCertificateQuery, { number }, { token, request }));
  if (!result.changeableCertificate) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  return { token, certificate: result.changeableCertificate, requests: result.certificateChangeRequests };
}

/** A change request as staff handle it, with the certificate as it stands now. */
export async function loadChangeRequest(request: Request, id: string) {
  const { token, viewer } = await requireViewer(request, WORKBENCH_ROLES);
  const found = await signedIn(request, () => graphql(CertificateChangeRequestQuery, { id }, { token, request }));
  const change = found.certificateChangeRequest;
  if (!change) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  const current = await signedIn(request, () => graphql(ChangeableCertificateQuery, { number: change.certificateNumber }, { token, request }));
  if (!current.changeableCertificate) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  return { token, viewer, change, certificate: current.changeableCertificate };
}
