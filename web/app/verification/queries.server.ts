import { gql } from "../graphql.server";
import type { CertificateStatus } from "../types";

export type VerificationMatch = "CERTIFICATE" | "MODEL" | "UNKNOWN";

export interface VerificationRow {
  identifier: string;
  matched: VerificationMatch;
  certificates: Array<{
    number: string;
    status: CertificateStatus;
    holder: { nameZh: string; nameEn: string };
    expiresOn: string;
    suspendedUntil: string | null;
    model: { designation: string; status: "IN_SCOPE" | "WITHDRAWN"; withdrawnOn: string | null } | null;
  }>;
}

export const VerifyCertificatesQuery = gql<{ verifyCertificates: VerificationRow[] }, { identifiers: string[] }>(`
  query VerifyCertificates($identifiers: [String!]!) {
    verifyCertificates(identifiers: $identifiers) {
      identifier
      matched
      certificates {
        number
        status
        holder { nameZh nameEn }
        expiresOn
        suspendedUntil
        model { designation status withdrawnOn }
      }
    }
  }
`);
