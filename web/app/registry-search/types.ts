// Facets and highlights of the public search (api/schema.graphql: SearchFacets, SearchHighlight).
import type { CertificateStatus, ProductType } from "../types";

export interface SearchHighlight {
  field: string;
  value: string;
  ranges: { start: number; length: number }[];
}

export interface SearchFacets {
  status: { value: CertificateStatus; count: number }[];
  productType: { value: ProductType; count: number }[];
  frameCurrent: { value: number; count: number }[];
  manufacturer: { id: string; nameZh: string; nameEn: string; count: number }[];
}
