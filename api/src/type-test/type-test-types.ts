import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TestSamplePurpose, TypeTestStatus } from '@cqc/db';
import { KeyComponentType } from '../graphql/enums.js';
import { LocalDate } from '../graphql/scalars.js';

registerEnumType(TypeTestStatus, { name: 'TypeTestStatus', description: 'Where a case’s type test (§4) stands' });
registerEnumType(TestSamplePurpose, { name: 'TestSamplePurpose', description: 'Representative model, or another model for a difference test (§4.1.1)' });

@ObjectType({ description: 'A test laboratory with its CMA accreditation scope (§4.1.1)' })
export class LabType {
  @Field(() => ID) id!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String) cmaCertificateNo!: string;
  @Field(() => [String], { description: 'Test items the CMA accreditation covers' }) cmaScope!: string[];
  @Field(() => Int, { description: 'For optimistic locking when an administrator changes the scope' }) version!: number;
}

@ObjectType()
export class TestSampleType {
  @Field(() => Int) round!: number;
  @Field(() => String) designation!: string;
  @Field(() => TestSamplePurpose) purpose!: TestSamplePurpose;
  @Field(() => Int) count!: number;
  @Field(() => LocalDate) receivedOn!: string;
  @Field(() => String, { description: 'Label of the unit’s key-component configuration the samples are built with (§4.3)' }) keyComponentConfiguration!: string;
}

@ObjectType({ description: 'One test item’s result for one model in one round, as the lab reports it' })
export class TestItemResultType {
  @Field(() => Int) round!: number;
  @Field(() => String) testItem!: string;
  @Field(() => String) designation!: string;
  @Field(() => Float) measuredValue!: number;
  @Field(() => Float, { nullable: true }) limit!: number | null;
  @Field(() => String) unit!: string;
  @Field(() => Boolean) passed!: boolean;
  @Field(() => String, { nullable: true, description: 'Power-consumption grade per T/CEEIA 549-2021' }) grade!: string | null;
  @Field(() => Date) enteredAt!: Date;
}

@ObjectType({ description: 'A key-component test the type test waits for (§4.2.3), as the engineer recorded it' })
export class KeyComponentTestType {
  @Field(() => KeyComponentType) type!: KeyComponentType;
  @Field(() => Int) workingDays!: number;
}

@ObjectType({ description: 'The type test’s time limit: the scheme’s, or the longest key-component test when that takes longer (§4.2.3)' })
export class TypeTestTimeLimitType {
  @Field(() => Int, { description: 'The limit that governs' }) amount!: number;
  @Field(() => String, { description: 'WORKING_DAYS for CQC31-462280-2024' }) unit!: string;
  @Field(() => Int, { description: 'The scheme’s normal limit (一般为 40 个工作日)' }) schemeAmount!: number;
  @Field(() => KeyComponentType, { nullable: true, description: 'The key component whose test governs; null when the scheme’s limit does' }) governedBy!: KeyComponentType | null;
}

@ObjectType({ description: 'The type test (型式试验) of a certification case (§4)' })
export class TypeTestType {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => String) caseNo!: string;
  @Field(() => TypeTestStatus) status!: TypeTestStatus;
  @Field(() => Int, { description: '1 for the first test, 2 for the first retest …' }) round!: number;
  @Field(() => Int, { description: 'Send it back with every type-test command (optimistic locking)' }) version!: number;
  @Field(() => LabType) lab!: LabType;
  @Field(() => [String], { description: 'Test items required, each within the lab’s CMA scope' }) testItems!: string[];
  @Field(() => String, { description: 'What starts the 40 working days: SAMPLES_RECEIVED, FEE_RECEIVED or SAMPLES_AND_FEE_RECEIVED' }) startsOn!: string;
  @Field(() => LocalDate, { nullable: true }) samplesReceivedOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) feeReceivedOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) completedOn!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Due date of the running type-test clock; null while paused or not started' }) dueOn!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Rectification and retest due by (§4.2.3, 6 months), while it runs' }) rectificationDueOn!: string | null;
  @Field(() => ID, { nullable: true, description: 'The lab’s report (§4.2.4): GET /documents/<id>' }) reportDocumentId!: string | null;
  @Field(() => [KeyComponentTestType]) keyComponentTests!: KeyComponentTestType[];
  @Field(() => TypeTestTimeLimitType) timeLimit!: TypeTestTimeLimitType;
  @Field(() => [TestSampleType]) samples!: TestSampleType[];
  @Field(() => [TestItemResultType]) results!: TestItemResultType[];
}

@InputType({ description: 'Samples of one model received by the lab' })
export class TestSampleInput {
  @Field(() => String) designation!: string;
  @Field(() => TestSamplePurpose) purpose!: TestSamplePurpose;
  @Field(() => Int, { description: 'Per T/CEEIA 549-2021 §4.3' }) count!: number;
  @Field(() => LocalDate) receivedOn!: string;
  @Field(() => String) keyComponentConfiguration!: string;
}

@InputType({ description: 'A result as the lab reports it; the platform derives nothing from thresholds' })
export class TestItemResultInput {
  @Field(() => String) testItem!: string;
  @Field(() => String) designation!: string;
  @Field(() => Float) measuredValue!: number;
  @Field(() => Float, { nullable: true }) limit?: number | null;
  @Field(() => String) unit!: string;
  @Field(() => Boolean) passed!: boolean;
  @Field(() => String, { nullable: true }) grade?: string | null;
}

@InputType({ description: 'A key-component test the type test must wait for (§4.2.3)' })
export class KeyComponentTestInput {
  @Field(() => KeyComponentType, { description: 'An Annex 1 key component the unit declares' }) type!: KeyComponentType;
  @Field(() => Int, { description: 'The test’s duration in working days, at least 1' }) workingDays!: number;
}
