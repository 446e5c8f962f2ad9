import { useEffect, useRef } from "react";
import { useFetcher } from "@remix-run/react";
import { useT } from "../hooks";
import type { CaseDetail, CaseEngineer, CaseStatus, Role } from "../types";
import { ApiFailure, type Failure } from "./ApiFailure";

/** A case that has ended needs no engineer any more (the API refuses it too). */
const ENDED: CaseStatus[] = ["CERTIFIED", "TERMINATED", "WITHDRAWN", "REFUSED"];

/**
 * The engineer in charge of a case and, for engineers and administrators, the forms to give it
 * to oneself or to another engineer. The list of engineers is loaded once the page runs; the
 * "assign to me" form works without it.
 */
export function CaseAssignment({ c, role }: { c: CaseDetail; role: Role }) {
  const t = useT();
  const action = `/workbench/cases/${c.id}/assign`;
  const post = useFetcher<{ failure?: Failure }>();
  const list = useFetcher<{ engineers: CaseEngineer[] }>();
  const mayAssign = (role === "ENGINEER" || role === "ADMIN") && !ENDED.includes(c.status);
  // Once per page: a failed load leaves only the "assign to me" form rather than retrying.
  const requested = useRef(false);
  useEffect(() => {
    if (!mayAssign || requested.current) return;
    requested.current = true;
    list.load(action);
  }, [mayAssign, list, action]);
  const failure = post.data?.failure;
  const busy = post.state !== "idle";
  const mine = role === "ENGINEER";
  return (
    <section aria-labelledby="assign-heading" className="case-assignment" data-testid="case-assignment">
      <h2 id="assign-heading">{t("assign.title")}</h2>
      <p data-testid="assigned-engineer" data-engineer-id={c.assignedEngineer?.id}>
        {t("assign.engineer")}
        {t("punct.colon")}
        {c.assignedEngineer ? c.assignedEngineer.displayName : t("assign.unassigned")}
      </p>
      {mayAssign ? (
        <div className="case-actions">
          {failure ? <ApiFailure failure={failure} testId="assign" localText={t("decision.error.required")} /> : null}
          {mine ? (
            <post.Form method="post" action={action} className="case-action">
              <input type="hidden" name="version" value={c.version} />
              <input type="hidden" name="engineerId" value="me" />
              <button type="submit" className="button" disabled={busy} data-testid="assign-me">
                {t("assign.toMe")}
              </button>
            </post.Form>
          ) : null}
          {list.data?.engineers.length ? (
            <post.Form method="post" action={action} className="case-action case-action--secondary">
              <input type="hidden" name="version" value={c.version} />
              <div className="field">
                <label htmlFor="assign-engineer">{t("assign.other")}</label>
                <select id="assign-engineer" name="engineerId" required defaultValue="" data-testid="assign-engineer">
                  <option value="" disabled>
                    {t("assign.choose")}
                  </option>
                  {list.data.engineers.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.displayName}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button--secondary" disabled={busy} data-testid="assign-submit">
                {t("assign.submit")}
              </button>
            </post.Form>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
