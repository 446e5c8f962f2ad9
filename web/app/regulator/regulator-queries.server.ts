import { gql } from "../graphql.server";
import type { CertificateStatus, DateTimeISO, LocalDate, PageInfo, ProductType } from "../types";

export interface RegulatorFilter {
  status?: CertificateStatus[];
  productType?: ProductType[];
  issuedFrom?: LocalDate;
  issuedTo?: LocalDate;
  reasonCode?: string[];
}

export interface CountBucket {
  key: string;
  count: number;
}

export interface RegulatorCertificateRow {
  number: string;
  status: CertificateStatus;
  productType: ProductType;
  productNameZh: string;
  productNameEn: string;
  frameCurrent: number;
  firstIssuedOn: LocalDate;
  expiresOn: LocalDate;
  applicant: { nameZh: string; nameEn: string };
}

export interface CertificateChangeRow {
  seq: string;
  type: string;
  certificateNumber: string;
  recordedAt: DateTimeISO;
  currentStatus: CertificateStatus | null;
}

export interface ApiTokenRow {
  id: string;
  name: string;
  createdByName: string;
  createdAt: DateTimeISO;
  lastUsedAt: DateTimeISO | null;
  revokedAt: DateTimeISO | null;
}

const TOKEN_FIELDS = "id name createdByName createdAt lastUsedAt revokedAt";

export const RegulatorDashboardQuery = gql<
  {
    regulatorCounts: { total: number; byStatus: CountBucket[]; byProductType: CountBucket[]; byIssueMonth: CountBucket[] };
    regulatorCertificates: { totalCount: number; pageInfo: PageInfo; edges: Array<{ node: RegulatorCertificateRow }> };
    certificateChanges: { edges: Array<{ node: CertificateChangeRow }> };
  },
  { filter: RegulatorFilter; first: number; after: string | null; latest: number }
>(`
  query RegulatorDashboard($filter: RegulatorCertificateFilter, $first: Int, $after: String, $latest: Int) {
    regulatorCounts(filter: $filter) {
      total byStatus { key count } byProductType { key count } byIssueMonth { key count }
    }
    regulatorCertificates(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { number status productType productNameZh productNameEn frameCurrent firstIssuedOn expiresOn applicant { nameZh nameEn } } }
    }
    certificateChanges(last: $latest) {
      edges { node { seq type certificateNumber recordedAt currentStatus } }
    }
  }
`);

export const ApiTokensQuery = gql<{ apiTokens: ApiTokenRow[] }>(`
  query ApiTokens { apiTokens { ${TOKEN_FIELDS} } }
`);

export const CreateApiTokenMutation = gql<{ createApiToken: { secret: string; token: ApiTokenRow } }, { name: string }>(`
  mutation CreateApiToken($name: String!) { createApiToken(name: $name) { secret token { ${TOKEN_FIELDS} } } }
`);

export const RevokeApiTokenMutation = gql<{ revokeApiToken: ApiTokenRow }, { id: string }>(`
  mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { ${TOKEN_FIELDS} } }
`);
