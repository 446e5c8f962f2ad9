import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { PORTAL_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { posted, submit } from "../surveillance/actions.server";
import { pageYear } from "../surveillance/dates";
import { parseNothing } from "../surveillance/forms";
import { platformToday } from "../surveillance/load.server";
import { PlanList, VisitRecord } from "../surveillance/PlanViews";
import { RecordSampleLabContactMutation, SurveillancePlansQuery, SurveillanceSamplesQuery } from "../surveillance/queries.server";
import { SampleCard } from "../surveillance/SampleViews";
import type { FormFailure } from "../surveillance/types";
import { ContactForm } from "../surveillance/YearForms";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("sv.nav")} · ${t("portal.title")}` }];
};

/** The holder's surveillance of a year, read-only, and its samples; the API limits both to its own. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  const today = await platformToday(request, token);
  const year = pageYear(new URL(request.url).searchParams, today);
  const options = { token, request };
  const [plans, samples] = await Promise.all([
    signedIn(request, () => graphql(SurveillancePlansQuery, { year, status: null }, options)),
    signedIn(request, () => graphql(SurveillanceSamplesQuery, { year }, options)),
  ]);
  return { lang: getLang(request), today, year, plans: plans.surveillancePlans, reference: plans.surveillanceReference, samples: samples.surveillanceSamples };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  const form = await request.formData();
  const at = posted(form, ["contact"]);
  return submit(request, at, parseNothing(form), () => graphql(RecordSampleLabContactMutation, { id: at.target, version: at.version }, { token, request }));
}

export default function PortalSurveillancePage() {
  const { today, year, plans, reference, samples } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failure = actionData?.failure as FormFailure | null | undefined;
  const [search] = useSearchParams();
  const t = useT();
  const visited = plans.filter((p) => p.visit);
  return (
    <>
      <p className="back"><Link to="/portal">← {t("portal.title")}</Link></p>
      <h1>{t("sv.portal.title", { year })}</h1>
      <p className="hint">{t("sv.portal.intro")}</p>
      <nav className="inbox-filter" aria-label={t("sv.year")}>
        <Link to={`?year=${year - 1}`} data-testid="year-prev">{year - 1}</Link>{" · "}<Link to={`?year=${year + 1}`} data-testid="year-next">{year + 1}</Link>
      </nav>
      {search.has("done") && !actionData ? <p className="notice-ok" role="status" data-testid="sv-done">{t("sv.done")}</p> : null}
      <section aria-labelledby="samples-heading">
        <h2 id="samples-heading">{t("sv.samples")}</h2>
        {samples.length === 0 ? <p data-testid="samples-none">{t("sv.samples.none")}</p> : (
          <ol className="result-list" data-testid="samples">
            {samples.map((s) => <SampleCard key={s.id} s={s} today={today} actions={s.status === "TAKEN" ? <ContactForm sample={s} failure={failure} /> : null} />)}
          </ol>
        )}
      </section>
      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">{t("sv.portal.plans")}</h2>
        {plans.length === 0 ? <div className="empty" data-testid="empty-state"><p className="empty__title">{t("sv.empty")}</p></div> : <PlanList plans={plans} today={today} hrefBase={null} />}
        {visited.map((p) => (
          <div key={p.id} data-testid="portal-visit" data-number={p.certificateNumber}>
            <h3>{p.certificateNumber}</h3>
            <VisitRecord plan={p} reference={reference} />
          </div>
        ))}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
