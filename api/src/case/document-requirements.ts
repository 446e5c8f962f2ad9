import type { EntityManager } from '@mikro-orm/postgresql';
import { StoredDocument, type CertificationCase, type DocumentTypeDefinition, type Scheme } from '@cqc/db';
import { AppError, ErrorCode } from '../errors.js';
import { exemptionCertificate } from '../inspection/open-inspection.js';

/**
 * The §3.2 document types a case must have attached before it is submitted: every type the
 * scheme requires ALWAYS, and the factory questionnaire (WHEN_INSPECTION_APPLIES) unless the
 * factory holds the certificate that makes the system propose the inspection exemption (§2) —
 * the same test the inspection track uses when it opens, so the two cannot disagree.
 * FOR_VARIATION types concern variation applications, which this process does not open.
 */
export async function requiredDocumentTypes(em: EntityManager, scheme: Scheme, c: CertificationCase, today: string | null): Promise<DocumentTypeDefinition[]> {
  return requiredDocumentTypesAt(em, scheme, c.unit.factory.id, today);
}

/** `requiredDocumentTypes` for the case's factory, given by id (for views that hold no entity). */
export async function requiredDocumentTypesAt(em: EntityManager, scheme: Scheme, factoryId: string, today: string | null): Promise<DocumentTypeDefinition[]> {
  const exempt = today !== null && scheme.documentTypes.some((d) => d.requirement === 'WHEN_INSPECTION_APPLIES')
    ? (await exemptionCertificate(em, factoryId, today)) !== null
    : false;
  return scheme.documentTypes.filter((d) => d.requirement === 'ALWAYS' || (d.requirement === 'WHEN_INSPECTION_APPLIES' && !exempt));
}

/** RULE_VIOLATION with one finding per required type that has no attached document. */
export async function guardRequiredDocuments(em: EntityManager, scheme: Scheme, c: CertificationCase, today: string | null): Promise<void> {
  const required = await requiredDocumentTypes(em, scheme, c, today);
  const attached = new Set((await em.find(StoredDocument, { caseId: c.id }, { fields: ['documentType'] })).map((d) => d.documentType));
  const missing = required.filter((d) => !attached.has(d.code));
  if (!missing.length) return;
  throw new AppError(ErrorCode.RULE_VIOLATION, `Documents missing: ${missing.map((d) => d.code).join(', ')}`, {
    findings: missing.map((d) => ({
      code: 'DOCUMENT_MISSING', clause: '§3.2', field: `documents.${d.code}`,
      messageZh: `缺少申请资料：${d.zh}（${d.clause}）。`, messageEn: `Missing document: ${d.en} (${d.clause}).`,
    })),
  });
}
