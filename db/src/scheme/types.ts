import type { KeyComponentType } from '../entities/enums.js';
import type { SuspensionCause, TerminationReason } from './causes.js';
import type { Checklists } from './checklists.js';
import type { DocumentTypeDefinition, FileFormatDefinition } from './documents.js';
import type { AppealRules, MarkRules } from './marks.js';
import type { ScopeRules } from './scope.js';
import type { EffortRules, TimeLimit, TimeLimitKey } from './time-limits.js';

// The scheme's part types travel with `Scheme` so that one `export *` of this file exposes them.
export type { CaseEnding, SuspensionCause, TerminationReason } from './causes.js';
export type { Checklists, ConformityCheckItem, QaCapabilityChecklist, QaCapabilityItem, SurveillanceCheckRules } from './checklists.js';
export type { DocumentRequirement, DocumentTypeDefinition, FileFormat, FileFormatDefinition } from './documents.js';
export type { AppealRules, CodedLabel, MarkRules } from './marks.js';
export type { ProductTypeScope, ScopeRules } from './scope.js';
export type {
  ClockEvent, ClockPauseReason, EffortRules, ExpiryAction, TimeLimit, TimeLimitKey, TimeUnit, TypeTestStartEvent,
} from './time-limits.js';

export interface Label {
  zh: string;
  en: string;
}

export interface ReasonCode extends Label {
  /** Stable code stored with history entries, e.g. `S3` for §8.5.1 (3). */
  code: string;
  clause: string;
  /** The holder may ask for it (§8.5.1(8) seasonal suspension, §8.5.3(2)/(4) cancellation); staff decide. */
  holderMayRequest?: boolean;
}

export type KeyComponentAttribute = 'model' | 'rating' | 'material' | 'grade' | 'dimensions' | 'supplier';

export interface KeyComponentTypeDefinition extends Label {
  type: KeyComponentType;
  controlled: KeyComponentAttribute[];
  /** Annex 1's 控制项目 in the source's words (the trip unit's are those of its bimetal element). */
  controlledLabel: Label;
}

/**
 * A version of the certification rule as data. A rule revision (§8.4) is a new Scheme value,
 * not a code edit.
 */
export interface Scheme {
  id: string;
  version: string;
  /** Date of this version's revision record (ISO). */
  revisedOn: string;
  title: Label;
  /** Printed as the certificate's basis (认证依据). */
  basis: string[];
  mode: Label;
  /** The certification body that issues certificates under this scheme. */
  certificationBody: Label;
  /** Same value as `timeLimits.CERTIFICATE_VALIDITY` (years); kept for existing readers. */
  certificateValidityYears: number;
  /** `CQC` + 2-digit year of first issue + 9-digit sequence. */
  certificateNumberPattern: RegExp;
  keyComponentTypes: KeyComponentTypeDefinition[];
  suspensionReasons: ReasonCode[];
  cancellationReasons: ReasonCode[];
  revocationReasons: ReasonCode[];
  /** §1: product types, constructions, poles and voltages covered. */
  scope: ScopeRules;
  /** Every time limit of the rule, one per key (RULES.md part L). */
  timeLimits: Record<TimeLimitKey, TimeLimit>;
  effort: EffortRules;
  /** File families accepted for uploads, referenced by `documentTypes[].formats`. */
  fileFormats: FileFormatDefinition[];
  /** §3.2 (1)–(6). */
  documentTypes: DocumentTypeDefinition[];
  checklists: Checklists;
  /** §8.5.1.1: causes that set a suspension's maximum length. */
  suspensionCauses: SuspensionCause[];
  /** How a case can end without a certificate (§3.3, §4.2.3, §5.4, §6.2, §6.4). */
  terminationReasons: TerminationReason[];
  /** §7: extra-visit triggers and which §8.5 reason each surveillance consequence takes. */
  surveillanceRules: SurveillanceRules;
  /** §10: mark application methods and positions. */
  marks: MarkRules;
  /** §13: appeals, complaints and disputes. */
  appeals: AppealRules;
}

/** A §8.5 consequence of surveillance: the reason code, and for a suspension the cause (§8.5.1.1). */
export interface SurveillanceConsequence {
  reasonCode: string;
  causeCode?: string;
  /** Why this code: the clause reading, shown to staff. */
  note: Label;
}

/** §7 as data: what triggers an extra visit (§7.1.1) and how each failure is handled under §8.5. */
export interface SurveillanceRules {
  /** §7.1.1 1)–3): the three grounds for more frequent surveillance. */
  extraVisitTriggers: ReasonCode[];
  /** §7.3: a failed visit or sample fails the year ⇒ §8.5. */
  yearFailed: SurveillanceConsequence;
  /** §7.2: still no sample at the resampling ⇒ the related certificates are suspended. */
  noSampleAtResampling: SurveillanceConsequence;
  /** §7.2: the last model in scope withdrawn after a failed sample ⇒ the certificate is revoked. */
  noModelInScope: SurveillanceConsequence;
}
