import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CertificateChangeKind, CertificateStatusEvent, CertificateVersion, CertificateVersionKind, KeyComponent, KeyComponentConfiguration,
  ProductModel, StatusEventKind, currentScheme, designationKey,
  type CertificateChangeProposal, type CertificateChangeRequest, type CertificateStatus, type CertificationUnit,
} from '@cqc/db';
import { AppError, ErrorCode } from '../errors.js';
import { ALLOWED_FROM } from '../certificate/status-machine.js';
import { AREA_LABELS, UNPRINTED_AREAS } from './change-areas.js';
import { applyExtension, checkExtension, describeExtension } from './extension-proposal.js';
import { applyVariation, describeVariation, type ChangeLine } from './variation-proposal.js';

const VERSION_KIND = { VARIATION: CertificateVersionKind.VARIATION, EXTENSION: CertificateVersionKind.EXTENSION } as const;
const HISTORY_KIND = { VARIATION: StatusEventKind.VARIED, EXTENSION: StatusEventKind.EXTENDED } as const;

/**
 * The approval's writes on the certificate (inside its transaction): the new immutable version
 * with the same number, built from the current version's snapshot plus the approved changes; the
 * VARIED/EXTENDED history entry; the current version and issue date; and the unit itself (key
 * components, product name, added models), which until now kept what was certified.
 */
export async function issueChangeVersion(em: EntityManager, request: CertificateChangeRequest, ctx: { today: string }) {
  const scheme = currentScheme;
  const certificate = request.certificate;
  await em.populate(certificate, ['unit.applicant', 'unit.manufacturer', 'unit.factory', 'unit.models', 'unit.keyComponentConfigurations.components']);
  const status: CertificateStatus = certificate.status;
  if (!ALLOWED_FROM[HISTORY_KIND[request.kind]].includes(status)) {
    throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `Not possible while the certificate is ${status}`, { clause: request.kind === CertificateChangeKind.VARIATION ? '§8.2' : '§8.3', status });
  }
  const current = await em.findOneOrFail(CertificateVersion, { certificate, versionNo: certificate.currentVersionNo });
  const issue = { issuedOn: ctx.today, expiresOn: certificate.expiresOn, status };
  let snapshot;
  let lines: ChangeLine[];
  if (request.kind === CertificateChangeKind.VARIATION) {
    snapshot = applyVariation(current.snapshot, request.proposal, issue);
    lines = describeVariation(current.snapshot, snapshot, scheme);
    const unprinted = request.areas.filter((a) => UNPRINTED_AREAS.includes(a));
    if (unprinted.length) {
      lines.push({
        zh: `${unprinted.map((a) => AREA_LABELS[a].zh).join('、')}变更：${request.descriptionZh}`,
        en: `Change of ${unprinted.map((a) => AREA_LABELS[a].en).join(', ')}: ${request.descriptionEn || request.descriptionZh}`,
      });
    }
    applyVariationToUnit(em, certificate.unit, request.proposal);
  } else {
    const models = request.proposal.models ?? [];
    const tests = request.supplementaryTests ?? [];
    // Another change approved meanwhile may have added the same designation: check again.
    const findings = checkExtension(models, current.snapshot, { applicantId: certificate.unit.applicant.id, manufacturerId: certificate.unit.manufacturer.id, factoryId: certificate.unit.factory.id }, scheme);
    if (findings.length) throw new AppError(ErrorCode.RULE_VIOLATION, findings.map((f) => f.messageEn).join(' '), { findings });
    snapshot = applyExtension(current.snapshot, models, tests, issue);
    lines = describeExtension(models, tests, request.representativeModel ?? '');
    for (const m of snapshot.models.filter((s) => models.some((p) => p.designation === s.designation))) {
      em.create(ProductModel, {
        unit: certificate.unit, designation: m.designation, designationKey: designationKey(m.designation), productType: m.productType, mounting: m.mounting,
        poles: m.poles, ratedVoltage: m.ratedVoltage, frameCurrent: m.frameCurrent, ratedCurrents: m.ratedCurrents, series: m.series, grade: m.grade,
      });
    }
  }
  const summaryZh = lines.map((l) => l.zh).join('；');
  const summaryEn = lines.map((l) => l.en).join('; ');
  const versionNo = certificate.currentVersionNo + 1;
  em.create(CertificateVersion, { certificate, versionNo, kind: VERSION_KIND[request.kind], issuedOn: ctx.today, changeSummaryZh: summaryZh, changeSummaryEn: summaryEn, snapshot });
  const seq = (await em.count(CertificateStatusEvent, { certificate })) + 1;
  em.create(CertificateStatusEvent, {
    certificate, seq, kind: HISTORY_KIND[request.kind], fromStatus: status, toStatus: status, occurredOn: ctx.today, versionNo,
    publicReasonZh: summaryZh, publicReasonEn: summaryEn,
  });
  certificate.currentVersionNo = versionNo;
  certificate.issuedOn = ctx.today;
  return { versionNo, status, summaryZh, summaryEn };
}

/**
 * Puts the approved content into the unit: product name and key components. A party's new name or
 * address is printed by the new version's snapshot only: organisations are master data shared by
 * every certificate of the party, kept by the administrator.
 */
function applyVariationToUnit(em: EntityManager, unit: CertificationUnit, proposal: CertificateChangeProposal): void {
  if (proposal.productNameZh) unit.productNameZh = proposal.productNameZh;
  if (proposal.productNameEn) unit.productNameEn = proposal.productNameEn;
  for (const c of proposal.keyComponentConfigurations ?? []) {
    let configuration = unit.keyComponentConfigurations.getItems().find((e) => e.label === c.label);
    if (configuration) {
      for (const k of configuration.components.getItems()) em.remove(k);
    } else {
      configuration = em.create(KeyComponentConfiguration, { unit, label: c.label });
    }
    for (const k of c.components) {
      em.create(KeyComponent, { configuration, type: k.type, model: k.model, rating: k.rating, material: k.material, grade: k.grade, dimensions: k.dimensions, supplier: k.supplier });
    }
  }
}
