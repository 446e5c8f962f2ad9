import { describe, expect, it } from "vitest";
import { DECIDER_INTENTS, HOLDER_INTENTS, deciderIntents, fieldName, holderIntents, readStatusForm, suggestedCause, type StatusIntent } from "./forms";

const ALL: StatusIntent[] = [...DECIDER_INTENTS, ...HOLDER_INTENTS, "decide"];

function form(intent: string, fields: Record<string, string>, extra: Record<string, string> = {}): FormData {
  const data = new FormData();
  data.set("intent", intent);
  for (const [name, value] of Object.entries(fields)) data.set(fieldName(intent as StatusIntent, name), value);
  for (const [name, value] of Object.entries(extra)) data.set(name, value);
  return data;
}

describe("certificate status forms", () => {
  it("reads a suspension with its reason, cause and public reasons, trimmed", () => {
    const read = readStatusForm(form("suspend", { reasonCode: "S3", causeCode: "SURVEILLANCE_NONCONFORMITY", publicReasonZh: " 监督不合格 ", publicReasonEn: "" }), ALL);
    expect(read).toEqual({
      ok: true,
      input: { intent: "suspend", reasonCode: "S3", causeCode: "SURVEILLANCE_NONCONFORMITY", publicReasonZh: "监督不合格", publicReasonEn: "" },
      values: { reasonCode: "S3", causeCode: "SURVEILLANCE_NONCONFORMITY", publicReasonZh: "监督不合格", publicReasonEn: "" },
    });
  });

  it("names each missing field and keeps what was typed", () => {
    const read = readStatusForm(form("suspend", { reasonCode: "S8", publicReasonZh: "" }), ALL);
    expect(read).toEqual({
      ok: false, intent: "suspend",
      values: { reasonCode: "S8", causeCode: "", publicReasonZh: "", publicReasonEn: "" },
      problems: { causeCode: "certStatus.error.required", publicReasonZh: "certStatus.error.required" },
    });
    expect(readStatusForm(form("cancel", { publicReasonZh: "x" }), ALL)).toMatchObject({ ok: false, problems: { reasonCode: "certStatus.error.required" } });
    expect(readStatusForm(form("requestCancellation", { reasonCode: "C4", explanation: "  " }), ALL)).toMatchObject({ ok: false, problems: { explanation: "certStatus.error.required" } });
    expect(readStatusForm(form("requestSuspension", { explanation: "x".repeat(2001) }), ALL)).toMatchObject({ ok: false, problems: { explanation: "certStatus.error.tooLong" } });
  });

  it("lets a restoration go without a public reason, as the status machine does", () => {
    expect(readStatusForm(form("restore", {}), ALL)).toMatchObject({ ok: true, input: { intent: "restore", publicReasonZh: "", publicReasonEn: "" } });
  });

  it("reads a decision: granting needs no note, refusing does", () => {
    expect(readStatusForm(form("decide", { note: "" }, { requestId: "r1", grant: "true" }), ALL)).toMatchObject({ ok: true, input: { intent: "decide", requestId: "r1", grant: true, note: "" } });
    expect(readStatusForm(form("decide", { note: "" }, { requestId: "r1", grant: "false" }), ALL)).toMatchObject({ ok: false, problems: { note: "certStatus.error.refuseNote" } });
    expect(readStatusForm(form("decide", { note: "未整改" }, { requestId: "r1", grant: "false" }), ALL)).toMatchObject({ ok: true, input: { grant: false, note: "未整改" } });
    expect(readStatusForm(form("decide", {}, { requestId: "r1" }), ALL)).toMatchObject({ ok: false, problems: { note: "certStatus.error.decision" } });
  });

  it("reads the holder's requests", () => {
    expect(readStatusForm(form("requestSuspension", { explanation: "订单式生产" }), HOLDER_INTENTS)).toMatchObject({ ok: true, input: { intent: "requestSuspension", explanation: "订单式生产" } });
    expect(readStatusForm(form("requestCancellation", { reasonCode: "C4", explanation: "停产" }), HOLDER_INTENTS)).toMatchObject({ ok: true, input: { reasonCode: "C4", explanation: "停产" } });
  });

  it("refuses an intent the page does not offer (a holder cannot post a suspension)", () => {
    expect(readStatusForm(form("suspend", { reasonCode: "S8" }), HOLDER_INTENTS)).toEqual({ ok: false, intent: null, values: {}, problems: {} });
    expect(readStatusForm(new FormData(), ALL)).toMatchObject({ ok: false, intent: null });
  });

  it("offers the forms of the actions the API lists", () => {
    expect(deciderIntents(["SUSPEND", "CANCEL", "REVOKE"])).toEqual(["suspend", "cancel", "revoke"]);
    expect(deciderIntents(["REQUEST_SUSPENSION"])).toEqual([]);
    expect(holderIntents(["REQUEST_RESTORATION", "REQUEST_CANCELLATION"])).toEqual(["requestRestoration", "requestCancellation"]);
    expect(holderIntents(["RESTORE"])).toEqual([]);
  });

  it("suggests the cause a reason usually goes with", () => {
    const causes = [
      { code: "HOLDER_REQUEST_SEASONAL", labelZh: "", labelEn: "", maxMonths: 12, usualReasonCodes: ["S8"] },
      { code: "OTHER", labelZh: "", labelEn: "", maxMonths: 3, usualReasonCodes: [] },
    ];
    expect(suggestedCause("S8", causes)).toBe("HOLDER_REQUEST_SEASONAL");
    expect(suggestedCause("S5", causes)).toBeNull();
  });
});
