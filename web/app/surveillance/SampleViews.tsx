import type { ReactNode } from "react";
import { useT } from "../hooks";
import type { MessageKey } from "../i18n";
import { overdue } from "./dates";
import { OverdueFlag } from "./PlanViews";
import type { Sample } from "./types";

/** One sample with each of its §7.2 deadlines and whether it has passed unmet; `actions` below it. */
export function SampleCard({ s, today, actions }: { s: Sample; today: string; actions?: ReactNode }) {
  const t = useT();
  const contactLate = overdue(s.contactDueOn, today, s.status === "TAKEN");
  const resultLate = overdue(s.resultDueOn, today, s.status === "RECEIVED");
  const resampleLate = overdue(s.resampleDueOn, today, s.status === "UNAVAILABLE" && !s.outcome);
  const retestLate = overdue(s.retestDueOn, today, s.status === "FAILED" && !s.outcome);
  const row = (label: MessageKey, value: ReactNode, testId?: string) => (
    <div><dt>{t(label)}</dt><dd data-testid={testId}>{value}</dd></div>
  );
  return (
    <li className={`result case-row${contactLate || resultLate || resampleLate || retestLate ? " case-row--overdue" : ""}`} data-testid="sample" data-id={s.id} data-status={s.status} data-purpose={s.purpose}>
      <div className="result__head">
        <span className="result__number">{s.certificateNumber ?? s.factoryCode}</span>
        <span className="tag" data-testid="sample-status">{t(`sv.sampleStatus.${s.status}` as MessageKey)}</span>
        <span className="tag">{t(`sv.purpose.${s.purpose}`)}</span>
      </div>
      <p className="result__product">{s.factoryNameZh} ({s.factoryCode}) · {s.year}</p>
      <dl className="result__facts">
        {s.modelDesignation ? row("sv.model", `${s.modelDesignation} · ${s.ratedCurrent ?? "—"} A`, "sample-model") : null}
        {s.labNameZh ? row("sv.lab", s.labNameZh) : null}
        {row("sv.recordedOn", s.recordedOn)}
        {s.contactDueOn ? row("sv.contactDueOn", <>{s.contactDueOn} <OverdueFlag show={contactLate} testId="contact-overdue" /></>, "contact-due") : null}
        {s.contactedOn ? row("sv.contactedOn", <>{s.contactedOn}{s.contactLate ? <> <span className="flag flag--overdue">{t("sv.contactLate")}</span></> : null}</>) : null}
        {s.resultDueOn ? row("sv.resultDueOn", <>{s.resultDueOn} <OverdueFlag show={resultLate} /></>, "result-due") : null}
        {s.resultOn ? row("sv.resultOn", `${s.resultOn}${s.resultNote ? ` · ${s.resultNote}` : ""}`) : null}
        {s.resampleDueOn ? row("sv.resampleDueOn", <>{s.resampleDueOn} <OverdueFlag show={resampleLate} /></>) : null}
        {s.retestDueOn ? row("sv.retestDueOn", <>{s.retestDueOn} <OverdueFlag show={retestLate} /></>) : null}
        {s.outcome ? row("sv.outcome", t(`sv.outcome.${s.outcome}` as MessageKey)) : null}
      </dl>
      {actions}
    </li>
  );
}
