/**
 * Fixed enums of the model (RULES.md part M and the glossary). Reason codes, causes and time
 * limits are scheme data (see ../scheme), not enums: a rule revision must not need a code edit.
 */
export enum CertificateStatus {
  VALID = 'VALID',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

export enum ProductType {
  ACB = 'ACB',
  MCCB = 'MCCB',
}

export enum Mounting {
  WITHDRAWABLE = 'WITHDRAWABLE',
  FIXED = 'FIXED',
}

/** A model's own standing inside a certificate's scope (§7.2 lets one model be withdrawn). */
export enum ModelStatus {
  IN_SCOPE = 'IN_SCOPE',
  WITHDRAWN = 'WITHDRAWN',
}

export enum Role {
  ENTERPRISE = 'ENTERPRISE',
  ENGINEER = 'ENGINEER',
  INSPECTOR = 'INSPECTOR',
  LAB = 'LAB',
  REVIEWER = 'REVIEWER',
  DECIDER = 'DECIDER',
  ADMIN = 'ADMIN',
  REGULATOR = 'REGULATOR',
}

export enum OrganisationKind {
  ENTERPRISE = 'ENTERPRISE',
  LAB = 'LAB',
  CERTIFICATION_BODY = 'CERTIFICATION_BODY',
  REGULATOR = 'REGULATOR',
}

/** Annex 1 of the rule: the eight key-component types. */
export enum KeyComponentType {
  OPERATING_MECHANISM = 'OPERATING_MECHANISM',
  DRAWER_BASE = 'DRAWER_BASE',
  MAIN_CONTACTS = 'MAIN_CONTACTS',
  MAIN_CONTACT_SPRING = 'MAIN_CONTACT_SPRING',
  THERMAL_MAGNETIC_TRIP_UNIT = 'THERMAL_MAGNETIC_TRIP_UNIT',
  BREAKER_TERMINALS = 'BREAKER_TERMINALS',
  DRAWER_BASE_TERMINALS = 'DRAWER_BASE_TERMINALS',
  FLEXIBLE_CONNECTION = 'FLEXIBLE_CONNECTION',
}

/** Why a certificate version was issued: every issue or reissue is a new immutable version. */
export enum CertificateVersionKind {
  FIRST_ISSUE = 'FIRST_ISSUE',
  VARIATION = 'VARIATION',
  EXTENSION = 'EXTENSION',
  RENEWAL = 'RENEWAL',
}

/** What happened in a certificate's public history. */
export enum StatusEventKind {
  ISSUED = 'ISSUED',
  SUSPENDED = 'SUSPENDED',
  RESTORED = 'RESTORED',
  VARIED = 'VARIED',
  EXTENDED = 'EXTENDED',
  RENEWED = 'RENEWED',
  MODEL_WITHDRAWN = 'MODEL_WITHDRAWN',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  REVOKED = 'REVOKED',
}

/**
 * Where a certification case (认证委托) stands. The type test and the factory inspection run as
 * their own tracks while the case is IN_EVALUATION.
 */
export enum CaseStatus {
  /** The applicant is composing the application. */
  DRAFT = 'DRAFT',
  /** Submitted; the certification body owes an outcome within 2 working days (§3.3). */
  SUBMITTED = 'SUBMITTED',
  /** Returned for amendment (退回修改): the applicant's time, not counted. */
  RETURNED = 'RETURNED',
  /** Not accepted (不受理). Final. */
  REFUSED = 'REFUSED',
  /** Accepted; documents under review within 5 working days (§3.3). */
  DOCUMENT_REVIEW = 'DOCUMENT_REVIEW',
  /** Supplements requested from the applicant; the review clock is paused. */
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  /** Plan issued (§3.4); type test and factory inspection under way. */
  IN_EVALUATION = 'IN_EVALUATION',
  /** All evidence in; review (复核, §6.1). */
  IN_REVIEW = 'IN_REVIEW',
  /** Reviewed; awaiting the decision (§6.2). */
  AWAITING_DECISION = 'AWAITING_DECISION',
  /** Approved and the certificate issued. Final. */
  CERTIFIED = 'CERTIFIED',
  /** Terminated (认证终止, §6.4): a new application is needed. Final. */
  TERMINATED = 'TERMINATED',
  /** Withdrawn by the applicant. Final. */
  WITHDRAWN = 'WITHDRAWN',
}

/** What a running time limit (clock) of a case ended with. */
export enum ClockOutcome {
  MET = 'MET',
  CANCELLED = 'CANCELLED',
}

/** An organisation's standing on the credit blacklists (§3.2, §3.3; 信用中国). */
export enum CreditStatus {
  NONE = 'NONE',
  /** 失信: no certificate may be issued while listed (§3.2). */
  DISHONEST = 'DISHONEST',
  /** 严重失信: the application is not accepted (§3.3). */
  SERIOUSLY_DISHONEST = 'SERIOUSLY_DISHONEST',
}

/** Where a notice's e-mail stands. */
export enum NoticeEmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** No recipient address (no enterprise user yet): shown in the portal only. */
  NO_RECIPIENT = 'NO_RECIPIENT',
}
