import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CertificateStatus, ProductType } from '../graphql/enums.js';
import { PageInfo } from '../graphql/connection.js';
import { Certificate } from './types.js';

@InputType({ description: 'Exact-value filters; all given filters must hold' })
export class CertificateFilter {
  @Field(() => [CertificateStatus], { nullable: true }) status?: CertificateStatus[];
  @Field(() => [ProductType], { nullable: true }) productType?: ProductType[];
  @Field(() => [Int], { nullable: true, description: 'Frame current Inm, A' }) frameCurrent?: number[];
  @Field(() => ID, { nullable: true, description: 'Applicant, manufacturer or factory operator' }) organisationId?: string;
}

@ObjectType()
export class CertificateEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Certificate) node!: Certificate;
}

@ObjectType()
export class CertificateConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [CertificateEdge]) edges!: CertificateEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class RegistryInfo {
  @Field(() => Boolean, { description: 'The registry holds demonstration data: say so on every page' })
  demoData!: boolean;
}
