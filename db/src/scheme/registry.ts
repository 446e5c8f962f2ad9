import { CQC31_462280_2024, currentScheme } from './cqc31-462280-2024.js';
import type { Scheme } from './types.js';
import { schemeProblems } from './validate.js';

/**
 * Every version of every rule, keyed `${id}@${version}`. A case stores the id and version it
 * started under (§8.4: a revision does not rewrite running cases) and looks its rules up here.
 * Adding a version is adding its data file and listing it below; lifecycle code is untouched.
 */
const VERSIONS: Scheme[] = [CQC31_462280_2024];

export type SchemeKey = `${string}@${string}`;

export function schemeKey(id: string, version: string): SchemeKey {
  return `${id}@${version}`;
}

export class UnknownSchemeError extends Error {
  constructor(readonly key: SchemeKey) {
    super(`no scheme ${key} is registered`);
    this.name = 'UnknownSchemeError';
  }
}

export interface SchemeRegistry {
  readonly schemes: Readonly<Record<SchemeKey, Scheme>>;
  /** Throws UnknownSchemeError: a case naming an unregistered version is a data fault. */
  schemeFor(id: string, version: string): Scheme;
  readonly current: Scheme;
}

/** A registry over `versions`; refuses duplicates and schemes with problems (validate.ts). */
export function createSchemeRegistry(versions: Scheme[], current: { id: string; version: string }): SchemeRegistry {
  const schemes: Record<SchemeKey, Scheme> = {};
  for (const scheme of versions) {
    const key = schemeKey(scheme.id, scheme.version);
    if (schemes[key]) throw new Error(`scheme ${key} is registered twice`);
    const problems = schemeProblems(scheme);
    if (problems.length > 0) throw new Error(`scheme ${key} is inconsistent:\n${problems.join('\n')}`);
    schemes[key] = scheme;
  }
  const schemeFor = (id: string, version: string): Scheme => {
    const key = schemeKey(id, version);
    const scheme = schemes[key];
    if (!scheme) throw new UnknownSchemeError(key);
    return scheme;
  };
  return { schemes: Object.freeze(schemes), schemeFor, current: schemeFor(current.id, current.version) };
}

const registry = createSchemeRegistry(VERSIONS, currentScheme);

export const schemes = registry.schemes;

export function schemeFor(id: string, version: string): Scheme {
  return registry.schemeFor(id, version);
}

// The same binding as the data module's, so both modules can be star-exported side by side.
export { currentScheme };
