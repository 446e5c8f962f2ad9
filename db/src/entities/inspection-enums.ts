/**
 * Fixed states of the initial factory inspection (§2, §5). Time limits, effort and checklist
 * items are scheme data; these are the track's own lifecycle and the inspector's vocabulary.
 */
export enum InspectionStatus {
  /** §2 "可免除": the factory holds a valid certificate; the engineer decides. */
  PROPOSED_EXEMPTION = 'PROPOSED_EXEMPTION',
  /** An inspection is needed; the task is due within the §5.3 limit. */
  AWAITING_TASK = 'AWAITING_TASK',
  EXEMPTED = 'EXEMPTED',
  TASK_ISSUED = 'TASK_ISSUED',
  /** §5.4: findings reported; rectification running. */
  NONCONFORMITIES_OPEN = 'NONCONFORMITIES_OPEN',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}

/** One checklist item's outcome on site. */
export enum InspectionItemResult {
  CONFORMS = 'CONFORMS',
  NONCONFORMITY = 'NONCONFORMITY',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/** The inspection report's conclusion (§5.4 检查结论). */
export enum InspectionConclusion {
  PASS = 'PASS',
  /** Nonconformities to rectify within the §5.4 limit. */
  NONCONFORMITIES = 'NONCONFORMITIES',
  FAIL = 'FAIL',
}

/** Which of the scheme's checklists an item belongs to (§5.2.1, §5.2.2/§5.2.4). */
export enum InspectionChecklistKind {
  QA_CAPABILITY = 'QA_CAPABILITY',
  PRODUCT_CONFORMITY = 'PRODUCT_CONFORMITY',
}

/**
 * How CQC verified a rectification (§5.4 "CQC 采取适当方式对整改结果进行验证"): from the evidence
 * the factory sent, or on site by an inspector the engineer arranged.
 */
export enum RectificationVerificationMethod {
  DOCUMENTS = 'DOCUMENTS',
  ON_SITE = 'ON_SITE',
}
