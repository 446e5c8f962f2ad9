import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireViewer } from "../cases/access.server";
import { proxyDownload } from "../cases/documents.server";
import { caseId } from "../cases/load.server";

/** The lab's own test report (§4.2.4), downloaded through the web app (resource route); the API decides. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  caseId(params);
  const { token } = await requireViewer(request, ["LAB"]);
  return proxyDownload(request, token, params.documentId ?? "");
}
