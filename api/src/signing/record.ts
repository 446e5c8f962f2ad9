import { CertificateStatus } from '@cqc/db';
import type { PublicCertificate, PublicParty } from '@cqc/registry';

export const RECORD_SCHEMA = 'cqc-registry-record/1';

/**
 * What a status means for the future, signed beside the status itself so that an offline
 * verifier needs no knowledge of the scheme (RULES.md part M):
 * - ACTIVE: VALID;
 * - REVERSIBLE: SUSPENDED (restorable within its maximum end date, §8.5.2) and EXPIRED (only
 *   while a renewal applied for in time is completed, §9: it then returns to VALID, or is
 *   cancelled — so it is not final yet);
 * - FINAL: REVOKED (撤销) and CANCELLED (注销): no transition leaves them.
 */
export type StatusFinality = 'ACTIVE' | 'REVERSIBLE' | 'FINAL';

const FINALITY: Record<CertificateStatus, StatusFinality> = {
  [CertificateStatus.VALID]: 'ACTIVE',
  [CertificateStatus.SUSPENDED]: 'REVERSIBLE',
  [CertificateStatus.EXPIRED]: 'REVERSIBLE',
  [CertificateStatus.REVOKED]: 'FINAL',
  [CertificateStatus.CANCELLED]: 'FINAL',
};

export function statusFinality(status: CertificateStatus): StatusFinality {
  return FINALITY[status];
}

type SignedParty = Omit<PublicParty, 'id'>;

/**
 * The signed payload: the public record (§8 contents, models with ratings and grades, key
 * components, status and its history, versions) plus what the signature itself asserts
 * (schema, key, signing time). Internal record ids are left out: they identify nothing to a
 * reader of the certificate. Every field is copied explicitly, like the read model does.
 */
export interface RecordPayload {
  schema: typeof RECORD_SCHEMA;
  keyId: string;
  /** When the platform signed this record (the injected clock), ISO 8601 UTC. */
  issuedAt: string;
  number: string;
  status: CertificateStatus;
  statusFinality: StatusFinality;
  statusChangedAt: string;
  suspendedUntil: string | null;
  currentVersionNo: number;
  applicant: SignedParty;
  manufacturer: SignedParty;
  factory: SignedParty & { factoryCode: string };
  unitName: string;
  productType: string;
  productNameZh: string;
  productNameEn: string;
  series: string;
  frameCurrent: number;
  models: PublicCertificate['models'];
  keyComponentConfigurations: PublicCertificate['keyComponentConfigurations'];
  basis: string[];
  modeZh: string;
  modeEn: string;
  certificationBody: { nameZh: string; nameEn: string };
  firstIssuedOn: string;
  /** Issue date of the current version (not the signing time). */
  issuedOn: string;
  expiresOn: string;
  statusHistory: PublicCertificate['statusHistory'];
  versions: PublicCertificate['versions'];
  latestSurveillance: PublicCertificate['latestSurveillance'];
  isDemo: boolean;
}

const party = (p: PublicParty): SignedParty => ({ nameZh: p.nameZh, nameEn: p.nameEn, addressZh: p.addressZh, addressEn: p.addressEn });

export function recordPayload(c: PublicCertificate, keyId: string, signedAt: Date): RecordPayload {
  return {
    schema: RECORD_SCHEMA,
    keyId,
    issuedAt: signedAt.toISOString(),
    number: c.number,
    status: c.status,
    statusFinality: statusFinality(c.status),
    statusChangedAt: c.statusChangedAt,
    suspendedUntil: c.suspendedUntil,
    currentVersionNo: c.currentVersionNo,
    applicant: party(c.applicant),
    manufacturer: party(c.manufacturer),
    factory: { ...party(c.factory), factoryCode: c.factory.factoryCode },
    unitName: c.unitName,
    productType: c.productType,
    productNameZh: c.productNameZh,
    productNameEn: c.productNameEn,
    series: c.series,
    frameCurrent: c.frameCurrent,
    models: c.models,
    keyComponentConfigurations: c.keyComponentConfigurations,
    basis: c.basis,
    modeZh: c.modeZh,
    modeEn: c.modeEn,
    certificationBody: c.certificationBody,
    firstIssuedOn: c.firstIssuedOn,
    issuedOn: c.issuedOn,
    expiresOn: c.expiresOn,
    statusHistory: c.statusHistory,
    versions: c.versions,
    latestSurveillance: c.latestSurveillance,
    isDemo: c.isDemo,
  };
}
