import type { MessageKey } from "../i18n";
import {
  KEY_COMPONENT_TYPES,
  MOUNTINGS,
  PRODUCT_TYPES,
  type ApplicationInput,
  type ApplicationModelInput,
  type KeyComponentInput,
  type KeyComponentType,
  type Mounting,
  type ProductType,
  type RuleFinding,
} from "../types";

/** Model rows the form always has, so it works without JavaScript; empty rows are ignored. */
export const MODEL_ROWS = 5;
export const MODEL_FIELDS = ["designation", "mounting", "poles", "ratedVoltage", "ratedCurrents"] as const;
export const KC_ATTRIBUTES = ["model", "rating", "material", "grade", "dimensions", "supplier"] as const;
export type KcAttribute = (typeof KC_ATTRIBUTES)[number];

export const modelField = (row: number, field: (typeof MODEL_FIELDS)[number]) => `models[${row}].${field}`;
export const kcField = (type: KeyComponentType, attribute: KcAttribute) => `kc.${type}.${attribute}`;
/** An id for a form field name (`models[2].mounting` → `f-models-2-mounting`). */
export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9_]+/g, "-").replace(/-+$/, "")}`;

/** A problem shown beside a field: a web label (local checks) or the API's finding with its clause. */
export interface FormError {
  key?: MessageKey;
  vars?: Record<string, string>;
  clause?: string;
  messageZh?: string;
  messageEn?: string;
}

/** Errors by form field name; `""` holds those that name no field of the form. */
export type FormErrors = Record<string, FormError[]>;

export interface ParsedApplication {
  values: Record<string, string>;
  input: ApplicationInput;
  errors: FormErrors;
  /** For each model sent to the API, the form row it came from. */
  modelRows: number[];
  /** For each key component sent to the API, its Annex 1 type (= its form row). */
  componentTypes: KeyComponentType[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function add(errors: FormErrors, field: string, error: FormError) {
  const list = (errors[field] ??= []);
  const same = (e: FormError) => e.key === error.key && e.messageZh === error.messageZh && e.clause === error.clause;
  if (!list.some(same)) list.push(error);
}

function positiveInteger(value: string): number | null {
  return /^\d{1,6}$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** Reads the posted form into an ApplicationInput, with the checks the API cannot make on text (numbers, ids). */
export function parseApplication(form: FormData): ParsedApplication {
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === "string") values[name] = value.trim();
  const get = (name: string) => values[name] ?? "";
  const errors: FormErrors = {};

  const factoryId = get("factoryId");
  if (!factoryId) add(errors, "factoryId", { key: "apply.error.required" });
  else if (!UUID.test(factoryId)) add(errors, "factoryId", { key: "apply.error.factoryId" });
  if (!get("manufacturerId")) add(errors, "manufacturerId", { key: "apply.error.required" });
  const productType = get("productType") as ProductType;
  if (!PRODUCT_TYPES.includes(productType)) add(errors, "productType", { key: "apply.error.required" });
  const frameCurrent = positiveInteger(get("frameCurrent"));
  if (frameCurrent === null) add(errors, "frameCurrent", { key: "apply.error.integer" });

  const models: ApplicationModelInput[] = [];
  const modelRows: number[] = [];
  for (let row = 0; row < MODEL_ROWS; row++) {
    const v = Object.fromEntries(MODEL_FIELDS.map((f) => [f, get(modelField(row, f))])) as Record<(typeof MODEL_FIELDS)[number], string>;
    if (MODEL_FIELDS.every((f) => v[f] === "")) continue;
    const mounting = v.mounting as Mounting;
    if (!MOUNTINGS.includes(mounting)) add(errors, modelField(row, "mounting"), { key: "apply.error.required" });
    const poles = positiveInteger(v.poles);
    if (poles === null) add(errors, modelField(row, "poles"), { key: "apply.error.integer" });
    const ratedVoltage = positiveInteger(v.ratedVoltage);
    if (ratedVoltage === null) add(errors, modelField(row, "ratedVoltage"), { key: "apply.error.integer" });
    const currents = v.ratedCurrents.split(/[\s,，、;；]+/).filter((c) => c !== "").map(positiveInteger);
    if (currents.length === 0 || currents.some((c) => c === null)) add(errors, modelField(row, "ratedCurrents"), { key: "apply.error.currents" });
    models.push({ designation: v.designation, mounting, poles: poles ?? 0, ratedVoltage: ratedVoltage ?? 0, ratedCurrents: currents.map((c) => c ?? 0) });
    modelRows.push(row);
  }

  const components: KeyComponentInput[] = [];
  const componentTypes: KeyComponentType[] = [];
  for (const type of KEY_COMPONENT_TYPES) {
    const v = Object.fromEntries(KC_ATTRIBUTES.map((a) => [a, get(kcField(type, a))])) as Record<KcAttribute, string>;
    if (KC_ATTRIBUTES.every((a) => v[a] === "")) continue;
    if (v.supplier === "") add(errors, kcField(type, "supplier"), { key: "apply.error.supplier" });
    const orNull = (a: Exclude<KcAttribute, "supplier">) => (v[a] === "" ? null : v[a]);
    components.push({ type, model: orNull("model"), rating: orNull("rating"), material: orNull("material"), grade: orNull("grade"), dimensions: orNull("dimensions"), supplier: v.supplier });
    componentTypes.push(type);
  }
  const label = get("kcLabel");
  if (components.length > 0 && label === "") add(errors, "kcLabel", { key: "apply.error.required" });

  const input: ApplicationInput = {
    manufacturerId: get("manufacturerId"),
    factoryId,
    productType,
    productNameZh: get("productNameZh"),
    productNameEn: get("productNameEn"),
    series: get("series"),
    frameCurrent: frameCurrent ?? 0,
    models,
    keyComponentConfigurations: components.length > 0 ? [{ label, components }] : [],
  };
  return { values, input, errors, modelRows, componentTypes };
}

const TOP_LEVEL = new Set(["manufacturerId", "factoryId", "productType", "productNameZh", "productNameEn", "series", "frameCurrent", "models"]);

/** The form field an API field path names, or `""` when it names none of them. */
export function formFieldOf(path: string, modelRows: number[], componentTypes: KeyComponentType[]): string {
  let m = /^models\[(\d+)\]\.(\w+)/.exec(path);
  if (m) {
    const row = modelRows[Number(m[1])];
    const field = m[2]!;
    // Unit-wide values checked per model (type, frame current, series) belong to their own field.
    if (field === "productType" || field === "frameCurrent" || field === "series") return field;
    if (row !== undefined && (MODEL_FIELDS as readonly string[]).includes(field)) return modelField(row, field as (typeof MODEL_FIELDS)[number]);
    return "models";
  }
  m = /^keyComponentConfigurations\[\d+\]\.components\[(\d+)\]\.(\w+)$/.exec(path);
  if (m) {
    const type = componentTypes[Number(m[1])];
    if (type && (KC_ATTRIBUTES as readonly string[]).includes(m[2]!)) return kcField(type, m[2] as KcAttribute);
    return "kc";
  }
  if (/^keyComponentConfigurations\[\d+\]\.label$/.test(path)) return "kcLabel";
  if (path.startsWith("keyComponentConfigurations")) return "kc";
  return TOP_LEVEL.has(path) ? path : "";
}

/** RULE_VIOLATION findings placed beside the fields they name, each with its clause. */
export function placeFindings(findings: RuleFinding[], parsed: Pick<ParsedApplication, "modelRows" | "componentTypes">): FormErrors {
  const errors: FormErrors = {};
  for (const f of findings) {
    add(errors, formFieldOf(f.field, parsed.modelRows, parsed.componentTypes), { clause: f.clause, messageZh: f.messageZh, messageEn: f.messageEn });
  }
  return errors;
}
