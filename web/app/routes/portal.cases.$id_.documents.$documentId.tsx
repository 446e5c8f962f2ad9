import type { LoaderFunctionArgs } from "@remix-run/node";
import { PORTAL_ROLES, requireViewer } from "../cases/access.server";
import { proxyDownload } from "../cases/documents.server";
import { caseId } from "../cases/load.server";

/** A §3.2 document of the applicant's case, downloaded through the web app (resource route). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  caseId(params);
  const { token } = await requireViewer(request, PORTAL_ROLES);
  return proxyDownload(request, token, params.documentId ?? "");
}
