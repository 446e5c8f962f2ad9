// Hand-written shapes of the type-test part of the API contract (§4).
import type { CaseStatus, DateTimeISO, KeyComponentType, LocalDate } from "../types";

export const TYPE_TEST_STATUSES = ["AWAITING_SAMPLES", "TESTING", "FAILED", "PASSED"] as const;
export type TypeTestStatus = (typeof TYPE_TEST_STATUSES)[number];
export const SAMPLE_PURPOSES = ["REPRESENTATIVE", "DIFFERENCE"] as const;
export type TestSamplePurpose = (typeof SAMPLE_PURPOSES)[number];

export interface Lab {
  id: string;
  nameZh: string;
  nameEn: string;
  cmaCertificateNo: string;
  cmaScope: string[];
}

export interface TestSampleInput {
  designation: string;
  purpose: TestSamplePurpose;
  count: number;
  receivedOn: LocalDate;
  keyComponentConfiguration: string;
}

export interface TestSample extends TestSampleInput {
  round: number;
}

export interface TestItemResultInput {
  testItem: string;
  designation: string;
  measuredValue: number;
  limit: number | null;
  unit: string;
  passed: boolean;
  grade: string | null;
}

export interface TestItemResult extends TestItemResultInput {
  round: number;
  enteredAt: DateTimeISO;
}

export interface TypeTest {
  id: string;
  caseId: string;
  caseNo: string;
  status: TypeTestStatus;
  round: number;
  version: number;
  testItems: string[];
  startsOn: string;
  samplesReceivedOn: LocalDate | null;
  feeReceivedOn: LocalDate | null;
  completedOn: LocalDate | null;
  dueOn: LocalDate | null;
  rectificationDueOn: LocalDate | null;
  reportDocumentId: string | null;
  /** §4.2.3: key-component tests the type test waits for, recorded by the engineer. */
  keyComponentTests: KeyComponentTestInput[];
  timeLimit: TypeTestTimeLimit;
  lab: Lab;
  samples: TestSample[];
  results: TestItemResult[];
}

export interface KeyComponentTestInput {
  type: KeyComponentType;
  workingDays: number;
}

/** The governing limit: the scheme's, or the longest key-component test when that is longer. */
export interface TypeTestTimeLimit {
  amount: number;
  unit: string;
  schemeAmount: number;
  governedBy: KeyComponentType | null;
}

/** One row of a lab's worklist (`labTypeTests`). */
export interface LabTypeTest {
  caseId: string;
  caseNo: string;
  caseStatus: CaseStatus;
  productNameZh: string;
  productNameEn: string;
  series: string;
  status: TypeTestStatus;
  round: number;
  open: boolean;
  dueOn: LocalDate | null;
  rectificationDueOn: LocalDate | null;
}
