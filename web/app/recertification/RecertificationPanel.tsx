import { useEffect } from "react";
import { Link, useFetcher } from "@remix-run/react";
import { ApiFailure, type Failure } from "../components/ApiFailure";
import { useT } from "../hooks";
import type { Recertification } from "./queries.server";

/**
 * §9 on the holder's certificate page: the due dates, the renewal under way (a case, linked), or
 * the button that applies — a late application is announced before it is made. Loaded from the
 * page's resource route, so the certificate page itself stays as it is.
 */
export function RecertificationPanel({ number }: { number: string }) {
  const t = useT();
  const view = useFetcher<{ recertification: Recertification }>();
  const apply = useFetcher<{ failure?: Failure }>();
  const href = `/portal/certificates/${number}/recertification`;
  const { load } = view; // stable across renders, unlike the fetcher object itself
  // Loads the panel, and again after a refused application: the answer may have changed meanwhile.
  useEffect(() => {
    load(href);
  }, [load, href, apply.data]);
  const r = view.data?.recertification;
  if (!r) return null;
  return (
    <section aria-labelledby="recert-heading" data-testid="recertification" data-can-apply={r.canApply ? "true" : "false"}>
      <h2 id="recert-heading">{t("recert.title")}</h2>
      <p>{t("recert.dates", { expiresOn: r.expiresOn, dueOn: r.dueOn, completionDueOn: r.completionDueOn })}</p>
      {r.running ? (
        <p data-testid="recertification-running">
          <Link to={`/portal/cases/${r.running.id}`}>{t("recert.running", { caseNo: r.running.caseNo, appliedOn: r.running.appliedOn })}</Link>
          {r.running.late ? <> <span className="flag flag--overdue">{t("recert.lateFlag")}</span></> : null}
        </p>
      ) : null}
      {r.canApply ? (
        <apply.Form method="post" action={href} className="case-actions">
          {r.lateIfAppliedToday ? <p className="flag flag--overdue" data-testid="recertification-late">{t("recert.lateWarning", { dueOn: r.dueOn })}</p> : null}
          <button type="submit" className="button" data-testid="apply-recertification" disabled={apply.state !== "idle"}>
            {apply.state === "idle" ? t("recert.apply") : t("recert.applying")}
          </button>
        </apply.Form>
      ) : null}
      {!r.running && !r.canApply && (r.certificateStatus !== "VALID" && r.certificateStatus !== "SUSPENDED") ? <p>{t("recert.closed", { status: r.certificateStatus })}</p> : null}
      {apply.data?.failure ? <ApiFailure failure={apply.data.failure} testId="recertification-failure" /> : null}
    </section>
  );
}
