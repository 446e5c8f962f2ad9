import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CaseStatusBadge } from "../components/CaseStatusBadge";
import { ErrorPanel } from "../components/ErrorPanel";
import { InspectionForms } from "../components/InspectionForms";
import { InspectionSummary } from "../components/InspectionSummary";
import { WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { runInspectionStep } from "../cases/inspection-actions.server";
import { FactoryInspectionQuery, InspectorsQuery } from "../cases/inspection-queries.server";
import { caseId, loadCase } from "../cases/load.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("inspection.pageTitle", { caseNo: data?.c.caseNo ?? "" })} · ${t("workbench.title")}` }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { c, viewer, token } = await loadCase(request, params, WORKBENCH_ROLES);
  const [fi, staff] = await Promise.all([
    signedIn(request, () => graphql(FactoryInspectionQuery, { caseId: c.id }, { token, request })),
    viewer.role === "ENGINEER" ? signedIn(request, () => graphql(InspectorsQuery, {}, { token, request })) : Promise.resolve({ inspectors: [] }),
  ]);
  return { lang: getLang(request), c, role: viewer.role, viewerId: viewer.id, inspection: fi.factoryInspection, inspectors: staff.inspectors };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = caseId(params);
  const { token } = await requireViewer(request, ["ENGINEER", "INSPECTOR"]);
  const fi = (await signedIn(request, () => graphql(FactoryInspectionQuery, { caseId: id }, { token, request }))).factoryInspection;
  if (!fi) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  return runInspectionStep(request, token, fi);
}

export default function WorkbenchInspectionPage() {
  const { c, role, viewerId, inspection, inspectors } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const done = searchParams.has("done") && !actionData;
  return (
    <article className="case" data-testid="inspection-page" data-case-id={c.id}>
      <p className="back">
        <Link to={`/workbench/cases/${c.id}`}>← {t("typeTest.back")}</Link>
      </p>
      <header className="case__header">
        <h1>{t("inspection.pageTitle", { caseNo: c.caseNo })}</h1>
        <p className="case__status">
          <CaseStatusBadge status={c.status} />
        </p>
        {done && inspection ? (
          <p className="notice-ok" role="status" data-testid="step-done">
            {t("inspection.done", { status: t(`inspectionStatus.${inspection.status}`) })}
          </p>
        ) : null}
      </header>
      {inspection ? (
        <>
          <section aria-labelledby="fi-actions" className="case__actions">
            <h2 id="fi-actions">{t("case.actions")}</h2>
            <InspectionForms fi={inspection} role={role} viewerId={viewerId} inspectors={inspectors} failure={actionData?.failure} />
          </section>
          <section aria-labelledby="fi-heading">
            <h2 id="fi-heading">{t("inspection.title")}</h2>
            <InspectionSummary fi={inspection} />
          </section>
        </>
      ) : (
        <p>{t("inspection.none")}</p>
      )}
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
