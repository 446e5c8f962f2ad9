// GraphQL documents of the review and decision page (§6), re-exported by queries.server.ts.
import { gql } from "../graphql.server";
import type { CaseStatus } from "../types";
import type { TerminationReason } from "./decision-steps";

type Result<K extends string> = { [key in K]: { id: string; status: CaseStatus; version: number } };
type Step = { id: string; version: number };

export const StartReviewMutation = gql<Result<"startReview">, Step>(`
  mutation StartReview($id: ID!, $version: Int!) { startReview(id: $id, version: $version) { id status version } }
`);

export const CompleteCaseReviewMutation = gql<Result<"completeReview">, Step & { conclusion: string }>(`
  mutation CompleteCaseReview($id: ID!, $version: Int!, $conclusion: String!) {
    completeReview(id: $id, version: $version, conclusion: $conclusion) { id status version }
  }
`);

export const ApproveCaseMutation = gql<Result<"approveCase">, Step>(`
  mutation ApproveCase($id: ID!, $version: Int!) { approveCase(id: $id, version: $version) { id status version } }
`);

export const RejectCaseMutation = gql<Result<"rejectCase">, Step & { reason: string }>(`
  mutation RejectCase($id: ID!, $version: Int!, $reason: String!) { rejectCase(id: $id, version: $version, reason: $reason) { id status version } }
`);

export const TerminateCaseMutation = gql<Result<"terminateCase">, Step & { reasonCode: string; reason: string }>(`
  mutation TerminateCase($id: ID!, $version: Int!, $reasonCode: String!, $reason: String!) {
    terminateCase(id: $id, version: $version, reasonCode: $reasonCode, reason: $reason) { id status version }
  }
`);


/** What the decision page shows beside the case: the certificate it issued and the termination reasons of its scheme version. */
export const DecisionReferenceQuery = gql<
  { certificationCase: { certificateNumber: string | null } | null; scheme: { terminationReasons: TerminationReason[] } | null },
  { id: string; schemeId: string; schemeVersion: string }
>(`
  query DecisionReference($id: ID!, $schemeId: String!, $schemeVersion: String!) {
    certificationCase(id: $id) { certificateNumber }
    scheme(id: $schemeId, version: $schemeVersion) { terminationReasons { code clause labelZh labelEn ends } }
  }
`);
