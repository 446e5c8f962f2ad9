import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificateVersion, type CertificateSnapshot, type CertificateVersionKind } from '@cqc/db';

/** One version of a certificate as issued: the immutable snapshot and what names it. */
export interface IssuedVersion {
  number: string;
  firstIssuedOn: string;
  isDemo: boolean;
  versionNo: number;
  kind: CertificateVersionKind;
  issuedOn: string;
  changeSummaryZh: string;
  changeSummaryEn: string;
  snapshot: CertificateSnapshot;
}

/** The version, or null when the certificate or the version does not exist. One query. */
export async function loadIssuedVersion(em: EntityManager, number: string, versionNo: number): Promise<IssuedVersion | null> {
  const version = await em.findOne(
    CertificateVersion,
    { certificate: { number }, versionNo },
    { populate: ['certificate'], fields: ['versionNo', 'kind', 'issuedOn', 'changeSummaryZh', 'changeSummaryEn', 'snapshot', 'certificate.number', 'certificate.firstIssuedOn', 'certificate.isDemo'] },
  );
  if (!version) return null;
  return {
    number: version.certificate.number,
    firstIssuedOn: version.certificate.firstIssuedOn,
    isDemo: version.certificate.isDemo,
    versionNo: version.versionNo,
    kind: version.kind,
    issuedOn: version.issuedOn,
    changeSummaryZh: version.changeSummaryZh,
    changeSummaryEn: version.changeSummaryEn,
    snapshot: version.snapshot,
  };
}
