/** §7.1.1: the yearly visit, or an extra one for one of the three triggers. */
export enum SurveillanceKind {
  ANNUAL = 'ANNUAL',
  EXTRA = 'EXTRA',
}

/** Where one surveillance (plan and its visit) stands. */
export enum SurveillanceStatus {
  /** Planned; an inspector and the effort may be assigned. */
  PLANNED = 'PLANNED',
  /** Visited with nonconformities the factory rectifies within 60 days (§7.1.4). */
  RECTIFYING = 'RECTIFYING',
  /** Visited, nothing open: awaiting the evaluation (§7.3). */
  VISITED = 'VISITED',
  /** Evaluated as passed: the certificate stays valid (§7.3). */
  PASSED = 'PASSED',
  /** Failed visit, overdue rectification or failed sample: the year fails, then §8.5 (§7.3). */
  FAILED = 'FAILED',
}

/** Why a sample was drawn (§7.2). */
export enum SamplePurpose {
  /** The year's sample per factory and design type. */
  SURVEILLANCE = 'SURVEILLANCE',
  /** No sample was available: resampling within 60 days. */
  RESAMPLE = 'RESAMPLE',
  /** After a failed model's rectification: one sample retested within 3 months. */
  RETEST = 'RETEST',
}

export enum SampleStatus {
  /** No sample could be drawn on site. */
  UNAVAILABLE = 'UNAVAILABLE',
  /** Drawn; the factory contacts the lab within 10 days. */
  TAKEN = 'TAKEN',
  LAB_CONTACTED = 'LAB_CONTACTED',
  /** Received by the lab: the result is due within 30 working days. */
  RECEIVED = 'RECEIVED',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}
