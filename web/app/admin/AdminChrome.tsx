import type { ReactNode } from "react";
import { NavLink } from "@remix-run/react";
import { useT } from "../hooks";
import type { MessageKey } from "../i18n";
import type { CreditStatus } from "./types";
import type { AdminFailure } from "./actions.server";

const SECTIONS: Array<{ to: string; label: MessageKey; testId: string }> = [
  { to: "/admin/organisations", label: "admin.organisations.title", testId: "admin-nav-organisations" },
  { to: "/admin/labs", label: "admin.labs.title", testId: "admin-nav-labs" },
  { to: "/admin/calendar", label: "admin.calendar.title", testId: "admin-nav-calendar" },
  { to: "/admin/requirement-changes", label: "rc.nav", testId: "admin-nav-requirement-changes" },
  { to: "/admin/audit", label: "admin.audit.title", testId: "admin-nav-audit" },
  { to: "/admin/import", label: "admin.import.title", testId: "admin-nav-import" },
  { to: "/admin/staff", label: "staff.title", testId: "admin-nav-staff" },
  { to: "/admin/claims", label: "claims.title", testId: "admin-nav-claims" },
];

/** The heading and section links shared by the administrator's pages. */
export function AdminPage({ title, hint, children }: { title: MessageKey; hint?: MessageKey; children: ReactNode }) {
  const t = useT();
  return (
    <>
      <nav aria-label={t("admin.nav")} className="admin-nav">
        {SECTIONS.map((s) => (
          <NavLink key={s.to} to={s.to} className="admin-nav__link" data-testid={s.testId}>
            {t(s.label)}
          </NavLink>
        ))}
      </nav>
      <h1>{t(title)}</h1>
      {hint ? <p className="hint">{t(hint)}</p> : null}
      {children}
    </>
  );
}

// A symbol besides the colour and the word, so the standing never rests on colour alone.
const SYMBOL: Record<CreditStatus, string> = { NONE: "–", DISHONEST: "!", SERIOUSLY_DISHONEST: "✕" };

export function CreditBadge({ status }: { status: CreditStatus }) {
  const t = useT();
  return (
    <span className={`badge badge--credit-${status.toLowerCase().replace(/_/g, "-")}`} data-status={status} data-testid="credit-badge">
      <span aria-hidden="true" className="badge__symbol">
        {SYMBOL[status]}
      </span>
      {t(`credit.${status}`)}
    </span>
  );
}

/** A refusal that names no field of the form (conflict, not found…), shown above it. */
export function FormFailure({ failure }: { failure: AdminFailure }) {
  const t = useT();
  return (
    <div className="form-error" role="alert" data-testid="action-error" data-code={failure.code}>
      <p>{failure.code === "CONFLICT" ? t("admin.error.CONFLICT") : t("admin.error.api", { message: failure.message })}</p>
    </div>
  );
}

/** One labelled control with its hint and its error beside it (several forms share a page, so ids are given). */
export function AdminField({ id, label, hint, error, children, wide }: { id: string; label: string; hint?: string; error?: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`field${wide ? " field--wide" : ""}${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <div id={`${id}-error`} className="field-error" data-testid="field-error" data-field={id}>
          <p>{error}</p>
        </div>
      ) : null}
    </div>
  );
}

/** The message for a field: a web check's label, or the API's refusal naming that field. */
export function fieldError(failure: AdminFailure | undefined, target: string, field: string, t: ReturnType<typeof useT>): string | undefined {
  if (!failure || failure.target !== target || failure.field !== field) return undefined;
  if (failure.code === "WEB") return t(failure.message as MessageKey);
  return t("admin.error.api", { message: failure.message });
}
