import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CaseStatus } from '../graphql/enums.js';
import { LocalDate } from '../graphql/scalars.js';

@ObjectType({ description: 'A time limit of the rule that ran out on a case, told to a certification-body person (staff only, own alerts)' })
export class StaffAlertType {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => String) caseNo!: string;
  @Field(() => CaseStatus) caseStatus!: CaseStatus;
  @Field(() => String, { description: 'Scheme time-limit key, e.g. INSPECTION_REPORT' }) clockKey!: string;
  @Field(() => Int) round!: number;
  @Field(() => String) clockLabelZh!: string;
  @Field(() => String) clockLabelEn!: string;
  @Field(() => String, { description: 'e.g. §5.4' }) clause!: string;
  @Field(() => LocalDate, { description: 'The last day allowed' }) dueOn!: string;
  @Field(() => LocalDate) raisedOn!: string;
  @Field(() => Int, { description: 'Calendar days past the due date, to today (Beijing) or to the day the clock stopped' }) daysOverdue!: number;
  @Field(() => LocalDate, { nullable: true, description: 'Set once the clock has stopped (met late, or cancelled)' }) clockStoppedOn!: string | null;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => String, { description: 'E-mail delivery: PENDING, SENT or NO_RECIPIENT' }) emailStatus!: string;
}
