import { data } from "@remix-run/node";
import { graphql } from "../graphql.server";
import { failStep, runStep } from "./decision-step.server";
import { ConcludeTypeTestRoundMutation } from "./type-test-queries.server";
import { forwardUpload } from "./documents.server";

/**
 * The lab concludes a round with its test report (§4.2.4): the multipart body is streamed to the
 * API's `POST /documents` (stored as the lab's own document), then the round is concluded with
 * that document attached. The version rides in the form's URL, so nothing of the body has to be
 * read here first. An upload refusal (type, size) comes back at the conclude form.
 */
export async function runConcludeWithReport(request: Request, token: string, caseId: string) {
  const url = new URL(request.url);
  const version = Number(url.searchParams.get("version"));
  if (!Number.isInteger(version)) throw data({ reason: "BAD_VERSION" }, { status: 400 });
  const uploaded = await forwardUpload(request, token);
  if ("code" in uploaded) return failStep({ step: "conclude", code: uploaded.code, message: uploaded.message });
  return runStep(request, "conclude", () => graphql(ConcludeTypeTestRoundMutation, { caseId, version, reportDocumentId: uploaded.id }, { token, request }));
}

