import type { KeyComponentType } from '../entities/enums.js';

export interface Label {
  zh: string;
  en: string;
}

export interface ReasonCode extends Label {
  /** Stable code stored with history entries, e.g. `S3` for §8.5.1 (3). */
  code: string;
  clause: string;
}

export type KeyComponentAttribute = 'model' | 'rating' | 'material' | 'grade' | 'dimensions' | 'supplier';

export interface KeyComponentTypeDefinition extends Label {
  type: KeyComponentType;
  controlled: KeyComponentAttribute[];
}

/**
 * A version of the certification rule as data. A rule revision (§8.4) is a new Scheme value,
 * not a code edit.
 */
export interface Scheme {
  id: string;
  version: string;
  title: Label;
  /** Printed as the certificate's basis (认证依据). */
  basis: string[];
  mode: Label;
  /** The certification body that issues certificates under this scheme. */
  certificationBody: Label;
  certificateValidityYears: number;
  /** `CQC` + 2-digit year of first issue + 9-digit sequence. */
  certificateNumberPattern: RegExp;
  keyComponentTypes: KeyComponentTypeDefinition[];
  suspensionReasons: ReasonCode[];
  cancellationReasons: ReasonCode[];
  revocationReasons: ReasonCode[];
}
