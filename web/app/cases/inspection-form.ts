import { invalid, type Parsed } from "./decision-step";
import {
  INSPECTION_CONCLUSIONS, INSPECTION_ITEM_RESULTS, type InspectionConclusion, type InspectionItemResult, type InspectionReportInput, type TaskInput,
} from "./inspection-types";
import { isIsoDate } from "./type-test-form";

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

/**
 * The inspection report form: one result per checklist item (`result:<itemId>`) with its text
 * (`note:<itemId>`). For an item found nonconforming the text is the nonconformity's description
 * (不符合项, §5.4); for NOT_APPLICABLE it is the required note. Only the shape is checked here.
 */
export function parseInspectionReport(form: FormData, itemIds: readonly string[]): Parsed<InspectionReportInput> {
  const visitOn = field(form, "visitOn");
  if (!isIsoDate(visitOn)) return invalid("inspection.error.visitOn");
  const conclusion = field(form, "conclusion") as InspectionConclusion;
  if (!INSPECTION_CONCLUSIONS.includes(conclusion)) return invalid("inspection.error.conclusion");
  const summary = field(form, "summary");
  if (!summary) return invalid("inspection.error.summary");
  const checklist: InspectionReportInput["checklist"] = [];
  const nonconformities: InspectionReportInput["nonconformities"] = [];
  for (const itemId of itemIds) {
    const result = field(form, `result:${itemId}`) as InspectionItemResult;
    if (!INSPECTION_ITEM_RESULTS.includes(result)) return invalid("inspection.error.result", { item: itemId });
    const note = field(form, `note:${itemId}`);
    if (result !== "CONFORMS" && !note) return invalid("inspection.error.note", { item: itemId });
    checklist.push({ itemId, result, note: note || null });
    if (result === "NONCONFORMITY") nonconformities.push({ itemId, description: note });
  }
  return { ok: true, value: { visitOn, conclusion, summary, internalNote: field(form, "internalNote") || null, checklist, nonconformities } };
}

/** Person-days as the engineer types them (e.g. "2" or "1.5"). */
export function parsePersonDays(text: string): Parsed<number> {
  const value = Number(text.trim().replace(",", "."));
  return text.trim() !== "" && Number.isFinite(value) && value > 0 ? { ok: true, value } : invalid("inspection.error.personDays");
}

/**
 * The task form (issue or rearrange, §5.3): an inspector, the person-days and optionally the
 * planned days on site — both or neither. Bounds and the §5.4 limit are the API's to check.
 */
export function parseTask(form: FormData): Parsed<TaskInput> {
  const inspectorId = field(form, "inspectorId");
  if (!inspectorId) return invalid("inspection.error.inspector");
  const days = parsePersonDays(field(form, "personDays"));
  if (!days.ok) return days;
  const plannedFrom = field(form, "plannedFrom");
  const plannedTo = field(form, "plannedTo") || plannedFrom;
  if (!plannedFrom && !field(form, "plannedTo")) return { ok: true, value: { inspectorId, personDays: days.value, plannedFrom: null, plannedTo: null } };
  if (!isIsoDate(plannedFrom) || !isIsoDate(plannedTo)) return invalid("inspection.error.planned");
  return { ok: true, value: { inspectorId, personDays: days.value, plannedFrom, plannedTo } };
}
