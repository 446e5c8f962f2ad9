import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TypeTestStatus } from '@cqc/db';
import { CaseStatus } from '../graphql/enums.js';
import { LocalDate } from '../graphql/scalars.js';

@ObjectType({ description: 'A type test on a lab’s worklist (the lab sees no more of the case than this)' })
export class LabTypeTestType {
  @Field(() => ID) caseId!: string;
  @Field(() => String) caseNo!: string;
  @Field(() => CaseStatus) caseStatus!: CaseStatus;
  @Field(() => String) productNameZh!: string;
  @Field(() => String) productNameEn!: string;
  @Field(() => String) series!: string;
  @Field(() => TypeTestStatus) status!: TypeTestStatus;
  @Field(() => Int) round!: number;
  @Field(() => Boolean, { description: 'The case is in evaluation and the test has not passed' }) open!: boolean;
  @Field(() => LocalDate, { nullable: true, description: 'Due date of the running type-test clock (§4.2.3); null while not started or paused' }) dueOn!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Rectification and retest due by (§4.2.3), while it runs' }) rectificationDueOn!: string | null;
}
