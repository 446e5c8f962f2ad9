import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { requireViewer, signedIn } from "../cases/access.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { posted, submit } from "../surveillance/actions.server";
import { pageYear } from "../surveillance/dates";
import { parseNothing, parseVerdict } from "../surveillance/forms";
import { platformToday } from "../surveillance/load.server";
import { EnterSurveillanceSampleResultMutation, RecordSampleReceivedMutation, SurveillanceSamplesQuery } from "../surveillance/queries.server";
import { SampleCard } from "../surveillance/SampleViews";
import type { FormFailure } from "../surveillance/types";
import { ReceivedForm, ResultForm } from "../surveillance/YearForms";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("sv.lab.nav")} · ${t("lab.title")}` }];
};

/** Surveillance samples sent to this lab (§7.2): receipt starts the 30 working days, then the result. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, ["LAB"]);
  const today = await platformToday(request, token);
  const year = pageYear(new URL(request.url).searchParams, today);
  const result = await signedIn(request, () => graphql(SurveillanceSamplesQuery, { year }, { token, request }));
  return { lang: getLang(request), today, year, samples: result.surveillanceSamples };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, ["LAB"]);
  const form = await request.formData();
  const at = posted(form, ["received", "result"]);
  const options = { token, request };
  if (at.intent === "received") return submit(request, at, parseNothing(form), () => graphql(RecordSampleReceivedMutation, { id: at.target, version: at.version }, options));
  return submit(request, at, parseVerdict(form), (input) => graphql(EnterSurveillanceSampleResultMutation, { id: at.target, version: at.version, ...input }, options));
}

export default function LabSamplesPage() {
  const { today, year, samples } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failure = actionData?.failure as FormFailure | null | undefined;
  const [search] = useSearchParams();
  const t = useT();
  return (
    <>
      <p className="back"><Link to="/lab">← {t("lab.title")}</Link></p>
      <h1>{t("sv.lab.title", { year })}</h1>
      <nav className="inbox-filter" aria-label={t("sv.year")}>
        <Link to={`?year=${year - 1}`}>{year - 1}</Link>{" · "}<Link to={`?year=${year + 1}`}>{year + 1}</Link>
      </nav>
      {search.has("done") && !actionData ? <p className="notice-ok" role="status" data-testid="sv-done">{t("sv.done")}</p> : null}
      {samples.length === 0 ? <p data-testid="lab-samples-empty">{t("sv.lab.empty")}</p> : (
        <ol className="result-list" data-testid="samples">
          {samples.map((s) => (
            <SampleCard key={s.id} s={s} today={today} actions={
              s.status === "TAKEN" || s.status === "LAB_CONTACTED" ? <ReceivedForm sample={s} failure={failure} />
                : s.status === "RECEIVED" ? <ResultForm sample={s} failure={failure} /> : null
            } />
          ))}
        </ol>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
