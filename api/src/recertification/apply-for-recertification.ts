import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CaseStatus, Certificate, CertificateStatus, CertificationCase, ModelStatus, currentScheme, recordChange, type CertificationUnit, type Scheme,
} from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { checkApplication } from '../case/application-checks.js';
import type { ApplicationInput } from '../case/application-input.js';
import { nextCaseNo } from '../case/case-number.js';
import { writeUnit } from '../case/create-application.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { writeNotice } from '../notice/write-notice.js';
import { RECERTIFICATION_NOTICE_TEXTS } from './recertification-notices.js';
import { RUNNING_RENEWAL, renewalApplicationDueOn, renewalCompletionDueOn } from './renewal-state.js';

const finding = (code: string, messageZh: string, messageEn: string) => ({ code, clause: '§9', field: 'number', messageZh, messageEn });

/**
 * §9: the holder applies for recertification (复审) of its own certificate. The renewal is a
 * certification case (DRAFT) whose unit copies the certificate's: the same applicant, manufacturer,
 * factory, models in scope and key components, checked by the same rules as a new application.
 * Applied for later than the scheme's limit before expiry it is flagged late, not refused. One
 * running renewal per certificate (the certificate row is locked while checking). The case, its
 * audit and outbox events and the holder's notice are written in one transaction.
 */
export async function applyForRecertification(
  ctx: { em: EntityManager; viewer: Viewer | null; clock: Clock; scheme?: Scheme }, number: string,
): Promise<CertificationCase> {
  const scheme = ctx.scheme ?? currentScheme;
  const now = ctx.clock.now();
  const today = chinaDate(now);
  return ctx.em.fork().transactional(async (em) => {
    const found = await em.findOne(Certificate, { number }, {
      populate: ['unit.applicant', 'unit.manufacturer', 'unit.factory', 'unit.models', 'unit.keyComponentConfigurations.components'],
    });
    if (!found) throw new AppError(ErrorCode.NOT_FOUND, `No certificate ${number}`);
    const viewer = authorizeViewer(ctx.viewer, Operation.APPLY_FOR_RECERTIFICATION, { organisationId: found.unit.applicant.id });
    await em.lock(found, LockMode.PESSIMISTIC_WRITE);
    // An EXPIRED certificate already has its renewal (§9); after expiry without one it is cancelled (§8.5.3(1)).
    if (![CertificateStatus.VALID, CertificateStatus.SUSPENDED].includes(found.status) || today >= found.expiresOn) {
      throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `Recertification is applied for before expiry, while the certificate is valid or suspended (it is ${found.status}, expiring ${found.expiresOn})`, { clause: '§9', status: found.status });
    }
    const running = await em.findOne(CertificationCase, { renewsCertificate: found, ...RUNNING_RENEWAL }, { fields: ['caseNo'] });
    if (running) {
      const f = finding('RENEWAL_RUNNING', `证书 ${number} 的复审（委托 ${running.caseNo}）正在办理。`, `The recertification of ${number} is already under way (case ${running.caseNo}).`);
      throw new AppError(ErrorCode.RULE_VIOLATION, f.messageEn, { findings: [f] });
    }
    const input = applicationOf(found.unit);
    const check = checkApplication(input, found.unit.applicant.id, scheme);
    if (check.refusals.length > 0) {
      throw new AppError(ErrorCode.RULE_VIOLATION, check.refusals.map((f) => f.messageEn).join(' '), { findings: check.refusals });
    }
    const { applicant, manufacturer, factory } = found.unit;
    const unit = writeUnit(em, { applicant, manufacturer, factory }, input);
    const dueOn = renewalApplicationDueOn(scheme, found.expiresOn);
    const late = today > dueOn;
    const created = em.create(CertificationCase, {
      caseNo: await nextCaseNo(em, today), schemeId: scheme.id, schemeVersion: scheme.version, unit,
      status: CaseStatus.DRAFT, statusChangedAt: now, createdBy: viewer.userId, referenceVoltage: check.referenceVoltage,
      renewsCertificate: found, renewalAppliedOn: today, renewalExpiresOn: found.expiresOn, renewalLate: late,
    });
    const completeBy = renewalCompletionDueOn(scheme, found.expiresOn);
    writeNotice(em, {
      kind: late ? 'RECERTIFICATION_APPLIED_LATE' : 'RECERTIFICATION_APPLIED', text: late ? RECERTIFICATION_NOTICE_TEXTS.APPLIED_LATE : RECERTIFICATION_NOTICE_TEXTS.APPLIED,
      recipient: applicant, caseId: created.id, at: now,
      values: { number, caseNo: created.caseNo, dueOn, expiresOn: found.expiresOn, completeBy },
    });
    recordChange(em, {
      actor: { userId: viewer.userId, role: viewer.role }, at: now, action: 'case.created', aggregateType: 'case',
      aggregateId: created.id, fromState: null, toState: CaseStatus.DRAFT,
      payload: { caseNo: created.caseNo, clause: '§9', renewsCertificate: number, late, dueOn, referenceVoltage: check.referenceVoltage },
      outbox: { type: 'case.created', payload: { caseId: created.id, caseNo: created.caseNo, renewsCertificate: number } },
    });
    await em.flush();
    return created;
  });
}

/** The certificate's unit as an application: the models still in scope, every key-component configuration. */
function applicationOf(unit: CertificationUnit): ApplicationInput {
  return {
    manufacturerId: unit.manufacturer.id, factoryId: unit.factory.id, productType: unit.productType,
    productNameZh: unit.productNameZh, productNameEn: unit.productNameEn, series: unit.series, frameCurrent: unit.frameCurrent,
    models: unit.models.getItems().filter((m) => m.status === ModelStatus.IN_SCOPE).map((m) => ({
      designation: m.designation, mounting: m.mounting, poles: m.poles, ratedVoltage: m.ratedVoltage, ratedCurrents: [...m.ratedCurrents],
    })),
    keyComponentConfigurations: unit.keyComponentConfigurations.getItems().map((c) => ({
      label: c.label,
      components: c.components.getItems().map((k) => ({
        type: k.type, model: k.model ?? null, rating: k.rating ?? null, material: k.material ?? null, grade: k.grade ?? null,
        dimensions: k.dimensions ?? null, supplier: k.supplier,
      })),
    })),
  };
}
