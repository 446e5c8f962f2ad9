import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CertificateChangeArea, CertificateChangeKind, CertificateChangeStatus, CertificateChangeTestOutcome,
} from '@cqc/db';
import { CertificateStatus, KeyComponentType, ModelStatus, Mounting, ProductType } from '../graphql/enums.js';
import { LocalDate } from '../graphql/scalars.js';
import { CaseKeyComponentConfiguration } from '../case/case-types.js';

registerEnumType(CertificateChangeKind, { name: 'CertificateChangeKind', description: '§8.2 variation or §8.3 extension' });
registerEnumType(CertificateChangeArea, { name: 'CertificateChangeArea', description: 'What a variation touches (§8.2.1)' });
registerEnumType(CertificateChangeStatus, { name: 'CertificateChangeStatus' });
registerEnumType(CertificateChangeTestOutcome, { name: 'CertificateChangeTestOutcome' });

@ObjectType({ description: 'A party’s printed name and address; in a proposal only the changed fields are set' })
export class CertificateChangeParty {
  @Field(() => String, { nullable: true }) nameZh!: string | null;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => String, { nullable: true }) addressZh!: string | null;
  @Field(() => String, { nullable: true }) addressEn!: string | null;
}

@ObjectType({ description: 'A model as certified, or as an extension proposes it (grade null until tested)' })
export class CertificateChangeModel {
  @Field(() => String) designation!: string;
  @Field(() => Mounting) mounting!: Mounting;
  @Field(() => Int) poles!: number;
  @Field(() => Int) ratedVoltage!: number;
  @Field(() => Int) frameCurrent!: number;
  @Field(() => [Int]) ratedCurrents!: number[];
  @Field(() => String) series!: string;
  @Field(() => String, { nullable: true }) grade!: string | null;
  @Field(() => ModelStatus, { nullable: true }) status!: ModelStatus | null;
}

@ObjectType({ description: 'What the holder asks to change; nothing of it is in force before approval' })
export class CertificateChangeProposalType {
  @Field(() => CertificateChangeParty, { nullable: true }) applicant!: CertificateChangeParty | null;
  @Field(() => CertificateChangeParty, { nullable: true }) manufacturer!: CertificateChangeParty | null;
  @Field(() => CertificateChangeParty, { nullable: true }) factory!: CertificateChangeParty | null;
  @Field(() => String, { nullable: true }) productNameZh!: string | null;
  @Field(() => String, { nullable: true }) productNameEn!: string | null;
  @Field(() => [CaseKeyComponentConfiguration]) keyComponentConfigurations!: CaseKeyComponentConfiguration[];
  @Field(() => [CertificateChangeModel]) models!: CertificateChangeModel[];
}

@ObjectType({ description: 'One supplementary test of an extension (§8.3.1)' })
export class CertificateChangeSupplementaryTest {
  @Field(() => String) designation!: string;
  @Field(() => String) items!: string;
  @Field(() => Boolean) passed!: boolean;
  @Field(() => String, { nullable: true }) grade!: string | null;
}

@ObjectType({ description: 'An evidence document of a change request (§3.2(5))' })
export class CertificateChangeDocumentType {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String) mediaType!: string;
  @Field(() => Int) size!: number;
  @Field(() => String) documentType!: string;
  @Field(() => String, { description: 'GET with the bearer token to download' }) downloadPath!: string;
}

@ObjectType('CertificateChangeRequest', { description: 'A variation (§8.2) or extension (§8.3) request, its evaluation and decision' })
export class CertificateChangeRequestType {
  @Field(() => ID) id!: string;
  @Field(() => CertificateChangeKind) kind!: CertificateChangeKind;
  @Field(() => CertificateChangeStatus) status!: CertificateChangeStatus;
  @Field(() => String) certificateNumber!: string;
  @Field(() => String) holderNameZh!: string;
  @Field(() => [CertificateChangeArea]) areas!: CertificateChangeArea[];
  @Field(() => String) descriptionZh!: string;
  @Field(() => String) descriptionEn!: string;
  @Field(() => CertificateChangeProposalType) proposal!: CertificateChangeProposalType;
  @Field(() => LocalDate) requestedOn!: string;
  @Field(() => Int, { description: 'The certificate version the request was filed against' }) basedOnVersionNo!: number;
  @Field(() => Boolean, { nullable: true, description: '§8.2.2: null until the engineer decided' }) testingRequired!: boolean | null;
  @Field(() => String, { nullable: true, description: '§8.3: the representative model that had the full type test' }) representativeModel!: string | null;
  @Field(() => Boolean, { nullable: true }) onSiteVerificationRequired!: boolean | null;
  @Field(() => String) assessmentNote!: string;
  @Field(() => CertificateChangeTestOutcome, { nullable: true }) testOutcome!: CertificateChangeTestOutcome | null;
  @Field(() => String) testNote!: string;
  @Field(() => [CertificateChangeSupplementaryTest]) supplementaryTests!: CertificateChangeSupplementaryTest[];
  @Field(() => Boolean, { nullable: true }) onSiteVerificationPassed!: boolean | null;
  @Field(() => LocalDate, { nullable: true }) decidedOn!: string | null;
  @Field(() => String) decisionReason!: string;
  @Field(() => Int, { nullable: true, description: 'The certificate version the approval issued' }) resultingVersionNo!: number | null;
  @Field(() => [CertificateChangeDocumentType]) documents!: CertificateChangeDocumentType[];
  @Field(() => Int, { description: 'Pass it back with a step: a stale version is refused with CONFLICT' }) version!: number;
}

@ObjectType({ description: 'A certificate as its holder varies or extends it: the current version’s contents and the lock version' })
export class ChangeableCertificate {
  @Field(() => String) number!: string;
  @Field(() => CertificateStatus) status!: CertificateStatus;
  @Field(() => Int, { description: 'The certificate’s lock version: pass it back with a request or an approval' }) version!: number;
  @Field(() => Int) currentVersionNo!: number;
  @Field(() => LocalDate) issuedOn!: string;
  @Field(() => LocalDate) expiresOn!: string;
  @Field(() => String) holderNameZh!: string;
  @Field(() => ProductType) productType!: ProductType;
  @Field(() => String) productNameZh!: string;
  @Field(() => String) productNameEn!: string;
  @Field(() => String) series!: string;
  @Field(() => Int) frameCurrent!: number;
  @Field(() => CertificateChangeParty) applicant!: CertificateChangeParty;
  @Field(() => CertificateChangeParty) manufacturer!: CertificateChangeParty;
  @Field(() => CertificateChangeParty) factory!: CertificateChangeParty;
  @Field(() => [CertificateChangeModel]) models!: CertificateChangeModel[];
  @Field(() => [CaseKeyComponentConfiguration]) keyComponentConfigurations!: CaseKeyComponentConfiguration[];
}
