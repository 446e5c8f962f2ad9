import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { requireViewer, signedIn } from "../cases/access.server";
import { LabTypeTestsQuery } from "../cases/type-test-queries.server";
import { graphql } from "../graphql.server";
import { useLang, useT } from "../hooks";
import { pick, translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("lab.title")} · ${t("site.title")}` }];
};

/** The lab's worklist: the type tests assigned to its laboratory (`labTypeTests`), open ones first. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, ["LAB"]);
  const result = await signedIn(request, () => graphql(LabTypeTestsQuery, {}, { token, request }));
  return { lang: getLang(request), tests: result.labTypeTests };
}

export default function LabPage() {
  const { tests } = useLoaderData<typeof loader>();
  const lang = useLang();
  const t = useT();
  return (
    <>
      <h1>{t("lab.title")}</h1>
      <p>{t("lab.intro")}</p>
      <p><Link to="/lab/samples" data-testid="nav-lab-samples">{t("sv.lab.nav")}</Link></p>
      <h2>{t("lab.list")}</h2>
      {tests.length === 0 ? (
        <p data-testid="lab-empty">{t("lab.empty")}</p>
      ) : (
        <ol className="result-list" data-testid="lab-type-tests">
          {tests.map((tt) => (
            <li key={tt.caseId} className="result case-row" data-testid="lab-type-test" data-case-no={tt.caseNo} data-status={tt.status} data-open={tt.open || undefined}>
              <div className="result__head">
                <Link to={`/lab/cases/${tt.caseId}`} className="result__number" data-testid="lab-type-test-link">
                  {tt.caseNo}
                </Link>
                <span className="tag">{tt.open ? t(`typeTestStatus.${tt.status}`) : `${t(`typeTestStatus.${tt.status}`)} · ${t("lab.closed")}`}</span>
              </div>
              <p className="result__product">
                {pick(lang, tt.productNameZh, tt.productNameEn)} · {tt.series}
              </p>
              <dl className="result__facts">
                <div>
                  <dt>{t("typeTest.round")}</dt>
                  <dd>{tt.round}</dd>
                </div>
                <div>
                  <dt>{t("lab.due")}</dt>
                  <dd data-testid="lab-type-test-due">{tt.dueOn ?? tt.rectificationDueOn ?? "—"}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
