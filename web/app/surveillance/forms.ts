// Reading the surveillance forms (§7): pure, so that a form that cannot be sent is answered without asking the API.
import type { MessageKey } from "../i18n";
import { SAMPLE_PURPOSES, type FormValues, type SamplePurpose } from "./types";

export type Parsed<T> =
  | { ok: true; input: T; values: FormValues }
  | { ok: false; values: FormValues; problems: Record<string, MessageKey> };

/** Rows offered for witness tests and nonconformities on the visit form. */
export const VISIT_ROWS = 3;
const MULTI = new Set(["checkedItemIds", "conformityModels"]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every posted field as typed (trimmed), multi-valued ones as lists: shown again after a refusal. */
export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(form.keys())) {
    if (key === "intent" || key === "version" || key === "target") continue;
    values[key] = MULTI.has(key) ? form.getAll(key).map(String) : String(form.get(key) ?? "").trim();
  }
  return values;
}

/** A small reader that collects one problem per field. */
export function reader(form: FormData) {
  const values = formValues(form);
  const problems: Record<string, MessageKey> = {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const api = {
    values,
    problems,
    text,
    list: (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : []),
    required(name: string): string {
      const v = text(name);
      if (!v) problems[name] = "sv.error.required";
      return v;
    },
    date(name: string, required: boolean): string | null {
      const v = text(name);
      if (!v) {
        if (required) problems[name] = "sv.error.required";
        return null;
      }
      if (!DATE.test(v)) problems[name] = "sv.error.date";
      return v;
    },
    number(name: string, required: boolean): number | null {
      const v = text(name);
      if (!v) {
        if (required) problems[name] = "sv.error.required";
        return null;
      }
      const n = Number(v.replace(",", "."));
      if (!Number.isFinite(n)) problems[name] = "sv.error.number";
      return n;
    },
    verdict(name: string): boolean {
      const v = text(name);
      if (v !== "true" && v !== "false") problems[name] = "sv.error.required";
      return v === "true";
    },
    done<T>(input: T): Parsed<T> {
      return Object.keys(problems).length ? { ok: false, values, problems } : { ok: true, input, values };
    },
  };
  return api;
}

export function parsePlanYear(form: FormData): Parsed<{ year: number }> {
  const r = reader(form);
  const year = r.number("year", true);
  if (year !== null && !Number.isInteger(year)) r.problems.year = "sv.error.number";
  return r.done({ year: year ?? 0 });
}

export function parseExtraVisit(form: FormData): Parsed<{ certificateNumber: string; trigger: string; note: string; dueOn: string }> {
  const r = reader(form);
  return r.done({ certificateNumber: r.required("certificateNumber"), trigger: r.required("trigger"), note: r.required("note"), dueOn: r.date("dueOn", true) ?? "" });
}

export function parseAssign(form: FormData): Parsed<{ inspectorId: string; personDays: number; cccPersonDays: number | null; plannedOn: string | null }> {
  const r = reader(form);
  return r.done({
    inspectorId: r.required("inspectorId"), personDays: r.number("personDays", true) ?? 0,
    cccPersonDays: r.number("cccPersonDays", false), plannedOn: r.date("plannedOn", false),
  });
}

export interface VisitInput {
  checkedItemIds: string[];
  conformityModels: string[];
  witnessTests: Array<{ modelDesignation: string; description: string; passed: boolean }>;
  nonconformities: Array<{ itemId: string; description: string }>;
  passed: boolean;
  note: string | null;
}

/**
 * The visit record. Rows left blank are dropped; a half-filled row is marked beside its empty
 * field. Mandatory items and the conformity check are the API's rule (RULE_VIOLATION with field).
 */
export function parseVisit(form: FormData): Parsed<VisitInput> {
  const r = reader(form);
  const witnessTests: VisitInput["witnessTests"] = [];
  const nonconformities: VisitInput["nonconformities"] = [];
  for (let i = 0; i < VISIT_ROWS; i++) {
    const model = r.text(`witness-${i}-model`);
    const description = r.text(`witness-${i}-description`);
    if (model || description) {
      const row = { modelDesignation: r.required(`witness-${i}-model`), description: r.required(`witness-${i}-description`), passed: r.verdict(`witness-${i}-passed`) };
      witnessTests.push(row);
    }
    const item = r.text(`nc-${i}-item`);
    const finding = r.text(`nc-${i}-description`);
    if (item || finding) nonconformities.push({ itemId: r.required(`nc-${i}-item`), description: r.required(`nc-${i}-description`) });
  }
  const passed = r.verdict("passed");
  return r.done({ checkedItemIds: r.list("checkedItemIds"), conformityModels: r.list("conformityModels"), witnessTests, nonconformities, passed, note: r.text("note") || null });
}

export interface SampleInput {
  purpose: SamplePurpose;
  available: boolean;
  modelDesignation: string | null;
  ratedCurrent: number | null;
  labId: string | null;
}

/** A sampling: drawn (model, rating and lab needed) or none available on site. */
export function parseSample(form: FormData): Parsed<SampleInput> {
  const r = reader(form);
  const purpose = r.required("purpose") as SamplePurpose;
  if (purpose && !SAMPLE_PURPOSES.includes(purpose)) r.problems.purpose = "sv.error.required";
  const available = r.text("available") !== "false";
  if (!available) return r.done({ purpose, available, modelDesignation: null, ratedCurrent: null, labId: null });
  const modelDesignation = r.required("modelDesignation");
  const ratedCurrent = r.number("ratedCurrent", true);
  if (ratedCurrent !== null && !Number.isInteger(ratedCurrent)) r.problems.ratedCurrent = "sv.error.number";
  return r.done({ purpose, available, modelDesignation, ratedCurrent, labId: r.required("labId") });
}

export function parseVerify(form: FormData): Parsed<{ nonconformityId: string; rectifiedOn: string }> {
  const r = reader(form);
  return r.done({ nonconformityId: r.required("nonconformityId"), rectifiedOn: r.date("rectifiedOn", true) ?? "" });
}

/** A verdict with its note (the evaluation, a lab result); a failure needs the note (API rule, shown beside it). */
export function parseVerdict(form: FormData): Parsed<{ passed: boolean; note: string }> {
  const r = reader(form);
  return r.done({ passed: r.verdict("passed"), note: r.text("note") });
}

export function parseNothing(form: FormData): Parsed<Record<string, never>> {
  return reader(form).done({});
}
