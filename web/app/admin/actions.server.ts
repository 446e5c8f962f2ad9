import { data } from "@remix-run/node";
import { GraphQLRequestError } from "../graphql.server";
import type { Role } from "../types";
import { signedIn } from "../cases/access.server";

/** Who the reference-data pages serve (the API checks every call again). */
export const ADMIN_ROLES: readonly Role[] = ["ADMIN"];

/** What the API refused, addressed to the form (`target`) and the field it names. */
export interface AdminFailure {
  target: string;
  code: string;
  /** The input at fault as the API names it (`source`, `cmaScope[2]`, `days[1].kind`); or a web check's field. */
  field?: string;
  message: string;
  /** Every problem of a refused calendar schedule. */
  problems?: Array<{ field: string; message: string }>;
  /** What was posted, to fill the form in again. */
  values: Record<string, string>;
}

const STATUS: Record<string, number> = { CONFLICT: 409, FORBIDDEN: 403, NOT_FOUND: 404 };

export function refused(failure: AdminFailure) {
  return data({ failure }, { status: STATUS[failure.code] ?? 400 });
}

/** Runs one admin mutation; an API refusal comes back as an `AdminFailure` for the form. */
export async function runAdminCall(
  request: Request,
  target: string,
  values: Record<string, string>,
  call: () => Promise<unknown>,
): Promise<{ failure: AdminFailure } | null> {
  try {
    await signedIn(request, call);
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const first = error.errors[0];
    const extensions = first?.extensions ?? {};
    return {
      failure: {
        target,
        code: error.code,
        field: typeof extensions.field === "string" ? extensions.field : undefined,
        message: first?.message ?? error.message,
        problems: Array.isArray(extensions.problems) ? (extensions.problems as AdminFailure["problems"]) : undefined,
        values,
      },
    };
  }
}

/** The posted form as plain strings. */
export async function formValues(request: Request): Promise<Record<string, string>> {
  const form = await request.formData();
  return Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""]));
}
