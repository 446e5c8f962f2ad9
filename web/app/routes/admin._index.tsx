import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { ErrorPanel } from "../components/ErrorPanel";
import { requireViewer } from "../cases/access.server";
import { ADMIN_ROLES } from "../admin/actions.server";

// The reference data starts with the organisations; the checks come first so others see 403.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireViewer(request, ADMIN_ROLES);
  return redirect("/admin/organisations");
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
