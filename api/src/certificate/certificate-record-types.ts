import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CertificateStatus } from '@cqc/db';
import { LocalDate } from '../graphql/scalars.js';
import '../graphql/enums.js';
import { CertificateAction } from './available-status-actions.js';

registerEnumType(CertificateAction, { name: 'CertificateAction', description: 'The decider’s §8.5 changes and the holder’s requests' });

/**
 * A certificate as the certification body and its holder handle it: the current status with the
 * version that guards changes to it. The public registry shows the published read model instead.
 */
@ObjectType('CertificateRecord')
export class CertificateRecordType {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => CertificateStatus) status!: CertificateStatus;
  @Field(() => LocalDate, { nullable: true, description: 'While SUSPENDED: the last day the suspension may last (§8.5.1.1)' }) suspendedUntil!: string | null;
  @Field(() => LocalDate) expiresOn!: string;
  @Field(() => ID) holderId!: string;
  @Field(() => String) holderNameZh!: string;
  @Field(() => Int, { description: 'Pass it back with a change: a stale version is refused with CONFLICT' }) version!: number;
  @Field(() => [CertificateAction], { description: 'What the viewer may do now: the status allows it and the policy lets them (content is checked by the step)' })
  availableActions!: CertificateAction[];
}
