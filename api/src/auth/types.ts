import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../graphql/enums.js';

@ObjectType()
export class ViewerOrganisation {
  @Field(() => ID) id!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
}

@ObjectType({ description: 'The signed-in user' })
export class ViewerType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ViewerOrganisation) organisation!: ViewerOrganisation;
  @Field(() => Boolean, { description: 'Staff who must set up two-factor authentication before anything else (api/src/mfa): only enrolment, me and logout work' })
  mfaEnrolmentRequired!: boolean;
}

/**
 * A sign-in's answer. Without MFA: the session (token, expiry, viewer). With MFA the password
 * step answers `mfaRequired: true` and a challenge instead, and `completeMfaLogin` answers the
 * session. The session fields became nullable for that; every client that never meets an MFA
 * account reads them as before.
 */
@ObjectType()
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Opaque bearer token; send it as `Authorization: Bearer <token>`. Null while `mfaRequired`' })
  token!: string | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Seconds until the absolute expiry, on the API’s clock: clients whose clock differs can still size a cookie by it' })
  expiresInSeconds!: number | null;
  @Field(() => ViewerType, { nullable: true }) viewer!: ViewerType | null;
  @Field(() => Boolean, { description: 'The password was right and the account uses two-factor authentication: call completeMfaLogin with `mfaChallenge` and a code' })
  mfaRequired!: boolean;
  @Field(() => String, { nullable: true, description: 'Single-use token of the second step, valid until `mfaChallengeExpiresAt` (5 minutes)' })
  mfaChallenge!: string | null;
  @Field(() => Date, { nullable: true }) mfaChallengeExpiresAt!: Date | null;
}
