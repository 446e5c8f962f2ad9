import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CaseActionForm } from "../components/CaseActionForm";
import { CaseDetailView } from "../components/CaseDetailView";
import { DecisionLinks } from "../components/DecisionLinks";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer } from "../cases/access.server";
import { runCaseAction } from "../cases/actions.server";
import { ENGINEER_INTENTS, engineerIntents } from "../cases/intents";
import { caseId, loadCase } from "../cases/load.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("case.title", { caseNo: data?.c.caseNo ?? "" })} · ${t("workbench.title")}` }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { c, viewer } = await loadCase(request, params, WORKBENCH_ROLES);
  return { lang: getLang(request), c, role: viewer.role };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = caseId(params);
  const { token } = await requireViewer(request, WORKBENCH_ROLES);
  return runCaseAction(request, token, id, ENGINEER_INTENTS);
}

export default function WorkbenchCasePage() {
  const { c, role } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const intents = engineerIntents(c.status, role);
  return (
    <CaseDetailView
      c={c}
      back={{ to: "/workbench", label: t("case.back.workbench") }}
      done={searchParams.has("done") && !actionData}
      evaluationLinks={<DecisionLinks caseId={c.id} status={c.status} />}
      actions={
        role !== "ENGINEER" ? (
          <p>{t("case.actions.readOnly")}</p>
        ) : intents.length === 0 ? (
          <p>{t("case.actions.none")}</p>
        ) : (
          <div className="case-actions">
            {intents.map((intent) => (
              <CaseActionForm key={intent} intent={intent} version={c.version} failure={actionData?.failure} />
            ))}
          </div>
        )
      }
    />
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
