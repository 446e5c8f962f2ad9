import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CaseList } from "../components/CaseList";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { byEarliestDue } from "../cases/clocks";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { CertificationCasesQuery } from "../queries.server";
import type { CaseStatus } from "../types";

/** Cases the certification body has to move on: submitted and not yet ended (drafts are the applicant's). */
const INBOX: CaseStatus[] = ["SUBMITTED", "RETURNED", "DOCUMENT_REVIEW", "SUPPLEMENT_REQUESTED", "IN_EVALUATION", "IN_REVIEW", "AWAITING_DECISION"];

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("workbench.title")} · ${t("site.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, WORKBENCH_ROLES);
  const result = await signedIn(request, () => graphql(CertificationCasesQuery, { status: INBOX }, { token, request }));
  return { lang: getLang(request), cases: byEarliestDue(result.certificationCases) };
}

export default function WorkbenchPage() {
  const { cases } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("workbench.title")}</h1>
      <h2 className="visually-hidden">{t("workbench.inbox")}</h2>
      {cases.length === 0 ? (
        <div className="empty" data-testid="empty-state">
          <p className="empty__title">{t("workbench.empty")}</p>
        </div>
      ) : (
        <>
          <p className="result-count" data-testid="case-count" data-count={cases.length}>
            {t("workbench.count", { count: cases.length })}
          </p>
          <CaseList cases={cases} hrefBase="/workbench/cases" showApplicant />
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
