import request from 'supertest';
import type { TestPlatform } from './platform.js';

/** A small file that passes the upload's magic-byte check as a PDF. */
export const SMALL_PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 32), Buffer.from('\n%%EOF\n')]);

/** §3.2 types a submission needs (the questionnaire too: harmless when the inspection is exempted). */
export const REQUIRED_DOCUMENT_TYPES = ['APPLICATION_FORM', 'FACTORY_QUESTIONNAIRE', 'AGREEMENTS', 'PRODUCT_DESCRIPTION'] as const;

/** Uploads a small PDF as the signed-in user (POST /documents); returns its id. */
export async function uploadPdf(platform: Pick<TestPlatform, 'app'>, token: string, fileName = 'document.pdf'): Promise<string> {
  const res = await request(platform.app).post('/documents').set('authorization', `Bearer ${token}`).attach('file', SMALL_PDF, { filename: fileName, contentType: 'application/pdf' });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

const ATTACH = `mutation($caseId: ID!, $version: Int!, $documentId: ID!, $documentType: String!) {
  attachCaseDocument(caseId: $caseId, version: $version, documentId: $documentId, documentType: $documentType) { id version status }
}`;

/**
 * Uploads and attaches one PDF per required §3.2 document type to the applicant's case, so it
 * can be submitted; returns the case's version after the last attachment.
 */
export async function attachRequiredDocuments(
  platform: Pick<TestPlatform, 'app' | 'gql'>, token: string, caseId: string, types: readonly string[] = REQUIRED_DOCUMENT_TYPES,
): Promise<{ id: string; version: number }> {
  const current = await platform.gql(`query($id: ID!) { certificationCase(id: $id) { id version } }`, { id: caseId }, token);
  let version = current.data?.certificationCase?.version as number;
  if (version === undefined) throw new Error(`case ${caseId} not visible: ${JSON.stringify(current.errors)}`);
  for (const documentType of types) {
    const documentId = await uploadPdf(platform, token, `${documentType.toLowerCase()}.pdf`);
    const res = await platform.gql(ATTACH, { caseId, version, documentId, documentType }, token);
    if (res.errors) throw new Error(`attach ${documentType}: ${JSON.stringify(res.errors)}`);
    version = res.data.attachCaseDocument.version;
  }
  return { id: caseId, version };
}

/** A certification plan for COMPLETE_DOCUMENT_REVIEW (§3.4) with the fee given, in yuan. */
export function testPlan(feeEstimateYuan = '12800.00') {
  return { feeEstimateYuan, sampleRequirements: '每个型号 3 台，寄送至指定实验室', contactPerson: '王工', labName: null, labId: null, notes: null };
}

/** The COMPLETE_DOCUMENT_REVIEW mutation with its plan (`$plan`), returning `fields`. */
export const completeDocumentReviewWith = (fields: string) =>
  `mutation($id: ID!, $version: Int!, $plan: CertificationPlanInput!) { completeDocumentReview(id: $id, version: $version, plan: $plan) { ${fields} } }`;
