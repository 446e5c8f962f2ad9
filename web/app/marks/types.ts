export interface MarkChoice {
  code: string;
  zh: string;
  en: string;
}

export interface MarkRules {
  clause: string;
  styleRequirementZh: string;
  styleRequirementEn: string;
  applicationMethods: MarkChoice[];
  positions: MarkChoice[];
  standardMarksMethod: string;
}

export interface MarkApproval {
  id: string;
  certificateNumber: string;
  holderNameZh: string;
  certificateStatus: string;
  state: "PENDING" | "APPROVED" | "REFUSED";
  inForce: boolean;
  methods: MarkChoice[];
  positions: MarkChoice[];
  designDocument: { id: string; fileName: string; downloadPath: string } | null;
  note: string;
  requestedOn: string;
  approvalNumber: string | null;
  decidedOn: string | null;
  decisionNote: string | null;
  version: number;
}

export interface MarkOrder {
  id: string;
  certificateNumber: string;
  holderNameZh: string;
  quantity: number;
  orderedOn: string;
  note: string;
}
