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
      'AcceptApplicationMutation', 'CertificateQuery', 'CertificationCaseQuery', 'CertificationCasesQuery', 'CompleteDocumentReviewMutation', 'CreateApplicationMutation', 'LayoutQuery', 'LoginMutation', 'LogoutMutation', 'RefuseApplicationMutation', 'RequestSupplementMutation', 'ReturnApplicationMutation', 'SearchCertificatesQuery', 'SubmitApplicationMutation', 'SupplySupplementMutation', 'WithdrawApplicationMutation',
      // The case page's actions and §3.2 documents; the parties an applicant can apply with.
      'ApplicationPartiesQuery', 'AttachCaseDocumentMutation', 'CasePageQuery', 'DetachCaseDocumentMutation',
      // After document review: type test, factory inspection, review and decision.
      'ApproveCaseMutation', 'AssignTypeTestLabMutation', 'CompleteCaseReviewMutation', 'ConcludeTypeTestRoundMutation', 'DecideInspectionExemptionMutation', 'EnterTypeTestResultsMutation', 'FactoryInspectionQuery', 'InspectorsQuery', 'IssueInspectionTaskMutation', 'LabsQuery', 'RecordInspectionReportMutation', 'RecordTypeTestFeeMutation', 'RecordTypeTestSamplesMutation', 'RejectCaseMutation', 'StartReviewMutation', 'StartTypeTestRetestMutation', 'TerminateCaseMutation', 'TypeTestQuery', 'VerifyInspectionRectificationMutation',
      // Case handling on the workbench: inbox filter, engineer assignment, fee payment, decision reference data.
      'AssignCaseEngineerMutation', 'DecisionReferenceQuery', 'EngineersQuery', 'RecordFeePaymentMutation', 'WorkbenchCasesQuery',
      // The lab's worklist; §4.2.3 key-component tests.
      'LabTypeTestsQuery', 'RecordKeyComponentTestsMutation',
      // Inspection task rearranged, on-site verification; staff overdue alerts.
      'AcknowledgeStaffAlertMutation', 'ArrangeOnSiteVerificationMutation', 'ChangeInspectionTaskMutation', 'MyAlertsQuery',
      // Reference data (administrator).
      'AdminLabsQuery', 'AdminOrganisationsQuery', 'CalendarYearsQuery', 'CreateLabMutation', 'PublishCalendarYearMutation', 'SetOrganisationCreditMutation', 'UpdateLabScopeMutation',
      // Certificate status (§8.5): the record, holders' requests and their decision, the decider's four changes.
      'CancelCertificateMutation', 'CertificateRecordLookupQuery', 'CertificateStatusPageQuery', 'DecideCertificateStatusRequestMutation', 'OpenCertificateStatusRequestsQuery', 'RequestCertificateCancellationMutation', 'RequestCertificateRestorationMutation', 'RequestCertificateSuspensionMutation', 'RestoreCertificateMutation', 'RevokeCertificateMutation', 'SuspendCertificateMutation',
      // Recertification (§9): the holder's view of a certificate's renewal, and applying for it.
      'ApplyForRecertificationMutation', 'RecertificationQuery',
      // Certificate variations (§8.2) and extensions (§8.3): portal requests, workbench evaluation and decision.
      'ApproveCertificateChangeMutation', 'AssessCertificateChangeMutation', 'CertificateChangeRequestQuery', 'CertificateChangeRequestsQuery', 'ChangeableCertificateQuery', 'ChangeableCertificatesQuery', 'RecordCertificateChangeTestsMutation', 'RejectCertificateChangeMutation', 'RequestCertificateExtensionMutation', 'RequestCertificateVariationMutation',
      // Surveillance (§7): plans, visits, samples; requirement changes (§8.4) and their transitions.
      'AssignSurveillanceVisitMutation', 'EnterSurveillanceSampleResultMutation', 'EvaluateSurveillanceMutation', 'PlanSurveillanceYearMutation', 'PlatformTodayQuery', 'RecordSampleLabContactMutation', 'RecordSampleReceivedMutation', 'RecordSurveillanceSampleMutation', 'RecordSurveillanceVisitMutation', 'ScheduleExtraSurveillanceMutation', 'SurveillanceCertificateModelsQuery', 'SurveillancePlanPageQuery', 'SurveillancePlansQuery', 'SurveillanceSamplesQuery', 'VerifySurveillanceRectificationMutation',
      'AnnounceRequirementChangeMutation', 'PendingCertificateTransitionsQuery', 'RecordCertificateTransitionMutation', 'RequirementChangesQuery',
      // Marks (§10) and appeals, complaints and disputes (§13).
      'ApplyForMarkApprovalMutation', 'DecideMarkApprovalMutation', 'MarkCertificatesQuery', 'MarkPageQuery', 'OrderStandardMarksMutation',
      'AcknowledgeAppealMutation', 'AppealsQuery', 'DecideAppealMutation', 'FileAppealMutation', 'InvestigateAppealMutation', 'WithdrawAppealMutation',
      // The public certificate page: status as of, and the registry lag.
      'CertificateFreshnessQuery',
      // Regulators: the dashboard (counts, certificates, change feed) and their API tokens.
      'ApiTokensQuery', 'CreateApiTokenMutation', 'RegulatorDashboardQuery', 'RevokeApiTokenMutation',
      // Password reset by e-mail, with the rules the form shows.
      'PasswordRulesQuery', 'RequestPasswordResetMutation', 'ResetPasswordMutation',
      // Enterprise sign-up, the administrator's claim decisions, invitations and the organisation's users.
      'AcceptInvitationMutation', 'ApproveClaimMutation', 'DeactivateOrganisationUserMutation', 'InviteUserMutation', 'OrganisationUsersQuery', 'PendingClaimsQuery', 'RejectClaimMutation', 'RevokeInvitationMutation', 'SignUpMutation', 'VerifySignUpMutation',
      // The administrator's audit viewer and hash-chain check.
      'AuditChainReportQuery', 'AuditEventsQuery',
      // The administrator's import of existing certificates: progress and report.
      'ImportJobQuery',
      // Watchlists: follow by e-mail (double opt-in), confirm, unsubscribe.
      'ConfirmFollowMutation', 'FollowCertificatesMutation', 'FollowManufacturerMutation', 'UnsubscribeWatchMutation',
      // The public search page: results with highlights and facet counts.
      'RegistrySearchQuery',
      // Batch verification of certificate numbers and model designations.
      'VerifyCertificatesQuery',
      // Two-factor authentication: the sign-in's second step and one's own enrolment.
      'BeginMfaEnrolmentMutation', 'CompleteMfaLoginMutation', 'ConfirmMfaEnrolmentMutation', 'DisableMfaMutation', 'MyMfaQuery', 'RegenerateRecoveryCodesMutation',
      // Staff accounts (administrator); one's own sessions, API tokens and password.
      'ChangePasswordMutation', 'ChangeStaffRoleMutation', 'CreateStaffAccountMutation', 'MyAccountQuery', 'RevokeMyOtherSessionsMutation', 'RevokeMySessionMutation', 'SendStaffPasswordLinkMutation', 'SetStaffAccountActiveMutation', 'StaffAccountsQuery',
    ].sort());
  });

  for (const [name, document] of entries) {
    it(`${name} is valid against api/schema.graphql`, () => {
      expect(validate(schema, parse(document.query)).map((e) => e.message)).toEqual([]);
    });
  }
});
