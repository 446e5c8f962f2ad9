import { type ActionFunctionArgs } from "@remix-run/node";
import { requireViewer } from "../cases/access.server";
import { failHandling, postedVersion, runHandling } from "../cases/handling-actions.server";
import { caseId } from "../cases/load.server";
import { graphql } from "../graphql.server";
import { RecordFeePaymentMutation } from "../queries.server";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** §6.3: records the certification fee as paid on the posted day, then back to the case page. */
export async function action({ request, params }: ActionFunctionArgs) {
  const id = caseId(params);
  const { token } = await requireViewer(request, ["ENGINEER"]);
  const form = await request.formData();
  const version = postedVersion(form);
  const paidOn = String(form.get("paidOn") ?? "").trim();
  if (!DATE.test(paidOn)) return failHandling({ code: "INVALID", message: "", field: "paidOn" });
  return runHandling(request, id, "fee", () => graphql(RecordFeePaymentMutation, { caseId: id, version, paidOn }, { token, request }));
}
