import type { CalendarDayInput } from "./types";

/** A line the web could not read, before anything is sent to the API (1-based line numbers). */
export interface LineProblem {
  line: number;
  text: string;
}

/** Which textarea line each day came from, so API problems (`days[i].…`) can name the line. */
export interface ParsedDays {
  days: CalendarDayInput[];
  lines: number[];
  problems: LineProblem[];
}

const LINE = /^(\d{4}-\d{2}-\d{2})\s+(HOLIDAY|WORKDAY)\s+(.+?)\s*\|\s*(.+)$/i;

/**
 * Reads the schedule textarea: one day per line, `YYYY-MM-DD HOLIDAY|WORKDAY 名称 | English name`.
 * Blank lines are skipped. Only the shape is checked here; the API judges the content (weekday
 * make-up days, wrong year, duplicates) and its problems are mapped back to lines.
 */
export function parseCalendarLines(text: string): ParsedDays {
  const result: ParsedDays = { days: [], lines: [], problems: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const match = LINE.exec(line);
    if (!match) {
      result.problems.push({ line: index + 1, text: line });
      return;
    }
    result.days.push({ date: match[1]!, kind: match[2]!.toUpperCase() as CalendarDayInput["kind"], nameZh: match[3]!.trim(), nameEn: match[4]!.trim() });
    result.lines.push(index + 1);
  });
  return result;
}

/** The textarea line of an API problem field like `days[2].kind`; null for `year`, `publishedOn`, `days`. */
export function lineOfField(field: string, lines: readonly number[]): number | null {
  const match = /^days\[(\d+)\]/.exec(field);
  if (!match) return null;
  return lines[Number(match[1])] ?? null;
}
