// GraphQL documents of the staff alert list, re-exported by queries.server.ts.
import { gql } from "../graphql.server";
import type { CaseStatus, LocalDate } from "../types";

export interface StaffAlert {
  id: string;
  caseId: string;
  caseNo: string;
  caseStatus: CaseStatus;
  clockKey: string;
  round: number;
  clockLabelZh: string;
  clockLabelEn: string;
  clause: string;
  dueOn: LocalDate;
  raisedOn: LocalDate;
  daysOverdue: number;
  clockStoppedOn: LocalDate | null;
  acknowledgedAt: string | null;
}

export const MyAlertsQuery = gql<{ myAlerts: StaffAlert[] }, { includeAcknowledged: boolean }>(`
  query MyAlerts($includeAcknowledged: Boolean!) {
    myAlerts(includeAcknowledged: $includeAcknowledged) {
      id caseId caseNo caseStatus clockKey round clockLabelZh clockLabelEn clause dueOn raisedOn daysOverdue clockStoppedOn acknowledgedAt
    }
  }
`);

export const AcknowledgeStaffAlertMutation = gql<{ acknowledgeStaffAlert: { id: string; acknowledgedAt: string | null } }, { id: string }>(`
  mutation AcknowledgeStaffAlert($id: ID!) { acknowledgeStaffAlert(id: $id) { id acknowledgedAt } }
`);
