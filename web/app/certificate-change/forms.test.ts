import { describe, expect, it } from "vitest";
import { kcName, parseExtension, parseVariation } from "./forms";

const form = (entries: Array<[string, string]>) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("the variation and extension forms", () => {
  it("send the chosen key-component configuration only when key components are named", () => {
    const fields: Array<[string, string]> = [
      ["areas", "KEY_COMPONENTS"], ["descriptionZh", "供应商变更"], ["kcConfig", "1"], ["kc-1-label", "B"],
      [kcName(1, 0, "type"), "MAIN_CONTACTS"], [kcName(1, 0, "supplier"), "新厂"], [kcName(1, 0, "material"), "AgW"],
      [kcName(0, 0, "type"), "OPERATING_MECHANISM"], [kcName(0, 0, "supplier"), "旧厂"],
    ];
    const parsed = parseVariation(form(fields));
    expect(parsed).toMatchObject({ ok: true, value: { areas: ["KEY_COMPONENTS"], keyComponentConfigurations: [{ label: "B", components: [{ type: "MAIN_CONTACTS", supplier: "新厂", material: "AgW", grade: null }] }] } });
    const content = parseVariation(form([["areas", "CONTENT"], ["descriptionZh", "更名"], ["applicantNameZh", "新名"], ["kcConfig", "1"]]));
    expect(content).toMatchObject({ ok: true, value: { applicant: { nameZh: "新名" }, keyComponentConfigurations: null } });
    expect(parseVariation(form([["areas", "CONTENT"]]))).toEqual({ ok: false, key: "change.required" });
  });

  it("read one extension model with its ratings, and need every number", () => {
    const base: Array<[string, string]> = [["descriptionZh", "扩展"], ["designation", "X-250H"], ["mounting", "FIXED"], ["series", "X"], ["frameCurrent", "250"], ["poles", "3"], ["ratedVoltage", "400"]];
    expect(parseExtension(form([...base, ["ratedCurrents", "200，250"]]))).toMatchObject({ ok: true, value: { models: [{ designation: "X-250H", ratedCurrents: [200, 250], frameCurrent: 250, poles: 3 }] } });
    expect(parseExtension(form([...base, ["ratedCurrents", "abc"]])).ok).toBe(false);
  });
});
