import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Certificate, CertificateChangeDocument, CertificateChangeKind, CertificateChangeRequest, CertificateChangeStatus, CertificateVersion,
  StoredDocument, currentScheme, recordChange, type CertificateChangeArea, type CertificateChangeProposal, type Scheme,
} from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import { chinaDate } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import type { RuleFinding } from '../application/rules/finding.js';
import { writeNotice } from '../notice/write-notice.js';
import { conflictsAsTypedErrors } from '../optimistic-lock.js';
import { ALLOWED_FROM } from '../certificate/status-machine.js';
import { KIND_WORDS, changeNoticeText } from './change-notices.js';
import { checkExtension } from './extension-proposal.js';
import type { ChangeContext } from './run-change-step.js';
import { checkVariation, normaliseConfiguration } from './variation-proposal.js';

export interface ChangeFiling {
  number: string;
  /** The certificate version the holder saw: a stale one is refused with CONFLICT. */
  certificateVersion: number;
  areas: CertificateChangeArea[];
  descriptionZh: string;
  descriptionEn: string;
  proposal: CertificateChangeProposal;
  documents: Array<{ documentId: string; documentType: string }>;
}

/** The document type a request must include: evidence of the change (§3.2(5)); for an extension, the product description with the differences (§3.2(4)). */
const REQUIRED_DOCUMENT = { VARIATION: 'VARIATION_EVIDENCE', EXTENSION: 'PRODUCT_DESCRIPTION' } as const;
const HISTORY_KIND = { VARIATION: 'VARIED', EXTENSION: 'EXTENDED' } as const;
const CLAUSE = { VARIATION: '§8.2.1', EXTENSION: '§8.3.1' } as const;

const bad = (message: string, field: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });

/**
 * The holder files a variation (§8.2.1) or an extension (§8.3.1) of its own certificate. Nothing
 * of the proposal takes effect here: the certificate, its unit and the registry stay as they are
 * until the request is approved.
 */
export async function requestChange(ctx: ChangeContext, kind: CertificateChangeKind, filing: ChangeFiling): Promise<CertificateChangeRequest> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const scheme = currentScheme;
  return conflictsAsTypedErrors(() => ctx.em.fork().transactional(async (em) => {
    const certificate = await em.findOne(Certificate, { number: filing.number }, { populate: ['unit.applicant', 'unit.manufacturer', 'unit.factory'] });
    if (!certificate) throw new AppError(ErrorCode.NOT_FOUND, `No certificate ${filing.number}`);
    const viewer = authorizeViewer(ctx.viewer, Operation.REQUEST_CERTIFICATE_CHANGE, { organisationId: certificate.unit.applicant.id });
    await em.lock(certificate, LockMode.OPTIMISTIC, filing.certificateVersion);
    // A variation may fix what a suspension found (§8.5.1(7)); an extension needs a valid certificate.
    if (!ALLOWED_FROM[HISTORY_KIND[kind]].includes(certificate.status)) {
      throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `A ${kind.toLowerCase()} is not possible while the certificate is ${certificate.status}`, { clause: CLAUSE[kind], status: certificate.status });
    }
    if (!filing.descriptionZh.trim()) throw bad('Describe the change', 'descriptionZh');
    const open = await em.count(CertificateChangeRequest, { certificate, status: { $nin: [CertificateChangeStatus.APPROVED, CertificateChangeStatus.REJECTED] } });
    const current = await em.findOneOrFail(CertificateVersion, { certificate, versionNo: certificate.currentVersionNo });
    const proposal = normaliseProposal(kind, filing.proposal, scheme);
    const findings: RuleFinding[] = kind === CertificateChangeKind.VARIATION
      ? checkVariation(filing.areas, proposal, current.snapshot, scheme)
      : checkExtension(proposal.models ?? [], current.snapshot, { applicantId: certificate.unit.applicant.id, manufacturerId: certificate.unit.manufacturer.id, factoryId: certificate.unit.factory.id }, scheme);
    if (open > 0) {
      findings.push({ code: 'CHANGE_ALREADY_OPEN', clause: CLAUSE[kind], field: 'number', messageZh: '该证书已有未完成的变更或扩展申请。', messageEn: 'The certificate already has an open variation or extension request.' });
    }
    const documents = await checkDocuments(em, filing.documents, certificate.unit.applicant.id, scheme);
    if (!documents.some((d) => d.documentType === REQUIRED_DOCUMENT[kind])) {
      const type = scheme.documentTypes.find((t) => t.code === REQUIRED_DOCUMENT[kind]);
      findings.push({ code: 'DOCUMENT_MISSING', clause: `§${type?.clause ?? '3.2'}`, field: 'documents', messageZh: `请提交${type?.zh ?? REQUIRED_DOCUMENT[kind]}。`, messageEn: `Provide the ${type?.en ?? REQUIRED_DOCUMENT[kind]}.` });
    }
    if (findings.length > 0) throw new AppError(ErrorCode.RULE_VIOLATION, findings.map((f) => f.messageEn).join(' '), { findings });

    const request = em.create(CertificateChangeRequest, {
      certificate, kind, status: CertificateChangeStatus.SUBMITTED, areas: kind === CertificateChangeKind.VARIATION ? [...new Set(filing.areas)] : [],
      descriptionZh: filing.descriptionZh.trim(), descriptionEn: filing.descriptionEn.trim(), proposal,
      requestedBy: viewer.userId, requestedOn: today, basedOnVersionNo: certificate.currentVersionNo,
    });
    for (const d of documents) em.create(CertificateChangeDocument, { request, document: d.document, documentType: d.documentType, createdAt: now });
    writeNotice(em, {
      kind: 'CERTIFICATE_CHANGE_RECEIVED', text: changeNoticeText('CERTIFICATE_CHANGE_RECEIVED', kind), recipient: certificate.unit.applicant,
      caseId: null, at: now, values: { number: certificate.number, kind: KIND_WORDS[kind] },
    });
    recordChange(em, {
      actor: { userId: viewer.userId, role: viewer.role }, at: now, action: 'certificate-change.requested', aggregateType: 'certificate-change', aggregateId: request.id,
      fromState: null, toState: request.status,
      payload: { number: certificate.number, kind, clause: CLAUSE[kind], areas: request.areas, documentIds: documents.map((d) => d.document.id) },
      outbox: { type: 'certificate-change.changed', payload: { requestId: request.id, number: certificate.number, status: request.status } },
    });
    await em.flush();
    return request;
  }), 'certificate');
}

