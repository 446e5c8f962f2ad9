import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDate } from '../graphql/scalars.js';

@InputType({ description: 'The certification plan issued with the completed document review (§3.4)' })
export class CertificationPlanInput {
  @Field(() => String, { description: 'Estimated certification fee in yuan, a decimal with at most two places, e.g. "12800.00"' })
  feeEstimateYuan!: string;
  @Field(() => String, { description: 'Samples to send: models, how many, where (§4.1)' }) sampleRequirements!: string;
  @Field(() => ID, { nullable: true, description: 'The lab, when it is one of the platform’s labs' }) labId?: string | null;
  @Field(() => String, { nullable: true }) labName?: string | null;
  @Field(() => String) contactPerson!: string;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@ObjectType({ description: 'The certification plan of a case (§3.4) and its fee payment (§6.3)' })
export class CertificationPlanType {
  @Field(() => String) feeEstimateYuan!: string;
  @Field(() => String) sampleRequirements!: string;
  @Field(() => ID, { nullable: true }) labId!: string | null;
  @Field(() => String, { nullable: true }) labName!: string | null;
  @Field(() => String) contactPerson!: string;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => LocalDate, { description: 'The day the plan and the payment notice went out' }) issuedOn!: string;
  @Field(() => LocalDate, { nullable: true }) feePaidOn!: string | null;
}
