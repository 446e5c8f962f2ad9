// GraphQL documents of the variation (§8.2) and extension (§8.3) pages.
import { gql } from "../graphql.server";
import type { ChangeableCertificate, ChangeArea, ChangeRequest, ChangeRequestSummary, ChangeStatus, TestOutcome } from "./types";

const KC = "label components { type model rating material grade dimensions supplier }";
const MODEL = "designation mounting poles ratedVoltage frameCurrent ratedCurrents series grade status";
const CERTIFICATE = `number status version currentVersionNo issuedOn expiresOn holderNameZh productType productNameZh productNameEn series frameCurrent
  applicant { nameZh nameEn addressZh addressEn } models { ${MODEL} } keyComponentConfigurations { ${KC} }`;
const SUMMARY = "id kind status certificateNumber holderNameZh requestedOn resultingVersionNo";
const REQUEST = `${SUMMARY} areas descriptionZh descriptionEn basedOnVersionNo testingRequired representativeModel onSiteVerificationRequired
  assessmentNote testOutcome testNote onSiteVerificationPassed decidedOn decisionReason version
  supplementaryTests { designation items passed grade }
  proposal { applicant { nameZh nameEn addressZh addressEn } productNameZh productNameEn keyComponentConfigurations { ${KC} } models { ${MODEL} } }
  documents { id fileName documentType }`;

export const ChangeableCertificatesQuery = gql<{ changeableCertificates: ChangeableCertificate[] }>(`
  query ChangeableCertificates { changeableCertificates { ${CERTIFICATE} } }
`);

export const ChangeableCertificateQuery = gql<
  { changeableCertificate: ChangeableCertificate | null; certificateChangeRequests: ChangeRequestSummary[] },
  { number: string }
>(`
  query ChangeableCertificate($number: String!) {
    changeableCertificate(number: $number) { ${CERTIFICATE} }
    certificateChangeRequests(number: $number) { ${SUMMARY} }
  }
`);

export const CertificateChangeRequestsQuery = gql<{ certificateChangeRequests: ChangeRequestSummary[] }, { status: ChangeStatus | null }>(`
  query CertificateChangeRequests($status: CertificateChangeStatus) { certificateChangeRequests(status: $status) { ${SUMMARY} } }
`);

export const CertificateChangeRequestQuery = gql<{ certificateChangeRequest: ChangeRequest | null }, { id: string }>(`
  query CertificateChangeRequest($id: ID!) { certificateChangeRequest(id: $id) { ${REQUEST} } }
`);

type Party = { nameZh?: string; addressZh?: string } | null;
export interface VariationVariables {
  input: {
    number: string; certificateVersion: number; areas: ChangeArea[]; descriptionZh: string; descriptionEn: string | null;
    applicant: Party; productNameZh: string | null; productNameEn: string | null;
    keyComponentConfigurations: Array<{ label: string; components: Array<Record<string, string | null>> }> | null;
    documents: Array<{ documentId: string; documentType: string }>;
  };
}

export const RequestCertificateVariationMutation = gql<{ requestCertificateVariation: { id: string } }, VariationVariables>(`
  mutation RequestCertificateVariation($input: CertificateVariationInput!) { requestCertificateVariation(input: $input) { id } }
`);

export interface ExtensionVariables {
  input: {
    number: string; certificateVersion: number; descriptionZh: string; descriptionEn: string | null;
    models: Array<{ designation: string; mounting: string; poles: number; ratedVoltage: number; ratedCurrents: number[]; series: string; frameCurrent: number }>;
    documents: Array<{ documentId: string; documentType: string }>;
  };
}

export const RequestCertificateExtensionMutation = gql<{ requestCertificateExtension: { id: string } }, ExtensionVariables>(`
  mutation RequestCertificateExtension($input: CertificateExtensionInput!) { requestCertificateExtension(input: $input) { id } }
`);

export const AssessCertificateChangeMutation = gql<
  { assessCertificateChange: { id: string } },
  { id: string; version: number; input: { testingRequired: boolean; representativeModel: string | null; onSiteVerificationRequired: boolean; note: string } }
>(`
  mutation AssessCertificateChange($id: ID!, $version: Int!, $input: CertificateChangeAssessmentInput!) {
    assessCertificateChange(id: $id, version: $version, input: $input) { id }
  }
`);

export const RecordCertificateChangeTestsMutation = gql<
  { recordCertificateChangeTests: { id: string } },
  {
    id: string; version: number;
    input: { testOutcome: TestOutcome | null; note: string; onSiteVerificationPassed: boolean | null; supplementaryTests: Array<{ designation: string; items: string; passed: boolean; grade: string | null }> };
  }
>(`
  mutation RecordCertificateChangeTests($id: ID!, $version: Int!, $input: CertificateChangeTestsInput!) {
    recordCertificateChangeTests(id: $id, version: $version, input: $input) { id }
  }
`);

export const ApproveCertificateChangeMutation = gql<{ approveCertificateChange: { id: string } }, { id: string; version: number; certificateVersion: number; reason: string }>(`
  mutation ApproveCertificateChange($id: ID!, $version: Int!, $certificateVersion: Int!, $reason: String!) {
    approveCertificateChange(id: $id, version: $version, certificateVersion: $certificateVersion, reason: $reason) { id }
  }
`);

export const RejectCertificateChangeMutation = gql<{ rejectCertificateChange: { id: string } }, { id: string; version: number; reason: string }>(`
  mutation RejectCertificateChange($id: ID!, $version: Int!, $reason: String!) {
    rejectCertificateChange(id: $id, version: $version, reason: $reason) { id }
  }
`);
