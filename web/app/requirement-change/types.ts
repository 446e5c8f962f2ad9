// Shapes of the requirement-change documents (§8.4).
export type RequirementChangeKind = "RULE" | "STANDARD";

export interface RequirementChange {
  id: string;
  kind: RequirementChangeKind;
  titleZh: string;
  titleEn: string;
  planZh: string;
  schemeVersion: string | null;
  announcedOn: string;
  transitionDeadline: string;
  pending: number;
  transitioned: number;
  suspended: number;
}

export interface CertificateTransition {
  id: string;
  requirementChangeId: string;
  requirementChangeTitleZh: string;
  transitionDeadline: string;
  certificateNumber: string;
  holderNameZh: string;
  state: "PENDING" | "TRANSITIONED" | "SUSPENDED";
  completedOn: string | null;
  note: string | null;
  version: number;
}
