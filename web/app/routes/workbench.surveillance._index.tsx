import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { posted, submit } from "../surveillance/actions.server";
import { pageYear } from "../surveillance/dates";
import { parseExtraVisit, parsePlanYear } from "../surveillance/forms";
import { platformToday } from "../surveillance/load.server";
import { PlanList } from "../surveillance/PlanViews";
import { PlanSurveillanceYearMutation, ScheduleExtraSurveillanceMutation, SurveillancePlansQuery } from "../surveillance/queries.server";
import { SURVEILLANCE_STATUSES, type FormFailure } from "../surveillance/types";
import { ExtraVisitForm, PlanYearForm } from "../surveillance/YearForms";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("sv.nav")} · ${t("workbench.title")}` }];
};

/**
 * The year's surveillance (§7.1): engineers plan and assign, inspectors see theirs first
 * (`?mine=0` shows all). Overdue: a visit not made by its due date, a nonconformity past 60 days.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token, viewer } = await requireViewer(request, WORKBENCH_ROLES);
  const today = await platformToday(request, token);
  const search = new URL(request.url).searchParams;
  const year = pageYear(search, today);
  const result = await signedIn(request, () => graphql(SurveillancePlansQuery, { year, status: null }, { token, request }));
  const inspector = viewer.role === "INSPECTOR";
  const mine = inspector && search.get("mine") !== "0";
  const plans = mine ? result.surveillancePlans.filter((p) => p.inspector?.id === viewer.id) : result.surveillancePlans;
  return { lang: getLang(request), today, year, plans, mine, inspector, engineer: viewer.role === "ENGINEER", reference: result.surveillanceReference };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, ["ENGINEER"]);
  const form = await request.formData();
  const at = posted(form, ["planYear", "extra"]);
  const options = { token, request };
  if (at.intent === "planYear") return submit(request, at, parsePlanYear(form), (input) => graphql(PlanSurveillanceYearMutation, input, options));
  return submit(request, at, parseExtraVisit(form), (input) => graphql(ScheduleExtraSurveillanceMutation, input, options));
}

export default function WorkbenchSurveillancePage() {
  const { today, year, plans, mine, inspector, engineer, reference } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failure = actionData?.failure as FormFailure | null | undefined;
  const [search] = useSearchParams();
  const t = useT();
  const counts = SURVEILLANCE_STATUSES.map((s) => ({ s, n: plans.filter((p) => p.status === s).length })).filter((c) => c.n > 0);
  return (
    <>
      <h1>{t("sv.title", { year })}</h1>
      <p className="hint">{t("sv.intro")}</p>
      <Form method="get" className="inbox-filter" data-testid="year-form">
        <label htmlFor="sv-year">{t("sv.year")}</label>{" "}
        <input id="sv-year" name="year" type="text" inputMode="numeric" defaultValue={year} size={6} data-testid="input-year-filter" />{" "}
        {inspector && !mine ? <input type="hidden" name="mine" value="0" /> : null}
        <button type="submit" className="button button--small button--secondary">{t("sv.showYear")}</button>
      </Form>
      {inspector ? (
        <nav aria-label={t("inbox.filter")} className="inbox-filter" data-testid="sv-filter">
          <Link to={`?year=${year}`} aria-current={mine ? "page" : undefined} className={`button button--small${mine ? "" : " button--secondary"}`} data-testid="sv-mine">{t("sv.mine")}</Link>{" "}
          <Link to={`?year=${year}&mine=0`} aria-current={mine ? undefined : "page"} className={`button button--small${mine ? " button--secondary" : ""}`} data-testid="sv-all">{t("sv.all")}</Link>
        </nav>
      ) : null}
      {search.has("done") && !actionData ? <p className="notice-ok" role="status" data-testid="sv-done">{t("sv.done")}</p> : null}
      {engineer ? (
        <div className="case-actions">
          <PlanYearForm year={year} failure={failure} />
          <ExtraVisitForm reference={reference} failure={failure} />
        </div>
      ) : null}
      {plans.length === 0 ? (
        <div className="empty" data-testid="empty-state"><p className="empty__title">{mine ? t("sv.emptyMine") : t("sv.empty")}</p></div>
      ) : (
        <>
          <p className="result-count" data-testid="plan-count" data-count={plans.length}>
            {t("sv.count", { count: plans.length })}
            {counts.length ? ` · ${counts.map((c) => `${t(`sv.status.${c.s}`)} ${c.n}`).join(" · ")}` : ""}
          </p>
          <PlanList plans={plans} today={today} hrefBase="/workbench/surveillance" />
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
