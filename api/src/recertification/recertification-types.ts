import { Field, ID, ObjectType } from 'type-graphql';
import { CaseStatus, CertificateStatus } from '@cqc/db';
import { LocalDate } from '../graphql/scalars.js';
import '../graphql/enums.js';

@ObjectType('Renewal', { description: '§9: what makes a case a recertification (复审) of a certificate' })
export class RenewalType {
  @Field(() => String) certificateNumber!: string;
  @Field(() => LocalDate) appliedOn!: string;
  @Field(() => LocalDate, { description: 'Due 6 months before expiry (scheme limit)' }) dueOn!: string;
  @Field(() => Boolean, { description: 'Applied for after dueOn: flagged, not refused' }) late!: boolean;
  @Field(() => LocalDate, { description: 'Completed by this day (3 months after expiry), otherwise a new application' }) completionDueOn!: string;
  @Field(() => Boolean, { description: 'Not completed in time: the certificate was cancelled and approval issues a new number' }) treatedAsNew!: boolean;
}

@ObjectType('RenewalCaseRef')
export class RenewalCaseRef {
  @Field(() => ID) id!: string;
  @Field(() => String) caseNo!: string;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => LocalDate) appliedOn!: string;
  @Field(() => Boolean) late!: boolean;
}

@ObjectType('Recertification', { description: '§9: a certificate’s recertification as its holder and the certification body see it' })
export class RecertificationType {
  @Field(() => String) certificateNumber!: string;
  @Field(() => CertificateStatus) certificateStatus!: CertificateStatus;
  @Field(() => LocalDate) expiresOn!: string;
  @Field(() => LocalDate, { description: 'Apply by this day (6 months before expiry); later is flagged late' }) dueOn!: string;
  @Field(() => LocalDate) completionDueOn!: string;
  @Field(() => Boolean, { description: 'The viewer may apply now (holder, before expiry, none running)' }) canApply!: boolean;
  @Field(() => Boolean, { description: 'An application today would be late' }) lateIfAppliedToday!: boolean;
  @Field(() => RenewalCaseRef, { nullable: true, description: 'The renewal under way, if any' }) running!: RenewalCaseRef | null;
}
