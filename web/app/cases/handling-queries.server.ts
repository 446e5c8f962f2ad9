// GraphQL documents of case handling on the workbench: the inbox filter, the engineer assignment
// and the §6.3 fee payment. Re-exported by queries.server.ts.
import { gql } from "../graphql.server";
import type { CaseEngineer, CaseStatus, CaseSummary } from "../types";

const INBOX_FIELDS = `
  id caseNo status statusChangedAt
  applicant { id nameZh nameEn }
  productType productNameZh productNameEn series frameCurrent
  clocks { key labelZh labelEn clause round startedOn dueOn stoppedOn outcome paused overdue }
  assignedEngineer { id displayName }
`;

export type InboxCase = CaseSummary & { assignedEngineer: CaseEngineer | null };

export const WorkbenchCasesQuery = gql<{ certificationCases: InboxCase[] }, { status: CaseStatus[]; assignedToMe: boolean }>(`
  query WorkbenchCases($status: [CaseStatus!], $assignedToMe: Boolean) {
    certificationCases(status: $status, assignedToMe: $assignedToMe) { ${INBOX_FIELDS} }
  }
`);

export const EngineersQuery = gql<{ engineers: CaseEngineer[] }>(`
  query Engineers { engineers { id displayName } }
`);

type Changed<K extends string> = { [key in K]: { id: string; version: number } };

export const AssignCaseEngineerMutation = gql<Changed<"assignCaseEngineer">, { caseId: string; version: number; engineerId: string }>(`
  mutation AssignCaseEngineer($caseId: ID!, $version: Int!, $engineerId: ID!) {
    assignCaseEngineer(caseId: $caseId, version: $version, engineerId: $engineerId) { id version }
  }
`);

export const RecordFeePaymentMutation = gql<Changed<"recordFeePayment">, { caseId: string; version: number; paidOn: string }>(`
  mutation RecordFeePayment($caseId: ID!, $version: Int!, $paidOn: LocalDate!) {
    recordFeePayment(caseId: $caseId, version: $version, paidOn: $paidOn) { id version }
  }
`);
