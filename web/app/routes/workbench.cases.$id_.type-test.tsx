import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CaseStatusBadge } from "../components/CaseStatusBadge";
import { ErrorPanel } from "../components/ErrorPanel";
import { TypeTestEngineerForms } from "../components/TypeTestEngineerForms";
import { TypeTestSummary } from "../components/TypeTestSummary";
import { WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { caseId, loadCase } from "../cases/load.server";
import { ENGINEER_TYPE_TEST_STEPS, runTypeTestStep } from "../cases/type-test-actions.server";
import { LabsQuery, TypeTestQuery } from "../cases/type-test-queries.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("typeTest.pageTitle", { caseNo: data?.c.caseNo ?? "" })} · ${t("workbench.title")}` }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { c, viewer, token } = await loadCase(request, params, WORKBENCH_ROLES);
  const engineer = viewer.role === "ENGINEER";
  const [tt, labs] = await Promise.all([
    signedIn(request, () => graphql(TypeTestQuery, { caseId: c.id }, { token, request })),
    engineer ? signedIn(request, () => graphql(LabsQuery, {}, { token, request })) : Promise.resolve({ labs: [] }),
  ]);
  return { lang: getLang(request), c, engineer, typeTest: tt.typeTest, labs: labs.labs };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = caseId(params);
  const { token } = await requireViewer(request, ["ENGINEER"]);
  return runTypeTestStep(request, token, id, ENGINEER_TYPE_TEST_STEPS);
}

export default function WorkbenchTypeTestPage() {
  const { c, engineer, typeTest, labs } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const done = searchParams.has("done") && !actionData;
  return (
    <article className="case" data-testid="type-test-page" data-case-id={c.id}>
      <p className="back">
        <Link to={`/workbench/cases/${c.id}`}>← {t("typeTest.back")}</Link>
      </p>
      <header className="case__header">
        <h1>{t("typeTest.pageTitle", { caseNo: c.caseNo })}</h1>
        <p className="case__status">
          <CaseStatusBadge status={c.status} />
        </p>
        {done && typeTest ? (
          <p className="notice-ok" role="status" data-testid="step-done">
            {t("typeTest.done", { status: t(`typeTestStatus.${typeTest.status}`) })}
          </p>
        ) : null}
      </header>
      {engineer && c.status === "IN_EVALUATION" ? (
        <section aria-labelledby="tt-actions" className="case__actions">
          <h2 id="tt-actions">{t("case.actions")}</h2>
          <TypeTestEngineerForms
            tt={typeTest}
            labs={labs}
            models={c.models.map((m) => m.designation)}
            configurations={c.keyComponentConfigurations.map((k) => k.label)}
            componentTypes={[...new Set(c.keyComponentConfigurations.flatMap((k) => k.components.map((x) => x.type)))]}
            failure={actionData?.failure}
          />
        </section>
      ) : null}
      <section aria-labelledby="tt-heading">
        <h2 id="tt-heading">{t("typeTest.title")}</h2>
        {typeTest ? <TypeTestSummary tt={typeTest} reportHref={typeTest.reportDocumentId ? `/workbench/cases/${c.id}/documents/${typeTest.reportDocumentId}` : undefined} /> : <p>{c.status === "IN_EVALUATION" ? t("typeTest.none") : t("typeTest.notInEvaluation")}</p>}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
