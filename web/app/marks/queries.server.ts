// GraphQL documents of the mark pages (§10).
import { gql } from "../graphql.server";
import type { MarkApproval, MarkOrder, MarkRules } from "./types";

const APPROVAL = `id certificateNumber holderNameZh certificateStatus state inForce methods { code zh en } positions { code zh en }
  designDocument { id fileName downloadPath } note requestedOn approvalNumber decidedOn decisionNote version`;

export const MarkPageQuery = gql<
  { markRules: MarkRules; markApprovals: MarkApproval[]; markOrders: MarkOrder[] },
  { state: string | null }
>(`
  query MarkPage($state: MarkApprovalState) {
    markRules { clause styleRequirementZh styleRequirementEn applicationMethods { code zh en } positions { code zh en } standardMarksMethod }
    markApprovals(state: $state) { ${APPROVAL} }
    markOrders { id certificateNumber holderNameZh quantity orderedOn note }
  }
`);

export const ApplyForMarkApprovalMutation = gql<{ applyForMarkApproval: { id: string } }, {
  input: { number: string; methods: string[]; positions: string[]; undistortedDeclared: boolean; designDocumentId: string | null; note: string };
}>(`
  mutation ApplyForMarkApproval($input: MarkApprovalInput!) { applyForMarkApproval(input: $input) { id } }
`);

export const DecideMarkApprovalMutation = gql<{ decideMarkApproval: { id: string } }, { id: string; version: number; approve: boolean; note: string }>(`
  mutation DecideMarkApproval($id: ID!, $version: Int!, $approve: Boolean!, $note: String!) {
    decideMarkApproval(id: $id, version: $version, approve: $approve, note: $note) { id }
  }
`);

export const OrderStandardMarksMutation = gql<{ orderStandardMarks: { quantity: number } }, { number: string; quantity: number; note: string }>(`
  mutation OrderStandardMarks($number: String!, $quantity: Int!, $note: String!) {
    orderStandardMarks(number: $number, quantity: $quantity, note: $note) { quantity }
  }
`);

/** The holder's certificates, to choose one for an application or an order (the API answers its own only). */
export const MarkCertificatesQuery = gql<{ changeableCertificates: Array<{ number: string; status: string }> }, Record<string, never>>(`
  query MarkCertificates { changeableCertificates { number status } }
`);
