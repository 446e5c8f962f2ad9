// Query documents of the web app, each typed with its result and variables.
import { gql } from "./graphql.server";
import type {
  ApplicationInput,
  CaseDetail,
  CaseStatus,
  CaseSummary,
  CertificateConnection,
  CertificateDetail,
  CertificateFilter,
  DateTimeISO,
  Viewer,
} from "./types";

const VIEWER_FIELDS = `
  id email displayName role mfaEnrolmentRequired
  organisation { id nameZh nameEn }
`;

export const LayoutQuery = gql<{ registryInfo: { demoData: boolean }; me: Viewer | null }>(`
  query Layout {
    registryInfo { demoData }
    me { ${VIEWER_FIELDS} }
  }
`);

export const SearchCertificatesQuery = gql<
  { searchCertificates: CertificateConnection },
  { query: string | null; filter: CertificateFilter | null; first: number; after: string | null }
>(`
  query SearchCertificates($query: String, $filter: CertificateFilter, $first: Int, $after: String) {
    searchCertificates(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          number status suspendedUntil
          applicant { nameZh nameEn }
          manufacturer { nameZh nameEn }
          productType productNameZh productNameEn series frameCurrent expiresOn
          models { designation status }
        }
      }
    }
  }
`);

const PARTY_FIELDS = "id nameZh nameEn addressZh addressEn";

export const CertificateQuery = gql<{ certificate: CertificateDetail | null }, { number: string }>(`
  query Certificate($number: String!) {
    certificate(number: $number) {
      number status statusChangedAt suspendedUntil
      applicant { ${PARTY_FIELDS} }
      manufacturer { ${PARTY_FIELDS} }
      factory { ${PARTY_FIELDS} factoryCode }
      unitName productType productNameZh productNameEn series frameCurrent
      models {
        designation productType mounting poles ratedVoltage frameCurrent ratedCurrents
        series grade status withdrawnOn
      }
      keyComponentConfigurations {
        label
        components { type typeZh typeEn model rating material grade dimensions supplier }
      }
      basis modeZh modeEn
      certificationBody { nameZh nameEn }
      firstIssuedOn issuedOn expiresOn currentVersionNo
      statusHistory {
        seq kind fromStatus toStatus occurredOn effectiveUntil
        reasonCode reasonZh reasonEn cause causeZh causeEn publicReasonZh publicReasonEn modelDesignation versionNo
      }
      versions { versionNo kind issuedOn changeSummaryZh changeSummaryEn }
      latestSurveillance { result date }
      isDemo
    }
  }
`);

/** A sign-in's answer: a session, or (`mfaRequired`) the challenge of the second step. */
export interface LoginResult {
  token: string | null;
  expiresAt: DateTimeISO | null;
  expiresInSeconds: number | null;
  viewer: Viewer | null;
  mfaRequired: boolean;
  mfaChallenge: string | null;
}

const LOGIN_FIELDS = `token expiresAt expiresInSeconds viewer { ${VIEWER_FIELDS} } mfaRequired mfaChallenge`;

export const LoginMutation = gql<{ login: LoginResult }, { email: string; password: string }>(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { ${LOGIN_FIELDS} }
  }
`);

export const CompleteMfaLoginMutation = gql<{ completeMfaLogin: LoginResult }, { challenge: string; code: string }>(`
  mutation CompleteMfaLogin($challenge: String!, $code: String!) {
    completeMfaLogin(challenge: $challenge, code: $code) { ${LOGIN_FIELDS} }
  }
`);

export const MyMfaQuery = gql<{
  me: { mfaEnrolmentRequired: boolean } | null;
  myMfa: { enabled: boolean; enabledAt: DateTimeISO | null; enrolmentPending: boolean; recoveryCodesLeft: number; required: boolean; canDisable: boolean };
}>(`
  query MyMfa {
    me { mfaEnrolmentRequired }
    myMfa { enabled enabledAt enrolmentPending recoveryCodesLeft required canDisable }
  }
`);

export const BeginMfaEnrolmentMutation = gql<{ beginMfaEnrolment: { secret: string; otpauthUri: string; qrCodeDataUrl: string } }>(`
  mutation BeginMfaEnrolment { beginMfaEnrolment { secret otpauthUri qrCodeDataUrl } }
`);

export const ConfirmMfaEnrolmentMutation = gql<{ confirmMfaEnrolment: { codes: string[] } }, { code: string }>(`
  mutation ConfirmMfaEnrolment($code: String!) { confirmMfaEnrolment(code: $code) { codes } }
`);

export const RegenerateRecoveryCodesMutation = gql<{ regenerateRecoveryCodes: { codes: string[] } }, { code: string }>(`
  mutation RegenerateRecoveryCodes($code: String!) { regenerateRecoveryCodes(code: $code) { codes } }
`);

export const DisableMfaMutation = gql<{ disableMfa: boolean }, { code: string }>(`
  mutation DisableMfa($code: String!) { disableMfa(code: $code) }
`);

export const LogoutMutation = gql<{ logout: boolean }>(`
  mutation Logout { logout }
`);

export const RequestPasswordResetMutation = gql<{ requestPasswordReset: boolean }, { email: string }>(`
  mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }
`);

export const PasswordRulesQuery = gql<{ passwordRules: { minLength: number; maxLength: number } }>(`
  query PasswordRules { passwordRules { minLength maxLength } }
`);

export const ResetPasswordMutation = gql<{ resetPassword: boolean }, { token: string; newPassword: string }>(`
  mutation ResetPassword($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }
