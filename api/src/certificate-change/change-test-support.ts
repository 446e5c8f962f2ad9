import type { TestPlatform } from '../../../test/support/platform.js';

/** GraphQL documents and helpers shared by the variation and extension tests. */
export const REQUEST_FIELDS = `id kind status certificateNumber areas version testingRequired representativeModel onSiteVerificationRequired
  testOutcome onSiteVerificationPassed resultingVersionNo decidedOn decisionReason
  supplementaryTests { designation items passed grade }
  proposal { applicant { nameZh addressZh } productNameZh keyComponentConfigurations { label components { type model rating material grade dimensions supplier } }
    models { designation grade } }
  documents { id documentType downloadPath }`;

export const CERTIFICATE_FIELDS = `number status version currentVersionNo issuedOn expiresOn productNameZh series frameCurrent productType
  applicant { nameZh nameEn addressZh addressEn }
  models { designation mounting poles ratedVoltage frameCurrent ratedCurrents series grade status }
  keyComponentConfigurations { label components { type model rating material grade dimensions supplier } }`;

export const ops = {
  certificate: `query($n: String!) { changeableCertificate(number: $n) { ${CERTIFICATE_FIELDS} } }`,
  mine: `{ changeableCertificates { ${CERTIFICATE_FIELDS} } }`,
  request: `query($id: ID!) { certificateChangeRequest(id: $id) { ${REQUEST_FIELDS} } }`,
  list: `query($s: CertificateChangeStatus, $n: String) { certificateChangeRequests(status: $s, number: $n) { id status certificateNumber } }`,
  vary: `mutation($input: CertificateVariationInput!) { requestCertificateVariation(input: $input) { ${REQUEST_FIELDS} } }`,
  extend: `mutation($input: CertificateExtensionInput!) { requestCertificateExtension(input: $input) { ${REQUEST_FIELDS} } }`,
  assess: `mutation($id: ID!, $v: Int!, $input: CertificateChangeAssessmentInput!) { assessCertificateChange(id: $id, version: $v, input: $input) { ${REQUEST_FIELDS} } }`,
  tests: `mutation($id: ID!, $v: Int!, $input: CertificateChangeTestsInput!) { recordCertificateChangeTests(id: $id, version: $v, input: $input) { ${REQUEST_FIELDS} } }`,
  approve: `mutation($id: ID!, $v: Int!, $cv: Int!) { approveCertificateChange(id: $id, version: $v, certificateVersion: $cv, reason: "资料与检验符合要求") { ${REQUEST_FIELDS} } }`,
  reject: `mutation($id: ID!, $v: Int!, $r: String!) { rejectCertificateChange(id: $id, version: $v, reason: $r) { ${REQUEST_FIELDS} } }`,
  publicCertificate: `query($n: String!) { certificate(number: $n) { number status issuedOn currentVersionNo
    applicant { nameZh } productNameZh
    models { designation grade status }
    keyComponentConfigurations { label components { type supplier material } }
    versions { versionNo kind issuedOn changeSummaryZh changeSummaryEn }
    statusHistory { kind fromStatus toStatus occurredOn versionNo publicReasonZh } } }`,
};

/** Row counts that a refused step must leave as they were. */
export async function footprint(p: TestPlatform): Promise<Record<string, number>> {
  const tables = ['certificate_change_request', 'certificate_change_document', 'certificate_version', 'certificate_status_event', 'notice', 'audit_event', 'outbox_event', 'key_component', 'product_model'];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await p.pool.query(`select count(*) n from ${t}`)).rows[0].n);
  return out;
}

export const code = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions?.code;
export const ext = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions ?? {};
