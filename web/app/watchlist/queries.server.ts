// GraphQL documents of the public watchlist (follow by e-mail, confirm, unsubscribe).
import { gql } from "../graphql.server";

export type WatchLanguage = "ZH" | "EN";
export type WatchKind = "CERTIFICATE" | "MODEL" | "MANUFACTURER";

export interface WatchView {
  kind: WatchKind;
  target: string;
  status: "PENDING" | "CONFIRMED" | "UNSUBSCRIBED";
}

export const FollowCertificatesMutation = gql<
  { followCertificates: { email: string } },
  { email: string; certificateNumbers: string[]; language: WatchLanguage }
>(`
  mutation FollowCertificates($email: String!, $certificateNumbers: [String!]!, $language: WatchLanguage) {
    followCertificates(email: $email, certificateNumbers: $certificateNumbers, language: $language) { email }
  }
`);

export const FollowManufacturerMutation = gql<
  { followManufacturer: { email: string } },
  { email: string; manufacturerId: string; language: WatchLanguage }
>(`
  mutation FollowManufacturer($email: String!, $manufacturerId: ID!, $language: WatchLanguage) {
    followManufacturer(email: $email, manufacturerId: $manufacturerId, language: $language) { email }
  }
`);

export const ConfirmFollowMutation = gql<{ confirmFollow: WatchView[] }, { token: string }>(`
  mutation ConfirmFollow($token: String!) {
    confirmFollow(token: $token) { kind target status }
  }
`);

export const UnsubscribeWatchMutation = gql<{ unsubscribe: WatchView }, { token: string }>(`
  mutation UnsubscribeWatch($token: String!) {
    unsubscribe(token: $token) { kind target status }
  }
`);
