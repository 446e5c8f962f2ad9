import { Form } from "@remix-run/react";
import { ApiFailure } from "../components/ApiFailure";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import type { PostFailure } from "./post.server";
import type { MarkApproval, MarkChoice, MarkOrder } from "./types";

const labels = (choices: MarkChoice[], lang: "zh" | "en") => choices.map((c) => pick(lang, c.zh, c.en)).join(lang === "zh" ? "、" : ", ");

/** Mark-usage approvals, with the engineer's decision form on pending ones when `decide`. */
export function ApprovalList({ approvals, decide, failure }: { approvals: MarkApproval[]; decide: boolean; failure?: PostFailure }) {
  const t = useT();
  const lang = useLang();
  if (approvals.length === 0) return <p className="hint">{t("mk.none")}</p>;
  return (
    <ul className="request-list" data-testid="mark-approvals">
      {approvals.map((a) => (
        <li key={a.id} data-testid="mark-approval" data-state={a.state} data-in-force={String(a.inForce)} data-certificate={a.certificateNumber}>
          <p>
            <strong>{a.certificateNumber}</strong> · {a.holderNameZh} · {t(`mk.state.${a.state}`)}
            {a.state === "APPROVED" ? ` · ${a.inForce ? t("mk.inForce") : t("mk.void", { status: a.certificateStatus })}` : ""}
          </p>
          <p>{t("mk.methods")}: {labels(a.methods, lang)}；{t("mk.positions")}: {labels(a.positions, lang)}</p>
          <p>
            {t("mk.requestedOn")}: {a.requestedOn}
            {a.approvalNumber ? <> · {t("mk.number")}: <span data-testid="mark-approval-number">{a.approvalNumber}</span></> : null}
            {a.decidedOn ? ` · ${t("mk.decidedOn")}: ${a.decidedOn}` : ""}
          </p>
          {a.note ? <p>{a.note}</p> : null}
          {a.decisionNote ? <p>{a.decisionNote}</p> : null}
          {decide && a.state === "PENDING" ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="target" value={a.id} />
              <input type="hidden" name="version" value={a.version} />
              <label>{t("mk.decisionNote")} <input name="note" /></label>
              <button type="submit" name="intent" value="approve" data-testid="mark-approve">{t("mk.approve")}</button>
              <button type="submit" name="intent" value="refuse" data-testid="mark-refuse">{t("mk.refuse")}</button>
              {failure && failure.target === a.id ? <ApiFailure failure={failure} testId="mark-decision" /> : null}
            </Form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function OrderList({ orders }: { orders: MarkOrder[] }) {
  const t = useT();
  if (orders.length === 0) return <p className="hint">{t("mk.none")}</p>;
  return (
    <table data-testid="mark-orders">
      <thead><tr><th>{t("mk.certificate")}</th><th>{t("mk.quantity")}</th><th>{t("mk.orderedOn")}</th><th>{t("mk.note")}</th></tr></thead>
      <tbody>
        {orders.map((o) => (
          <tr key={o.id}><td>{o.certificateNumber}</td><td>{o.quantity}</td><td>{o.orderedOn}</td><td>{o.note}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
