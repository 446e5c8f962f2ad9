import { data, redirect } from "@remix-run/node";
import { graphql } from "../graphql.server";
import { postedVersion, text } from "../cases/decision-step.server";
import { apiStep, fail } from "./actions.server";
import { parseAssessment, parseTests } from "./forms";
import {
  ApproveCertificateChangeMutation, AssessCertificateChangeMutation, RecordCertificateChangeTestsMutation, RejectCertificateChangeMutation,
} from "./queries.server";

export const CHANGE_STEPS = ["assess", "tests", "approve", "reject"] as const;
export type ChangeStep = (typeof CHANGE_STEPS)[number];

/**
 * One posted workbench step on a change request; success redirects back (`?done=<step>`), an API
 * refusal comes back for the form. `added` are the designations an extension adds.
 */
export async function runChangeStep(request: Request, token: string, id: string, added: string[]) {
  const form = await request.formData();
  const step = String(form.get("step") ?? "");
  if (!(CHANGE_STEPS as readonly string[]).includes(step)) throw data({ reason: "BAD_STEP" }, { status: 400 });
  const version = postedVersion(form);
  const options = { token, request };
  let failure;
  switch (step as ChangeStep) {
    case "assess": {
      const parsed = parseAssessment(form);
      if (!parsed.ok) return fail({ step, code: "INVALID", message: "", localKey: parsed.key });
      failure = await apiStep(request, step, () => graphql(AssessCertificateChangeMutation, { id, version, input: parsed.value }, options));
      break;
    }
    case "tests": {
      const parsed = parseTests(form, added);
      if (!parsed.ok) return fail({ step, code: "INVALID", message: "", localKey: parsed.key });
      failure = await apiStep(request, step, () => graphql(RecordCertificateChangeTestsMutation, { id, version, input: parsed.value }, options));
      break;
    }
    case "approve": {
      const certificateVersion = Number(form.get("certificateVersion"));
      if (!Number.isInteger(certificateVersion)) throw data({ reason: "BAD_VERSION" }, { status: 400 });
      failure = await apiStep(request, step, () => graphql(ApproveCertificateChangeMutation, { id, version, certificateVersion, reason: text(form, "approveReason") }, options));
      break;
    }
    case "reject": {
      const reason = text(form, "reason");
      if (!reason) return fail({ step, code: "INVALID", message: "", localKey: "change.required" });
      failure = await apiStep(request, step, () => graphql(RejectCertificateChangeMutation, { id, version, reason }, options));
      break;
    }
  }
  if (failure) return fail(failure);
  return redirect(`${new URL(request.url).pathname}?done=${step}`);
}
