import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CertificateStatus } from '@cqc/db';
import { LocalDate } from '../graphql/scalars.js';
import '../graphql/enums.js';

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
}
