import { invalid, type Parsed } from "./decision-step";
import { SAMPLE_PURPOSES, type KeyComponentTestInput, type TestItemResultInput, type TestSampleInput, type TestSamplePurpose } from "./type-test-types";

/**
 * Reading the type-test forms into API input. Only the shape is checked here (dates, numbers,
 * required fields); whether the content is acceptable (CMA scope, models, configurations) is the
 * API's to say, and its findings are shown at the form.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Test items, one per line; blank lines and repeats dropped, order kept. */
export function parseTestItems(text: string): Parsed<string[]> {
  const items = [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];
  return items.length ? { ok: true, value: items } : invalid("typeTest.error.items");
}

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

/** Rows `sample.<n>.*`; a row without a count is not a received sample and is skipped. */
export function parseSamples(form: FormData, rows: number): Parsed<TestSampleInput[]> {
  const samples: TestSampleInput[] = [];
  for (let n = 0; n < rows; n++) {
    const at = (name: string) => field(form, `sample.${n}.${name}`);
    if (at("count") === "") continue;
    const designation = at("designation");
    const count = Number(at("count"));
    const receivedOn = at("receivedOn");
    const purpose = at("purpose") as TestSamplePurpose;
    const keyComponentConfiguration = at("configuration");
    const row = { row: n + 1 };
    if (!designation) return invalid("typeTest.error.designation", row);
    if (!Number.isInteger(count) || count < 1) return invalid("typeTest.error.count", row);
    if (!isIsoDate(receivedOn)) return invalid("typeTest.error.date", row);
    if (!SAMPLE_PURPOSES.includes(purpose)) return invalid("typeTest.error.purpose", row);
    if (!keyComponentConfiguration) return invalid("typeTest.error.configuration", row);
    samples.push({ designation, purpose, count, receivedOn, keyComponentConfiguration });
  }
  return samples.length ? { ok: true, value: samples } : invalid("typeTest.error.noSamples");
}

function decimal(text: string): number | null {
  // Labs write decimal commas too (e.g. "12,5"); a thousands separator is not expected here.
  const normal = text.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

/** Rows `result.<n>.*` (one per test item × model); a row without a measured value is skipped. */
export function parseResults(form: FormData, rows: number): Parsed<TestItemResultInput[]> {
  const results: TestItemResultInput[] = [];
  for (let n = 0; n < rows; n++) {
    const at = (name: string) => field(form, `result.${n}.${name}`);
    if (at("measuredValue") === "") continue;
    const row = { item: at("testItem"), model: at("designation") };
    const measuredValue = decimal(at("measuredValue"));
    if (measuredValue === null) return invalid("typeTest.error.measured", row);
    const limitText = at("limit");
    const limit = limitText === "" ? null : decimal(limitText);
    if (limitText !== "" && limit === null) return invalid("typeTest.error.limit", row);
    const unit = at("unit");
    if (!unit) return invalid("typeTest.error.unit", row);
    const verdict = at("passed");
    if (verdict !== "true" && verdict !== "false") return invalid("typeTest.error.verdict", row);
    results.push({
      testItem: row.item,
      designation: row.model,
      measuredValue,
      limit,
      unit,
      passed: verdict === "true",
      grade: at("grade") || null,
    });
  }
  return results.length ? { ok: true, value: results } : invalid("typeTest.error.noResults");
}

/**
 * Rows `kc.<n>.type` / `kc.<n>.workingDays`: one per key component the unit declares; an empty
 * duration means no test of that component is needed. All rows empty clears the list.
 */
export function parseKeyComponentTests(form: FormData, rows: number): Parsed<KeyComponentTestInput[]> {
  const tests: KeyComponentTestInput[] = [];
  for (let n = 0; n < rows; n++) {
    const days = field(form, `kc.${n}.workingDays`);
    if (days === "") continue;
    const workingDays = Number(days);
    if (!Number.isInteger(workingDays) || workingDays < 1) return invalid("typeTest.error.workingDays", { row: n + 1 });
    tests.push({ type: field(form, `kc.${n}.type`) as KeyComponentTestInput["type"], workingDays });
  }
  return { ok: true, value: tests };
}
