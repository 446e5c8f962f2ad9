import type { Label } from './types.js';

/**
 * Inspection checklists as data (§5.2, §7.1.3).
 *
 * The QA-capability items come from CQC/F002-2009, whose text is NOT part of the rule: only item
 * identifiers and which of them are mandatory at every surveillance visit are. Item titles are
 * therefore neutral placeholders ("CQC/F002-2009 第4条") that an administrator edits from the
 * standard itself; `titleIsPlaceholder` says so, and nothing here paraphrases the standard.
 */
export interface QaCapabilityItem {
  /** "1", "1.2)", "1.3)", "2" … as §7.1.3 cites them. */
  id: string;
  /** For a sub-item such as "1.2)": its item ("1"). */
  parent?: string;
  title: Label;
  titleIsPlaceholder: boolean;
  /** §7.1.3: checked at every surveillance visit. The others are chosen per visit. */
  mandatoryEverySurveillance: boolean;
  /** What the rule itself says about the item, quoted (e.g. 标志的使用 for 1's 2) and 3)). */
  ruleMention?: Label;
}

export interface QaCapabilityChecklist {
  /** CQC/F002-2009. */
  standard: string;
  /** The standard's title as the rule cites it. */
  standardTitle: Label;
  clause: string;
  items: QaCapabilityItem[];
  /** §7.1.3: every item must be covered at least once within the certificate's validity. */
  coverAllWithinValidity: boolean;
  /** Requirements of the standard the rule disapplies, quoted with their clause. */
  notApplicable: { clause: string; text: Label }[];
  /** Further limitations at the initial inspection, quoted with their clause. */
  initialInspectionNotes: { clause: string; text: Label }[];
}

/** A point of the product-conformity check or a record the factory must keep; wording from the rule. */
export interface ConformityCheckItem {
  id: string;
  clause: string;
  text: Label;
}

export interface SurveillanceCheckRules {
  /** §7.1.3.1: at least this many models per visit get a conformity check. */
  minConformityModelsPerVisit: number;
  /** §7.1.3: confirmation test normally once a year … */
  confirmationTestIntervalYears: number;
  /** … and that year's surveillance sample can replace it. */
  surveillanceSampleReplacesConfirmationTest: boolean;
}

export interface Checklists {
  qaCapability: QaCapabilityChecklist;
  /** §5.2.2 1)–3), plus the power-consumption records of §5.2.4. */
  productConformity: ConformityCheckItem[];
  surveillance: SurveillanceCheckRules;
}
