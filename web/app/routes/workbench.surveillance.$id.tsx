import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { InspectorsQuery } from "../cases/inspection-queries.server";
import { LabsQuery } from "../cases/type-test-queries.server";
import { graphql } from "../graphql.server";
import { useLang, useT } from "../hooks";
import { pick, translator } from "../i18n";
import { getLang } from "../lang.server";
import { posted, submit } from "../surveillance/actions.server";
import { parseAssign, parseSample, parseVerdict, parseVerify, parseVisit } from "../surveillance/forms";
import { platformToday } from "../surveillance/load.server";
import { AssignForm, EvaluateForm, SampleForm, VerifyForm, VisitForm } from "../surveillance/PlanForms";
import { PlanFacts, PlanStatus, VisitRecord } from "../surveillance/PlanViews";
import {
  AssignSurveillanceVisitMutation, EvaluateSurveillanceMutation, RecordSurveillanceSampleMutation, RecordSurveillanceVisitMutation,
  SurveillanceCertificateModelsQuery, SurveillancePlanPageQuery, SurveillanceSamplesQuery, VerifySurveillanceRectificationMutation,
} from "../surveillance/queries.server";
import { SampleCard } from "../surveillance/SampleViews";
import type { FormFailure, SampleWarning } from "../surveillance/types";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  const title = data ? t("sv.plan.title", { number: data.plan.certificateNumber, year: data.plan.year, kind: t(`sv.kind.${data.plan.kind}`) }) : t("sv.nav");
  return [{ title: `${title} · ${t("workbench.title")}` }];
};

async function loadPlan(request: Request, id: string) {
  const { token, viewer } = await requireViewer(request, WORKBENCH_ROLES);
  const found = await signedIn(request, () => graphql(SurveillancePlanPageQuery, { id }, { token, request }));
  if (!found.surveillancePlan) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  return { token, viewer, plan: found.surveillancePlan, reference: found.surveillanceReference };
}

