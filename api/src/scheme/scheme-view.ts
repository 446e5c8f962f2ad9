import { currentScheme, type ReasonCode, type Scheme } from '@cqc/db';
import type { SchemeType } from './scheme-types.js';

/** The scheme's reference data as GraphQL shows it; copied, so the registered value stays frozen. */
export function toSchemeView(scheme: Scheme): SchemeType {
  return {
    id: scheme.id, version: scheme.version, titleZh: scheme.title.zh, titleEn: scheme.title.en,
    current: scheme.id === currentScheme.id && scheme.version === currentScheme.version,
    terminationReasons: scheme.terminationReasons.map((r) => ({ code: r.code, clause: r.clause, labelZh: r.zh, labelEn: r.en, ends: r.ends })),
    documentTypes: scheme.documentTypes.map((d) => ({ code: d.code, clause: d.clause, labelZh: d.zh, labelEn: d.en, requirement: d.requirement })),
    suspensionReasons: scheme.suspensionReasons.map(statusReason),
    suspensionCauses: scheme.suspensionCauses.map((c) => ({ code: c.code, labelZh: c.zh, labelEn: c.en, maxMonths: c.maxMonths, usualReasonCodes: [...c.usualReasonCodes] })),
    cancellationReasons: scheme.cancellationReasons.map(statusReason),
    revocationReasons: scheme.revocationReasons.map(statusReason),
  };
}

function statusReason(r: ReasonCode) {
  return { code: r.code, clause: r.clause, labelZh: r.zh, labelEn: r.en, holderMayRequest: r.holderMayRequest ?? false };
}
