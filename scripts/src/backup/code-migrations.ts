import { ormConfig } from '@cqc/db';

/** The migrations this code has, in order (db/src/migrations/index.ts through the ORM config). */
export function codeMigrations(): string[] {
  const list = ormConfig('postgres://unused/unused').migrations?.migrationsList ?? [];
  return list.map((m) => m.name);
}

/**
 * Why a backup made at `saved` cannot be restored by code at `code`, or null. A restore runs
 * this code's migrations and then loads the tables as they were, so the two lists must be the
 * same: restoring an older backup takes the platform version that made it (then upgrade).
 */
export function migrationMismatch(saved: readonly string[], code: readonly string[]): string | null {
  if (saved.join('\n') === code.join('\n')) return null;
  const unknown = saved.filter((m) => !code.includes(m));
  if (unknown.length > 0) {
    return `the backup was made by a newer or different version of the platform (migrations unknown here: ${unknown.join(', ')}); restore it with that version`;
  }
  const missing = code.filter((m) => !saved.includes(m));
  if (missing.length > 0) {
    return `the backup was made before migrations ${missing.join(', ')}; restore it with the version of the platform that made it, then upgrade`;
  }
  return 'the backup applied the same migrations in another order; restore it with the version of the platform that made it';
}
