import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SamplePurpose, SampleStatus, SurveillanceKind, SurveillanceStatus } from '@cqc/db';
import { ProductType } from '../graphql/enums.js';
import { LocalDate } from '../graphql/scalars.js';

registerEnumType(SurveillanceStatus, { name: 'SurveillanceStatus', description: 'Where one post-certification surveillance (§7) stands' });
registerEnumType(SurveillanceKind, { name: 'SurveillanceKind', description: 'The yearly surveillance or an extra visit (§7.1.1)' });
registerEnumType(SamplePurpose, { name: 'SurveillanceSamplePurpose', description: 'The year’s sample, a resample, or a retest after a failure (§7.2)' });
registerEnumType(SampleStatus, { name: 'SurveillanceSampleStatus' });

@ObjectType({ description: 'A certification-body person named on a surveillance' })
export class SurveillancePersonRef {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType({ description: 'A witness test seen at the visit (§7.1.3.2)' })
export class WitnessTestType {
  @Field(() => String) modelDesignation!: string;
  @Field(() => String) description!: string;
  @Field(() => Boolean) passed!: boolean;
}

@ObjectType({ description: 'A surveillance nonconformity: rectified within 60 calendar days or the visit fails (§7.1.4)' })
export class SurveillanceNonconformityType {
  @Field(() => ID) id!: string;
  @Field(() => String) itemId!: string;
  @Field(() => String) description!: string;
  @Field(() => LocalDate) raisedOn!: string;
  @Field(() => LocalDate) dueOn!: string;
  @Field(() => LocalDate, { nullable: true }) rectifiedOn!: string | null;
  @Field(() => Boolean, { description: 'Past its due date without a verified rectification' }) overdue!: boolean;
}

@ObjectType({ description: 'What the inspector recorded at the visit (§7.1.3)' })
export class SurveillanceVisitType {
  @Field(() => LocalDate) visitedOn!: string;
  @Field(() => SurveillancePersonRef, { nullable: true }) recordedBy!: SurveillancePersonRef | null;
  @Field(() => [String], { description: 'CQC/F002-2009 items checked' }) checkedItemIds!: string[];
  @Field(() => [String], { description: 'Models given the conformity check (§7.1.3.1)' }) conformityModels!: string[];
  @Field(() => [WitnessTestType]) witnessTests!: WitnessTestType[];
  @Field(() => Boolean, { description: 'The inspection team’s conclusion (§7.1.4)' }) passed!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [SurveillanceNonconformityType]) nonconformities!: SurveillanceNonconformityType[];
}

@ObjectType({ description: 'One surveillance of a certificate at its factory: the yearly plan or an extra visit (§7.1)' })
export class SurveillancePlanType {
  @Field(() => ID) id!: string;
  @Field(() => String) certificateNumber!: string;
  @Field(() => ID) holderId!: string;
  @Field(() => String) holderNameZh!: string;
  @Field(() => String) factoryCode!: string;
  @Field(() => String) factoryNameZh!: string;
  @Field(() => ProductType) productType!: ProductType;
  @Field(() => Int) year!: number;
  @Field(() => SurveillanceKind) kind!: SurveillanceKind;
  @Field(() => String, { nullable: true, description: '§7.1.1 trigger code of an extra visit' }) trigger!: string | null;
  @Field(() => String, { nullable: true }) triggerNote!: string | null;
  @Field(() => LocalDate) dueOn!: string;
  @Field(() => SurveillanceStatus) status!: SurveillanceStatus;
  @Field(() => SurveillancePersonRef, { nullable: true }) inspector!: SurveillancePersonRef | null;
  @Field(() => LocalDate, { nullable: true }) plannedOn!: string | null;
  @Field(() => Float, { nullable: true, description: '§7.1.2 effort in person-days' }) personDays!: number | null;
  @Field(() => Float, { nullable: true, description: 'Person-days of the combined CCC visit' }) cccPersonDays!: number | null;
  @Field(() => SurveillanceVisitType, { nullable: true }) visit!: SurveillanceVisitType | null;
  @Field(() => String, { nullable: true, description: 'VISIT_FAILED, NONCONFORMITY_NOT_RECTIFIED, SAMPLE_FAILED or EVALUATED_FAILED' }) failureReason!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Day the year was judged passed or failed (§7.3)' }) concludedOn!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A surveillance sample (§7.2)' })
