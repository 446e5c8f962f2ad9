// GraphQL documents of recertification (§9): the holder's view of a certificate's renewal, and applying for it.
import { gql } from "../graphql.server";

export interface Recertification {
  certificateNumber: string;
  certificateStatus: string;
  expiresOn: string;
  dueOn: string;
  completionDueOn: string;
  canApply: boolean;
  lateIfAppliedToday: boolean;
  running: { id: string; caseNo: string; status: string; appliedOn: string; late: boolean } | null;
}

/** The certificate's recertification; null when the viewer may not see the certificate. */
export const RecertificationQuery = gql<{ recertification: Recertification | null }, { number: string }>(`
  query Recertification($number: String!) {
    recertification(number: $number) {
      certificateNumber certificateStatus expiresOn dueOn completionDueOn canApply lateIfAppliedToday
      running { id caseNo status appliedOn late }
    }
  }
`);

/** §9: opens the renewal case (DRAFT) copying the certificate's unit. */
export const ApplyForRecertificationMutation = gql<{ applyForRecertification: { id: string; caseNo: string } }, { number: string }>(`
  mutation ApplyForRecertification($number: String!) { applyForRecertification(number: $number) { id caseNo } }
`);
