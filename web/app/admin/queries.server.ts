// The administrator's GraphQL documents, re-exported by ../queries.server.ts (where the contract test finds them).
import { gql } from "../graphql.server";
import type { AdminLab, AdminOrganisation, CalendarDayInput, CalendarYear, CreditStatus, LabInput, OrganisationKind } from "./types";

const ORGANISATION_FIELDS = "id kind nameZh nameEn creditCode creditStatus creditSource creditCheckedOn version";
const LAB_FIELDS = "id nameZh nameEn cmaCertificateNo cmaScope version";

export const AdminOrganisationsQuery = gql<{ organisations: AdminOrganisation[] }, { kind: OrganisationKind | null; query: string | null }>(`
  query AdminOrganisations($kind: OrganisationKind, $query: String) {
    organisations(kind: $kind, query: $query) { ${ORGANISATION_FIELDS} }
  }
`);

export const SetOrganisationCreditMutation = gql<
  { setOrganisationCredit: AdminOrganisation },
  { organisationId: string; version: number; status: CreditStatus; source: string | null; checkedOn: string }
>(`
  mutation SetOrganisationCredit($organisationId: ID!, $version: Int!, $status: CreditStatus!, $source: String, $checkedOn: LocalDate!) {
    setOrganisationCredit(organisationId: $organisationId, version: $version, status: $status, source: $source, checkedOn: $checkedOn) { ${ORGANISATION_FIELDS} }
  }
`);

export const AdminLabsQuery = gql<{ labs: AdminLab[] }>(`
  query AdminLabs { labs { ${LAB_FIELDS} } }
`);

export const CreateLabMutation = gql<{ createLab: AdminLab }, { input: LabInput }>(`
  mutation CreateLab($input: LabInput!) { createLab(input: $input) { ${LAB_FIELDS} } }
`);

export const UpdateLabScopeMutation = gql<{ updateLabScope: AdminLab }, { labId: string; version: number; cmaCertificateNo: string; cmaScope: string[] }>(`
  mutation UpdateLabScope($labId: ID!, $version: Int!, $cmaCertificateNo: String!, $cmaScope: [String!]!) {
    updateLabScope(labId: $labId, version: $version, cmaCertificateNo: $cmaCertificateNo, cmaScope: $cmaScope) { ${LAB_FIELDS} }
  }
`);

export const CalendarYearsQuery = gql<{ calendarYears: CalendarYear[] }>(`
  query CalendarYears { calendarYears { year source publishedOn } }
`);

export const PublishCalendarYearMutation = gql<
  { publishCalendarYear: CalendarYear },
  { year: number; days: CalendarDayInput[]; publishedOn: string | null }
>(`
  mutation PublishCalendarYear($year: Int!, $days: [CalendarDayInput!]!, $publishedOn: LocalDate) {
    publishCalendarYear(year: $year, days: $days, publishedOn: $publishedOn) { year source publishedOn }
  }
`);
