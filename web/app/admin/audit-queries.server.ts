// The audit viewer's GraphQL documents, re-exported by ../queries.server.ts (where the contract test finds them).
import { gql } from "../graphql.server";

export interface AuditEventRow {
  id: string;
  chainSeq: string;
  hash: string;
  occurredAt: string;
  actorName: string | null;
  actorRole: string;
  action: string;
  aggregateType: string;
  aggregateId: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
}

export interface AuditFilterInput {
  caseId?: string;
  certificateNumber?: string;
  userId?: string;
  from?: string;
  to?: string;
}

export interface AuditChainCheck {
  intact: boolean;
  checked: number;
  headSeq: string;
  headHash: string | null;
  firstBroken: { seq: string | null; eventId: string | null; reason: string } | null;
}

export const AuditEventsQuery = gql<
  { auditEvents: { edges: Array<{ node: AuditEventRow }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { filter: AuditFilterInput; after: string | null }
>(`
  query AuditEvents($filter: AuditLogFilter, $after: String) {
    auditEvents(filter: $filter, first: 50, after: $after) {
      edges { node { id chainSeq hash occurredAt actorName actorRole action aggregateType aggregateId fromState toState reason } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const AuditChainReportQuery = gql<{ auditChainReport: AuditChainCheck }, { anchorSeq: string | null; anchorHash: string | null }>(`
  query AuditChainReport($anchorSeq: String, $anchorHash: String) {
    auditChainReport(anchorSeq: $anchorSeq, anchorHash: $anchorHash) { intact checked headSeq headHash firstBroken { seq eventId reason } }
  }
`);
