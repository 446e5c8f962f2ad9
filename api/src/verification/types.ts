import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CertificateStatus, ModelStatus } from '../graphql/enums.js';
import { LocalDate } from '../graphql/scalars.js';

export enum VerificationMatch {
  CERTIFICATE = 'CERTIFICATE',
  MODEL = 'MODEL',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(VerificationMatch, { name: 'VerificationMatch', description: 'What a batch-verification identifier turned out to be' });

@ObjectType({ description: 'The certificate holder (applicant) as printed on the certificate' })
export class VerifiedHolder {
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
}

@ObjectType({ description: 'The model as the certificate lists it: it may have been withdrawn from the scope (§7.2)' })
export class VerifiedModel {
  @Field(() => String) designation!: string;
  @Field(() => ModelStatus) status!: ModelStatus;
  @Field(() => LocalDate, { nullable: true }) withdrawnOn!: string | null;
}

@ObjectType({ description: 'A certificate that answers a batch-verification identifier: public fields only' })
export class VerifiedCertificate {
  @Field(() => String) number!: string;
  @Field(() => CertificateStatus) status!: CertificateStatus;
  @Field(() => VerifiedHolder) holder!: VerifiedHolder;
  @Field(() => LocalDate) expiresOn!: string;
  @Field(() => LocalDate, { nullable: true }) suspendedUntil!: string | null;
  @Field(() => VerifiedModel, { nullable: true, description: 'For a MODEL match: the matched model' }) model!: VerifiedModel | null;
}

@ObjectType({ description: 'The answer for one identifier, in the order asked' })
export class VerificationResult {
  @Field(() => String, { description: 'As given, trimmed' }) identifier!: string;
  @Field(() => VerificationMatch) matched!: VerificationMatch;
  @Field(() => [VerifiedCertificate], { description: 'One for a certificate number; every certificate listing the model for a designation; none when unknown' })
  certificates!: VerifiedCertificate[];
}
