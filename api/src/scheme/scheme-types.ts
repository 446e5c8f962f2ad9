import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How a case can end without a certificate (§3.3, §4.2.3, §5.4, §6.2, §6.4), scheme data' })
export class TerminationReasonType {
  @Field(() => String, { description: 'Stored as the case’s end reason code, e.g. TEST_FAILED' }) code!: string;
  @Field(() => String, { nullable: true, description: 'Clause of the rule without §, e.g. 6.4; null where the rule is silent' }) clause!: string | null;
  @Field(() => String) labelZh!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => String, { description: 'The case status it ends in: REFUSED, TERMINATED or WITHDRAWN' }) ends!: string;
}

@ObjectType({ description: 'A §3.2 application document type, scheme data' })
export class DocumentTypeRefType {
  @Field(() => String, { description: 'E.g. APPLICATION_FORM' }) code!: string;
  @Field(() => String, { description: 'E.g. 3.2(4)' }) clause!: string;
  @Field(() => String) labelZh!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => String, { description: 'ALWAYS, WHEN_INSPECTION_APPLIES, FOR_VARIATION or OPTIONAL' }) requirement!: string;
}

@ObjectType({ description: 'A §8.5 reason code of a suspension (S1–S9), cancellation (C1–C5) or revocation (R1–R10), scheme data' })
export class StatusReasonType {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'E.g. 8.5.1(3)' }) clause!: string;
  @Field(() => String) labelZh!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => Boolean, { description: 'The holder may ask for it; the certification body decides' }) holderMayRequest!: boolean;
}

@ObjectType({ description: 'What caused a suspension: it sets the maximum length (§8.5.1.1), scheme data' })
export class SuspensionCauseType {
  @Field(() => String) code!: string;
  @Field(() => String) labelZh!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => Int) maxMonths!: number;
  @Field(() => [String], { description: 'The reason codes it normally goes with; empty when any may apply' }) usualReasonCodes!: string[];
}

@ObjectType({ description: 'A version of the certification rule: the reference data the case handling needs' })
export class SchemeType {
  @Field(() => String) id!: string;
  @Field(() => String) version!: string;
  @Field(() => String) titleZh!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => Boolean, { description: 'The version new cases start under' }) current!: boolean;
  @Field(() => [TerminationReasonType]) terminationReasons!: TerminationReasonType[];
  @Field(() => [DocumentTypeRefType]) documentTypes!: DocumentTypeRefType[];
  @Field(() => [StatusReasonType]) suspensionReasons!: StatusReasonType[];
  @Field(() => [SuspensionCauseType]) suspensionCauses!: SuspensionCauseType[];
  @Field(() => [StatusReasonType]) cancellationReasons!: StatusReasonType[];
  @Field(() => [StatusReasonType]) revocationReasons!: StatusReasonType[];
}
