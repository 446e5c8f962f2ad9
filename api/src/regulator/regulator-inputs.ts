import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CertificateStatus, ProductType } from '../graphql/enums.js';
import { PageInfo } from '../graphql/connection.js';
import { LocalDate } from '../graphql/scalars.js';
import { Certificate } from '../registry/types.js';

@InputType({ description: 'Filters over all certificates; every given filter must hold, an empty list filters nothing. Dates are Beijing dates, both ends included' })
export class RegulatorCertificateFilter {
  @Field(() => [CertificateStatus], { nullable: true }) status?: CertificateStatus[] | null;
  @Field(() => LocalDate, { nullable: true, description: 'First issue (版本 0) on or after' }) issuedFrom?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'First issue on or before' }) issuedTo?: string | null;
  @Field(() => LocalDate, { nullable: true }) expiresFrom?: string | null;
  @Field(() => LocalDate, { nullable: true }) expiresTo?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Last status change on or after' }) statusChangedFrom?: string | null;
  @Field(() => LocalDate, { nullable: true }) statusChangedTo?: string | null;
  @Field(() => [ID], { nullable: true }) manufacturerId?: string[] | null;
  @Field(() => [ID], { nullable: true }) factoryId?: string[] | null;
  @Field(() => [ProductType], { nullable: true }) productType?: ProductType[] | null;
  @Field(() => [Int], { nullable: true, description: 'Frame current Inm, A' }) frameCurrent?: number[] | null;
  @Field(() => [String], { nullable: true, description: 'Scheme reason codes (§8.5): certificates whose status history holds one of them' })
  reasonCode?: string[] | null;
}

@ObjectType()
export class RegulatorCertificateEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Certificate) node!: Certificate;
}

@ObjectType({ description: 'All certificates in certificate-number order (keyset cursors)' })
export class RegulatorCertificateConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [RegulatorCertificateEdge]) edges!: RegulatorCertificateEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class CountBucket {
  @Field(() => String, { description: 'A status, a product type, or a month as YYYY-MM (Beijing time)' }) key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Counts of the filtered certificates; each list adds up to total' })
export class RegulatorCounts {
  @Field(() => Int) total!: number;
  @Field(() => [CountBucket]) byStatus!: CountBucket[];
  @Field(() => [CountBucket]) byProductType!: CountBucket[];
  @Field(() => [CountBucket], { description: 'By month of first issue, oldest first; months without certificates are left out' }) byIssueMonth!: CountBucket[];
  @Field(() => [CountBucket], { description: 'By month of the last status change, oldest first' }) byStatusChangeMonth!: CountBucket[];
}

@ObjectType({ description: 'One entry of the registry change feed' })
export class CertificateChange {
  @Field(() => String, { description: 'Gapless feed sequence number (a decimal string: it is a bigint)' }) seq!: string;
  @Field(() => String, { description: 'The event type, e.g. certificate.status-changed' }) type!: string;
  @Field(() => String) certificateNumber!: string;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => CertificateStatus, { nullable: true, description: 'The certificate’s current public status; null if it left the registry' })
  currentStatus!: CertificateStatus | null;
}

@ObjectType()
export class CertificateChangeEdge {
  @Field(() => String) cursor!: string;
  @Field(() => CertificateChange) node!: CertificateChange;
}

@ObjectType({ description: 'A page of the change feed: resume with `after: pageInfo.endCursor`; no change is skipped or repeated' })
export class CertificateChangeConnection {
  @Field(() => [CertificateChangeEdge]) edges!: CertificateChangeEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