/** One surveillance with its visit and the samples of its factory and design type for the year (§7.1–§7.3). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, viewer, plan, reference } = await loadPlan(request, params.id ?? "");
  const options = { token, request };
  const engineer = viewer.role === "ENGINEER";
  const [today, samples, lastYear, models, inspectors, labs] = await Promise.all([
    platformToday(request, token),
    signedIn(request, () => graphql(SurveillanceSamplesQuery, { year: plan.year }, options)),
    engineer ? signedIn(request, () => graphql(SurveillanceSamplesQuery, { year: plan.year - 1 }, options)) : null,
    signedIn(request, () => graphql(SurveillanceCertificateModelsQuery, { number: plan.certificateNumber }, options)),
    engineer ? signedIn(request, () => graphql(InspectorsQuery, {}, options)) : null,
    engineer ? signedIn(request, () => graphql(LabsQuery, {}, options)) : null,
  ]);
  const same = (s: { factoryCode: string; productType: string }) => s.factoryCode === plan.factoryCode && s.productType === plan.productType;
  const last = (lastYear?.surveillanceSamples ?? []).filter((s) => same(s) && s.ratedCurrent !== null && s.purpose !== "RETEST").at(-1) ?? null;
  return {
    lang: getLang(request), today, plan, reference, role: viewer.role, me: viewer.id,
    samples: samples.surveillanceSamples.filter((s) => s.planId === plan.id || same(s)), last,
    models: models.certificate?.models ?? [], inspectors: inspectors?.inspectors ?? [], labs: labs?.labs ?? [],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, plan } = await loadPlan(request, params.id ?? "");
  const form = await request.formData();
  const at = posted(form, ["assign", "visit", "verify", "evaluate", "sample"]);
  const options = { token, request };
  const id = plan.id;
  const version = at.version;
  switch (at.intent) {
    case "assign":
      return submit(request, at, parseAssign(form), (input) => graphql(AssignSurveillanceVisitMutation, { id, version, ...input }, options));
    case "visit":
      return submit(request, at, parseVisit(form), (input) => graphql(RecordSurveillanceVisitMutation, { id, version, input }, options));
    case "verify":
      return submit(request, at, parseVerify(form), (input) => graphql(VerifySurveillanceRectificationMutation, { id, version, ...input }, options));
    case "evaluate":
      return submit(request, at, parseVerdict(form), (input) => graphql(EvaluateSurveillanceMutation, { id, version, ...input }, options));
    default:
      return submit(request, at, parseSample(form), (input) => graphql(RecordSurveillanceSampleMutation, { input: { planId: id, ...input } }, options),
        (result) => ({ warnings: result.recordSurveillanceSample.warnings }));
  }
}

export default function WorkbenchSurveillancePlanPage() {
  const { today, plan: p, reference, role, me, samples, last, models, inspectors, labs } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failure = actionData?.failure as FormFailure | null | undefined;
  const warnings = (actionData?.warnings ?? []) as unknown as SampleWarning[];
  const [search] = useSearchParams();
  const t = useT();
  const lang = useLang();
  const engineer = role === "ENGINEER";
  const assigned = role === "INSPECTOR" && p.inspector?.id === me;
  const openNcs = p.status === "RECTIFYING" ? (p.visit?.nonconformities ?? []).filter((n) => !n.rectifiedOn) : [];
  const annualSample = samples.some((s) => s.purpose === "SURVEILLANCE");
  return (
    <article className="case" data-testid="plan-page" data-id={p.id} data-status={p.status} data-version={p.version}>
      <p className="back"><Link to={`/workbench/surveillance?year=${p.year}`}>← {t("sv.plan.back")}</Link></p>
      <header className="case__header">
        <h1>{t("sv.plan.title", { number: p.certificateNumber, year: p.year, kind: t(`sv.kind.${p.kind}`) })}</h1>
        <p className="case__status"><PlanStatus plan={p} /> <Link to={`/certificates/${p.certificateNumber}`}>{p.certificateNumber}</Link></p>
        {search.has("done") && !actionData ? <p className="notice-ok" role="status" data-testid="sv-done">{t("sv.done")}</p> : null}
        {warnings.length ? (
          <div className="form-error" role="status" data-testid="sample-warnings">
            <p>{t("sv.sample.warning")}</p>
            <ul>{warnings.map((w) => <li key={w.code} data-code={w.code}>{pick(lang, w.messageZh, w.messageEn)} <span className="tag">{w.clause}</span></li>)}</ul>
          </div>
        ) : null}
      </header>
      <PlanFacts plan={p} reference={reference} today={today} />
      <VisitRecord plan={p} reference={reference} />
      <section aria-labelledby="samples-heading">
        <h2 id="samples-heading">{t("sv.samples")}</h2>
        {samples.length === 0 ? <p data-testid="samples-none">{t("sv.samples.none")}</p> : (
          <ol className="result-list" data-testid="samples">{samples.map((s) => <SampleCard key={s.id} s={s} today={today} />)}</ol>
        )}
      </section>
      <section aria-labelledby="actions-heading" className="case__actions">
        <h2 id="actions-heading">{t("case.actions")}</h2>
        <div className="case-actions case-actions--wide">
          {engineer && p.status === "PLANNED" ? <AssignForm plan={p} inspectors={inspectors} failure={failure} /> : null}
          {assigned && p.status === "PLANNED" && p.personDays !== null ? <VisitForm plan={p} reference={reference} models={models} failure={failure} /> : null}
          {(engineer || assigned) ? openNcs.map((n) => <VerifyForm key={n.id} plan={p} nonconformityId={n.id} label={`${n.itemId} · ${n.description}`} failure={failure} />) : null}
          {engineer && p.status === "VISITED" ? <EvaluateForm plan={p} failure={failure} /> : null}
          {engineer && p.kind === "ANNUAL" && !["PASSED"].includes(p.status) ? <SampleForm models={models} labs={labs} last={annualSample ? null : last} failure={failure} /> : null}
        </div>
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
