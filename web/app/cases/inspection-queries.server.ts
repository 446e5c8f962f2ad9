// GraphQL documents of the inspection page (§2, §5), re-exported by queries.server.ts.
import { gql } from "../graphql.server";
import type { FactoryInspection, InspectionReportInput, InspectionStaff, TaskInput, VerificationMethod } from "./inspection-types";

const STAFF = "{ id displayName }";
const INSPECTION_FIELDS = `
  id caseId caseNo caseStatus status version openedOn
  proposedCertificateNumber exemptionAccepted exemptionReason coveringCertificateNumber exemptionDecidedOn
  exemptionDecidedBy ${STAFF} inspector ${STAFF} personDays taskIssuedOn plannedFrom plannedTo visitOn reportedOn conclusion summary
  internalNote completedOn taskDueOn reportDueOn rectificationDueOn verificationInspector ${STAFF} verificationPlannedOn
  checklist { itemId checklist clause titleZh titleEn titleIsPlaceholder result note }
  nonconformities { id itemId clause description raisedOn rectifiedOn verifiedOn verifiedBy ${STAFF} verificationNote verificationMethod }
`;

type Result<K extends string> = { [key in K]: { id: string; status: FactoryInspection["status"]; version: number } };
type Step = { id: string; version: number };

export const FactoryInspectionQuery = gql<{ factoryInspection: FactoryInspection | null }, { caseId: string }>(`
  query FactoryInspection($caseId: ID!) { factoryInspection(caseId: $caseId) { ${INSPECTION_FIELDS} } }
`);

export const InspectorsQuery = gql<{ inspectors: InspectionStaff[] }>(`
  query Inspectors { inspectors ${STAFF} }
`);

export const DecideInspectionExemptionMutation = gql<Result<"decideInspectionExemption">, Step & { accept: boolean; reason: string }>(`
  mutation DecideInspectionExemption($id: ID!, $version: Int!, $accept: Boolean!, $reason: String!) {
    decideInspectionExemption(id: $id, version: $version, accept: $accept, reason: $reason) { id status version }
  }
`);

export const IssueInspectionTaskMutation = gql<Result<"issueInspectionTask">, Step & TaskInput>(`
  mutation IssueInspectionTask($id: ID!, $version: Int!, $inspectorId: ID!, $personDays: Float!, $plannedFrom: LocalDate, $plannedTo: LocalDate) {
    issueInspectionTask(id: $id, version: $version, inspectorId: $inspectorId, personDays: $personDays, plannedFrom: $plannedFrom, plannedTo: $plannedTo) {
      id status version
    }
  }
`);

export const ChangeInspectionTaskMutation = gql<Result<"changeInspectionTask">, Step & TaskInput & { reason: string }>(`
  mutation ChangeInspectionTask($id: ID!, $version: Int!, $inspectorId: ID!, $personDays: Float!, $plannedFrom: LocalDate, $plannedTo: LocalDate, $reason: String!) {
    changeInspectionTask(
      id: $id, version: $version, inspectorId: $inspectorId, personDays: $personDays, plannedFrom: $plannedFrom, plannedTo: $plannedTo, reason: $reason
    ) { id status version }
  }
`);

export const ArrangeOnSiteVerificationMutation = gql<Result<"arrangeOnSiteVerification">, Step & { inspectorId: string; plannedOn: string }>(`
  mutation ArrangeOnSiteVerification($id: ID!, $version: Int!, $inspectorId: ID!, $plannedOn: LocalDate!) {
    arrangeOnSiteVerification(id: $id, version: $version, inspectorId: $inspectorId, plannedOn: $plannedOn) { id status version }
  }
`);

export const RecordInspectionReportMutation = gql<Result<"recordInspectionReport">, Step & { input: InspectionReportInput }>(`
  mutation RecordInspectionReport($id: ID!, $version: Int!, $input: InspectionReportInput!) {
    recordInspectionReport(id: $id, version: $version, input: $input) { id status version }
  }
`);

export const VerifyInspectionRectificationMutation = gql<
  Result<"verifyInspectionRectification">,
  Step & { nonconformityIds: string[]; rectifiedOn: string; note: string; method: VerificationMethod }
>(`
  mutation VerifyInspectionRectification(
    $id: ID!, $version: Int!, $nonconformityIds: [ID!]!, $rectifiedOn: LocalDate!, $note: String!, $method: RectificationVerificationMethod!
  ) {
    verifyInspectionRectification(id: $id, version: $version, nonconformityIds: $nonconformityIds, rectifiedOn: $rectifiedOn, note: $note, method: $method) {
      id status version
    }
  }
`);
