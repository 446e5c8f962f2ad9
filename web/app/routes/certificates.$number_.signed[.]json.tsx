import type { LoaderFunctionArgs } from "@remix-run/node";
import { proxyRegistry } from "../certificate-page/api-proxy.server";

// The certificate's signed public record, as the API signs it (byte for byte).
export function loader({ request, params }: LoaderFunctionArgs) {
  return proxyRegistry(request, `/certificates/${encodeURIComponent(params.number ?? "")}/signed`);
}
