// Reading the certificate status forms (§8.5) and which of them a status allows: pure, so a form that
// cannot be sent is answered without asking the API (which stays the authority on every rule).
import type { StatusMessageKey } from "./messages";
import type { CertificateAction, SuspensionCause } from "./types";

/** The certification body's four status changes (DECIDER). */
export const DECIDER_INTENTS = ["suspend", "restore", "cancel", "revoke"] as const;
export type DeciderIntent = (typeof DECIDER_INTENTS)[number];
/** The holder's three requests. */
export const HOLDER_INTENTS = ["requestSuspension", "requestRestoration", "requestCancellation"] as const;
export type HolderIntent = (typeof HOLDER_INTENTS)[number];
/** Granting or refusing a holder's request (DECIDER). */
export type StatusIntent = DeciderIntent | HolderIntent | "decide";

/** The form field of an API argument: prefixed by the form, so that forms on one page keep distinct ids. */
export const fieldName = (intent: StatusIntent, field: string) => `${intent}.${field}`;

/** The API's names of the actions (CertificateRecord.availableActions), as this page's forms. */
const ACTION_INTENT: Record<CertificateAction, DeciderIntent | HolderIntent> = {
  SUSPEND: "suspend",
  RESTORE: "restore",
  CANCEL: "cancel",
  REVOKE: "revoke",
  REQUEST_SUSPENSION: "requestSuspension",
  REQUEST_RESTORATION: "requestRestoration",
  REQUEST_CANCELLATION: "requestCancellation",
};

/** The decider's forms for the actions the API offers now (the status machine and the policy decide). */
export function deciderIntents(actions: readonly CertificateAction[]): DeciderIntent[] {
  return DECIDER_INTENTS.filter((intent) => actions.some((a) => ACTION_INTENT[a] === intent));
}

/** The holder's request forms for the actions the API offers now (none while a request is open). */
export function holderIntents(actions: readonly CertificateAction[]): HolderIntent[] {
  return HOLDER_INTENTS.filter((intent) => actions.some((a) => ACTION_INTENT[a] === intent));
}

/** The cause a suspension reason usually goes with (scheme data), to preselect; null when none or several could. */
export function suggestedCause(reasonCode: string, causes: readonly SuspensionCause[]): string | null {
  return causes.find((c) => c.usualReasonCodes.includes(reasonCode))?.code ?? null;
}

export type StatusInput =
  | { intent: "suspend"; reasonCode: string; causeCode: string; publicReasonZh: string; publicReasonEn: string }
  | { intent: "restore"; publicReasonZh: string; publicReasonEn: string }
  | { intent: "cancel" | "revoke"; reasonCode: string; publicReasonZh: string; publicReasonEn: string }
  | { intent: "decide"; requestId: string; grant: boolean; note: string }
  | { intent: "requestSuspension" | "requestRestoration"; explanation: string }
  | { intent: "requestCancellation"; reasonCode: string; explanation: string };

/** The fields each form posts (besides `intent`, and `version` or `requestId`), as the API names them. */
export const FIELDS: Record<StatusIntent, readonly string[]> = {
  suspend: ["reasonCode", "causeCode", "publicReasonZh", "publicReasonEn"],
  restore: ["publicReasonZh", "publicReasonEn"],
  cancel: ["reasonCode", "publicReasonZh", "publicReasonEn"],
  revoke: ["reasonCode", "publicReasonZh", "publicReasonEn"],
  decide: ["note"],
  requestSuspension: ["explanation"],
  requestRestoration: ["explanation"],
  requestCancellation: ["reasonCode", "explanation"],
};

/** The API's limit on a holder's explanation (api/src/certificate/status-request-rules.ts). */
export const MAX_TEXT = 2000;

/** Field (API name) → the message shown beside it. */
export type FieldProblems = Record<string, StatusMessageKey>;

export type ReadStatusForm =
  | { ok: true; input: StatusInput; values: Record<string, string> }
  | { ok: false; intent: StatusIntent | null; values: Record<string, string>; problems: FieldProblems };

const REQUIRED: Partial<Record<StatusIntent, readonly string[]>> = {
  suspend: ["reasonCode", "causeCode", "publicReasonZh"],
  cancel: ["reasonCode"],
  revoke: ["reasonCode"],
  requestSuspension: ["explanation"],
  requestRestoration: ["explanation"],
  requestCancellation: ["reasonCode", "explanation"],
};

/**
 * Reads one posted status form among the `allowed` intents. `values` echoes what was typed (keyed
 * by API field name), so a refused form shows it again.
 */
export function readStatusForm(form: FormData, allowed: readonly StatusIntent[]): ReadStatusForm {
  const posted = String(form.get("intent") ?? "");
  const intent = (allowed as readonly string[]).includes(posted) ? (posted as StatusIntent) : null;
  if (!intent) return { ok: false, intent: null, values: {}, problems: {} };
  const values: Record<string, string> = {};
  for (const field of FIELDS[intent]) values[field] = String(form.get(fieldName(intent, field)) ?? "").trim();
  const problems: FieldProblems = {};
  for (const field of REQUIRED[intent] ?? []) if (!values[field]) problems[field] = "certStatus.error.required";
  for (const field of FIELDS[intent]) if ((values[field] ?? "").length > MAX_TEXT) problems[field] = "certStatus.error.tooLong";

  let input: StatusInput;
  const v = (field: string) => values[field] ?? "";
  switch (intent) {
    case "suspend":
      input = { intent, reasonCode: v("reasonCode"), causeCode: v("causeCode"), publicReasonZh: v("publicReasonZh"), publicReasonEn: v("publicReasonEn") };
      break;
    case "restore":
      input = { intent, publicReasonZh: v("publicReasonZh"), publicReasonEn: v("publicReasonEn") };
      break;
    case "cancel":
    case "revoke":
      input = { intent, reasonCode: v("reasonCode"), publicReasonZh: v("publicReasonZh"), publicReasonEn: v("publicReasonEn") };
      break;
    case "decide": {
      const grant = String(form.get("grant") ?? "");
      const requestId = String(form.get("requestId") ?? "").trim();
      if (!requestId || (grant !== "true" && grant !== "false")) return { ok: false, intent, values, problems: { note: "certStatus.error.decision" } };
      // §8.5 refusal: the holder reads why in the notice.
      if (grant === "false" && !v("note")) problems.note = "certStatus.error.refuseNote";
      input = { intent, requestId, grant: grant === "true", note: v("note") };
      break;
    }
    case "requestSuspension":
    case "requestRestoration":
      input = { intent, explanation: v("explanation") };
      break;
    case "requestCancellation":
      input = { intent, reasonCode: v("reasonCode"), explanation: v("explanation") };
      break;
  }
  if (Object.keys(problems).length > 0) return { ok: false, intent, values, problems };
  return { ok: true, input, values };
}
