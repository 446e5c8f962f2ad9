import { describe, expect, it } from "vitest";
import { parseInspectionReport, parsePersonDays, parseTask } from "./inspection-form";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
}

const HEAD = { visitOn: "2026-12-01", conclusion: "NONCONFORMITIES", summary: "发现不符合项", internalNote: "" };

describe("inspection report form", () => {
  it("turns each item found nonconforming into a nonconformity described by its note", () => {
    const parsed = parseInspectionReport(
      form({ ...HEAD, "result:1.2)": "CONFORMS", "result:4": "NONCONFORMITY", "note:4": "检验记录不全", "result:5.2.4": "NOT_APPLICABLE", "note:5.2.4": "无此工序" }),
      ["1.2)", "4", "5.2.4"],
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        visitOn: "2026-12-01", conclusion: "NONCONFORMITIES", summary: "发现不符合项", internalNote: null,
        checklist: [
          { itemId: "1.2)", result: "CONFORMS", note: null },
          { itemId: "4", result: "NONCONFORMITY", note: "检验记录不全" },
          { itemId: "5.2.4", result: "NOT_APPLICABLE", note: "无此工序" },
        ],
        nonconformities: [{ itemId: "4", description: "检验记录不全" }],
      },
    });
  });

  it("names what is missing", () => {
    expect(parseInspectionReport(form({ ...HEAD, visitOn: "" }), [])).toMatchObject({ ok: false, key: "inspection.error.visitOn" });
    expect(parseInspectionReport(form({ ...HEAD, conclusion: "MAYBE" }), [])).toMatchObject({ ok: false, key: "inspection.error.conclusion" });
    expect(parseInspectionReport(form(HEAD), ["9"])).toMatchObject({ ok: false, key: "inspection.error.result", vars: { item: "9" } });
    expect(parseInspectionReport(form({ ...HEAD, "result:9": "NONCONFORMITY" }), ["9"])).toMatchObject({ ok: false, key: "inspection.error.note", vars: { item: "9" } });
  });

  it("reads person-days", () => {
    expect(parsePersonDays("1,5")).toEqual({ ok: true, value: 1.5 });
    expect(parsePersonDays("2")).toEqual({ ok: true, value: 2 });
    expect(parsePersonDays("")).toMatchObject({ ok: false });
    expect(parsePersonDays("-1")).toMatchObject({ ok: false });
  });

  it("reads the task with planned days both or neither (one day when only the first is given)", () => {
    expect(parseTask(form({ inspectorId: "i1", personDays: "1.5" }))).toEqual({ ok: true, value: { inspectorId: "i1", personDays: 1.5, plannedFrom: null, plannedTo: null } });
    expect(parseTask(form({ inspectorId: "i1", personDays: "2", plannedFrom: "2026-12-02" }))).toMatchObject({ value: { plannedFrom: "2026-12-02", plannedTo: "2026-12-02" } });
    expect(parseTask(form({ inspectorId: "i1", personDays: "2", plannedTo: "2026-12-02" }))).toMatchObject({ ok: false, key: "inspection.error.planned" });
    expect(parseTask(form({ personDays: "2" }))).toMatchObject({ ok: false, key: "inspection.error.inspector" });
  });
});
