export type AppealState = "FILED" | "ACKNOWLEDGED" | "UNDER_INVESTIGATION" | "UPHELD" | "REJECTED" | "WITHDRAWN";
export type AppealKind = "APPEAL" | "COMPLAINT" | "DISPUTE";

export interface Appeal {
  id: string;
  reference: string;
  kind: AppealKind;
  state: AppealState;
  organisationNameZh: string;
  caseNo: string | null;
  certificateNumber: string | null;
  subject: string;
  text: string;
  filedOn: string;
  acknowledgedOn: string | null;
  investigationStartedOn: string | null;
  investigationNote: string;
  closedOn: string | null;
  outcomeNote: string | null;
  documents: Array<{ id: string; fileName: string; downloadPath: string }>;
  version: number;
}
