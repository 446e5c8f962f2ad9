import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Certificate, CertificateStatus, CertificateStatusEvent, CertificateVersion, CertificateVersionKind, CertificationUnit,
  Factory, KeyComponent, KeyComponentConfiguration, KeyComponentType, ModelStatus, Mounting, Organisation, OrganisationKind,
  OutboxEvent, ProductModel, ProductType, StatusEventKind, designationKey, type CertificateSnapshot,
} from '@cqc/db';

export interface CertificateSpec {
  number: string;
  applicantZh?: string;
  applicantEn?: string;
  models?: string[];
  isDemo?: boolean;
}

const ISSUED_ON = '2026-01-15';

/**
 * Writes one issued certificate with plain entity writes (organisation, factory, unit, models,
 * key components, version 0, ISSUED history entry) and its outbox event, as a lifecycle service
 * would, so registry tests do not depend on the API's services. Returns the outbox event id.
 */
export async function insertIssuedCertificate(em: EntityManager, spec: CertificateSpec): Promise<string> {
  const suffix = randomBytes(4).toString('hex');
  const applicant = em.create(Organisation, {
    kind: OrganisationKind.ENTERPRISE,
    nameZh: spec.applicantZh ?? '华锐电气股份有限公司',
    nameEn: spec.applicantEn ?? 'Huarui Electric Co., Ltd.',
    addressZh: '浙江省温州市乐清市虹桥镇工业区8号',
    addressEn: 'No. 8 Industrial Zone, Hongqiao, Yueqing',
    creditCode: `91330382${suffix}`.toUpperCase(),
    isDemo: spec.isDemo ?? false,
  });
  const factory = em.create(Factory, {
    operator: applicant,
    factoryCode: `F-${suffix}`,
    nameZh: `${applicant.nameZh}一分厂`,
    nameEn: `${applicant.nameEn} Plant 1`,
    addressZh: applicant.addressZh,
    addressEn: applicant.addressEn,
  });
  const unit = em.create(CertificationUnit, {
    applicant, manufacturer: applicant, factory,
    productType: ProductType.MCCB, productNameZh: '塑料外壳式断路器', productNameEn: 'Moulded-case circuit breaker',
    series: 'XXM', frameCurrent: 250,
  });
  const designations = spec.models ?? ['XXM-250S'];
  for (const designation of designations) {
    em.create(ProductModel, {
      unit, designation, designationKey: designationKey(designation), productType: ProductType.MCCB,
      mounting: Mounting.FIXED, poles: 3, ratedVoltage: 400, frameCurrent: 250, ratedCurrents: [125, 250],
      series: 'XXM', grade: '1', status: ModelStatus.IN_SCOPE,
    });
  }
  const configuration = em.create(KeyComponentConfiguration, { unit, label: 'A' });
  em.create(KeyComponent, {
    configuration, type: KeyComponentType.MAIN_CONTACT_SPRING, material: '65Mn', grade: 'II', supplier: '宁波金源弹簧厂',
  });
  const certificate = em.create(Certificate, {
    number: spec.number, unit, status: CertificateStatus.VALID, firstIssuedOn: ISSUED_ON, issuedOn: ISSUED_ON,
    expiresOn: '2031-01-14', currentVersionNo: 0, statusChangedAt: new Date('2026-01-15T08:00:00Z'), isDemo: spec.isDemo ?? false,
  });
  em.create(CertificateVersion, {
    certificate, versionNo: 0, kind: CertificateVersionKind.FIRST_ISSUE, issuedOn: ISSUED_ON,
    changeSummaryZh: '首次发证', changeSummaryEn: 'First issue', snapshot: snapshot(applicant, factory, designations),
  });
  em.create(CertificateStatusEvent, {
    certificate, seq: 1, kind: StatusEventKind.ISSUED, fromStatus: null, toStatus: CertificateStatus.VALID,
    occurredOn: ISSUED_ON, versionNo: 0,
  });
  const outbox = em.create(OutboxEvent, {
    createdAt: new Date(), type: 'certificate.issued', aggregateType: 'certificate', aggregateId: certificate.id,
    payload: { certificateNumber: spec.number },
  });
  await em.flush();
  // MikroORM hands bigint keys back as bigint at runtime, whatever the declared type.
  return String(outbox.id);
}

function snapshot(applicant: Organisation, factory: Factory, designations: string[]): CertificateSnapshot {
  const party = { nameZh: applicant.nameZh, nameEn: applicant.nameEn, addressZh: applicant.addressZh, addressEn: applicant.addressEn };
  return {
    applicant: party, manufacturer: party,
    factory: { ...party, nameZh: factory.nameZh, nameEn: factory.nameEn, factoryCode: factory.factoryCode },
    unitName: 'XXM 250A', productType: ProductType.MCCB, productNameZh: '塑料外壳式断路器',
    productNameEn: 'Moulded-case circuit breaker', series: 'XXM', frameCurrent: 250,
    models: designations.map((designation) => ({
      designation, productType: ProductType.MCCB, mounting: Mounting.FIXED, poles: 3, ratedVoltage: 400,
      frameCurrent: 250, ratedCurrents: [125, 250], series: 'XXM', grade: '1', status: ModelStatus.IN_SCOPE,
    })),
    keyComponentConfigurations: [],
    basis: ['CQC31-462280-2024', 'T/CEEIA 549-2021'],
    mode: '产品检测 + 初始工厂检查 + 获证后监督',
    certificationBody: { nameZh: '中国质量认证中心', nameEn: 'China Quality Certification Centre', addressZh: '北京市', addressEn: 'Beijing' },
    issuedOn: ISSUED_ON, expiresOn: '2031-01-14', status: CertificateStatus.VALID,
  };
}

/** Writes a status change (suspension) and its outbox event, as the suspension service would. */
export async function suspendCertificate(em: EntityManager, number: string, reasonCode = 'S3'): Promise<string> {
  const certificate = await em.findOneOrFail(Certificate, { number }, { populate: ['statusHistory'] });
  certificate.status = CertificateStatus.SUSPENDED;
  certificate.suspendedUntil = '2026-09-01';
  certificate.statusChangedAt = new Date('2026-03-01T08:00:00Z');
  em.create(CertificateStatusEvent, {
    certificate, seq: certificate.statusHistory.length + 1, kind: StatusEventKind.SUSPENDED,
    fromStatus: CertificateStatus.VALID, toStatus: CertificateStatus.SUSPENDED, occurredOn: '2026-03-01',
    effectiveUntil: '2026-09-01', reasonCode, cause: 'FACTORY_RELOCATION', publicReasonZh: '监督发现不符合', publicReasonEn: 'Surveillance finding',
  });
  const outbox = em.create(OutboxEvent, {
    createdAt: new Date(), type: 'certificate.status-changed', aggregateType: 'certificate', aggregateId: certificate.id,
    payload: { certificateNumber: number },
  });
  await em.flush();
  return String(outbox.id);
}
