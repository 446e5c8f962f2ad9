import type { LoaderFunctionArgs } from "@remix-run/node";
import { proxyRegistry } from "../certificate-page/api-proxy.server";

// One origin for the public: the API renders the version's PDF, this resource route streams it.
export function loader({ request, params }: LoaderFunctionArgs) {
  const number = encodeURIComponent(params.number ?? "");
  const versionNo = encodeURIComponent(params.versionNo ?? "");
  return proxyRegistry(request, `/certificates/${number}/versions/${versionNo}/certificate.pdf`);
}
