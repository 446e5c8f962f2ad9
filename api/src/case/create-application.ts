import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CaseStatus, CertificationCase, CertificationUnit, Factory, KeyComponent, KeyComponentConfiguration, Organisation,
  OrganisationKind, ProductModel, currentScheme, designationKey, recordChange, type Scheme,
} from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { checkApplication } from './application-checks.js';
import type { ApplicationInput } from './application-input.js';
import { nextCaseNo } from './case-number.js';

/**
 * An enterprise user opens an application (DRAFT) for a certification unit of their own
 * organisation as applicant. The content is checked now, so that a form shows every problem
 * at once; the unit, its models and key components are written with the case, its audit event
 * and its outbox event in one transaction.
 */
export async function createApplication(
  ctx: { em: EntityManager; viewer: Viewer | null; clock: Clock; scheme?: Scheme },
  input: ApplicationInput,
): Promise<CertificationCase> {
  const scheme = ctx.scheme ?? currentScheme;
  const viewer = authorizeViewer(ctx.viewer, Operation.CREATE_APPLICATION, { organisationId: ctx.viewer?.organisationId ?? '' });
  const now = ctx.clock.now();
  return ctx.em.fork().transactional(async (em) => {
    const applicant = await em.findOneOrFail(Organisation, { id: viewer.organisationId });
    const manufacturer = isId(input.manufacturerId) ? await em.findOne(Organisation, { id: input.manufacturerId, kind: OrganisationKind.ENTERPRISE }) : null;
    const factory = isId(input.factoryId) ? await em.findOne(Factory, { id: input.factoryId }) : null;
    const missing = [
      ...(manufacturer ? [] : [{ field: 'manufacturerId', message: 'No such manufacturer' }]),
      ...(factory ? [] : [{ field: 'factoryId', message: 'No such factory' }]),
    ];
    if (missing.length > 0) throw new AppError(ErrorCode.BAD_USER_INPUT, missing.map((m) => m.message).join('; '), { field: missing[0]!.field });

    const check = checkApplication(input, applicant.id, scheme);
    if (check.refusals.length > 0) {
      throw new AppError(ErrorCode.RULE_VIOLATION, check.refusals.map((f) => f.messageEn).join(' '), { findings: check.refusals });
    }
    const unit = writeUnit(em, { applicant, manufacturer: manufacturer!, factory: factory! }, input);
    const created = em.create(CertificationCase, {
      caseNo: await nextCaseNo(em, chinaDate(now)), schemeId: scheme.id, schemeVersion: scheme.version, unit,
      status: CaseStatus.DRAFT, statusChangedAt: now, createdBy: viewer.userId, referenceVoltage: check.referenceVoltage,
    });
    recordChange(em, {
      actor: { userId: viewer.userId, role: viewer.role }, at: now, action: 'case.created', aggregateType: 'case',
      aggregateId: created.id, fromState: null, toState: CaseStatus.DRAFT,
      payload: { caseNo: created.caseNo, referenceVoltage: check.referenceVoltage },
      outbox: { type: 'case.created', payload: { caseId: created.id, caseNo: created.caseNo } },
    });
    await em.flush();
    return created;
  });
}

/**
 * Writes a certification unit with its models and key components from the application's content
 * (also used by a recertification, which copies a certificate's unit into a new case).
 */
export function writeUnit(
  em: EntityManager, parties: { applicant: Organisation; manufacturer: Organisation; factory: Factory }, input: ApplicationInput,
): CertificationUnit {
  const unit = em.create(CertificationUnit, {
    ...parties, productType: input.productType,
    productNameZh: input.productNameZh.trim(), productNameEn: input.productNameEn.trim(), series: input.series.trim(),
    frameCurrent: input.frameCurrent,
  });
  for (const m of input.models) {
    em.create(ProductModel, {
      unit, designation: m.designation.trim(), designationKey: designationKey(m.designation), productType: input.productType,
      mounting: m.mounting, poles: m.poles, ratedVoltage: m.ratedVoltage, frameCurrent: input.frameCurrent,
      ratedCurrents: m.ratedCurrents, series: input.series.trim(), grade: null,
    });
  }
  for (const c of input.keyComponentConfigurations) {
    const configuration = em.create(KeyComponentConfiguration, { unit, label: c.label.trim() });
    for (const k of c.components) {
      em.create(KeyComponent, {
        configuration, type: k.type, model: k.model ?? null, rating: k.rating ?? null, material: k.material ?? null,
        grade: k.grade ?? null, dimensions: k.dimensions ?? null, supplier: k.supplier.trim(),
      });
    }
  }
  return unit;
}
