import { graphql } from "../graphql.server";
import { send, text } from "../marks/post.server";
import { AcknowledgeAppealMutation, DecideAppealMutation, InvestigateAppealMutation, WithdrawAppealMutation } from "./queries.server";

/** Runs one posted step of an appeal among the `allowed` intents; the API decides who may. */
export async function runAppealStep(request: Request, token: string, form: FormData, allowed: readonly string[]) {
  const intent = String(form.get("intent") ?? "");
  if (!allowed.includes(intent)) throw new Response("Bad intent", { status: 400 });
  const target = text(form, "target");
  const step = { id: target, version: Number(text(form, "version")) || 0 };
  const note = text(form, "note");
  const options = { token, request };
  return send(request, { intent, target }, () => {
    switch (intent) {
      case "acknowledge": return graphql(AcknowledgeAppealMutation, { ...step, note }, options);
      case "investigate": return graphql(InvestigateAppealMutation, { ...step, note }, options);
      case "uphold":
      case "reject": return graphql(DecideAppealMutation, { ...step, upheld: intent === "uphold", reason: note }, options);
      default: return graphql(WithdrawAppealMutation, { ...step, reason: note }, options);
    }
  });
}
