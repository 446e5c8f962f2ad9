import { data } from "@remix-run/node";
import { ErrorPanel } from "../components/ErrorPanel";

// Unknown URLs render a 404 inside the site layout (header, banner, language).
export async function loader() {
  throw data({ reason: "NOT_FOUND" }, { status: 404 });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
