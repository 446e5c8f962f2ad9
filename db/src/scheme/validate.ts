import { TIME_LIMIT_KEYS } from './time-limits.js';
import type { Scheme } from './types.js';

/**
 * What is wrong with a scheme value, as readable lines; empty when it is consistent. The registry
 * refuses a scheme with problems, so a new version added as data cannot quietly break the
 * lifecycle (a missing time limit, a reason code used twice, a dangling reference).
 */
export function schemeProblems(scheme: Scheme): string[] {
  const problems: string[] = [];
  const duplicates = (what: string, codes: string[]) => {
    const seen = new Set<string>();
    for (const code of codes) {
      if (seen.has(code)) problems.push(`${what} ${code} is used more than once`);
      seen.add(code);
    }
  };

  if (!scheme.id || !scheme.version) problems.push('id and version are required');

  for (const key of TIME_LIMIT_KEYS) {
    const limit = scheme.timeLimits[key];
    if (!limit) {
      problems.push(`time limit ${key} is missing`);
      continue;
    }
    if (limit.key !== key) problems.push(`time limit ${key} carries the key ${limit.key}`);
    if (!(limit.amount > 0)) problems.push(`time limit ${key} must have a positive amount`);
    if (limit.startOptions && !limit.startOptions.includes(limit.startsOn)) {
      problems.push(`time limit ${key} starts on ${limit.startsOn}, which is not among its start options`);
    }
  }
  const validity = scheme.timeLimits.CERTIFICATE_VALIDITY;
  if (validity && (validity.unit !== 'YEARS' || validity.amount !== scheme.certificateValidityYears)) {
    problems.push('certificateValidityYears must equal the CERTIFICATE_VALIDITY time limit in years');
  }

  duplicates('reason code', [...scheme.suspensionReasons, ...scheme.cancellationReasons, ...scheme.revocationReasons].map((r) => r.code));
  duplicates('suspension cause', scheme.suspensionCauses.map((c) => c.code));
  duplicates('termination reason', scheme.terminationReasons.map((r) => r.code));
  duplicates('document type', scheme.documentTypes.map((d) => d.code));
  duplicates('key-component type', scheme.keyComponentTypes.map((k) => k.type));
  duplicates('QA checklist item', scheme.checklists.qaCapability.items.map((i) => i.id));
  duplicates('conformity checklist item', scheme.checklists.productConformity.map((i) => i.id));
  duplicates('scope product type', scheme.scope.productTypes.map((p) => p.productType));

  const suspensionCodes = new Set(scheme.suspensionReasons.map((r) => r.code));
  const suspensionMaxima = [scheme.timeLimits.SUSPENSION_MAX_EXTENDED, scheme.timeLimits.SUSPENSION_MAX_DEFAULT]
    .filter((l) => l?.unit === 'MONTHS')
    .map((l) => l.amount);
  for (const cause of scheme.suspensionCauses) {
    for (const code of cause.usualReasonCodes) {
      if (!suspensionCodes.has(code)) problems.push(`suspension cause ${cause.code} names unknown reason code ${code}`);
    }
    if (!suspensionMaxima.includes(cause.maxMonths)) {
      problems.push(`suspension cause ${cause.code} lasts ${cause.maxMonths} months, which matches no SUSPENSION_MAX_* limit`);
    }
  }

  const formats = new Set(scheme.fileFormats.map((f) => f.format));
  for (const doc of scheme.documentTypes) {
    if (doc.formats.length === 0) problems.push(`document type ${doc.code} accepts no file format`);
    for (const f of doc.formats) if (!formats.has(f)) problems.push(`document type ${doc.code} names unknown format ${f}`);
    if (!(doc.maxSizeBytes > 0)) problems.push(`document type ${doc.code} must have a positive size limit`);
  }

  const itemIds = new Set(scheme.checklists.qaCapability.items.map((i) => i.id));
  for (const item of scheme.checklists.qaCapability.items) {
    if (item.parent && !itemIds.has(item.parent)) problems.push(`QA checklist item ${item.id} names unknown parent ${item.parent}`);
  }

  const { scope, effort } = scheme;
  if (!(scope.maxRatedVoltage > 0 && scope.referenceMaxRatedVoltage >= scope.maxRatedVoltage)) {
    problems.push('scope voltages must satisfy 0 < maxRatedVoltage <= referenceMaxRatedVoltage');
  }
  for (const p of scope.productTypes) {
    if (p.mountings.length === 0) problems.push(`scope of ${p.productType} admits no mounting`);
    if (p.poles.length === 0 || !p.poles.every((n) => Number.isInteger(n) && n > 0)) {
      problems.push(`scope of ${p.productType} must list positive whole pole counts`);
    }
  }
  const inspection = effort.initialInspection;
  if (!(inspection.minPersonDays > 0 && inspection.minPersonDays <= inspection.maxPersonDays)) {
    problems.push('initial-inspection effort must satisfy 0 < min <= max person-days');
  }
  return problems;
}
