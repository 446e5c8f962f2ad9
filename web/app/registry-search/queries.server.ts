// The public search page's document: results with highlights, and facet counts over every match.
import { gql } from "../graphql.server";
import type { CertificateFilter, CertificateSummary, PageInfo } from "../types";
import type { SearchFacets, SearchHighlight } from "./types";

export interface RegistrySearchConnection {
  totalCount: number;
  /** More matched than the engine counts: totalCount is a lower bound ("1,000+"). */
  totalCountIsEstimate: boolean;
  facetsAreEstimates: boolean;
  pageInfo: PageInfo;
  facets: SearchFacets;
  edges: { cursor: string; node: CertificateSummary; highlights: SearchHighlight[] }[];
}

export const RegistrySearchQuery = gql<
  { searchCertificates: RegistrySearchConnection },
  { query: string | null; filter: (CertificateFilter & { manufacturerId?: string[] }) | null; first: number; after: string | null }
>(`
  query RegistrySearch($query: String, $filter: CertificateFilter, $first: Int, $after: String) {
    searchCertificates(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsEstimate
      facetsAreEstimates
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      facets {
        status { value count }
        productType { value count }
        frameCurrent { value count }
        manufacturer { id nameZh nameEn count }
      }
      edges {
        cursor
        highlights { field value ranges { start length } }
        node {
          number status suspendedUntil
          applicant { nameZh nameEn }
          manufacturer { nameZh nameEn }
          productType productNameZh productNameEn series frameCurrent expiresOn
          models { designation status }
        }
      }
    }
  }
`);
