import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CaseClocks } from "../components/CaseClocks";
import { CaseStatusBadge } from "../components/CaseStatusBadge";
import { DecisionForms } from "../components/DecisionForms";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { runDecisionStep } from "../cases/decision-actions.server";
import { decisionSteps } from "../cases/decision-steps";
import { caseId, loadCase } from "../cases/load.server";
import { graphql } from "../graphql.server";
import { DecisionReferenceQuery } from "../queries.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("decision.pageTitle", { caseNo: data?.c.caseNo ?? "" })} · ${t("workbench.title")}` }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { c, viewer, token } = await loadCase(request, params, WORKBENCH_ROLES);
  // The termination reasons of the case's own rule version (§8.4: a revision leaves running cases alone).
  const reference = await signedIn(request, () => graphql(DecisionReferenceQuery, { id: c.id, schemeId: c.schemeId, schemeVersion: c.schemeVersion }, { token, request }));
  const reasons = (reference.scheme?.terminationReasons ?? []).filter((r) => r.ends === "TERMINATED");
  return { lang: getLang(request), c, steps: decisionSteps(c.status, viewer.role), reasons, certificateNumber: reference.certificationCase?.certificateNumber ?? null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = caseId(params);
  const { token } = await requireViewer(request, ["ENGINEER", "REVIEWER", "DECIDER"]);
  return runDecisionStep(request, token, id);
}

export default function WorkbenchDecisionPage() {
  const { c, steps, reasons, certificateNumber } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const done = searchParams.has("done") && !actionData;
  return (
    <article className="case" data-testid="decision-page" data-case-id={c.id} data-version={c.version}>
      <p className="back">
        <Link to={`/workbench/cases/${c.id}`}>← {t("typeTest.back")}</Link>
      </p>
      <header className="case__header">
        <h1>{t("decision.pageTitle", { caseNo: c.caseNo })}</h1>
        <p className="case__status">
          <span className="visually-hidden">
            {t("decision.status")}
            {t("punct.colon")}
          </span>
          <CaseStatusBadge status={c.status} />
        </p>
        {done ? (
          <p className="notice-ok" role="status" data-testid="step-done">
            {t("decision.done", { status: t(`caseStatus.${c.status}`) })}
          </p>
        ) : null}
        {c.endReason ? <p data-testid="end-reason">{c.endReason}</p> : null}
        {certificateNumber ? (
          <p data-testid="certificate-number" data-number={certificateNumber}>
            {t("decision.certificate")}
            {t("punct.colon")}
            <Link to={`/certificates/${certificateNumber}`}>{certificateNumber}</Link>
            <span className="secondary"> {t("decision.certificate.registry")}</span>
          </p>
        ) : null}
      </header>
      <section aria-labelledby="d-actions" className="case__actions">
        <h2 id="d-actions">{t("case.actions")}</h2>
        <DecisionForms steps={steps} version={c.version} failure={actionData?.failure} reasons={reasons} />
      </section>
      <section aria-labelledby="d-clocks">
        <h2 id="d-clocks">{t("case.clocks")}</h2>
        <CaseClocks clocks={c.clocks} />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
