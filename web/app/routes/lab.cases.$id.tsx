import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { TypeTestLabForms } from "../components/TypeTestLabForms";
import { TypeTestSummary } from "../components/TypeTestSummary";
import { requireViewer, signedIn } from "../cases/access.server";
import { isUpload } from "../cases/documents.server";
import { caseId } from "../cases/load.server";
import { LAB_TYPE_TEST_STEPS, runTypeTestStep } from "../cases/type-test-actions.server";
import { TypeTestQuery } from "../cases/type-test-queries.server";
import { runConcludeWithReport } from "../cases/type-test-report.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("typeTest.pageTitle", { caseNo: data?.typeTest.caseNo ?? "" })} · ${t("lab.title")}` }];
};

/** A type test assigned to the viewer's lab; any other is a 404, as the API answers null. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = caseId(params);
  const { token } = await requireViewer(request, ["LAB"]);
  const result = await signedIn(request, () => graphql(TypeTestQuery, { caseId: id }, { token, request }));
  if (!result.typeTest) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  return { lang: getLang(request), typeTest: result.typeTest };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = caseId(params);
  const { token } = await requireViewer(request, ["LAB"]);
  // The conclusion with the report is a multipart post, streamed on to the API.
  if (isUpload(request)) return runConcludeWithReport(request, token, id);
  return runTypeTestStep(request, token, id, LAB_TYPE_TEST_STEPS);
}

export default function LabTypeTestPage() {
  const { typeTest } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const done = searchParams.has("done") && !actionData;
  return (
    <article className="case" data-testid="lab-type-test-page" data-case-id={typeTest.caseId}>
      <p className="back">
        <Link to="/lab">← {t("lab.back")}</Link>
      </p>
      <header className="case__header">
        <h1>{t("typeTest.pageTitle", { caseNo: typeTest.caseNo })}</h1>
        {done ? (
          <p className="notice-ok" role="status" data-testid="step-done">
            {t("typeTest.done", { status: t(`typeTestStatus.${typeTest.status}`) })}
          </p>
        ) : null}
      </header>
      {typeTest.status === "TESTING" ? (
        <section aria-labelledby="lab-actions" className="case__actions">
          <h2 id="lab-actions">{t("case.actions")}</h2>
          <TypeTestLabForms tt={typeTest} failure={actionData?.failure} />
        </section>
      ) : null}
      <section aria-labelledby="tt-heading">
        <h2 id="tt-heading">{t("typeTest.title")}</h2>
        <TypeTestSummary tt={typeTest} reportHref={typeTest.reportDocumentId ? `/lab/cases/${typeTest.caseId}/documents/${typeTest.reportDocumentId}` : undefined} />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
