import { Link } from "@remix-run/react";
import { useLang, useT } from "../hooks";
import { pick, type MessageKey } from "../i18n";
import { overdue } from "./dates";
import type { Plan, Reference } from "./types";

const OPEN_VISIT = new Set(["PLANNED"]);

/** The status as a word plus a tag; colour never carries it alone. */
export function PlanStatus({ plan }: { plan: Plan }) {
  const t = useT();
  return <span className="tag" data-testid="plan-status" data-status={plan.status}>{t(`sv.status.${plan.status}` as MessageKey)}</span>;
}

export function OverdueFlag({ show, testId = "overdue" }: { show: boolean; testId?: string }) {
  const t = useT();
  return show ? <span className="flag flag--overdue" data-testid={testId}>{t("sv.overdue")}</span> : null;
}

export const planOverdue = (p: Plan, today: string) => overdue(p.dueOn, today, OPEN_VISIT.has(p.status));

/** Plans as a list that reads on a phone: number, status, due date, inspector. */
export function PlanList({ plans, today, hrefBase }: { plans: Plan[]; today: string; hrefBase: string | null }) {
  const t = useT();
  return (
    <ol className="result-list" data-testid="plan-list">
      {plans.map((p) => {
        const late = planOverdue(p, today) || !!p.visit?.nonconformities.some((n) => n.overdue);
        return (
          <li key={p.id} className={`result case-row${late ? " case-row--overdue" : ""}`} data-testid="plan" data-number={p.certificateNumber} data-status={p.status} data-kind={p.kind} data-id={p.id}>
            <div className="result__head">
              {hrefBase ? <Link to={`${hrefBase}/${p.id}`} className="result__number" data-testid="plan-link">{p.certificateNumber}</Link> : <span className="result__number">{p.certificateNumber}</span>}
              <PlanStatus plan={p} />
              <span className="tag">{t(`sv.kind.${p.kind}`)}</span>
              <OverdueFlag show={late} />
            </div>
            <p className="result__product">{p.holderNameZh}</p>
            <dl className="result__facts">
              <div><dt>{t("sv.factory")}</dt><dd>{p.factoryNameZh} ({p.factoryCode})</dd></div>
              <div><dt>{t("sv.due")}</dt><dd data-testid="plan-due">{p.dueOn}</dd></div>
              <div><dt>{t("sv.inspector")}</dt><dd data-testid="plan-inspector">{p.inspector?.displayName ?? t("sv.unassigned")}{p.plannedOn ? ` · ${p.plannedOn}` : ""}</dd></div>
              {p.visit ? <div><dt>{t("sv.visitedOn")}</dt><dd>{p.visit.visitedOn} · {p.visit.passed ? t("sv.passed") : t("sv.notPassed")}</dd></div> : null}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}

/** What was planned and decided: kind and ground, deadline, inspector and effort, the conclusion. */
export function PlanFacts({ plan: p, reference, today }: { plan: Plan; reference: Reference; today: string }) {
  const t = useT();
  const lang = useLang();
  const trigger = reference.extraVisitTriggers.find((x) => x.code === p.trigger);
  return (
    <dl className="facts" data-testid="plan-facts">
      <div className="facts__row"><dt>{t("sv.holder")}</dt><dd>{p.holderNameZh}</dd></div>
      <div className="facts__row"><dt>{t("sv.factory")}</dt><dd>{p.factoryNameZh} ({p.factoryCode})</dd></div>
      {trigger ? (
        <div className="facts__row"><dt>{t("sv.trigger")}</dt><dd>{pick(lang, trigger.zh, trigger.en)} <span className="tag">§{trigger.clause}</span>{p.triggerNote ? ` — ${p.triggerNote}` : ""}</dd></div>
      ) : null}
      <div className="facts__row"><dt>{t("sv.due")}</dt><dd data-testid="plan-due">{p.dueOn} <OverdueFlag show={planOverdue(p, today)} /></dd></div>
      <div className="facts__row"><dt>{t("sv.inspector")}</dt><dd data-testid="plan-inspector">{p.inspector?.displayName ?? t("sv.unassigned")}</dd></div>
      {p.plannedOn ? <div className="facts__row"><dt>{t("sv.plannedOn")}</dt><dd>{p.plannedOn}</dd></div> : null}
      {p.personDays !== null ? (
        <div className="facts__row"><dt>{t("sv.effort")}</dt><dd data-testid="plan-effort">{p.cccPersonDays !== null ? t("sv.effortCcc", { days: p.personDays, ccc: p.cccPersonDays }) : t("sv.effortValue", { days: p.personDays })}</dd></div>
      ) : null}
      {p.failureReason ? <div className="facts__row"><dt>{t("sv.failureReason")}</dt><dd data-testid="plan-failure">{t(`sv.failure.${p.failureReason}` as MessageKey)}</dd></div> : null}
      {p.concludedOn ? <div className="facts__row"><dt>{t("sv.concludedOn")}</dt><dd data-testid="plan-concluded">{p.concludedOn}</dd></div> : null}
    </dl>
  );
}

/** The visit as the inspector recorded it, with each nonconformity's 60-day deadline. */
export function VisitRecord({ plan: p, reference }: { plan: Plan; reference: Reference }) {
  const t = useT();
  const lang = useLang();
  const v = p.visit;
  if (!v) return null;
  const title = (id: string) => {
    const item = reference.items.find((i) => i.id === id);
    if (item) return `${id} ${pick(lang, item.titleZh, item.titleEn)}`;
    const point = reference.conformityItems.find((i) => i.code === id);
    return point ? `§${point.clause} ${pick(lang, point.zh, point.en)}` : id;
  };
  return (
    <section aria-labelledby="visit-heading" data-testid="visit-record" data-passed={String(v.passed)}>
      <h2 id="visit-heading">{t("sv.visit")}</h2>
      <dl className="facts">
        <div className="facts__row"><dt>{t("sv.visitedOn")}</dt><dd data-testid="visit-date">{v.visitedOn}{v.recordedBy ? ` · ${v.recordedBy.displayName}` : ""}</dd></div>
        <div className="facts__row"><dt>{t("sv.visitPassed")}</dt><dd data-testid="visit-passed">{v.passed ? t("sv.passed") : t("sv.notPassed")}</dd></div>
        <div className="facts__row"><dt>{t("sv.items.covered")}</dt><dd data-testid="visit-items">{v.checkedItemIds.join("、")}</dd></div>
        <div className="facts__row"><dt>{t("sv.conformityModels")}</dt><dd data-testid="visit-models">{v.conformityModels.join("、")}</dd></div>
        {v.witnessTests.length ? (
          <div className="facts__row"><dt>{t("sv.witness")}</dt><dd>{v.witnessTests.map((w) => `${w.modelDesignation}: ${w.description} (${w.passed ? t("sv.passed") : t("sv.notPassed")})`).join("；")}</dd></div>
        ) : null}
        {v.note ? <div className="facts__row"><dt>{t("sv.note")}</dt><dd>{v.note}</dd></div> : null}
      </dl>
      <h3>{t("sv.nc")}</h3>
      {v.nonconformities.length === 0 ? <p data-testid="nc-none">{t("sv.nc.none")}</p> : (
        <ul className="plain-list checklist" data-testid="visit-nonconformities">
          {v.nonconformities.map((n) => (
            <li key={n.id} data-testid="nonconformity" data-id={n.id} data-overdue={n.overdue || undefined}>
              <strong>{title(n.itemId)}</strong>: {n.description}
              <br />
              {t("sv.nc.due")} <span data-testid="nc-due">{n.dueOn}</span>{" "}
              {n.rectifiedOn ? <span className="tag">{t("sv.nc.rectified", { date: n.rectifiedOn })}</span> : <span className="tag">{t("sv.nc.open")}</span>}{" "}
              <OverdueFlag show={n.overdue} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
