// Sign-up, claims and invitations: GraphQL documents, re-exported by ../queries.server.ts (where the contract test finds them).
import { gql } from "../graphql.server";

export interface ClaimInput {
  nameZh: string;
  nameEn: string | null;
  creditCode: string;
  addressZh: string;
  addressEn: string | null;
  businessScope: string;
}

export interface PendingClaim {
  id: string;
  email: string;
  displayName: string;
  nameZh: string;
  nameEn: string;
  creditCode: string;
  addressZh: string;
  businessScope: string;
  submittedAt: string;
  existingOrganisation: { id: string; nameZh: string } | null;
}

export interface InvitationRow {
  id: string;
  email: string;
  status: "PENDING" | "ACCEPTED" | "REVOKED" | "EXPIRED";
  expiresAt: string;
  invitedBy: string;
}

export interface OrganisationUserRow {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  managesUsers: boolean;
}

export const SignUpMutation = gql<{ signUp: boolean }, { email: string; displayName: string; password: string; claim: ClaimInput }>(`
  mutation SignUp($email: String!, $displayName: String!, $password: String!, $claim: OrganisationClaimInput!) {
    signUp(email: $email, displayName: $displayName, password: $password, claim: $claim)
  }
`);

export const VerifySignUpMutation = gql<{ verifySignUp: { organisationNameZh: string; organisationNameEn: string } }, { token: string }>(`
  mutation VerifySignUp($token: String!) { verifySignUp(token: $token) { organisationNameZh organisationNameEn } }
`);

export const PendingClaimsQuery = gql<{ pendingOrganisationClaims: PendingClaim[] }>(`
  query PendingClaims {
    pendingOrganisationClaims { id email displayName nameZh nameEn creditCode addressZh businessScope submittedAt existingOrganisation { id nameZh } }
  }
`);

export const ApproveClaimMutation = gql<{ approveClaim: { id: string } }, { id: string }>(`
  mutation ApproveClaim($id: ID!) { approveClaim(id: $id) { id } }
`);

export const RejectClaimMutation = gql<{ rejectClaim: { id: string } }, { id: string; reason: string }>(`
  mutation RejectClaim($id: ID!, $reason: String!) { rejectClaim(id: $id, reason: $reason) { id } }
`);

export const OrganisationUsersQuery = gql<{ invitations: InvitationRow[]; organisationUsers: OrganisationUserRow[] }>(`
  query OrganisationUsers {
    invitations { id email status expiresAt invitedBy }
    organisationUsers { id email displayName active managesUsers }
  }
`);

export const InviteUserMutation = gql<{ inviteUser: { id: string } }, { email: string }>(`
  mutation InviteUser($email: String!) { inviteUser(email: $email) { id } }
`);

export const RevokeInvitationMutation = gql<{ revokeInvitation: { id: string } }, { id: string }>(`
  mutation RevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id } }
`);

export const DeactivateOrganisationUserMutation = gql<{ deactivateOrganisationUser: { id: string } }, { userId: string }>(`
  mutation DeactivateOrganisationUser($userId: ID!) { deactivateOrganisationUser(userId: $userId) { id } }
`);

export const AcceptInvitationMutation = gql<{ acceptInvitation: boolean }, { token: string; displayName: string; password: string }>(`
  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {
    acceptInvitation(token: $token, displayName: $displayName, password: $password)
  }
`);
