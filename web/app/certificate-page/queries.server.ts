import { gql } from "../graphql.server";

export interface CertificateFreshness {
  registryFreshness: { lagSeconds: number; checkedAt: string };
  certificate: { statusAsOf: string | null } | null;
}

/** How current the shown record is: asked beside the certificate itself, so the page query stays shared. */
export const CertificateFreshnessQuery = gql<CertificateFreshness, { number: string }>(`
  query CertificateFreshness($number: String!) {
    registryFreshness { lagSeconds checkedAt }
    certificate(number: $number) { statusAsOf }
  }
`);
