import { useT } from "../hooks";
import { OverdueFlag } from "../surveillance/PlanViews";
import type { CertificateTransition } from "./types";

/** Pending transitions with their deadline (§8.4); `form` adds the engineer's "record" form per row. */
export function TransitionList({ transitions, today, form }: { transitions: CertificateTransition[]; today: string | null; form?: (t: CertificateTransition) => JSX.Element }) {
  const t = useT();
  return (
    <ol className="result-list" data-testid="transitions">
      {transitions.map((x) => {
        const late = today !== null && today > x.transitionDeadline;
        return (
          <li key={x.id} className={`result case-row${late ? " case-row--overdue" : ""}`} data-testid="transition" data-id={x.id} data-number={x.certificateNumber} data-state={x.state}>
            <div className="result__head">
              <span className="result__number">{x.certificateNumber}</span>
              <span className="tag">{x.requirementChangeTitleZh}</span>
              <OverdueFlag show={late} />
            </div>
            <p className="result__product">{x.holderNameZh}</p>
            <dl className="result__facts">
              <div><dt>{t("rc.deadline")}</dt><dd data-testid="transition-deadline">{x.transitionDeadline}</dd></div>
            </dl>
            {form ? form(x) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** The holder's certificates still to transition, on the portal's first page; nothing when none. */
export function PortalTransitions({ transitions }: { transitions: CertificateTransition[] }) {
  const t = useT();
  if (transitions.length === 0) return null;
  return (
    <section aria-labelledby="transitions-heading" className="form-error" data-testid="portal-transitions">
      <h2 id="transitions-heading">{t("rc.portal")}</h2>
      <p>{t("rc.portal.hint")}</p>
      <TransitionList transitions={transitions} today={null} />
    </section>
  );
}
