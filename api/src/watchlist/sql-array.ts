/**
 * A text array as one PostgreSQL literal (`{"a","b"}`), for `= any(?::text[])`: the ORM's
 * `execute` would otherwise spread a JS array into a list of parameters.
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (ch) => `\\${ch}`)}"`).join(',')}}`;
}
