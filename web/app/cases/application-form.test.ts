import { describe, expect, it } from "vitest";
import { formFieldOf, parseApplication, placeFindings } from "./application-form";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
}

const BASE = {
  manufacturerId: "m-1",
  factoryId: "0b5f3c2e-1d2a-4c3b-9a8e-7f6d5c4b3a21",
  productType: "MCCB",
  productNameZh: "塑料外壳式断路器",
  series: "ONM9",
  frameCurrent: "250",
};

describe("the application form", () => {
  it("skips empty model and component rows and maps API paths back to the form rows", () => {
    const parsed = parseApplication(form({
      ...BASE,
      "models[1].designation": "A", "models[1].mounting": "FIXED", "models[1].poles": "3", "models[1].ratedVoltage": "400", "models[1].ratedCurrents": "160, 200，250",
      "models[3].designation": "B", "models[3].mounting": "WITHDRAWABLE", "models[3].poles": "3", "models[3].ratedVoltage": "400", "models[3].ratedCurrents": "250",
      kcLabel: "A", "kc.MAIN_CONTACTS.material": "AgWC", "kc.MAIN_CONTACTS.supplier": "S",
    }));
    expect(parsed.errors).toEqual({});
    expect(parsed.input.models.map((m) => m.ratedCurrents)).toEqual([[160, 200, 250], [250]]);
    expect(parsed.modelRows).toEqual([1, 3]);
    expect(parsed.input.keyComponentConfigurations[0]!.components).toEqual([
      { type: "MAIN_CONTACTS", model: null, rating: null, material: "AgWC", grade: null, dimensions: null, supplier: "S" },
    ]);
    expect(formFieldOf("models[1].mounting", parsed.modelRows, parsed.componentTypes)).toBe("models[3].mounting");
    expect(formFieldOf("models[0].ratedCurrents[2]", parsed.modelRows, parsed.componentTypes)).toBe("models[1].ratedCurrents");
    expect(formFieldOf("models[1].frameCurrent", parsed.modelRows, parsed.componentTypes)).toBe("frameCurrent");
    expect(formFieldOf("keyComponentConfigurations[0].components[0].grade", parsed.modelRows, parsed.componentTypes)).toBe("kc.MAIN_CONTACTS.grade");
    expect(formFieldOf("applicantId", parsed.modelRows, parsed.componentTypes)).toBe("");
    const placed = placeFindings([{ field: "models[1].mounting", clause: "§1", messageZh: "不适用", messageEn: "not covered" }], parsed);
    expect(placed).toEqual({ "models[3].mounting": [{ clause: "§1", messageZh: "不适用", messageEn: "not covered" }] });
  });

  it("reports numbers and ids it cannot send, beside their fields", () => {
    const parsed = parseApplication(form({ ...BASE, factoryId: "F330382011", frameCurrent: "250A", "models[0].designation": "X", "models[0].ratedCurrents": "100, abc" }));
    expect(Object.keys(parsed.errors).sort()).toEqual(["factoryId", "frameCurrent", "models[0].mounting", "models[0].poles", "models[0].ratedCurrents", "models[0].ratedVoltage"]);
  });
});