/** Trims the proposal to what the kind of request may carry; key components keep only Annex 1's controlled attributes. */
function normaliseProposal(kind: CertificateChangeKind, p: CertificateChangeProposal, scheme: Scheme): CertificateChangeProposal {
  if (kind === CertificateChangeKind.EXTENSION) {
    return { models: (p.models ?? []).map((m) => ({ ...m, designation: m.designation.trim(), series: m.series.trim(), ratedCurrents: [...m.ratedCurrents] })) };
  }
  const text = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
  const party = (c: CertificateChangeProposal['applicant']) => {
    if (!c) return null;
    const out = { nameZh: text(c.nameZh), nameEn: text(c.nameEn), addressZh: text(c.addressZh), addressEn: text(c.addressEn) };
    const given = Object.fromEntries(Object.entries(out).filter(([, v]) => v !== null));
    return Object.keys(given).length ? given : null;
  };
  return {
    applicant: party(p.applicant), manufacturer: party(p.manufacturer), factory: party(p.factory),
    productNameZh: text(p.productNameZh), productNameEn: text(p.productNameEn),
    keyComponentConfigurations: (p.keyComponentConfigurations ?? []).map((c) => normaliseConfiguration(c, scheme)),
  };
}

/** Each document: the holder's own upload, not yet used by a case or another request, of a type and format the scheme accepts. */
async function checkDocuments(em: EntityManager, given: ChangeFiling['documents'], organisationId: string, scheme: Scheme) {
  const out: Array<{ document: StoredDocument; documentType: string }> = [];
  for (const [i, d] of given.entries()) {
    const field = `documents[${i}]`;
    const type = scheme.documentTypes.find((t) => t.code === d.documentType);
    if (!type) throw bad(`Unknown document type ${d.documentType}`, `${field}.documentType`);
    const document = isId(d.documentId) ? await em.findOne(StoredDocument, { id: d.documentId }) : null;
    // Another organisation's document looks like one that does not exist.
    if (!document || document.organisation.id !== organisationId) throw bad('No such document', `${field}.documentId`);
    if (document.caseId || (await em.count(CertificateChangeDocument, { document })) > 0 || out.some((o) => o.document === document)) {
      throw bad('The document is already used', `${field}.documentId`);
    }
    const accepted = scheme.fileFormats.filter((f) => type.formats.includes(f.format)).flatMap((f) => f.mediaTypes);
    if (!accepted.includes(document.mediaType)) throw bad(`${type.code} accepts ${type.formats.join(', ')} files`, `${field}.documentId`);
    if (document.size > type.maxSizeBytes) throw bad(`${type.code} files may have at most ${type.maxSizeBytes} bytes`, `${field}.documentId`);
    out.push({ document, documentType: type.code });
  }
  return out;
}
