import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RequirementChangeKind, TransitionState } from '@cqc/db';
import { LocalDate } from '../graphql/scalars.js';

registerEnumType(RequirementChangeKind, { name: 'RequirementChangeKind', description: '§8.4: the rule itself, or a standard it rests on' });
registerEnumType(TransitionState, { name: 'TransitionState' });

@ObjectType('RequirementChange', { description: '§8.4: a revision of the rule or a standard, with its transition deadline' })
export class RequirementChangeType {
  @Field(() => ID) id!: string;
  @Field(() => RequirementChangeKind) kind!: RequirementChangeKind;
  @Field(() => String) titleZh!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => String) planZh!: string;
  @Field(() => String, { nullable: true }) schemeVersion!: string | null;
  @Field(() => LocalDate) announcedOn!: string;
  @Field(() => LocalDate) transitionDeadline!: string;
  @Field(() => Int) pending!: number;
  @Field(() => Int) transitioned!: number;
  @Field(() => Int, { description: 'Suspended under §8.5.1(2) for missing the deadline' }) suspended!: number;
}

@ObjectType('CertificateTransition', { description: 'One certificate’s transition to a requirement change' })
export class CertificateTransitionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) requirementChangeId!: string;
  @Field(() => String) requirementChangeTitleZh!: string;
  @Field(() => LocalDate) transitionDeadline!: string;
  @Field(() => String) certificateNumber!: string;
  @Field(() => String) holderNameZh!: string;
  @Field(() => TransitionState) state!: TransitionState;
  @Field(() => LocalDate, { nullable: true }) completedOn!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int) version!: number;
}
