const BEIJING = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/**
 * An instant as Beijing time, "YYYY-MM-DD HH:mm": the rule's dates are Chinese dates, and a UTC
 * slice would show the previous day for anything after 16:00 UTC. Same output on server and client.
 */
export function beijingDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : BEIJING.format(date);
}