export class SurveillanceSampleType {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => String) factoryCode!: string;
  @Field(() => String) factoryNameZh!: string;
  @Field(() => ProductType) productType!: ProductType;
  @Field(() => Int) year!: number;
  @Field(() => SamplePurpose) purpose!: SamplePurpose;
  @Field(() => SampleStatus) status!: SampleStatus;
  @Field(() => String, { nullable: true }) certificateNumber!: string | null;
  @Field(() => String, { nullable: true }) modelDesignation!: string | null;
  @Field(() => Int, { nullable: true, description: 'In of the sampled product, A' }) ratedCurrent!: number | null;
  @Field(() => String, { nullable: true }) labNameZh!: string | null;
  @Field(() => LocalDate) recordedOn!: string;
  @Field(() => LocalDate, { nullable: true, description: 'The factory contacts the lab by this day (10 days)' }) contactDueOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) contactedOn!: string | null;
  @Field(() => Boolean) contactLate!: boolean;
  @Field(() => LocalDate, { nullable: true }) receivedOn!: string | null;
  @Field(() => LocalDate, { nullable: true, description: '30 working days from receipt' }) resultDueOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) resultOn!: string | null;
  @Field(() => String, { nullable: true }) resultNote!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'No sample: resampling due by this day (60 days)' }) resampleDueOn!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Failed: rectification and retest due by this day (3 months)' }) retestDueOn!: string | null;
  @Field(() => String, { nullable: true, description: 'RESAMPLED, CERTIFICATES_SUSPENDED, RETEST_PASSED or MODEL_WITHDRAWN' }) outcome!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'Advice that does not block (§7.2 "尽可能")' })
export class SampleWarningType {
  @Field(() => String) code!: string;
  @Field(() => String) clause!: string;
  @Field(() => String) messageZh!: string;
  @Field(() => String) messageEn!: string;
}

@ObjectType()
export class RecordSampleResult {
  @Field(() => SurveillanceSampleType) sample!: SurveillanceSampleType;
  @Field(() => [SampleWarningType]) warnings!: SampleWarningType[];
}

@ObjectType({ description: 'CQC/F002-2009 items covered by visits within the certificate’s validity (§7.1.3)' })
export class SurveillanceCoverageType {
  @Field(() => String) certificateNumber!: string;
  @Field(() => LocalDate) validFrom!: string;
  @Field(() => LocalDate) validUntil!: string;
  @Field(() => [String]) coveredItemIds!: string[];
  @Field(() => [String]) uncoveredItemIds!: string[];
}

@InputType()
export class WitnessTestInput {
  @Field(() => String) modelDesignation!: string;
  @Field(() => String) description!: string;
  @Field(() => Boolean) passed!: boolean;
}

@InputType()
export class SurveillanceFindingInput {
  @Field(() => String) itemId!: string;
  @Field(() => String) description!: string;
}

@InputType({ description: 'The visit record (§7.1.3)' })
export class SurveillanceVisitInput {
  @Field(() => [String]) checkedItemIds!: string[];
  @Field(() => [String]) conformityModels!: string[];
  @Field(() => [WitnessTestInput]) witnessTests!: WitnessTestInput[];
  @Field(() => [SurveillanceFindingInput]) nonconformities!: SurveillanceFindingInput[];
  @Field(() => Boolean) passed!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@InputType({ description: 'A sampling (§7.2): drawn, or none available' })
export class SurveillanceSampleInput {
  @Field(() => ID) planId!: string;
  @Field(() => SamplePurpose) purpose!: SamplePurpose;
  @Field(() => Boolean) available!: boolean;
  @Field(() => String, { nullable: true }) modelDesignation!: string | null;
  @Field(() => Int, { nullable: true }) ratedCurrent!: number | null;
  @Field(() => ID, { nullable: true }) labId!: string | null;
}
