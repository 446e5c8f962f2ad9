import { data } from "@remix-run/node";
import { graphql } from "../graphql.server";
import { invalid } from "./decision-step";
import { failParse, postedVersion, runStep, text } from "./decision-step.server";
import { parseInspectionReport, parsePersonDays } from "./inspection-form";
import {
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
      const inspectorId = text(form, "inspectorId");
      if (!inspectorId) return failParse(step, invalid("inspection.error.inspector") as Invalid);
      const days = parsePersonDays(text(form, "personDays"));
      if (!days.ok) return failParse(step, days);
      return runStep(request, step, () => graphql(IssueInspectionTaskMutation, { id, version, inspectorId, personDays: days.value }, options));
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
      if (!nonconformityIds.length || !isIsoDate(rectifiedOn) || !note) return failParse(step, invalid("inspection.error.verify") as Invalid);
      return runStep(request, step, () => graphql(VerifyInspectionRectificationMutation, { id, version, nonconformityIds, rectifiedOn, note }, options));
    }
    default:
      throw data({ reason: "BAD_STEP" }, { status: 400 });
  }
}
