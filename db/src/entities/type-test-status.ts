/** Where a case's type test (型式试验, §4) stands. */
export enum TypeTestStatus {
  /** A lab is assigned; the configured start event (samples and/or fee) has not happened yet. */
  AWAITING_SAMPLES = 'AWAITING_SAMPLES',
  /** The 40-working-day clock runs (round 1) or a retest runs (round 2, 3 …). */
  TESTING = 'TESTING',
  /** A round failed: the applicant rectifies within 6 months (§4.2.3), then a retest. */
  FAILED = 'FAILED',
  PASSED = 'PASSED',
}

/** Whether a sample is the unit's representative model or another model for a difference test (§4.1.1). */
export enum TestSamplePurpose {
  REPRESENTATIVE = 'REPRESENTATIVE',
  DIFFERENCE = 'DIFFERENCE',
}
