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
