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
  @Field(() => [ID], { nullable: true, description: 'Manufacturer organisation ids (the manufacturer facet)' }) manufacturerId?: string[];
}

@ObjectType({ description: 'A matched stretch of a value: UTF-16 offsets' })
export class HighlightRange {
  @Field(() => Int) start!: number;
  @Field(() => Int) length!: number;
}

@ObjectType({ description: 'Where one searchable value of a result matched the query' })
export class SearchHighlight {
  @Field(() => String, { description: 'Public record field, e.g. manufacturer.nameZh, models.designation, number' }) field!: string;
  @Field(() => String) value!: string;
  @Field(() => [HighlightRange]) ranges!: HighlightRange[];
}

@ObjectType()
export class StatusFacetCount {
  @Field(() => CertificateStatus) value!: CertificateStatus;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ProductTypeFacetCount {
  @Field(() => ProductType) value!: ProductType;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class FrameCurrentFacetCount {
  @Field(() => Int, { description: 'Frame current Inm, A' }) value!: number;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ManufacturerFacetCount {
  @Field(() => ID) id!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Counts over every match of the search (query and filters), most frequent first' })
export class SearchFacets {
  @Field(() => [StatusFacetCount]) status!: StatusFacetCount[];
  @Field(() => [ProductTypeFacetCount]) productType!: ProductTypeFacetCount[];
  @Field(() => [FrameCurrentFacetCount]) frameCurrent!: FrameCurrentFacetCount[];
  @Field(() => [ManufacturerFacetCount], { description: 'At most 50 manufacturers, the most frequent' }) manufacturer!: ManufacturerFacetCount[];
}

@ObjectType()
export class CertificateEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Certificate) node!: Certificate;
  @Field(() => [SearchHighlight], { description: 'The matched parts of this result; empty without a query' }) highlights!: SearchHighlight[];
}

@ObjectType()
export class CertificateConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => Boolean, { description: 'More matched than the engine counts exactly: totalCount is a lower bound (show "1,000+"); pages end there' })
  totalCountIsEstimate!: boolean;
  @Field(() => Boolean, { description: 'The facet counts were taken over the first matches only (see totalCountIsEstimate)' })
  facetsAreEstimates!: boolean;
  @Field(() => [CertificateEdge]) edges!: CertificateEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => SearchFacets) facets!: SearchFacets;
}

@ObjectType()
export class RegistryInfo {
  @Field(() => Boolean, { description: 'The registry holds demonstration data: say so on every page' })
  demoData!: boolean;
}
