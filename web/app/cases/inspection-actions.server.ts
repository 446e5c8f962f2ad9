import { data } from "@remix-run/node";
import { graphql } from "../graphql.server";
import { invalid } from "./decision-step";
import { failParse, postedVersion, runStep, text } from "./decision-step.server";
import { parseInspectionReport, parseTask } from "./inspection-form";
import {
  ArrangeOnSiteVerificationMutation,
  ChangeInspectionTaskMutation,
  DecideInspectionExemptionMutation,
  IssueInspectionTaskMutation,
  RecordInspectionReportMutation,
  VerifyInspectionRectificationMutation,
} from "./inspection-queries.server";
import type { FactoryInspection } from "./inspection-types";
import { isIsoDate } from "./type-test-form";

type Invalid = { ok: false; key: string };

/** Runs one posted inspection step on `fi` (the inspection as the page was loaded: its checklist items). */
export async function runInspectionStep(request: Request, token: string, fi: FactoryInspection) {
  const form = await request.formData();
  const step = String(form.get("step") ?? "");
  const version = postedVersion(form);
  const options = { token, request };
  const id = fi.id;
  switch (step) {
    case "exemption": {
      const accept = text(form, "accept");
      const reason = text(form, "reason");
      if ((accept !== "true" && accept !== "false") || !reason) return failParse(step, invalid("decision.error.required") as Invalid);
      return runStep(request, step, () => graphql(DecideInspectionExemptionMutation, { id, version, accept: accept === "true", reason }, options));
    }
    case "task": {
      const task = parseTask(form);
      if (!task.ok) return failParse(step, task);
      return runStep(request, step, () => graphql(IssueInspectionTaskMutation, { id, version, ...task.value }, options));
    }
    case "changeTask": {
      const task = parseTask(form);
      if (!task.ok) return failParse(step, task);
      const reason = text(form, "reason");
      if (!reason) return failParse(step, invalid("decision.error.required") as Invalid);
      return runStep(request, step, () => graphql(ChangeInspectionTaskMutation, { id, version, ...task.value, reason }, options));
    }
    case "arrange": {
      const inspectorId = text(form, "inspectorId");
      const plannedOn = text(form, "plannedOn");
      if (!inspectorId) return failParse(step, invalid("inspection.error.inspector") as Invalid);
      if (!isIsoDate(plannedOn)) return failParse(step, invalid("inspection.error.planned") as Invalid);
      return runStep(request, step, () => graphql(ArrangeOnSiteVerificationMutation, { id, version, inspectorId, plannedOn }, options));
    }
    case "report": {
      const report = parseInspectionReport(form, fi.checklist.map((item) => item.itemId));
      if (!report.ok) return failParse(step, report);
      return runStep(request, step, () => graphql(RecordInspectionReportMutation, { id, version, input: report.value }, options));
    }
    case "verify": {
      const nonconformityIds = form.getAll("nonconformityId").map(String).filter(Boolean);
      const rectifiedOn = text(form, "rectifiedOn");
      const note = text(form, "note");
      const method = text(form, "method") === "ON_SITE" ? "ON_SITE" : "DOCUMENTS";
      if (!nonconformityIds.length || !isIsoDate(rectifiedOn) || !note) return failParse(step, invalid("inspection.error.verify") as Invalid);
      return runStep(request, step, () => graphql(VerifyInspectionRectificationMutation, { id, version, nonconformityIds, rectifiedOn, note, method }, options));
    }
    default:
      throw data({ reason: "BAD_STEP" }, { status: 400 });
  }
}
