import { Field, ID, InputType, Int } from 'type-graphql';
import { CertificateChangeArea, CertificateChangeTestOutcome } from '@cqc/db';
import { Mounting } from '../graphql/enums.js';
import { KeyComponentConfigurationInput } from '../case/application-input.js';
import './change-types.js';

@InputType({ description: 'New printed name or address of a party; leave a field out to keep it' })
export class CertificateChangePartyInput {
  @Field(() => String, { nullable: true }) nameZh?: string | null;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { nullable: true }) addressZh?: string | null;
  @Field(() => String, { nullable: true }) addressEn?: string | null;
}

@InputType({ description: 'An uploaded document (POST /documents) given as evidence, with its §3.2 type code' })
export class CertificateChangeDocumentInput {
  @Field(() => ID) documentId!: string;
  @Field(() => String) documentType!: string;
}

@InputType({ description: '§8.2.1: a variation of one’s own certificate' })
export class CertificateVariationInput {
  @Field(() => String) number!: string;
  @Field(() => Int, { description: 'The certificate version the holder saw' }) certificateVersion!: number;
  @Field(() => [CertificateChangeArea]) areas!: CertificateChangeArea[];
  @Field(() => String) descriptionZh!: string;
  @Field(() => String, { nullable: true }) descriptionEn?: string | null;
  @Field(() => CertificateChangePartyInput, { nullable: true }) applicant?: CertificateChangePartyInput | null;
  @Field(() => CertificateChangePartyInput, { nullable: true }) manufacturer?: CertificateChangePartyInput | null;
  @Field(() => CertificateChangePartyInput, { nullable: true }) factory?: CertificateChangePartyInput | null;
  @Field(() => String, { nullable: true }) productNameZh?: string | null;
  @Field(() => String, { nullable: true }) productNameEn?: string | null;
  @Field(() => [KeyComponentConfigurationInput], { nullable: true, description: 'Replaces the configuration with the same label, or adds one (Annex 1)' })
  keyComponentConfigurations?: KeyComponentConfigurationInput[] | null;
  @Field(() => [CertificateChangeDocumentInput]) documents!: CertificateChangeDocumentInput[];
}

@InputType({ description: 'A model to add by an extension (§8.3), in the unit’s series and frame current (§3.1)' })
export class ExtensionModelInput {
  @Field(() => String) designation!: string;
  @Field(() => Mounting) mounting!: Mounting;
  @Field(() => Int) poles!: number;
  @Field(() => Int, { description: 'Rated voltage Ue, V AC' }) ratedVoltage!: number;
  @Field(() => [Int], { description: 'Rated currents In, A' }) ratedCurrents!: number[];
  @Field(() => String) series!: string;
  @Field(() => Int, { description: 'Frame current Inm, A' }) frameCurrent!: number;
}

@InputType({ description: '§8.3.1: an extension of one’s own certificate' })
export class CertificateExtensionInput {
  @Field(() => String) number!: string;
  @Field(() => Int) certificateVersion!: number;
  @Field(() => String) descriptionZh!: string;
  @Field(() => String, { nullable: true }) descriptionEn?: string | null;
  @Field(() => [ExtensionModelInput]) models!: ExtensionModelInput[];
  @Field(() => [CertificateChangeDocumentInput]) documents!: CertificateChangeDocumentInput[];
}

@InputType({ description: '§8.2.2 / §8.3.1: the engineer’s evaluation' })
export class CertificateChangeAssessmentInput {
  @Field(() => Boolean) testingRequired!: boolean;
  @Field(() => String, { nullable: true, description: 'Extension: the representative model that had the full type test' }) representativeModel?: string | null;
  @Field(() => Boolean, { defaultValue: false }) onSiteVerificationRequired!: boolean;
  @Field(() => String, { defaultValue: '' }) note!: string;
}

@InputType()
export class SupplementaryTestInput {
  @Field(() => String) designation!: string;
  @Field(() => String) items!: string;
  @Field(() => Boolean) passed!: boolean;
  @Field(() => String, { nullable: true }) grade?: string | null;
}

@InputType({ description: 'The test outcome (variation) or supplementary tests (extension), and the on-site verification when required' })
export class CertificateChangeTestsInput {
  @Field(() => CertificateChangeTestOutcome, { nullable: true }) testOutcome?: CertificateChangeTestOutcome | null;
  @Field(() => String, { defaultValue: '' }) note!: string;
  @Field(() => [SupplementaryTestInput], { defaultValue: [] }) supplementaryTests!: SupplementaryTestInput[];
  @Field(() => Boolean, { nullable: true }) onSiteVerificationPassed?: boolean | null;
}
