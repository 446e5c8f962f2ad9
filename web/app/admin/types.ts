// Shapes of the administrator's API documents (hand-written, like ../types.ts).

export const CREDIT_STATUSES = ["NONE", "DISHONEST", "SERIOUSLY_DISHONEST"] as const;
export type CreditStatus = (typeof CREDIT_STATUSES)[number];
export const ORGANISATION_KINDS = ["ENTERPRISE", "LAB", "CERTIFICATION_BODY", "REGULATOR"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type CalendarDayKind = "HOLIDAY" | "WORKDAY";
export type CalendarSource = "LIBRARY" | "ADMIN";

export interface AdminOrganisation {
  id: string;
  kind: OrganisationKind;
  nameZh: string;
  nameEn: string;
  creditCode: string | null;
  creditStatus: CreditStatus;
  creditSource: string | null;
  creditCheckedOn: string | null;
  version: number;
}

export interface AdminLab {
  id: string;
  nameZh: string;
  nameEn: string;
  cmaCertificateNo: string;
  cmaScope: string[];
  version: number;
}

export interface LabInput {
  nameZh: string;
  nameEn: string | null;
  addressZh: string;
  addressEn: string | null;
  creditCode: string | null;
  cmaCertificateNo: string;
  cmaScope: string[];
}

export interface CalendarYear {
  year: number;
  source: CalendarSource;
  publishedOn: string | null;
}

export interface CalendarDayInput {
  date: string;
  kind: CalendarDayKind;
  nameZh: string;
  nameEn: string;
}
