import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus, StoredDocument, TypeTest } from '@cqc/db';
import { isId } from '../graphql/ids.js';
import { badInput } from './type-test-input.js';

/**
 * The lab's test report (§4.2.4 "由 CQC 委托的检测机构对样品进行检测，并按规定格式出具试验报告。认证批准后，
 * 检测机构负责给认证委托人提供一份试验报告"). The lab uploads it as a document of its own
 * organisation, so the lab and the certification body's staff read it (the policy), and the
 * applicant reads it once the case is certified (below). It is linked by TypeTest.reportDocumentId,
 * not by StoredDocument.caseId, which lists the §3.2 application documents.
 */

/** A report the assigned lab may attach: one it uploaded itself, not an application document, not another test's report. */
export async function attachableReport(em: EntityManager, t: TypeTest, documentId: string): Promise<StoredDocument> {
  const report = isId(documentId) ? await em.findOne(StoredDocument, { id: documentId }) : null;
  // Another organisation's document looks like one that does not exist.
  if (!report || report.organisation.id !== t.lab.organisation.id) throw badInput('reportDocumentId', 'No such document of the lab');
  if (report.caseId) throw badInput('reportDocumentId', 'The document is an application document of a case');
  if (await em.count(TypeTest, { reportDocumentId: documentId, id: { $ne: t.id } })) {
    throw badInput('reportDocumentId', 'The document is the report of another type test');
  }
  return report;
}

/**
 * The organisations whose users may read `document` (each still subject to READ_DOCUMENT): its
 * owner, and, when it is the report of a certified case's type test, that case's applicant.
 */
export async function documentReaders(em: EntityManager, document: StoredDocument): Promise<string[]> {
  const tests = await em.find(TypeTest, { reportDocumentId: document.id }, { populate: ['certificationCase.unit.applicant'] });
  const applicants = tests.filter((t) => t.certificationCase.status === CaseStatus.CERTIFIED).map((t) => t.certificationCase.unit.applicant.id);
  return [document.organisation.id, ...applicants];
}
