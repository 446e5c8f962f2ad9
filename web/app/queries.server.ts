// Query documents of the web app, each typed with its result and variables.
import { gql } from "./graphql.server";
import type {
  CertificateConnection,
  CertificateDetail,
  CertificateFilter,
  DateTimeISO,
  Viewer,
} from "./types";

const VIEWER_FIELDS = `
  id email displayName role
  organisation { id nameZh nameEn }
`;

export const LayoutQuery = gql<{ registryInfo: { demoData: boolean }; me: Viewer | null }>(`
  query Layout {
    registryInfo { demoData }
    me { ${VIEWER_FIELDS} }
  }
`);

export const SearchCertificatesQuery = gql<
  { searchCertificates: CertificateConnection },
  { query: string | null; filter: CertificateFilter | null; first: number; after: string | null }
>(`
  query SearchCertificates($query: String, $filter: CertificateFilter, $first: Int, $after: String) {
    searchCertificates(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
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

const PARTY_FIELDS = "id nameZh nameEn addressZh addressEn";

export const CertificateQuery = gql<{ certificate: CertificateDetail | null }, { number: string }>(`
  query Certificate($number: String!) {
    certificate(number: $number) {
      number status statusChangedAt suspendedUntil
      applicant { ${PARTY_FIELDS} }
      manufacturer { ${PARTY_FIELDS} }
      factory { ${PARTY_FIELDS} factoryCode }
      unitName productType productNameZh productNameEn series frameCurrent
      models {
        designation productType mounting poles ratedVoltage frameCurrent ratedCurrents
        series grade status withdrawnOn
      }
      keyComponentConfigurations {
        label
        components { type typeZh typeEn model rating material grade dimensions supplier }
      }
      basis modeZh modeEn
      certificationBody { nameZh nameEn }
      firstIssuedOn issuedOn expiresOn currentVersionNo
      statusHistory {
        seq kind fromStatus toStatus occurredOn effectiveUntil
        reasonCode reasonZh reasonEn publicReasonZh publicReasonEn modelDesignation versionNo
      }
      versions { versionNo kind issuedOn changeSummaryZh changeSummaryEn }
      latestSurveillance { result date }
      isDemo
    }
  }
`);

export const LoginMutation = gql<
  { login: { token: string; expiresAt: DateTimeISO; viewer: Viewer } },
  { email: string; password: string }
>(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token expiresAt
      viewer { ${VIEWER_FIELDS} }
    }
  }
`);

export const LogoutMutation = gql<{ logout: boolean }>(`
  mutation Logout { logout }
`);
