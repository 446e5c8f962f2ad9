import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A new TOTP secret, shown once: type it or scan the QR code into an authenticator app, then confirm with a code' })
export class MfaEnrolmentType {
  @Field(() => String, { description: 'The secret in base32, for typing in by hand' }) secret!: string;
  @Field(() => String, { description: 'otpauth://totp/… URI (SHA-1, 6 digits, 30 s)' }) otpauthUri!: string;
  @Field(() => String, { description: 'The URI as a QR code, a data: URL of a PNG' }) qrCodeDataUrl!: string;
}

@ObjectType({ description: 'Ten single-use recovery codes, shown once; they replace any earlier ones' })
export class RecoveryCodesType {
  @Field(() => [String]) codes!: string[];
}

@ObjectType({ description: 'The signed-in user’s two-factor authentication' })
export class MfaStatusType {
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => Date, { nullable: true }) enabledAt!: Date | null;
  @Field(() => Boolean, { description: 'Enrolment begun and not yet confirmed' }) enrolmentPending!: boolean;
  @Field(() => Int, { description: 'Unused recovery codes' }) recoveryCodesLeft!: number;
  @Field(() => Boolean, { description: 'The role must use MFA (certification-body staff)' }) required!: boolean;
  @Field(() => Boolean, { description: 'MFA is on and the role may turn it off' }) canDisable!: boolean;
}
