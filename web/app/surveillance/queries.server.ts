// GraphQL documents of the surveillance pages (§7.1–§7.3).
import { gql } from "../graphql.server";
import type { CertifiedModelRef, Plan, Reference, Sample, SampleWarning, SurveillanceStatus } from "./types";

const PERSON = "{ id displayName }";
const PLAN = `id certificateNumber holderNameZh factoryCode factoryNameZh productType year kind trigger triggerNote dueOn status
  inspector ${PERSON} plannedOn personDays cccPersonDays failureReason concludedOn version
  visit { visitedOn recordedBy ${PERSON} checkedItemIds conformityModels witnessTests { modelDesignation description passed } passed note
    nonconformities { id itemId description raisedOn dueOn rectifiedOn overdue } }`;
const SAMPLE = `id planId factoryCode factoryNameZh productType year purpose status certificateNumber modelDesignation ratedCurrent labNameZh recordedOn
  contactDueOn contactedOn contactLate receivedOn resultDueOn resultOn resultNote resampleDueOn retestDueOn outcome version`;
const REFERENCE = `surveillanceReference { items { id parent titleZh titleEn mandatory } conformityItems { code clause zh en }
  extraVisitTriggers { code clause zh en } minConformityModels }`;

export const SurveillancePlansQuery = gql<{ surveillancePlans: Plan[]; surveillanceReference: Reference }, { year: number; status: SurveillanceStatus | null }>(`
  query SurveillancePlans($year: Int!, $status: SurveillanceStatus) { surveillancePlans(year: $year, status: $status) { ${PLAN} } ${REFERENCE} }
`);

export const SurveillancePlanPageQuery = gql<{ surveillancePlan: Plan | null; surveillanceReference: Reference }, { id: string }>(`
  query SurveillancePlanPage($id: ID!) { surveillancePlan(id: $id) { ${PLAN} } ${REFERENCE} }
`);

export const SurveillanceSamplesQuery = gql<{ surveillanceSamples: Sample[] }, { year: number }>(`
  query SurveillanceSamples($year: Int!) { surveillanceSamples(year: $year) { ${SAMPLE} } }
`);

/** The certificate's models from the public record: the conformity check and the sample choose among them. */
export const SurveillanceCertificateModelsQuery = gql<{ certificate: { number: string; models: CertifiedModelRef[] } | null }, { number: string }>(`
  query SurveillanceCertificateModels($number: String!) { certificate(number: $number) { number models { designation status ratedCurrents } } }
`);

export const PlanSurveillanceYearMutation = gql<{ planSurveillanceYear: number }, { year: number }>(`
  mutation PlanSurveillanceYear($year: Int!) { planSurveillanceYear(year: $year) }
`);

export const ScheduleExtraSurveillanceMutation = gql<{ scheduleExtraSurveillance: { id: string } }, { certificateNumber: string; trigger: string; note: string; dueOn: string }>(`
  mutation ScheduleExtraSurveillance($certificateNumber: String!, $trigger: String!, $note: String!, $dueOn: LocalDate!) {
    scheduleExtraSurveillance(certificateNumber: $certificateNumber, trigger: $trigger, note: $note, dueOn: $dueOn) { id }
  }
`);

export const AssignSurveillanceVisitMutation = gql<
  { assignSurveillanceVisit: { id: string } },
  { id: string; version: number; inspectorId: string; personDays: number; cccPersonDays: number | null; plannedOn: string | null }
>(`
  mutation AssignSurveillanceVisit($id: ID!, $version: Int!, $inspectorId: ID!, $personDays: Float!, $cccPersonDays: Float, $plannedOn: LocalDate) {
    assignSurveillanceVisit(id: $id, version: $version, inspectorId: $inspectorId, personDays: $personDays, cccPersonDays: $cccPersonDays, plannedOn: $plannedOn) { id }
  }
`);

export const RecordSurveillanceVisitMutation = gql<{ recordSurveillanceVisit: { id: string } }, { id: string; version: number; input: unknown }>(`
  mutation RecordSurveillanceVisit($id: ID!, $version: Int!, $input: SurveillanceVisitInput!) { recordSurveillanceVisit(id: $id, version: $version, input: $input) { id } }
`);

export const VerifySurveillanceRectificationMutation = gql<{ verifySurveillanceRectification: { id: string } }, { id: string; version: number; nonconformityId: string; rectifiedOn: string }>(`
  mutation VerifySurveillanceRectification($id: ID!, $version: Int!, $nonconformityId: ID!, $rectifiedOn: LocalDate!) {
    verifySurveillanceRectification(id: $id, version: $version, nonconformityId: $nonconformityId, rectifiedOn: $rectifiedOn) { id }
  }
`);

export const EvaluateSurveillanceMutation = gql<{ evaluateSurveillance: { id: string } }, { id: string; version: number; passed: boolean; note: string }>(`
  mutation EvaluateSurveillance($id: ID!, $version: Int!, $passed: Boolean!, $note: String!) { evaluateSurveillance(id: $id, version: $version, passed: $passed, note: $note) { id } }
`);

export const RecordSurveillanceSampleMutation = gql<{ recordSurveillanceSample: { sample: { id: string }; warnings: SampleWarning[] } }, { input: unknown }>(`
  mutation RecordSurveillanceSample($input: SurveillanceSampleInput!) {
    recordSurveillanceSample(input: $input) { sample { id } warnings { code clause messageZh messageEn } }
  }
`);

export const RecordSampleLabContactMutation = gql<{ recordSampleLabContact: { id: string } }, { id: string; version: number }>(`
  mutation RecordSampleLabContact($id: ID!, $version: Int!) { recordSampleLabContact(id: $id, version: $version) { id } }
`);

export const RecordSampleReceivedMutation = gql<{ recordSampleReceived: { id: string } }, { id: string; version: number }>(`
  mutation RecordSampleReceived($id: ID!, $version: Int!) { recordSampleReceived(id: $id, version: $version) { id } }
`);

export const EnterSurveillanceSampleResultMutation = gql<{ enterSurveillanceSampleResult: { id: string } }, { id: string; version: number; passed: boolean; note: string }>(`
  mutation EnterSurveillanceSampleResult($id: ID!, $version: Int!, $passed: Boolean!, $note: String!) {
    enterSurveillanceSampleResult(id: $id, version: $version, passed: $passed, note: $note) { id }
  }
`);

/** The platform's clock (settable in test mode): deadlines are judged against its Beijing date. */
export const PlatformTodayQuery = gql<{ platformClock: { now: string } }>(`
  query PlatformToday { platformClock { now } }
`);
