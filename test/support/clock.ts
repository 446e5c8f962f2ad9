/** The fixed 'now' of the test suite: the day the demo data describes. */
export const TEST_NOW = new Date('2026-11-25T09:00:00Z');
