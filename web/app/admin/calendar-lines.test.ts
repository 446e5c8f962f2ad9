import { describe, expect, it } from "vitest";
import { lineOfField, parseCalendarLines } from "./calendar-lines";

describe("the calendar schedule textarea", () => {
  it("reads one day per line, skipping blank lines and keeping each day's line number", () => {
    const parsed = parseCalendarLines("2027-02-07 WORKDAY 春节调休上班 | Spring Festival make-up day\n\n  2027-02-08 holiday 春节 |Spring Festival  \nnonsense\n");
    expect(parsed.days).toEqual([
      { date: "2027-02-07", kind: "WORKDAY", nameZh: "春节调休上班", nameEn: "Spring Festival make-up day" },
      { date: "2027-02-08", kind: "HOLIDAY", nameZh: "春节", nameEn: "Spring Festival" },
    ]);
    expect(parsed.lines).toEqual([1, 3]);
    expect(parsed.problems).toEqual([{ line: 4, text: "nonsense" }]);
  });

  it("maps an API problem field back to its line", () => {
    expect(lineOfField("days[1].kind", [1, 3])).toBe(3);
    expect(lineOfField("year", [1, 3])).toBeNull();
  });
});
