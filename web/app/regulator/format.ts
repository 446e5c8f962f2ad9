/** An instant as Beijing wall time, "YYYY-MM-DD HH:mm": the same on server and client. */
export function beijingTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}
