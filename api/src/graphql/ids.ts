const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a client-supplied ID can name a record at all. Every id of the platform is a uuid;
 * anything else would otherwise reach PostgreSQL as a malformed uuid and fail as a 500.
 */
export function isId(value: string): boolean {
  return UUID.test(value);
}
