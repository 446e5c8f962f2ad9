import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import type { CaseClock } from "../types";

function ClockFlags({ clock }: { clock: CaseClock }) {
  const t = useT();
  return (
    <>
      {clock.overdue ? <span className="flag flag--overdue" data-testid="clock-overdue">{t("case.clock.overdue")}</span> : null}
      {clock.paused ? <span className="flag flag--paused" data-testid="clock-paused">{t("case.clock.paused")}</span> : null}
      {clock.outcome ? <span className="flag">{t(`case.clock.${clock.outcome}`)}</span> : null}
    </>
  );
}

/** One line for lists: the clock's label and due date, with its flags. */
export function ClockLine({ clock }: { clock: CaseClock | null }) {
  const lang = useLang();
  const t = useT();
  if (!clock) return <>{t("cert.none")}</>;
  return (
    <span className="clock-line" data-clock-key={clock.key} data-overdue={clock.overdue || undefined}>
      {clock.dueOn ? t("case.dueLine", { label: pick(lang, clock.labelZh, clock.labelEn), date: clock.dueOn }) : pick(lang, clock.labelZh, clock.labelEn)}{" "}
      <ClockFlags clock={clock} />
    </span>
  );
}

/** Every clock of the case, running ones first, with start, due and end dates. */
export function CaseClocks({ clocks }: { clocks: CaseClock[] }) {
  const lang = useLang();
  const t = useT();
  if (clocks.length === 0) return <p>{t("case.clock.none")}</p>;
  const ordered = [...clocks].sort((a, b) => Number(a.stoppedOn !== null) - Number(b.stoppedOn !== null));
  return (
    <ul className="clocks" data-testid="case-clocks">
      {ordered.map((c) => (
        <li
          key={`${c.key}-${c.round}`}
          className={`clock${c.overdue ? " clock--overdue" : ""}${c.stoppedOn ? " clock--stopped" : ""}`}
          data-testid="case-clock"
          data-clock-key={c.key}
          data-due={c.dueOn ?? undefined}
          data-overdue={c.overdue || undefined}
          data-paused={c.paused || undefined}
        >
          <p className="clock__head">
            <strong>{pick(lang, c.labelZh, c.labelEn)}</strong> <span className="tag">{c.clause}</span>
            {c.round > 1 ? <span className="secondary-inline">{t("case.clock.round", { round: c.round })}</span> : null}
            <ClockFlags clock={c} />
          </p>
          <p className="clock__dates">
            <span>{t("case.clock.started", { date: c.startedOn })}</span>
            {c.dueOn ? (
              <strong>
                <time dateTime={c.dueOn}>{t("case.clock.due", { date: c.dueOn })}</time>
              </strong>
            ) : null}
            {c.stoppedOn ? <span>{t("case.clock.stopped", { date: c.stoppedOn })}</span> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
