import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from '../../web/app/queries.server.js';

/**
 * The web app talks to the API over HTTP only, with hand-typed documents. This keeps them
 * honest: every document must be valid against the committed SDL (api/schema.graphql), which a
 * test of its own keeps equal to the code.
 */
describe('the web app’s GraphQL documents', () => {
  const sdl = readFileSync(fileURLToPath(new URL('../../api/schema.graphql', import.meta.url)), 'utf8');
  const schema = buildSchema(sdl);
  const entries = Object.entries(documents).filter(([, value]) => typeof value === 'object' && value && 'query' in value) as Array<[string, { query: string }]>;

  it('are all found', () => {
    expect(entries.map(([name]) => name).sort()).toEqual([
      'AcceptApplicationMutation', 'CertificateQuery', 'CertificationCaseQuery', 'CertificationCasesQuery', 'CompleteDocumentReviewMutation', 'CreateApplicationMutation', 'KnownFactoriesQuery', 'LayoutQuery', 'LoginMutation', 'LogoutMutation', 'RefuseApplicationMutation', 'RequestSupplementMutation', 'ReturnApplicationMutation', 'SearchCertificatesQuery', 'SubmitApplicationMutation', 'SupplySupplementMutation', 'WithdrawApplicationMutation',
      // After document review: type test, factory inspection, review and decision.
      'ApproveCaseMutation', 'AssignTypeTestLabMutation', 'CompleteCaseReviewMutation', 'ConcludeTypeTestRoundMutation', 'DecideInspectionExemptionMutation', 'EnterTypeTestResultsMutation', 'FactoryInspectionQuery', 'InspectorsQuery', 'IssueInspectionTaskMutation', 'LabsQuery', 'RecordInspectionReportMutation', 'RecordTypeTestFeeMutation', 'RecordTypeTestSamplesMutation', 'RejectCaseMutation', 'StartReviewMutation', 'StartTypeTestRetestMutation', 'TerminateCaseMutation', 'TypeTestQuery', 'VerifyInspectionRectificationMutation',
      // Reference data (administrator).
      'AdminLabsQuery', 'AdminOrganisationsQuery', 'CalendarYearsQuery', 'CreateLabMutation', 'PublishCalendarYearMutation', 'SetOrganisationCreditMutation', 'UpdateLabScopeMutation',
    ].sort());
  });

  for (const [name, document] of entries) {
    it(`${name} is valid against api/schema.graphql`, () => {
      expect(validate(schema, parse(document.query)).map((e) => e.message)).toEqual([]);
    });
  }
});
