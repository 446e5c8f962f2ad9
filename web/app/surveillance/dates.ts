// Beijing dates for deadlines shown on the pages (the API's clock, §1 time limits are Beijing days).

/** The Beijing calendar date of an instant (UTC+8, no daylight saving). */
export function beijingDate(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The year to show: `?year=` when it is a plausible year, else the current Beijing year. */
export function pageYear(search: URLSearchParams, today: string): number {
  const asked = Number(search.get("year"));
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2200 ? asked : Number(today.slice(0, 4));
}

/** A deadline still open is overdue once the day after it has begun. */
export const overdue = (dueOn: string | null, today: string, open: boolean) => open && dueOn !== null && today > dueOn;
