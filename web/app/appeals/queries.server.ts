// GraphQL documents of the appeal pages (§13).
import { gql } from "../graphql.server";
import type { Appeal, AppealKind } from "./types";

const APPEAL = `id reference kind state organisationNameZh caseNo certificateNumber subject text filedOn acknowledgedOn
  investigationStartedOn investigationNote closedOn outcomeNote documents { id fileName downloadPath } version`;

export const AppealsQuery = gql<{ appeals: Appeal[] }, { state: string | null }>(`
  query Appeals($state: AppealState) { appeals(state: $state) { ${APPEAL} } }
`);

export const FileAppealMutation = gql<{ fileAppeal: { id: string } }, {
  input: { kind: AppealKind; caseNo: string | null; certificateNumber: string | null; subject: string; text: string; documentIds: string[] };
}>(`
  mutation FileAppeal($input: AppealInput!) { fileAppeal(input: $input) { id } }
`);

type Step = { id: string; version: number };

export const AcknowledgeAppealMutation = gql<{ acknowledgeAppeal: { id: string } }, Step & { note: string }>(`
  mutation AcknowledgeAppeal($id: ID!, $version: Int!, $note: String!) { acknowledgeAppeal(id: $id, version: $version, note: $note) { id } }
`);

export const InvestigateAppealMutation = gql<{ investigateAppeal: { id: string } }, Step & { note: string }>(`
  mutation InvestigateAppeal($id: ID!, $version: Int!, $note: String!) { investigateAppeal(id: $id, version: $version, note: $note) { id } }
`);

export const DecideAppealMutation = gql<{ decideAppeal: { id: string } }, Step & { upheld: boolean; reason: string }>(`
  mutation DecideAppeal($id: ID!, $version: Int!, $upheld: Boolean!, $reason: String!) { decideAppeal(id: $id, version: $version, upheld: $upheld, reason: $reason) { id } }
`);

export const WithdrawAppealMutation = gql<{ withdrawAppeal: { id: string } }, Step & { reason: string }>(`
  mutation WithdrawAppeal($id: ID!, $version: Int!, $reason: String!) { withdrawAppeal(id: $id, version: $version, reason: $reason) { id } }
`);
