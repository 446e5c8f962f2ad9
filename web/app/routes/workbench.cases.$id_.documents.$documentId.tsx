import type { LoaderFunctionArgs } from "@remix-run/node";
import { WORKBENCH_ROLES, requireViewer } from "../cases/access.server";
import { proxyDownload } from "../cases/documents.server";
import { caseId } from "../cases/load.server";

/** A §3.2 document of a case, downloaded through the web app by staff (resource route). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  caseId(params);
  const { token } = await requireViewer(request, WORKBENCH_ROLES);
  return proxyDownload(request, token, params.documentId ?? "");
}
