import type { LoaderFunctionArgs } from "@remix-run/node";
import { proxyRegistry } from "../certificate-page/api-proxy.server";

// The platform's published Ed25519 public key, for verifying signed records.
export function loader({ request }: LoaderFunctionArgs) {
  return proxyRegistry(request, "/signing-key");
}
