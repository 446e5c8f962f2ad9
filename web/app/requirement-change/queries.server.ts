// GraphQL documents of the requirement-change pages (§8.4).
import { gql } from "../graphql.server";
import type { CertificateTransition, RequirementChange, RequirementChangeKind } from "./types";

const CHANGE = "id kind titleZh titleEn planZh schemeVersion announcedOn transitionDeadline pending transitioned suspended";
const TRANSITION = "id requirementChangeId requirementChangeTitleZh transitionDeadline certificateNumber holderNameZh state completedOn note version";

export const RequirementChangesQuery = gql<{ requirementChanges: RequirementChange[] }>(`
  query RequirementChanges { requirementChanges { ${CHANGE} } }
`);

export const PendingCertificateTransitionsQuery = gql<{ pendingCertificateTransitions: CertificateTransition[] }>(`
  query PendingCertificateTransitions { pendingCertificateTransitions { ${TRANSITION} } }
`);

export const AnnounceRequirementChangeMutation = gql<
  { announceRequirementChange: { id: string } },
  { kind: RequirementChangeKind; titleZh: string; titleEn: string; planZh: string; transitionDeadline: string; schemeVersion: string | null }
>(`
  mutation AnnounceRequirementChange($kind: RequirementChangeKind!, $titleZh: String!, $titleEn: String!, $planZh: String!, $transitionDeadline: String!, $schemeVersion: String) {
    announceRequirementChange(kind: $kind, titleZh: $titleZh, titleEn: $titleEn, planZh: $planZh, transitionDeadline: $transitionDeadline, schemeVersion: $schemeVersion) { id }
  }
`);

export const RecordCertificateTransitionMutation = gql<{ recordCertificateTransition: { id: string } }, { id: string; version: number; note: string }>(`
  mutation RecordCertificateTransition($id: ID!, $version: Int!, $note: String!) { recordCertificateTransition(id: $id, version: $version, note: $note) { id } }
`);
