import { data } from "@remix-run/node";
import { GraphQLRequestError } from "../graphql.server";

/** A token from a mail link: 43 base64url characters (anything else cannot be one, and is not sent on). */
export function linkToken(raw: string | undefined): string | null {
  return raw && /^[A-Za-z0-9_-]{43}$/.test(raw) ? raw : null;
}

/** Runs a token mutation; an unknown or expired link becomes `{ unknown: true }` with 404. */
export async function withToken<T>(raw: string | undefined, run: (token: string) => Promise<T>) {
  const token = linkToken(raw);
  if (!token) return data({ unknown: true as const }, { status: 404 });
  try {
    return data({ unknown: false as const, result: await run(token) });
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === "NOT_FOUND") return data({ unknown: true as const }, { status: 404 });
    throw error;
  }
}
