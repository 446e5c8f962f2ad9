import type { FormError } from "../cases/application-form";
import { GraphQLRequestError, RateLimitedError } from "../graphql.server";
import type { MessageKey } from "../i18n";

export type FieldErrorMap = Record<string, FormError[]>;

const PASSWORD_REASONS = ["TOO_SHORT", "TOO_LONG", "COMMON", "REPETITIVE", "CONTAINS_EMAIL"];

/**
 * The API's refusal of a sign-up or invitation form as errors beside its fields: BAD_USER_INPUT
 * lists every field's problem (`extensions.problems`), WEAK_PASSWORD the password's reasons (worded
 * as on the reset page). Null for any other error, which the caller handles.
 */
export function formErrorsOf(error: unknown, passwordField = "password"): FieldErrorMap | null {
  if (error instanceof RateLimitedError) {
    return { "": [{ key: "action.error.RATE_LIMITED", vars: { seconds: String(error.retryAfterSeconds) } }] };
  }
  if (!(error instanceof GraphQLRequestError)) return null;
  const e = error.errors[0]?.extensions ?? {};
  if (error.code === "WEAK_PASSWORD") {
    const vars = { min: String(e.minLength ?? ""), max: String(e.maxLength ?? "") };
    const reasons = Array.isArray(e.reasons) ? e.reasons.filter((r: unknown) => PASSWORD_REASONS.includes(String(r))) : [];
    return { [passwordField]: reasons.map((reason: string) => ({ key: `reset.reason.${reason}` as MessageKey, vars })) };
  }
  if (error.code === "BAD_USER_INPUT") {
    const problems = Array.isArray(e.problems) ? (e.problems as Array<{ field: string; code: string; message: string }>) : [];
    if (problems.length === 0) return { [String(e.field ?? "")]: [{ messageZh: error.message, messageEn: error.message }] };
    const out: FieldErrorMap = {};
    for (const p of problems) {
      const key = `signup.problem.${p.code}` as MessageKey;
      (out[p.field] ??= []).push(p.code.startsWith("CREDIT_CODE_") || ["REQUIRED", "TOO_LONG", "INVALID_EMAIL"].includes(p.code) ? { key } : { messageZh: p.message, messageEn: p.message });
    }
    return out;
  }
  return null;
}