`);

// ——— Certification cases: the enterprise portal and the certification-body workbench ———

const CLOCK_FIELDS = "key labelZh labelEn clause round startedOn dueOn stoppedOn outcome paused overdue";

const CASE_SUMMARY_FIELDS = `
  id caseNo status statusChangedAt
  applicant { id nameZh nameEn }
  productType productNameZh productNameEn series frameCurrent
  clocks { ${CLOCK_FIELDS} }
`;

const CASE_DETAIL_FIELDS = `
  ${CASE_SUMMARY_FIELDS}
  version schemeId schemeVersion
  manufacturer { id nameZh nameEn }
  factory { id nameZh nameEn factoryCode }
  models { designation productType mounting poles ratedVoltage frameCurrent ratedCurrents grade }
  keyComponentConfigurations { label components { type model rating material grade dimensions supplier } }
  referenceVoltage submittedAt endReason
  notices { id kind clause titleZh titleEn bodyZh bodyEn createdAt }
  assignedEngineer { id displayName } plan { feeEstimateYuan issuedOn feePaidOn }
  renewal { certificateNumber appliedOn dueOn late completionDueOn treatedAsNew }
`;

export const CertificationCasesQuery = gql<{ certificationCases: CaseSummary[] }, { status: CaseStatus[] | null }>(`
  query CertificationCases($status: [CaseStatus!]) {
    certificationCases(status: $status) { ${CASE_SUMMARY_FIELDS} }
  }
`);

export const CertificationCaseQuery = gql<{ certificationCase: CaseDetail | null }, { id: string }>(`
  query CertificationCase($id: ID!) {
    certificationCase(id: $id) { ${CASE_DETAIL_FIELDS} }
  }
`);

export const CreateApplicationMutation = gql<{ createApplication: { id: string; version: number } }, { input: ApplicationInput }>(`
  mutation CreateApplication($input: ApplicationInput!) {
    createApplication(input: $input) { id version }
  }
`);

type CaseResult<K extends string> = { [key in K]: { id: string; status: CaseStatus; version: number } };
type Versioned = { id: string; version: number };

export const SubmitApplicationMutation = gql<CaseResult<"submitApplication">, Versioned>(`
  mutation SubmitApplication($id: ID!, $version: Int!) { submitApplication(id: $id, version: $version) { id status version } }
`);

export const SupplySupplementMutation = gql<CaseResult<"supplySupplement">, Versioned>(`
  mutation SupplySupplement($id: ID!, $version: Int!) { supplySupplement(id: $id, version: $version) { id status version } }
`);

export const WithdrawApplicationMutation = gql<CaseResult<"withdrawApplication">, Versioned & { reason: string }>(`
  mutation WithdrawApplication($id: ID!, $version: Int!, $reason: String!) {
    withdrawApplication(id: $id, version: $version, reason: $reason) { id status version }
  }
`);

export const AcceptApplicationMutation = gql<CaseResult<"acceptApplication">, Versioned>(`
  mutation AcceptApplication($id: ID!, $version: Int!) { acceptApplication(id: $id, version: $version) { id status version } }
`);

export const ReturnApplicationMutation = gql<CaseResult<"returnApplication">, Versioned & { reason: string }>(`
  mutation ReturnApplication($id: ID!, $version: Int!, $reason: String!) {
    returnApplication(id: $id, version: $version, reason: $reason) { id status version }
  }
`);

export const RefuseApplicationMutation = gql<CaseResult<"refuseApplication">, Versioned & { reason: string }>(`
  mutation RefuseApplication($id: ID!, $version: Int!, $reason: String!) {
    refuseApplication(id: $id, version: $version, reason: $reason) { id status version }
  }
`);

export const RequestSupplementMutation = gql<CaseResult<"requestSupplement">, Versioned & { items: string }>(`
  mutation RequestSupplement($id: ID!, $version: Int!, $items: String!) {
    requestSupplement(id: $id, version: $version, items: $items) { id status version }
  }
`);

/** The §3.4 certification plan the document review issues (the API's CertificationPlanInput). */
export interface CertificationPlanInput {
  feeEstimateYuan: string;
  sampleRequirements: string;
  contactPerson: string;
  labName: string | null;
  notes: string | null;
}

export const CompleteDocumentReviewMutation = gql<CaseResult<"completeDocumentReview">, Versioned & { plan: CertificationPlanInput }>(`
  mutation CompleteDocumentReview($id: ID!, $version: Int!, $plan: CertificationPlanInput!) {
    completeDocumentReview(id: $id, version: $version, plan: $plan) { id status version }
  }
`);

// ——— After document review: type test, factory inspection, review and decision (their own modules) ———
export * from "./cases/type-test-queries.server";
export * from "./cases/inspection-queries.server";
export * from "./cases/alert-queries.server";
export * from "./cases/decision-queries.server";
export * from "./cases/case-page-queries.server";
export * from "./cases/handling-queries.server";
export * from "./admin/queries.server";
export * from "./admin/audit-queries.server";
export * from "./signup/queries.server";
export * from "./admin/import-queries.server";
export * from "./accounts/queries.server";
export * from "./certificate-change/queries.server";
export * from "./certificate-status/queries.server";
export * from "./recertification/queries.server";
export * from "./surveillance/queries.server";
export * from "./requirement-change/queries.server";
export * from "./marks/queries.server";
export * from "./appeals/queries.server";
export * from "./certificate-page/queries.server";
export * from "./regulator/regulator-queries.server";
export * from "./watchlist/queries.server";
export * from "./registry-search/queries.server";
export * from "./verification/queries.server";
