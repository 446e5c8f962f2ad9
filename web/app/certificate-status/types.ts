// Hand-written shapes of the API's certificate status contract (§8.5) as the status pages read it.
import type { CertificateStatus, LocalDate } from "../types";
import type { FieldProblems, StatusIntent } from "./forms";

/** A certificate as its holder and the certification body handle it (API `CertificateRecord`). */
export interface CertificateRecord {
  id: string;
  number: string;
  status: CertificateStatus;
  suspendedUntil: LocalDate | null;
  expiresOn: LocalDate;
  holderId: string;
  holderNameZh: string;
  /** The lock version: passed back with every status change. */
  version: number;
  /** What the viewer may do now, as the API decides it. */
  availableActions: CertificateAction[];
}

export type CertificateAction =
  | "SUSPEND" | "RESTORE" | "CANCEL" | "REVOKE" | "REQUEST_SUSPENSION" | "REQUEST_RESTORATION" | "REQUEST_CANCELLATION";

export type StatusRequestKind = "SUSPENSION" | "RESTORATION" | "CANCELLATION";
export type StatusRequestState = "PENDING" | "GRANTED" | "REFUSED" | "WITHDRAWN";

/** A holder's request concerning its certificate's status (API `CertificateStatusRequest`). */
export interface StatusRequest {
  id: string;
  certificateNumber: string;
  holderNameZh: string;
  kind: StatusRequestKind;
  state: StatusRequestState;
  requestedOn: LocalDate;
  /** The suspension cause or the cancellation reason the request implies. */
  code: string | null;
  explanation: string;
  decidedOn: LocalDate | null;
  decisionNote: string | null;
  version: number;
}

/** A §8.5 reason code (S1–S9, C1–C5, R1–R10), scheme data. */
export interface StatusReason {
  code: string;
  clause: string;
  labelZh: string;
  labelEn: string;
  holderMayRequest: boolean;
}

/** What caused a suspension: it sets the maximum length (§8.5.1.1), scheme data. */
export interface SuspensionCause {
  code: string;
  labelZh: string;
  labelEn: string;
  maxMonths: number;
  usualReasonCodes: string[];
}

export interface StatusReasons {
  suspensionReasons: StatusReason[];
  suspensionCauses: SuspensionCause[];
  cancellationReasons: StatusReason[];
  revocationReasons: StatusReason[];
}

/**
 * Why a posted status form did not go through, shown at that form with what was typed:
 * `INVALID` with `problems` from the form's own check, or the API's code (with `field` for
 * BAD_USER_INPUT, shown beside that field).
 */
export interface StatusFailure {
  intent: StatusIntent | null;
  requestId?: string;
  code: string;
  message: string;
  clause?: string;
  field?: string;
  values: Record<string, string>;
  problems: FieldProblems;
}
