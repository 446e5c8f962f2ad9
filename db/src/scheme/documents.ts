import type { Label } from './types.js';

/**
 * The application documents of §3.2 (1)–(6) as data. Codes are strings, not an enum, so that a
 * revision adding a document type is a data change; the codes of CQC31-462280-2024 are
 * APPLICATION_FORM, FACTORY_QUESTIONNAIRE, AGREEMENTS, PRODUCT_DESCRIPTION, VARIATION_EVIDENCE, OTHER.
 */

/** When a document type must be uploaded. */
export type DocumentRequirement =
  | 'ALWAYS'
  /** 适用于需进行工厂检查的情况: not when the initial inspection is exempted (§2). */
  | 'WHEN_INSPECTION_APPLIES'
  /** 对于变更申请. */
  | 'FOR_VARIATION'
  | 'OPTIONAL';

/** Families of accepted files; what each admits is scheme data (`fileFormats`). */
export type FileFormat = 'PDF' | 'IMAGE' | 'OFFICE';

export interface FileFormatDefinition {
  format: FileFormat;
  label: Label;
  mediaTypes: string[];
  /** Lowercase, without the dot. */
  extensions: string[];
}

export interface DocumentTypeDefinition extends Label {
  code: string;
  /** E.g. `3.2(4)`. */
  clause: string;
  requirement: DocumentRequirement;
  formats: FileFormat[];
  /** Per file. Not in the source: an operational limit kept as data. */
  maxSizeBytes: number;
  /** What the document must contain, in the source's words where it lists them. */
  contents?: Label[];
  note?: Label;
}
