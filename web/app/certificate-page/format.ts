/**
 * An instant as Beijing wall time, "2026-11-25 17:00:03": formatted once in the loader, so the
 * server and the browser render the same text whatever their time zones.
 */
export function beijingTime(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return shifted.toISOString().slice(0, 19).replace("T", " ");
}
