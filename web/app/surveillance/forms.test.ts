import { describe, expect, it } from "vitest";
import { parseAnnounce, parseTransition } from "../requirement-change/forms";
import { beijingDate, overdue, pageYear } from "./dates";
import { parseAssign, parseExtraVisit, parsePlanYear, parseSample, parseVerify, parseVisit } from "./forms";

const form = (entries: Array<[string, string]>) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("the surveillance forms", () => {
  it("read a visit: items and models as lists, filled rows only, half-filled rows marked beside the empty field", () => {
    const parsed = parseVisit(form([
      ["intent", "visit"], ["version", "3"], ["checkedItemIds", "4"], ["checkedItemIds", "1.2)"], ["conformityModels", "X-100"],
      ["witness-0-model", "X-100"], ["witness-0-description", " 功耗测量 "], ["witness-0-passed", "true"], ["witness-1-model", ""],
      ["nc-0-item", "5"], ["nc-0-description", "记录不全"], ["passed", "true"], ["note", ""],
    ]));
    expect(parsed).toEqual({
      ok: true,
      values: expect.objectContaining({ checkedItemIds: ["4", "1.2)"], "witness-0-description": "功耗测量" }),
      input: {
        checkedItemIds: ["4", "1.2)"], conformityModels: ["X-100"], witnessTests: [{ modelDesignation: "X-100", description: "功耗测量", passed: true }],
        nonconformities: [{ itemId: "5", description: "记录不全" }], passed: true, note: null,
      },
    });
    const half = parseVisit(form([["nc-1-item", "5"], ["witness-2-model", "X-100"]]));
    expect(half).toMatchObject({ ok: false, problems: { "nc-1-description": "sv.error.required", "witness-2-description": "sv.error.required", "witness-2-passed": "sv.error.required", passed: "sv.error.required" } });
  });

  it("read a sampling: drawn needs model, integer rating and lab; none available needs nothing more", () => {
    expect(parseSample(form([["purpose", "SURVEILLANCE"], ["available", "true"], ["modelDesignation", "X"], ["ratedCurrent", "100"], ["labId", "L"]])))
      .toMatchObject({ ok: true, input: { purpose: "SURVEILLANCE", available: true, modelDesignation: "X", ratedCurrent: 100, labId: "L" } });
    expect(parseSample(form([["purpose", "SURVEILLANCE"], ["available", "true"], ["ratedCurrent", "12.5"]])))
      .toMatchObject({ ok: false, problems: { modelDesignation: "sv.error.required", ratedCurrent: "sv.error.number", labId: "sv.error.required" } });
    expect(parseSample(form([["purpose", "RESAMPLE"], ["available", "false"], ["modelDesignation", "X"]])))
      .toMatchObject({ ok: true, input: { purpose: "RESAMPLE", available: false, modelDesignation: null, labId: null } });
  });

  it("read the engineer's forms: numbers, dates and required fields checked before the API is asked", () => {
    expect(parseAssign(form([["inspectorId", "i"], ["personDays", "2,5"], ["cccPersonDays", "2"], ["plannedOn", ""]])))
      .toMatchObject({ ok: true, input: { inspectorId: "i", personDays: 2.5, cccPersonDays: 2, plannedOn: null } });
    expect(parseAssign(form([["inspectorId", ""], ["personDays", "x"], ["plannedOn", "12/01"]])))
      .toMatchObject({ ok: false, problems: { inspectorId: "sv.error.required", personDays: "sv.error.number", plannedOn: "sv.error.date" } });
    expect(parsePlanYear(form([["year", "2027"]]))).toMatchObject({ ok: true, input: { year: 2027 } });
    expect(parsePlanYear(form([["year", "2027.5"]])).ok).toBe(false);
    expect(parseExtraVisit(form([["certificateNumber", "N"], ["trigger", "CONFORMITY_DOUBT"], ["note", ""], ["dueOn", "2027-01-10"]])))
      .toMatchObject({ ok: false, problems: { note: "sv.error.required" } });
    expect(parseVerify(form([["nonconformityId", "n"], ["rectifiedOn", "2026-12-01"]]))).toMatchObject({ ok: true, input: { nonconformityId: "n", rectifiedOn: "2026-12-01" } });
  });

  it("read the requirement-change forms", () => {
    const fields: Array<[string, string]> = [["kind", "STANDARD"], ["titleZh", "换版"], ["titleEn", "Revised"], ["planZh", "补充试验"], ["transitionDeadline", "2027-06-30"], ["schemeVersion", ""]];
    expect(parseAnnounce(form(fields))).toMatchObject({ ok: true, input: { kind: "STANDARD", transitionDeadline: "2027-06-30", schemeVersion: null } });
    expect(parseAnnounce(form([["kind", "OTHER"], ["titleZh", "x"]]))).toMatchObject({ ok: false, problems: { kind: "sv.error.required", titleEn: "sv.error.required", transitionDeadline: "sv.error.required" } });
    expect(parseTransition(form([["note", " 已审 "]]))).toMatchObject({ ok: true, input: { note: "已审" } });
  });

  it("judge dates in Beijing", () => {
    expect(beijingDate("2026-12-31T17:00:00.000Z")).toBe("2027-01-01");
    expect(pageYear(new URLSearchParams("year=2027"), "2026-11-25")).toBe(2027);
    expect(pageYear(new URLSearchParams("year=abc"), "2026-11-25")).toBe(2026);
    expect(overdue("2026-11-24", "2026-11-25", true)).toBe(true);
    expect(overdue("2026-11-25", "2026-11-25", true)).toBe(false);
    expect(overdue("2026-11-24", "2026-11-25", false)).toBe(false);
  });
});
