import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CertificateChangeDocument, CertificateVersion, type Certificate, type CertificateChangeRequest, type CertificateSnapshot,
  type KeyComponentConfigurationSnapshot, type PartyChange,
} from '@cqc/db';
import type { CertificateChangeParty, CertificateChangeRequestType, ChangeableCertificate } from './change-types.js';

const party = (p: PartyChange | null | undefined): CertificateChangeParty | null =>
  p ? { nameZh: p.nameZh ?? null, nameEn: p.nameEn ?? null, addressZh: p.addressZh ?? null, addressEn: p.addressEn ?? null } : null;

const configurations = (list: KeyComponentConfigurationSnapshot[] | null | undefined) =>
  (list ?? []).map((c) => ({ label: c.label, components: c.components.map((k) => ({ ...k })) }));

/** Requests as the API shows them (loaded with certificate.unit.applicant); their documents in one query. */
export async function toRequestViews(em: EntityManager, requests: CertificateChangeRequest[]): Promise<CertificateChangeRequestType[]> {
  const documents = requests.length
    ? await em.find(CertificateChangeDocument, { request: { $in: requests.map((r) => r.id) } }, { populate: ['document'], orderBy: { createdAt: 'asc', id: 'asc' } })
    : [];
  return requests.map((r) => ({
    id: r.id, kind: r.kind, status: r.status, certificateNumber: r.certificate.number, holderNameZh: r.certificate.unit.applicant.nameZh,
    areas: r.areas, descriptionZh: r.descriptionZh, descriptionEn: r.descriptionEn,
    proposal: {
      applicant: party(r.proposal.applicant), manufacturer: party(r.proposal.manufacturer), factory: party(r.proposal.factory),
      productNameZh: r.proposal.productNameZh ?? null, productNameEn: r.proposal.productNameEn ?? null,
      keyComponentConfigurations: configurations(r.proposal.keyComponentConfigurations),
      models: (r.proposal.models ?? []).map((m) => ({ ...m, ratedCurrents: [...m.ratedCurrents], grade: r.supplementaryTests?.find((t) => t.designation === m.designation)?.grade ?? null, status: null })),
    },
    requestedOn: r.requestedOn, basedOnVersionNo: r.basedOnVersionNo,
    testingRequired: r.testingRequired ?? null, representativeModel: r.representativeModel ?? null,
    onSiteVerificationRequired: r.onSiteVerificationRequired ?? null, assessmentNote: r.assessmentNote,
    testOutcome: r.testOutcome ?? null, testNote: r.testNote, supplementaryTests: r.supplementaryTests ?? [],
    onSiteVerificationPassed: r.onSiteVerificationPassed ?? null, decidedOn: r.decidedOn ?? null, decisionReason: r.decisionReason,
    resultingVersionNo: r.resultingVersionNo ?? null,
    documents: documents.filter((d) => d.request.id === r.id).map((d) => ({
      id: d.document.id, fileName: d.document.fileName, mediaType: d.document.mediaType, size: d.document.size, documentType: d.documentType,
      downloadPath: `/documents/${d.document.id}`,
    })),
    version: r.version,
  }));
}

/** Certificates (loaded with unit.applicant) with their current version's contents, in one query. */
export async function toChangeables(em: EntityManager, certificates: Certificate[]): Promise<ChangeableCertificate[]> {
  const versions = certificates.length
    ? await em.find(CertificateVersion, { $or: certificates.map((c) => ({ certificate: c.id, versionNo: c.currentVersionNo })) })
    : [];
  return certificates.flatMap((c) => {
    const current = versions.find((v) => v.certificate.id === c.id);
    return current ? [changeable(c, current.snapshot)] : [];
  });
}

function changeable(c: Certificate, s: CertificateSnapshot): ChangeableCertificate {
  return {
    number: c.number, status: c.status, version: c.version, currentVersionNo: c.currentVersionNo, issuedOn: c.issuedOn, expiresOn: c.expiresOn,
    holderNameZh: c.unit.applicant.nameZh, productType: s.productType, productNameZh: s.productNameZh, productNameEn: s.productNameEn,
    series: s.series, frameCurrent: s.frameCurrent, applicant: party(s.applicant)!, manufacturer: party(s.manufacturer)!, factory: party(s.factory)!,
    models: s.models.map((m) => ({ ...m, ratedCurrents: [...m.ratedCurrents], grade: m.grade || null, status: m.status })),
    keyComponentConfigurations: configurations(s.keyComponentConfigurations),
  };
}
