import { data } from "@remix-run/node";
import { graphql } from "../graphql.server";
import {
  AssignTypeTestLabMutation,
  ConcludeTypeTestRoundMutation,
  EnterTypeTestResultsMutation,
  RecordKeyComponentTestsMutation,
  RecordTypeTestFeeMutation,
  RecordTypeTestSamplesMutation,
  StartTypeTestRetestMutation,
} from "./type-test-queries.server";
import { failParse, postedVersion, runStep, text } from "./decision-step.server";
import { invalid } from "./decision-step";
import { isIsoDate, parseKeyComponentTests, parseResults, parseSamples, parseTestItems } from "./type-test-form";

export const ENGINEER_TYPE_TEST_STEPS = ["assignLab", "samples", "fee", "keyComponents", "retest"] as const;
export const LAB_TYPE_TEST_STEPS = ["results", "conclude"] as const;

/** Runs one posted type-test step of `allowed` for the case; the API decides whether it may happen. */
export async function runTypeTestStep(request: Request, token: string, caseId: string, allowed: readonly string[]) {
  const form = await request.formData();
  const step = String(form.get("step") ?? "");
  if (!allowed.includes(step)) throw data({ reason: "BAD_STEP" }, { status: 400 });
  const options = { token, request };
  const rows = Math.min(Number(form.get("rows")) || 0, 500);

  switch (step) {
    case "assignLab": {
      const labId = text(form, "labId");
      if (!labId) return failParse(step, invalid("typeTest.error.lab") as { ok: false; key: string });
      const items = parseTestItems(String(form.get("testItems") ?? ""));
      if (!items.ok) return failParse(step, items);
      const versionText = text(form, "version");
      const version = versionText === "" ? null : postedVersion(form);
      return runStep(request, step, () => graphql(AssignTypeTestLabMutation, { caseId, labId, testItems: items.value, version }, options));
    }
    case "samples": {
      const version = postedVersion(form);
      const samples = parseSamples(form, rows);
      if (!samples.ok) return failParse(step, samples);
      return runStep(request, step, () => graphql(RecordTypeTestSamplesMutation, { caseId, version, samples: samples.value }, options));
    }
    case "fee": {
      const version = postedVersion(form);
      const receivedOn = text(form, "receivedOn");
      if (!isIsoDate(receivedOn)) return failParse(step, { ok: false, key: "typeTest.error.date", vars: { row: 1 } });
      return runStep(request, step, () => graphql(RecordTypeTestFeeMutation, { caseId, version, receivedOn }, options));
    }
    case "keyComponents": {
      const version = postedVersion(form);
      const tests = parseKeyComponentTests(form, rows);
      if (!tests.ok) return failParse(step, tests);
      return runStep(request, step, () => graphql(RecordKeyComponentTestsMutation, { caseId, version, tests: tests.value }, options));
    }
    case "retest": {
      const version = postedVersion(form);
      return runStep(request, step, () => graphql(StartTypeTestRetestMutation, { caseId, version }, options));
    }
    case "results": {
      const version = postedVersion(form);
      const results = parseResults(form, rows);
      if (!results.ok) return failParse(step, results);
      return runStep(request, step, () => graphql(EnterTypeTestResultsMutation, { caseId, version, results: results.value }, options));
    }
    default: {
      const version = postedVersion(form);
      return runStep(request, step, () => graphql(ConcludeTypeTestRoundMutation, { caseId, version, reportDocumentId: null }, options));
    }
  }
}
