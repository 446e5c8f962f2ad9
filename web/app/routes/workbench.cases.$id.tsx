import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CaseActionForm } from "../components/CaseActionForm";
import { CaseDetailView } from "../components/CaseDetailView";
import { CaseDocuments } from "../components/CaseDocuments";
import { DecisionLinks } from "../components/DecisionLinks";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer } from "../cases/access.server";
import { runCaseAction } from "../cases/actions.server";
import { CASE_INTENTS, caseIntents } from "../cases/intents";
import { caseId, loadCasePage } from "../cases/load.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("case.title", { caseNo: data?.c.caseNo ?? "" })} · ${t("workbench.title")}` }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { c, viewer, page } = await loadCasePage(request, params, WORKBENCH_ROLES);
  return { lang: getLang(request), c, page, role: viewer.role };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = caseId(params);
  const { token } = await requireViewer(request, WORKBENCH_ROLES);
  return runCaseAction(request, token, id, CASE_INTENTS);
}

export default function WorkbenchCasePage() {
  const { c, page, role } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  // What the API offers this viewer now; review and decision have their own page (DecisionLinks).
  const intents = caseIntents(page.availableActions);
  return (
    <CaseDetailView
      c={c}
      back={{ to: "/workbench", label: t("case.back.workbench") }}
      done={searchParams.has("done") && !actionData}
      evaluationLinks={<DecisionLinks caseId={c.id} status={c.status} />}
      actions={
        intents.length === 0 ? (
          // The role only picks the explanation: an engineer has none now, other staff read here.
          <p>{t(role === "ENGINEER" ? "case.actions.none" : "case.actions.readOnly")}</p>
        ) : (
          <div className="case-actions">
            {intents.map((intent) => (
              <CaseActionForm key={intent} intent={intent} version={c.version} failure={actionData?.failure} />
            ))}
          </div>
        )
      }
      documents={<CaseDocuments page={page} version={c.version} downloadBase={`/workbench/cases/${c.id}/documents`} />}
    />
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
