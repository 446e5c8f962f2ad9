import { describe, expect, it } from "vitest";
import { isIsoDate, parseKeyComponentTests, parseResults, parseSamples, parseTestItems } from "./type-test-form";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
}

describe("type-test forms", () => {
  it("reads test items one per line, without blanks or repeats", () => {
    expect(parseTestItems(" 功率损耗测定 \r\n\n温升试验\n功率损耗测定\n")).toEqual({ ok: true, value: ["功率损耗测定", "温升试验"] });
    expect(parseTestItems(" \n ")).toEqual({ ok: false, key: "typeTest.error.items", vars: undefined });
  });

  it("reads key-component tests: an empty duration is no test, a bad one is refused with its row", () => {
    const rows = { "kc.0.type": "MAIN_CONTACTS", "kc.0.workingDays": " 55 ", "kc.1.type": "FLEXIBLE_CONNECTION", "kc.1.workingDays": "" };
    expect(parseKeyComponentTests(form(rows), 2)).toEqual({ ok: true, value: [{ type: "MAIN_CONTACTS", workingDays: 55 }] });
    expect(parseKeyComponentTests(form({ ...rows, "kc.1.workingDays": "2.5" }), 2)).toEqual({ ok: false, key: "typeTest.error.workingDays", vars: { row: 2 } });
    expect(parseKeyComponentTests(form({ ...rows, "kc.0.workingDays": "0" }), 2)).toMatchObject({ ok: false, vars: { row: 1 } });
    expect(parseKeyComponentTests(form({}), 0)).toEqual({ ok: true, value: [] });
  });

  it("checks calendar dates", () => {
    expect(isIsoDate("2026-11-25")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("25.11.2026")).toBe(false);
  });

  it("reads sample rows with a count and skips the others", () => {
    const parsed = parseSamples(
      form({
        "sample.0.designation": "OUM3-250S/3300", "sample.0.purpose": "REPRESENTATIVE", "sample.0.count": "3",
        "sample.0.receivedOn": "2026-11-20", "sample.0.configuration": "配置A",
        "sample.1.designation": "OUM3-250H/3300", "sample.1.purpose": "DIFFERENCE", "sample.1.count": "",
      }),
      2,
    );
    expect(parsed).toEqual({
      ok: true,
      value: [{ designation: "OUM3-250S/3300", purpose: "REPRESENTATIVE", count: 3, receivedOn: "2026-11-20", keyComponentConfiguration: "配置A" }],
    });
  });

  it("names the row of a bad sample", () => {
    const base = { "sample.0.designation": "A", "sample.0.purpose": "REPRESENTATIVE", "sample.0.receivedOn": "2026-11-20", "sample.0.configuration": "配置A" };
    expect(parseSamples(form({ ...base, "sample.0.count": "1.5" }), 1)).toMatchObject({ ok: false, key: "typeTest.error.count", vars: { row: 1 } });
    expect(parseSamples(form({ ...base, "sample.0.count": "2", "sample.0.receivedOn": "2026/11/20" }), 1)).toMatchObject({ ok: false, key: "typeTest.error.date" });
    expect(parseSamples(form({ ...base, "sample.0.count": "2", "sample.0.purpose": "OTHER" }), 1)).toMatchObject({ ok: false, key: "typeTest.error.purpose" });
    expect(parseSamples(form({}), 1)).toMatchObject({ ok: false, key: "typeTest.error.noSamples" });
  });

  it("reads results as the lab reports them, decimal commas included", () => {
    const parsed = parseResults(
      form({
        "result.0.testItem": "功率损耗测定", "result.0.designation": "A", "result.0.measuredValue": "12,5", "result.0.limit": "",
        "result.0.unit": "W", "result.0.passed": "true", "result.0.grade": "1级",
        "result.1.testItem": "功率损耗测定", "result.1.designation": "B", "result.1.measuredValue": "",
      }),
      2,
    );
    expect(parsed).toEqual({
      ok: true,
      value: [{ testItem: "功率损耗测定", designation: "A", measuredValue: 12.5, limit: null, unit: "W", passed: true, grade: "1级" }],
    });
  });

  it("wants a number, a unit and the lab's verdict", () => {
    const base = { "result.0.testItem": "T", "result.0.designation": "A", "result.0.unit": "W", "result.0.passed": "false" };
    expect(parseResults(form({ ...base, "result.0.measuredValue": "abc" }), 1)).toMatchObject({ ok: false, key: "typeTest.error.measured", vars: { item: "T", model: "A" } });
    expect(parseResults(form({ ...base, "result.0.measuredValue": "3", "result.0.limit": "x" }), 1)).toMatchObject({ ok: false, key: "typeTest.error.limit" });
    expect(parseResults(form({ ...base, "result.0.measuredValue": "3", "result.0.passed": "" }), 1)).toMatchObject({ ok: false, key: "typeTest.error.verdict" });
    expect(parseResults(form({ ...base, "result.0.measuredValue": "3", "result.0.limit": "4" }), 1)).toMatchObject({ ok: true, value: [{ passed: false, limit: 4, grade: null }] });
  });
});
