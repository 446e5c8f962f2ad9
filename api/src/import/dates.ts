/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so no time zone shifts a day. */
export function parseIsoDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

export function addYears(value: string, years: number): string {
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
