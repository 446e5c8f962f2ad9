// How reason codes and causes read on the status pages: code, label in the page language, clause.
import { pick, type Lang, type Translate } from "../i18n";
import type { StatusReason, StatusReasons, SuspensionCause } from "./types";

export function reasonOptions(lang: Lang, reasons: readonly StatusReason[]) {
  return reasons.map((r) => ({ value: r.code, label: `${r.code} ${pick(lang, r.labelZh, r.labelEn)}${lang === "zh" ? `（§${r.clause}）` : ` (§${r.clause})`}` }));
}

export function causeOptions(lang: Lang, t: Translate, causes: readonly SuspensionCause[]) {
  return causes.map((c) => ({ value: c.code, label: t("certStatus.cause.option", { label: pick(lang, c.labelZh, c.labelEn), months: c.maxMonths }) }));
}

/** The label of a request's code: a suspension cause or a cancellation reason; the code itself when unknown. */
export function codeLabel(lang: Lang, reasons: StatusReasons, code: string | null): string | null {
  if (!code) return null;
  const cause = reasons.suspensionCauses.find((c) => c.code === code);
  if (cause) return pick(lang, cause.labelZh, cause.labelEn);
  const reason = [...reasons.suspensionReasons, ...reasons.cancellationReasons, ...reasons.revocationReasons].find((r) => r.code === code);
  return reason ? `${reason.code} ${pick(lang, reason.labelZh, reason.labelEn)}` : code;
}

export const NO_REASONS: StatusReasons = { suspensionReasons: [], suspensionCauses: [], cancellationReasons: [], revocationReasons: [] };
