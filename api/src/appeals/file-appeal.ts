import { UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  Appeal, AppealDocument, AppealKind, AppealState, CaseStatus, Certificate, CertificationCase, Organisation, User, currentScheme, recordChange,
} from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import { chinaDate } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { writeNotice } from '../notice/write-notice.js';
import { checkHolderDocuments } from '../marks/holder-documents.js';
import type { MarkContext } from '../marks/mark-approvals.js';
import { APPEAL_NOTICE_TEXTS } from './appeal-notices.js';
import { kindWords } from './appeal-words.js';

export interface AppealFiling {
  kind: AppealKind;
  /** The case concerned (its reference, e.g. A2026-000123); for an appeal, one whose decision is made. */
  caseNo: string | null;
  certificateNumber: string | null;
  subject: string;
  text: string;
  documentIds: string[];
}

/** A case whose outcome is decided: not accepted, certified or terminated. Appeals lie against decisions. */
const DECIDED = [CaseStatus.REFUSED, CaseStatus.CERTIFIED, CaseStatus.TERMINATED];
const MAX_SUBJECT = 200;
const MAX_TEXT = 5000;

const bad = (message: string, field: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });

/**
 * The applicant or holder files an appeal, complaint or dispute (§13) for its own organisation. An
 * appeal names the decided case or the certificate whose decision it contests; a complaint or a
 * dispute may name one. Appeal, documents, notice, audit and outbox in one transaction.
 */
export async function fileAppeal(ctx: MarkContext, filing: AppealFiling): Promise<Appeal> {
  const now = ctx.clock.now();
  const scheme = ctx.scheme ?? currentScheme;
  const today = chinaDate(now);
  try {
    return await ctx.em.fork().transactional(async (em) => {
      const viewer = authorizeViewer(ctx.viewer, Operation.FILE_APPEAL, ctx.viewer ? { organisationId: ctx.viewer.organisationId } : undefined);
      const caseNo = filing.caseNo?.trim() || null;
      const number = filing.certificateNumber?.trim() || null;
      if (caseNo && number) throw bad('Name either a case or a certificate, not both', 'certificateNumber');
      const theCase = caseNo ? await em.findOne(CertificationCase, { caseNo }, { populate: ['unit.applicant'] }) : null;
      if (caseNo && !theCase) throw bad(`No case ${caseNo}`, 'caseNo');
      const certificate = number ? await em.findOne(Certificate, { number }, { populate: ['unit.applicant'] }) : null;
      if (number && !certificate) throw bad(`No certificate ${number}`, 'certificateNumber');
      const concerned = theCase?.unit.applicant ?? certificate?.unit.applicant;
      if (concerned) authorizeViewer(ctx.viewer, Operation.FILE_APPEAL, { organisationId: concerned.id });
      if (filing.kind === AppealKind.APPEAL && !theCase && !certificate) {
        throw ruleViolation('APPEAL_NEEDS_DECISION', 'caseNo', '申诉须指明所针对决定的认证委托或证书。', 'An appeal names the case or the certificate whose decision it contests.');
      }
      if (filing.kind === AppealKind.APPEAL && theCase && !DECIDED.includes(theCase.status)) {
        throw ruleViolation('CASE_NOT_DECIDED', 'caseNo', `认证委托 ${theCase.caseNo} 尚无决定，不能申诉。`, `Case ${theCase.caseNo} has no decision yet to appeal against.`);
      }
      const subject = filing.subject.trim();
      const text = filing.text.trim();
      if (!subject || subject.length > MAX_SUBJECT) throw bad(`A subject of 1 to ${MAX_SUBJECT} characters`, 'subject');
      if (!text || text.length > MAX_TEXT) throw bad(`A text of 1 to ${MAX_TEXT} characters`, 'text');
      const rules = scheme.appeals;
      if (filing.documentIds.length > rules.documents.maxCount) throw bad(`At most ${rules.documents.maxCount} documents`, 'documentIds');
      const documents = await checkHolderDocuments(em, filing.documentIds, viewer.organisationId, scheme, rules.documents, { name: 'documentIds', indexed: true });

      const year = today.slice(0, 4);
      const sequence = (await em.count(Appeal, { reference: { $like: `AP${year}-%` } })) + 1;
      const organisation = em.getReference(Organisation, viewer.organisationId);
      const appeal = em.create(Appeal, {
        reference: `AP${year}-${String(sequence).padStart(4, '0')}`, kind: filing.kind, organisation, case: theCase, certificate,
        subject, text, filedOn: today, filedBy: em.getReference(User, viewer.userId), createdAt: now,
      });
      for (const document of documents) em.create(AppealDocument, { appeal, document, createdAt: now });
      writeNotice(em, {
        kind: 'APPEAL_FILED', text: APPEAL_NOTICE_TEXTS.FILED, recipient: organisation, caseId: theCase?.id ?? null, at: now,
        values: { reference: appeal.reference, kind: kindWords(filing.kind, scheme) },
      });
      recordChange(em, {
        actor: { userId: viewer.userId, role: viewer.role }, at: now, action: 'appeal.filed', aggregateType: 'appeal', aggregateId: appeal.id,
        toState: AppealState.FILED,
        payload: { reference: appeal.reference, kind: filing.kind, clause: `§${rules.clause}`, appealedCaseId: theCase?.id ?? null, appealedCertificateId: certificate?.id ?? null, documentIds: documents.map((d) => d.id) },
        outbox: { type: 'appeal.changed', payload: { appealId: appeal.id, reference: appeal.reference, state: AppealState.FILED } },
      });
      await em.flush();
      return appeal;
    });
  } catch (error) {
    // Two filings in the same moment drew the same reference.
    if (error instanceof UniqueConstraintViolationException) throw new AppError(ErrorCode.CONFLICT, 'Another appeal was filed at the same moment; try again');
    throw error;
  }
}

function ruleViolation(code: string, field: string, messageZh: string, messageEn: string): AppError {
  return new AppError(ErrorCode.RULE_VIOLATION, messageEn, { findings: [{ code, clause: '§13', field, messageZh, messageEn }] });
}
