import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CaseActionForm } from "../components/CaseActionForm";
import { CaseDetailView } from "../components/CaseDetailView";
import { ErrorPanel } from "../components/ErrorPanel";
import { PORTAL_ROLES, requireViewer } from "../cases/access.server";
import { runCaseAction } from "../cases/actions.server";
import { APPLICANT_INTENTS, applicantIntents } from "../cases/intents";
import { caseId, loadCase } from "../cases/load.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("case.title", { caseNo: data?.c.caseNo ?? "" })} · ${t("portal.title")}` }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { c } = await loadCase(request, params, PORTAL_ROLES);
  return { lang: getLang(request), c };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = caseId(params);
  const { token } = await requireViewer(request, PORTAL_ROLES);
  return runCaseAction(request, token, id, APPLICANT_INTENTS);
}

export default function PortalCasePage() {
  const { c } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const intents = applicantIntents(c.status);
  return (
    <CaseDetailView
      c={c}
      back={{ to: "/portal", label: t("case.back.portal") }}
      done={searchParams.has("done") && !actionData}
      actions={
        intents.length === 0 ? (
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
