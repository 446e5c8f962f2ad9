// Reading the variation, extension and evaluation forms: pure, so that a form that cannot be sent is answered without asking the API.
import { CHANGE_AREAS, type ChangeArea, type TestOutcome } from "./types";

export type Parsed<T> = { ok: true; value: T } | { ok: false; key: string };

export const KC_ATTRIBUTES = ["model", "rating", "material", "grade", "dimensions", "supplier"] as const;

const get = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
const orNull = (s: string) => (s === "" ? null : s);
const required = { ok: false as const, key: "change.required" };

/** `kc-<configuration>-<row>-<attribute>`: one input per controlled attribute of each row of each configuration. */
export const kcName = (config: number, row: number, attribute: string) => `kc-${config}-${row}-${attribute}`;

export function parseVariation(form: FormData): Parsed<{
  areas: ChangeArea[]; descriptionZh: string; descriptionEn: string | null; applicant: { nameZh?: string; addressZh?: string } | null;
  productNameZh: string | null; productNameEn: string | null;
  keyComponentConfigurations: Array<{ label: string; components: Array<Record<string, string | null>> }> | null;
}> {
  const areas = form.getAll("areas").map(String).filter((a): a is ChangeArea => (CHANGE_AREAS as readonly string[]).includes(a));
  const descriptionZh = get(form, "descriptionZh");
  if (!descriptionZh) return required;
  const nameZh = get(form, "applicantNameZh");
  const addressZh = get(form, "applicantAddressZh");
  const applicant = nameZh || addressZh ? { ...(nameZh ? { nameZh } : {}), ...(addressZh ? { addressZh } : {}) } : null;
  let keyComponentConfigurations = null;
  const config = get(form, "kcConfig");
  if (areas.includes("KEY_COMPONENTS") && config !== "") {
    const c = Number(config);
    const components = [];
    for (let row = 0; form.has(kcName(c, row, "type")); row++) {
      const component: Record<string, string | null> = { type: get(form, kcName(c, row, "type")) };
      for (const a of KC_ATTRIBUTES) component[a] = orNull(get(form, kcName(c, row, a)));
      component.supplier = component.supplier ?? "";
      components.push(component);
    }
    keyComponentConfigurations = [{ label: get(form, `kc-${c}-label`), components }];
  }
  return {
    ok: true,
    value: {
      areas, descriptionZh, descriptionEn: orNull(get(form, "descriptionEn")), applicant,
      productNameZh: orNull(get(form, "productNameZh")), productNameEn: null, keyComponentConfigurations,
    },
  };
}

const integer = (s: string) => (/^\d+$/.test(s) ? Number(s) : NaN);

export function parseExtension(form: FormData): Parsed<{
  descriptionZh: string; descriptionEn: string | null;
  models: Array<{ designation: string; mounting: string; poles: number; ratedVoltage: number; ratedCurrents: number[]; series: string; frameCurrent: number }>;
}> {
  const descriptionZh = get(form, "descriptionZh");
  const designation = get(form, "designation");
  const ratedCurrents = get(form, "ratedCurrents").split(/[\s,，、]+/).filter(Boolean).map(integer);
  const numbers = { poles: integer(get(form, "poles")), ratedVoltage: integer(get(form, "ratedVoltage")), frameCurrent: integer(get(form, "frameCurrent")) };
  if (!descriptionZh || !designation || ratedCurrents.length === 0 || ratedCurrents.some(Number.isNaN) || Object.values(numbers).some(Number.isNaN)) return required;
  return {
    ok: true,
    value: {
      descriptionZh, descriptionEn: orNull(get(form, "descriptionEn")),
      models: [{ designation, mounting: get(form, "mounting"), series: get(form, "series"), ratedCurrents, ...numbers }],
    },
  };
}

export function parseAssessment(form: FormData): Parsed<{ testingRequired: boolean; representativeModel: string | null; onSiteVerificationRequired: boolean; note: string }> {
  const testing = get(form, "testingRequired");
  if (testing !== "true" && testing !== "false") return required;
  return {
    ok: true,
    value: { testingRequired: testing === "true", representativeModel: orNull(get(form, "representativeModel")), onSiteVerificationRequired: form.get("onSite") === "on", note: get(form, "note") },
  };
}

/** The API says which results the request needs (outcome, per-model tests, on-site verification). */
export function parseTests(form: FormData, added: string[]): Parsed<{
  testOutcome: TestOutcome | null; note: string; onSiteVerificationPassed: boolean | null;
  supplementaryTests: Array<{ designation: string; items: string; passed: boolean; grade: string | null }>;
}> {
  const outcome = get(form, "testOutcome");
  const onSite = get(form, "onSitePassed");
  const supplementaryTests = added.map((designation, i) => ({
    designation, items: get(form, `test-${i}-items`), passed: get(form, `test-${i}-passed`) === "true", grade: orNull(get(form, `test-${i}-grade`)),
  }));
  return {
    ok: true,
    value: {
      testOutcome: outcome === "PASSED" || outcome === "FAILED" ? outcome : null, note: get(form, "note"),
      onSiteVerificationPassed: onSite === "" ? null : onSite === "true", supplementaryTests,
    },
  };
}
