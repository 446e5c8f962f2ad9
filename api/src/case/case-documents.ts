import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus, CertificationCase, StoredDocument, recordChange, schemeFor } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import type { CaseDocumentType } from './case-document-types.js';
import { bumpCaseVersion } from './case-version.js';

/** While the applicant is preparing or amending the application (§3.2, §3.3). */
export const DOCUMENTS_EDITABLE = [CaseStatus.DRAFT, CaseStatus.RETURNED, CaseStatus.SUPPLEMENT_REQUESTED];

interface Ctx { em: EntityManager; viewer: Viewer | null; clock: Clock }

const bad = (message: string, field: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });

/**
 * Loads the case for a document change by the applicant (SUBMIT_APPLICATION: the applicant's
 * own steps), in a status where the documents may change; moves the case version.
 */
async function editableCase(em: EntityManager, viewer: Viewer | null, caseId: string, version: number) {
  const found = isId(caseId) ? await em.findOne(CertificationCase, { id: caseId }, { populate: ['unit.applicant'] }) : null;
  if (!found) throw new AppError(ErrorCode.NOT_FOUND, 'No such case');
  const actor = authorizeViewer(viewer, Operation.SUBMIT_APPLICATION, { organisationId: found.unit.applicant.id });
  if (!DOCUMENTS_EDITABLE.includes(found.status)) {
    throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `Documents cannot change while the case is ${found.status}`, { clause: '§3.2', status: found.status });
  }
  await bumpCaseVersion(em, found.id, version);
  return { found, actor };
}

export async function attachCaseDocument(ctx: Ctx, args: { caseId: string; version: number; documentId: string; documentType: string }): Promise<void> {
  const now = ctx.clock.now();
  await ctx.em.fork().transactional(async (em) => {
    const { found, actor } = await editableCase(em, ctx.viewer, args.caseId, args.version);
    const scheme = schemeFor(found.schemeId, found.schemeVersion);
    const type = scheme.documentTypes.find((d) => d.code === args.documentType);
    if (!type) throw bad(`Unknown document type ${args.documentType}`, 'documentType');
    const document = isId(args.documentId) ? await em.findOne(StoredDocument, { id: args.documentId }) : null;
    // Another organisation's document looks like one that does not exist.
    if (!document || document.organisation.id !== found.unit.applicant.id) throw bad('No such document', 'documentId');
    if (document.caseId) throw bad('The document is already attached to a case', 'documentId');
    const accepted = scheme.fileFormats.filter((f) => type.formats.includes(f.format)).flatMap((f) => f.mediaTypes);
    if (!accepted.includes(document.mediaType)) throw bad(`${type.code} accepts ${type.formats.join(', ')} files`, 'documentId');
    if (document.size > type.maxSizeBytes) throw bad(`${type.code} files may have at most ${type.maxSizeBytes} bytes`, 'documentId');
    document.caseId = found.id;
    document.documentType = type.code;
    document.attachedAt = now;
    recordChange(em, {
      actor: { userId: actor.userId, role: actor.role }, at: now, action: 'case.attach_document', aggregateType: 'case', aggregateId: found.id,
      payload: { caseNo: found.caseNo, clause: '§3.2', documentId: document.id, documentType: type.code },
      outbox: { type: 'case.changed', payload: { caseId: found.id, caseNo: found.caseNo, change: 'document-attached', documentId: document.id } },
    });
    await em.flush();
  });
}

export async function detachCaseDocument(ctx: Ctx, args: { caseId: string; version: number; documentId: string }): Promise<void> {
  const now = ctx.clock.now();
  await ctx.em.fork().transactional(async (em) => {
    const { found, actor } = await editableCase(em, ctx.viewer, args.caseId, args.version);
    const document = isId(args.documentId) ? await em.findOne(StoredDocument, { id: args.documentId, caseId: found.id }) : null;
    if (!document) throw bad('No such document on this case', 'documentId');
    const documentType = document.documentType;
    document.caseId = null;
    document.documentType = null;
    document.attachedAt = null;
    recordChange(em, {
      actor: { userId: actor.userId, role: actor.role }, at: now, action: 'case.detach_document', aggregateType: 'case', aggregateId: found.id,
      payload: { caseNo: found.caseNo, clause: '§3.2', documentId: document.id, documentType },
      outbox: { type: 'case.changed', payload: { caseId: found.id, caseNo: found.caseNo, change: 'document-detached', documentId: document.id } },
    });
    await em.flush();
  });
}

/** The attached documents of many cases in one query, oldest first. */
export async function loadCaseDocuments(em: EntityManager, caseIds: string[]): Promise<Map<string, CaseDocumentType[]>> {
  const found = caseIds.length ? await em.find(StoredDocument, { caseId: { $in: caseIds } }, { orderBy: { attachedAt: 'asc', id: 'asc' } }) : [];
  const byCase = new Map<string, CaseDocumentType[]>();
  for (const d of found) {
    const view = { id: d.id, fileName: d.fileName, mediaType: d.mediaType, size: d.size, documentType: d.documentType!, attachedAt: d.attachedAt!, downloadPath: `/documents/${d.id}` };
    byCase.set(d.caseId!, [...(byCase.get(d.caseId!) ?? []), view]);
  }
  return byCase;
}
