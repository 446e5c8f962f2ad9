import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CaseStatus, ClockOutcome, KeyComponentType, Mounting, ProductType } from '../graphql/enums.js';
import { LocalDate } from '../graphql/scalars.js';
import { CertificationPlanType } from '../plan/plan-types.js';
import { CaseDocumentType, CaseEngineerRef } from './case-document-types.js';

@ObjectType({ description: 'An organisation as a case shows it' })
export class OrganisationRef {
  @Field(() => ID) id!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
}

@ObjectType({ description: 'A production site as a case shows it' })
export class FactoryRef {
  @Field(() => ID) id!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String) factoryCode!: string;
}

@ObjectType()
export class CaseModel {
  @Field(() => String) designation!: string;
  @Field(() => ProductType) productType!: ProductType;
  @Field(() => Mounting) mounting!: Mounting;
  @Field(() => Int) poles!: number;
  @Field(() => Int) ratedVoltage!: number;
  @Field(() => Int) frameCurrent!: number;
  @Field(() => [Int]) ratedCurrents!: number[];
  @Field(() => String, { nullable: true, description: 'Set by the type test' }) grade!: string | null;
}

@ObjectType()
export class CaseKeyComponent {
  @Field(() => KeyComponentType) type!: KeyComponentType;
  @Field(() => String, { nullable: true }) model!: string | null;
  @Field(() => String, { nullable: true }) rating!: string | null;
  @Field(() => String, { nullable: true }) material!: string | null;
  @Field(() => String, { nullable: true }) grade!: string | null;
  @Field(() => String, { nullable: true }) dimensions!: string | null;
  @Field(() => String) supplier!: string;
}

@ObjectType()
export class CaseKeyComponentConfiguration {
  @Field(() => String) label!: string;
  @Field(() => [CaseKeyComponent]) components!: CaseKeyComponent[];
}

@ObjectType({ description: 'A time limit of the rule running for the case' })
export class CaseClockType {
  @Field(() => String, { description: 'Scheme time-limit key, e.g. DOCUMENT_REVIEW' }) key!: string;
  @Field(() => String) labelZh!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => String, { description: 'e.g. §3.3' }) clause!: string;
  @Field(() => Int) round!: number;
  @Field(() => LocalDate) startedOn!: string;
  @Field(() => LocalDate, { nullable: true }) dueOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) stoppedOn!: string | null;
  @Field(() => ClockOutcome, { nullable: true }) outcome!: ClockOutcome | null;
  @Field(() => Boolean, { description: 'Stopped for time with the applicant or fee payment' }) paused!: boolean;
  @Field(() => Boolean, { description: 'Running and past its due date' }) overdue!: boolean;
}

@ObjectType({ description: 'A notice the rule implies, addressed to the applicant' })
export class NoticeType {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) clause!: string;
  @Field(() => String) titleZh!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => String) bodyZh!: string;
  @Field(() => String) bodyEn!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'A certification case (认证委托) from application to certificate or termination' })
export class CertificationCaseType {
  @Field(() => ID) id!: string;
  @Field(() => String) caseNo!: string;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => Date) statusChangedAt!: Date;
  @Field(() => Int, { description: 'Send it back with every command (optimistic locking)' }) version!: number;
  @Field(() => String) schemeId!: string;
  @Field(() => String) schemeVersion!: string;
  @Field(() => OrganisationRef) applicant!: OrganisationRef;
  @Field(() => OrganisationRef) manufacturer!: OrganisationRef;
  @Field(() => FactoryRef) factory!: FactoryRef;
  @Field(() => ProductType) productType!: ProductType;
  @Field(() => String) productNameZh!: string;
  @Field(() => String) productNameEn!: string;
  @Field(() => String) series!: string;
  @Field(() => Int) frameCurrent!: number;
  @Field(() => [CaseModel]) models!: CaseModel[];
  @Field(() => [CaseKeyComponentConfiguration]) keyComponentConfigurations!: CaseKeyComponentConfiguration[];
  @Field(() => Boolean, { description: 'Above AC 1000 V: handled by reference (参照执行, §1)' }) referenceVoltage!: boolean;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
  @Field(() => [CaseClockType]) clocks!: CaseClockType[];
  @Field(() => [NoticeType]) notices!: NoticeType[];
  @Field(() => [CaseDocumentType], { description: '§3.2 documents attached to the case' }) documents!: CaseDocumentType[];
  @Field(() => CaseEngineerRef, { nullable: true }) assignedEngineer!: CaseEngineerRef | null;
  @Field(() => CertificationPlanType, { nullable: true, description: '§3.4: issued with the completed document review' }) plan!: CertificationPlanType | null;
}
