// GraphQL documents of the type-test pages (§4), re-exported by queries.server.ts.
import { gql } from "../graphql.server";
import type { KeyComponentTestInput, Lab, LabTypeTest, TestItemResultInput, TestSampleInput, TypeTest } from "./type-test-types";

const LAB_FIELDS = "id nameZh nameEn cmaCertificateNo cmaScope";
const TYPE_TEST_FIELDS = `
  id caseId caseNo status round version testItems startsOn
  samplesReceivedOn feeReceivedOn completedOn dueOn rectificationDueOn reportDocumentId
  keyComponentTests { type workingDays } timeLimit { amount unit schemeAmount governedBy }
  lab { ${LAB_FIELDS} }
  samples { round designation purpose count receivedOn keyComponentConfiguration }
  results { round testItem designation measuredValue limit unit passed grade enteredAt }
`;

type Result<K extends string> = { [key in K]: { id: string; status: TypeTest["status"]; version: number } };
type Step = { caseId: string; version: number };

export const TypeTestQuery = gql<{ typeTest: TypeTest | null }, { caseId: string }>(`
  query TypeTest($caseId: ID!) { typeTest(caseId: $caseId) { ${TYPE_TEST_FIELDS} } }
`);

export const LabsQuery = gql<{ labs: Lab[] }>(`
  query Labs { labs { ${LAB_FIELDS} } }
`);

export const AssignTypeTestLabMutation = gql<
  Result<"assignTypeTestLab">,
  { caseId: string; labId: string; testItems: string[]; version: number | null }
>(`
  mutation AssignTypeTestLab($caseId: ID!, $labId: ID!, $testItems: [String!]!, $version: Int) {
    assignTypeTestLab(caseId: $caseId, labId: $labId, testItems: $testItems, version: $version) { id status version }
  }
`);

export const RecordTypeTestSamplesMutation = gql<Result<"recordTypeTestSamples">, Step & { samples: TestSampleInput[] }>(`
  mutation RecordTypeTestSamples($caseId: ID!, $version: Int!, $samples: [TestSampleInput!]!) {
    recordTypeTestSamples(caseId: $caseId, version: $version, samples: $samples) { id status version }
  }
`);

export const RecordTypeTestFeeMutation = gql<Result<"recordTypeTestFee">, Step & { receivedOn: string }>(`
  mutation RecordTypeTestFee($caseId: ID!, $version: Int!, $receivedOn: LocalDate!) {
    recordTypeTestFee(caseId: $caseId, version: $version, receivedOn: $receivedOn) { id status version }
  }
`);

export const EnterTypeTestResultsMutation = gql<Result<"enterTypeTestResults">, Step & { results: TestItemResultInput[] }>(`
  mutation EnterTypeTestResults($caseId: ID!, $version: Int!, $results: [TestItemResultInput!]!) {
    enterTypeTestResults(caseId: $caseId, version: $version, results: $results) { id status version }
  }
`);

export const ConcludeTypeTestRoundMutation = gql<Result<"concludeTypeTestRound">, Step & { reportDocumentId: string | null }>(`
  mutation ConcludeTypeTestRound($caseId: ID!, $version: Int!, $reportDocumentId: ID) {
    concludeTypeTestRound(caseId: $caseId, version: $version, reportDocumentId: $reportDocumentId) { id status version }
  }
`);

export const RecordKeyComponentTestsMutation = gql<Result<"recordKeyComponentTests">, Step & { tests: KeyComponentTestInput[] }>(`
  mutation RecordKeyComponentTests($caseId: ID!, $version: Int!, $tests: [KeyComponentTestInput!]!) {
    recordKeyComponentTests(caseId: $caseId, version: $version, tests: $tests) { id status version }
  }
`);

export const LabTypeTestsQuery = gql<{ labTypeTests: LabTypeTest[] }>(`
  query LabTypeTests {
    labTypeTests { caseId caseNo caseStatus productNameZh productNameEn series status round open dueOn rectificationDueOn }
  }
`);

export const StartTypeTestRetestMutation = gql<Result<"startTypeTestRetest">, Step>(`
  mutation StartTypeTestRetest($caseId: ID!, $version: Int!) {
    startTypeTestRetest(caseId: $caseId, version: $version) { id status version }
  }
`);
