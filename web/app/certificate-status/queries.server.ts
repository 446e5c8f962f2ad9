// GraphQL documents of the certificate status pages (§8.5): the record, the holder's requests, the reason codes.
import { gql } from "../graphql.server";
import type { CertificateRecord, StatusReasons, StatusRequest } from "./types";

const RECORD = "id number status suspendedUntil expiresOn holderId holderNameZh version availableActions";
const REQUEST = "id certificateNumber holderNameZh kind state requestedOn code explanation decidedOn decisionNote version";
const REASON = "code clause labelZh labelEn holderMayRequest";

/** One certificate's record, its holder's requests and the scheme's reason codes; the record is null when not visible. */
export const CertificateStatusPageQuery = gql<
  { certificateRecord: CertificateRecord | null; certificateStatusRequests: StatusRequest[]; scheme: StatusReasons | null },
  { number: string }
>(`
  query CertificateStatusPage($number: String!) {
    certificateRecord(number: $number) { ${RECORD} }
    certificateStatusRequests(number: $number) { ${REQUEST} }
    scheme {
      suspensionReasons { ${REASON} }
      suspensionCauses { code labelZh labelEn maxMonths usualReasonCodes }
      cancellationReasons { ${REASON} }
      revocationReasons { ${REASON} }
    }
  }
`);

/** Whether a certificate number is one the viewer may open (the workbench lookup). */
export const CertificateRecordLookupQuery = gql<{ certificateRecord: { number: string } | null }, { number: string }>(`
  query CertificateRecordLookup($number: String!) { certificateRecord(number: $number) { number } }
`);

/** The decider's inbox: holders' requests waiting for a decision, oldest first. */
export const OpenCertificateStatusRequestsQuery = gql<{ openCertificateStatusRequests: StatusRequest[] }>(`
  query OpenCertificateStatusRequests { openCertificateStatusRequests { ${REQUEST} } }
`);

interface Change { number: string; version: number; publicReasonZh: string; publicReasonEn: string }

export const SuspendCertificateMutation = gql<{ suspendCertificate: { version: number } }, Change & { reasonCode: string; causeCode: string }>(`
  mutation SuspendCertificate($number: String!, $version: Int!, $reasonCode: String!, $causeCode: String!, $publicReasonZh: String!, $publicReasonEn: String!) {
    suspendCertificate(number: $number, version: $version, reasonCode: $reasonCode, causeCode: $causeCode, publicReasonZh: $publicReasonZh, publicReasonEn: $publicReasonEn) { version }
  }
`);

export const RestoreCertificateMutation = gql<{ restoreCertificate: { version: number } }, Change>(`
  mutation RestoreCertificate($number: String!, $version: Int!, $publicReasonZh: String!, $publicReasonEn: String!) {
    restoreCertificate(number: $number, version: $version, publicReasonZh: $publicReasonZh, publicReasonEn: $publicReasonEn) { version }
  }
`);

export const CancelCertificateMutation = gql<{ cancelCertificate: { version: number } }, Change & { reasonCode: string }>(`
  mutation CancelCertificate($number: String!, $version: Int!, $reasonCode: String!, $publicReasonZh: String!, $publicReasonEn: String!) {
    cancelCertificate(number: $number, version: $version, reasonCode: $reasonCode, publicReasonZh: $publicReasonZh, publicReasonEn: $publicReasonEn) { version }
  }
`);

export const RevokeCertificateMutation = gql<{ revokeCertificate: { version: number } }, Change & { reasonCode: string }>(`
  mutation RevokeCertificate($number: String!, $version: Int!, $reasonCode: String!, $publicReasonZh: String!, $publicReasonEn: String!) {
    revokeCertificate(number: $number, version: $version, reasonCode: $reasonCode, publicReasonZh: $publicReasonZh, publicReasonEn: $publicReasonEn) { version }
  }
`);

export const DecideCertificateStatusRequestMutation = gql<
  { decideCertificateStatusRequest: { id: string; state: string } },
  { id: string; version: number; grant: boolean; note: string }
>(`
  mutation DecideCertificateStatusRequest($id: ID!, $version: Int!, $grant: Boolean!, $note: String!) {
    decideCertificateStatusRequest(id: $id, version: $version, grant: $grant, note: $note) { id state }
  }
`);

export const RequestCertificateSuspensionMutation = gql<{ requestCertificateSuspension: { id: string } }, { number: string; explanation: string }>(`
  mutation RequestCertificateSuspension($number: String!, $explanation: String!) {
    requestCertificateSuspension(number: $number, explanation: $explanation) { id }
  }
`);

export const RequestCertificateRestorationMutation = gql<{ requestCertificateRestoration: { id: string } }, { number: string; explanation: string }>(`
  mutation RequestCertificateRestoration($number: String!, $explanation: String!) {
    requestCertificateRestoration(number: $number, explanation: $explanation) { id }
  }
`);

export const RequestCertificateCancellationMutation = gql<
  { requestCertificateCancellation: { id: string } },
  { number: string; reasonCode: string; explanation: string }
>(`
  mutation RequestCertificateCancellation($number: String!, $reasonCode: String!, $explanation: String!) {
    requestCertificateCancellation(number: $number, reasonCode: $reasonCode, explanation: $explanation) { id }
  }
`);
