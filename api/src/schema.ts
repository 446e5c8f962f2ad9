import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuthResolver } from './auth/resolver.js';
import { RegistryResolver } from './registry/resolver.js';
import { CaseResolver } from './case/case-resolver.js';
import { InspectionResolver } from './inspection/inspection-resolver.js';
import { TestModeResolver } from './jobs/test-mode-resolver.js';
import { StaffAlertResolver } from './alerts/alert-resolver.js';
import { TypeTestResolver } from './type-test/type-test-resolver.js';
import { AdminResolver } from './admin/admin-resolver.js';
import { CaseDocumentResolver } from './case/case-document-resolver.js';
import { PlanResolver } from './plan/plan-resolver.js';
import { SchemeResolver } from './scheme/scheme-resolver.js';
import { CaseAssignmentResolver } from './case/case-assignment-resolver.js';
import { CaseCertificateResolver } from './certificate/case-certificate-resolver.js';
import { CaseHandlingResolver } from './case/case-handling-resolver.js';
import { ApplicationPartiesResolver } from './application/application-parties-resolver.js';
import { CertificateStatusResolver } from './certificate/certificate-status-resolver.js';
import { SurveillanceResolver } from './surveillance/surveillance-resolver.js';
import { SurveillanceSampleResolver } from './surveillance/sample-resolver.js';
import { StatusRequestResolver } from './certificate/status-request-resolver.js';
import { CertificateChangeResolver } from './certificate-change/change-resolver.js';
import { RequirementChangeResolver } from './requirement-change/requirement-change-resolver.js';
import { RecertificationResolver } from './recertification/recertification-resolver.js';
import { MarkResolver } from './marks/mark-resolver.js';
import { AppealResolver } from './appeals/appeal-resolver.js';
import { WatchResolver } from './watchlist/watch-resolver.js';
import { VerificationResolver } from './verification/resolver.js';
import { RegistryFreshnessResolver } from './registry/freshness-resolver.js';
import { RegulatorResolver } from './regulator/regulator-resolver.js';
import { PasswordResetResolver } from './password-reset/reset-resolver.js';
import { MfaResolver } from './mfa/mfa-resolver.js';
import { AuditResolver } from './audit/audit-resolver.js';
import { SignUpResolver } from './signup/signup-resolver.js';
import { InvitationResolver } from './invitations/invitation-resolver.js';
import { ImportJobResolver } from './import/import-job-resolver.js';
import { AccountResolver } from './accounts/account-resolver.js';
import { StaffAccountResolver } from './accounts/staff-resolver.js';

/** The whole GraphQL schema, built from the resolver classes. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [RegistryResolver, AuthResolver, CaseResolver, TestModeResolver, InspectionResolver, StaffAlertResolver, TypeTestResolver, AdminResolver, CaseDocumentResolver, PlanResolver, SchemeResolver, CaseAssignmentResolver, CaseCertificateResolver, CaseHandlingResolver, ApplicationPartiesResolver, CertificateStatusResolver, CertificateChangeResolver, SurveillanceResolver, SurveillanceSampleResolver, StatusRequestResolver, RequirementChangeResolver, RecertificationResolver, MarkResolver, AppealResolver, RegistryFreshnessResolver, RegulatorResolver, VerificationResolver, WatchResolver, AuditResolver, ImportJobResolver, PasswordResetResolver, SignUpResolver, InvitationResolver, MfaResolver, AccountResolver, StaffAccountResolver],
    // Inputs are checked in the services, next to the rule they come from.
    validate: false,
  });
}
