import { describe, expect, it } from 'vitest';
import { CQC31_462280_2024 } from './cqc31-462280-2024.js';
import { UnknownSchemeError, createSchemeRegistry, currentScheme, schemeFor, schemes } from './registry.js';
import { timeLimit } from './time-limits.js';
import type { Scheme } from './types.js';

/** A test-only revision: only data differs (a shorter type test, a longer document review). */
const TEST_ONLY_V2: Scheme = {
  ...CQC31_462280_2024,
  version: '9.9-test',
  revisedOn: '2030-01-01',
  timeLimits: {
    ...CQC31_462280_2024.timeLimits,
    TYPE_TEST: { ...CQC31_462280_2024.timeLimits.TYPE_TEST, amount: 30 },
    DOCUMENT_REVIEW: { ...CQC31_462280_2024.timeLimits.DOCUMENT_REVIEW, amount: 7 },
  },
};

describe('scheme registry', () => {
  it('holds the current scheme under `${id}@${version}`', () => {
    expect(Object.keys(schemes)).toEqual(['CQC31-462280-2024@1.2']);
    expect(schemeFor('CQC31-462280-2024', '1.2')).toBe(currentScheme);
    expect(currentScheme).toBe(CQC31_462280_2024);
  });

  it('refuses an unknown version', () => {
    expect(() => schemeFor('CQC31-462280-2024', '0.1')).toThrow(UnknownSchemeError);
  });

  it('registers a second version as data; each case reads the limits of its own version', () => {
    const registry = createSchemeRegistry([CQC31_462280_2024, TEST_ONLY_V2], TEST_ONLY_V2);
    expect(Object.keys(registry.schemes)).toEqual(['CQC31-462280-2024@1.2', 'CQC31-462280-2024@9.9-test']);
    expect(registry.current).toBe(TEST_ONLY_V2);
    // The same lookup a lifecycle would do, by the version a case stored.
    const typeTestDays = (version: string) => timeLimit(registry.schemeFor('CQC31-462280-2024', version), 'TYPE_TEST').amount;
    expect(typeTestDays('1.2')).toBe(40);
    expect(typeTestDays('9.9-test')).toBe(30);
    expect(timeLimit(registry.schemeFor('CQC31-462280-2024', '9.9-test'), 'DOCUMENT_REVIEW').amount).toBe(7);
  });

  it('refuses the same version twice and an inconsistent version', () => {
    expect(() => createSchemeRegistry([CQC31_462280_2024, CQC31_462280_2024], CQC31_462280_2024)).toThrow(/registered twice/);
    const inconsistent: Scheme = { ...TEST_ONLY_V2, certificateValidityYears: 3 };
    expect(() => createSchemeRegistry([inconsistent], inconsistent)).toThrow(/certificateValidityYears/);
  });

  it('refuses a current version that is not registered', () => {
    expect(() => createSchemeRegistry([CQC31_462280_2024], TEST_ONLY_V2)).toThrow(UnknownSchemeError);
  });
});
