// Account documents: the administrator's staff accounts, and everyone's own sessions, tokens and password.
// Re-exported by ../queries.server.ts (where the contract test finds them).
import { gql } from "../graphql.server";
import type { ApiTokenRow } from "../regulator/regulator-queries.server";
import type { DateTimeISO, Role } from "../types";

export interface StaffAccount {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  lastSignInAt: DateTimeISO | null;
  version: number;
}

export interface MySession {
  id: string;
  current: boolean;
  createdAt: DateTimeISO;
  lastUsedAt: DateTimeISO;
  clientAddress: string | null;
  userAgent: string | null;
  device: string | null;
}

const STAFF_FIELDS = "id email displayName role active lastSignInAt version";
const TOKEN_FIELDS = "id name createdByName createdAt lastUsedAt revokedAt";

export const StaffAccountsQuery = gql<{ staffAccounts: StaffAccount[] }>(`
  query StaffAccounts { staffAccounts { ${STAFF_FIELDS} } }
`);

export const CreateStaffAccountMutation = gql<{ createStaffAccount: StaffAccount }, { input: { email: string; displayName: string; role: Role } }>(`
  mutation CreateStaffAccount($input: StaffAccountInput!) { createStaffAccount(input: $input) { ${STAFF_FIELDS} } }
`);

export const ChangeStaffRoleMutation = gql<{ changeStaffRole: StaffAccount }, { userId: string; version: number; role: Role }>(`
  mutation ChangeStaffRole($userId: ID!, $version: Int!, $role: Role!) { changeStaffRole(userId: $userId, version: $version, role: $role) { ${STAFF_FIELDS} } }
`);

export const SetStaffAccountActiveMutation = gql<{ setStaffAccountActive: StaffAccount }, { userId: string; version: number; active: boolean }>(`
  mutation SetStaffAccountActive($userId: ID!, $version: Int!, $active: Boolean!) { setStaffAccountActive(userId: $userId, version: $version, active: $active) { ${STAFF_FIELDS} } }
`);

export const SendStaffPasswordLinkMutation = gql<{ sendStaffPasswordLink: boolean }, { userId: string }>(`
  mutation SendStaffPasswordLink($userId: ID!) { sendStaffPasswordLink(userId: $userId) }
`);

export const MyAccountQuery = gql<{ mySessions: MySession[]; myApiTokens: ApiTokenRow[]; passwordRules: { minLength: number; maxLength: number } }>(`
  query MyAccount {
    mySessions { id current createdAt lastUsedAt clientAddress userAgent device }
    myApiTokens { ${TOKEN_FIELDS} }
    passwordRules { minLength maxLength }
  }
`);

export const RevokeMySessionMutation = gql<{ revokeMySession: boolean }, { id: string }>(`
  mutation RevokeMySession($id: ID!) { revokeMySession(id: $id) }
`);

export const RevokeMyOtherSessionsMutation = gql<{ revokeMyOtherSessions: number }>(`
  mutation RevokeMyOtherSessions { revokeMyOtherSessions }
`);

export const ChangePasswordMutation = gql<{ changePassword: boolean }, { currentPassword: string; newPassword: string }>(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }
`);
