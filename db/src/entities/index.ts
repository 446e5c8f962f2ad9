export * from './enums.js';
export * from './snapshot.js';
export { AuditEvent } from './audit-event.js';
export { CaseClock, type ClockPause } from './case-clock.js';
export { CertificationCase } from './certification-case.js';
export { Notice } from './notice.js';
export { CalendarDay, CalendarDayKind, CalendarSource } from './calendar-day.js';
export { CalendarYear } from './calendar-year.js';
export { Certificate } from './certificate.js';
export { CertificateStatusEvent } from './certificate-status-event.js';
export { CertificateVersion } from './certificate-version.js';
export { CertificationUnit } from './certification-unit.js';
export { Factory } from './factory.js';
export { KeyComponent, KeyComponentConfiguration } from './key-component.js';
export { Lab } from './lab.js';
export { OutboxEvent } from './outbox-event.js';
export { Organisation } from './organisation.js';
export { ProductModel } from './product-model.js';
export { Session } from './session.js';
export { StoredDocument } from './stored-document.js';
export { CertificationPlan } from './certification-plan.js';
export { User } from './user.js';
export { FactoryInspection } from './inspection.js';
export { InspectionChecklistResult } from './inspection-checklist-result.js';
export { Nonconformity } from './nonconformity.js';
export { InspectionStatus, InspectionItemResult, InspectionConclusion, InspectionChecklistKind } from './inspection-enums.js';
export { RectificationVerificationMethod } from './inspection-enums.js';
export { StaffAlert } from './staff-alert.js';
export { CertificateStatusRequest, StatusRequestKind, StatusRequestState } from './certificate-status-request.js';
export { RequirementChange, CertificateTransition, RequirementChangeKind, TransitionState } from './requirement-change.js';
export {
  CertificateChangeRequest, CertificateChangeKind, CertificateChangeArea, CertificateChangeStatus, CertificateChangeTestOutcome,
  type CertificateChangeProposal, type PartyChange, type ProposedModel, type SupplementaryTest,
} from './certificate-change.js';
export { CertificateChangeDocument } from './certificate-change-document.js';
export { TypeTest, type KeyComponentTest } from './type-test.js';
export { TestSample } from './type-test-sample.js';
export { TestItemResult } from './type-test-result.js';
export { TypeTestStatus, TestSamplePurpose } from './type-test-status.js';

export { SurveillancePlan, type WitnessTest } from './surveillance-plan.js';
export { SurveillanceNonconformity } from './surveillance-nonconformity.js';
export { SurveillanceSample } from './surveillance-sample.js';
export { SurveillanceKind, SurveillanceStatus, SamplePurpose, SampleStatus } from './surveillance-enums.js';
export { MarkApproval, MarkApprovalState } from './mark-approval.js';
export { MarkOrder } from './mark-order.js';
export { Appeal, AppealKind, AppealState } from './appeal.js';
export { AppealDocument } from './appeal-document.js';
export { ApiToken } from './api-token.js';
export { WatchSubscription, WatchKind, WatchStatus, WatchLanguage } from './watch-subscription.js';
export { WatchMail, WatchMailKind } from './watch-mail.js';
export { WatchDispatchCursor } from './watch-dispatch-cursor.js';
export { WatchTokenKey } from './watch-token-key.js';
export { PasswordResetToken } from './password-reset-token.js';
export { LoginThrottle } from './login-throttle.js';
export { ImportJob } from './import-job.js';
export { UserMfa } from './user-mfa.js';
export { MfaRecoveryCode } from './mfa-recovery-code.js';
export { MfaLoginChallenge } from './mfa-login-challenge.js';
export { SignUp } from './signup.js';
export { OrganisationClaim, OrganisationClaimStatus } from './organisation-claim.js';
export { Invitation } from './invitation.js';
import { AuditEvent } from './audit-event.js';
import { CaseClock } from './case-clock.js';
import { CertificationCase } from './certification-case.js';
import { Notice } from './notice.js';
import { CalendarDay } from './calendar-day.js';
import { CalendarYear } from './calendar-year.js';
import { Certificate } from './certificate.js';
import { CertificateStatusEvent } from './certificate-status-event.js';
import { CertificateVersion } from './certificate-version.js';
import { CertificationUnit } from './certification-unit.js';
import { Factory } from './factory.js';
import { KeyComponent, KeyComponentConfiguration } from './key-component.js';
import { Lab } from './lab.js';
import { OutboxEvent } from './outbox-event.js';
import { Organisation } from './organisation.js';
import { ProductModel } from './product-model.js';
import { Session } from './session.js';
import { StoredDocument } from './stored-document.js';
import { CertificationPlan } from './certification-plan.js';
import { User } from './user.js';
import { FactoryInspection } from './inspection.js';
import { InspectionChecklistResult } from './inspection-checklist-result.js';
import { Nonconformity } from './nonconformity.js';
import { StaffAlert } from './staff-alert.js';
import { CertificateStatusRequest } from './certificate-status-request.js';
import { RequirementChange, CertificateTransition } from './requirement-change.js';
import { CertificateChangeRequest } from './certificate-change.js';
import { CertificateChangeDocument } from './certificate-change-document.js';
import { TypeTest } from './type-test.js';
import { TestSample } from './type-test-sample.js';
import { TestItemResult } from './type-test-result.js';

import { SurveillancePlan } from './surveillance-plan.js';
import { SurveillanceNonconformity } from './surveillance-nonconformity.js';
import { SurveillanceSample } from './surveillance-sample.js';
import { MarkApproval } from './mark-approval.js';
import { MarkOrder } from './mark-order.js';
import { Appeal } from './appeal.js';
import { AppealDocument } from './appeal-document.js';
import { ApiToken } from './api-token.js';
import { WatchSubscription } from './watch-subscription.js';
import { WatchMail } from './watch-mail.js';
import { WatchDispatchCursor } from './watch-dispatch-cursor.js';
import { WatchTokenKey } from './watch-token-key.js';
import { PasswordResetToken } from './password-reset-token.js';
import { LoginThrottle } from './login-throttle.js';
import { ImportJob } from './import-job.js';
import { UserMfa } from './user-mfa.js';
import { MfaRecoveryCode } from './mfa-recovery-code.js';
import { MfaLoginChallenge } from './mfa-login-challenge.js';
import { SignUp } from './signup.js';
import { OrganisationClaim } from './organisation-claim.js';
import { Invitation } from './invitation.js';
/** Every entity, for the ORM config (explicit list: no folder scanning, same under tsx and vitest). */
export const entities = [
  Organisation, Factory, Lab, User, Session, CertificationUnit, ProductModel,
  KeyComponentConfiguration, KeyComponent, Certificate, CertificateVersion,
  CertificateStatusEvent, AuditEvent, OutboxEvent, CertificationCase, CaseClock, Notice, CalendarDay, CalendarYear, StoredDocument,
  TypeTest, TestSample, TestItemResult,
  CertificationPlan,
  FactoryInspection, InspectionChecklistResult, Nonconformity,
  StaffAlert,
  CertificateStatusRequest,
  RequirementChange, CertificateTransition,
  CertificateChangeRequest, CertificateChangeDocument,
  SurveillancePlan, SurveillanceNonconformity, SurveillanceSample,
  MarkApproval, MarkOrder, Appeal, AppealDocument,
  ApiToken,
  WatchSubscription, WatchMail, WatchDispatchCursor, WatchTokenKey,
  PasswordResetToken, LoginThrottle,
  ImportJob,
  UserMfa, MfaRecoveryCode, MfaLoginChallenge,
  SignUp, OrganisationClaim, Invitation,
];
