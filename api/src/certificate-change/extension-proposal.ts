import { ModelStatus, type CertificateSnapshot, type ProposedModel, type Scheme, type SupplementaryTest } from '@cqc/db';
import type { RuleFinding } from '../application/rules/finding.js';
import { checkScope } from '../application/rules/scope-check.js';
import { checkUnit } from '../application/rules/unit-check.js';
import type { ChangeLine } from './variation-proposal.js';

/**
 * §8.3 with §3.1 and §1: the added models must belong to the same unit as the certified ones
 * (one product type, series and frame current; here also the same mounting and poles, since the
 * unit's structure is shared) and be in the rule's scope. The unit check sees the certified
 * models first, so a repeated designation or a differing series is reported on the new model.
 */
export function checkExtension(models: ProposedModel[], current: CertificateSnapshot, ids: { applicantId: string; manufacturerId: string; factoryId: string }, scheme: Scheme): RuleFinding[] {
  if (models.length === 0) {
    return [{ code: 'MODELS_MISSING', clause: '§8.3', field: 'models', messageZh: '扩展须至少增加一个型号。', messageEn: 'An extension must add at least one model.' }];
  }
  const findings: RuleFinding[] = [];
  const certified = current.models.filter((m) => m.status === ModelStatus.IN_SCOPE);
  const offset = certified.length;
  const reference = certified[0];
  models.forEach((m, i) => {
    const at = `models[${i}]`;
    const scope = checkScope({ ...m, productType: current.productType }, scheme);
    for (const f of scope.findings) if (f.kind !== 'REFERENCE') findings.push({ ...f, field: `${at}.${f.field}` });
    if (reference && m.mounting !== reference.mounting) {
      findings.push({ code: 'MOUNTING_DIFFERS', clause: '§3.1', field: `${at}.mounting`, messageZh: `安装方式应与已获证型号（${reference.mounting}）相同。`, messageEn: `The mounting must be that of the certified models (${reference.mounting}).` });
    }
    if (reference && m.poles !== reference.poles) {
      findings.push({ code: 'POLES_DIFFERS', clause: '§3.1', field: `${at}.poles`, messageZh: `极数应与已获证型号（${reference.poles}）相同。`, messageEn: `The number of poles must be that of the certified models (${reference.poles}).` });
    }
  });
  const unitModels = [
    ...(certified.length ? certified : current.models).map((m) => ({ designation: m.designation, productType: current.productType, series: m.series, frameCurrent: m.frameCurrent })),
    ...models.map((m) => ({ designation: m.designation, productType: current.productType, series: m.series, frameCurrent: m.frameCurrent })),
  ];
  for (const f of checkUnit({ ...ids, models: unitModels })) {
    // Findings on the certified models themselves are not the applicant's to fix here.
    const index = /^models\[(\d+)\]/.exec(f.field);
    if (index && Number(index[1]) < offset) continue;
    findings.push(index ? { ...f, field: f.field.replace(/^models\[(\d+)\]/, (_, n: string) => `models[${Number(n) - offset}]`) } : f);
  }
  return findings;
}

/** The new §8 contents: the certified models plus the added ones with the grades their tests gave. */
export function applyExtension(current: CertificateSnapshot, models: ProposedModel[], tests: SupplementaryTest[], issue: Pick<CertificateSnapshot, 'issuedOn' | 'expiresOn' | 'status'>): CertificateSnapshot {
  const added = models.map((m) => ({
    designation: m.designation.trim(), productType: current.productType, mounting: m.mounting, poles: m.poles, ratedVoltage: m.ratedVoltage,
    frameCurrent: m.frameCurrent, ratedCurrents: [...m.ratedCurrents], series: m.series.trim(),
    grade: tests.find((t) => t.designation === m.designation)?.grade ?? '', status: ModelStatus.IN_SCOPE,
  }));
  return { ...current, models: [...current.models, ...added].sort((a, b) => a.designation.localeCompare(b.designation)), ...issue };
}

export function describeExtension(models: ProposedModel[], tests: SupplementaryTest[], representativeModel: string): ChangeLine[] {
  const zh = models.map((m) => `${m.designation}（${tests.find((t) => t.designation === m.designation)?.grade ?? ''}）`).join('、');
  const en = models.map((m) => `${m.designation} (grade ${tests.find((t) => t.designation === m.designation)?.grade ?? ''})`).join(', ');
  return [
    { zh: `扩展型号：${zh}`, en: `Models added: ${en}` },
    { zh: `扩展评价基础：代表型号 ${representativeModel}`, en: `Basis: representative model ${representativeModel}` },
  ];
}
