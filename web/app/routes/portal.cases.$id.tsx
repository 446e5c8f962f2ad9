import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CaseActionForm } from "../components/CaseActionForm";
import { CaseDetailView } from "../components/CaseDetailView";
import { CaseDocuments } from "../components/CaseDocuments";
import { ErrorPanel } from "../components/ErrorPanel";
import { PORTAL_ROLES, requireViewer } from "../cases/access.server";
import { runCaseAction } from "../cases/actions.server";
import { isDetach, isUpload, runDocumentDetach, runDocumentUpload } from "../cases/documents.server";
import { CASE_INTENTS, caseIntents } from "../cases/intents";
import { caseId, loadCasePage } from "../cases/load.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("case.title", { caseNo: data?.c.caseNo ?? "" })} · ${t("portal.title")}` }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { c, page } = await loadCasePage(request, params, PORTAL_ROLES);
  return { lang: getLang(request), c, page };
}

/** A case action (form post), or a §3.2 document upload (multipart post, streamed to the API) or removal. */
export async function action({ request, params }: ActionFunctionArgs) {
  const id = caseId(params);
  const { token } = await requireViewer(request, PORTAL_ROLES);
  if (isUpload(request)) return runDocumentUpload(request, token, id);
  if (isDetach(request)) return runDocumentDetach(request, token, id);
  return runCaseAction(request, token, id, CASE_INTENTS);
}

export default function PortalCasePage() {
  const { c, page } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const intents = caseIntents(page.availableActions);
  const failure = actionData && "failure" in actionData ? actionData.failure : undefined;
  const documentFailure = actionData && "documentFailure" in actionData ? actionData.documentFailure : undefined;
  const done = searchParams.get("done");
  return (
    <CaseDetailView
      c={c}
      back={{ to: "/portal", label: t("case.back.portal") }}
      done={done !== null && done !== "attach" && done !== "detach" && !actionData}
      actions={
        intents.length === 0 ? (
          <p>{t("case.actions.none")}</p>
        ) : (
          <div className="case-actions">
            {intents.map((intent) => (
              <CaseActionForm key={intent} intent={intent} version={c.version} failure={failure} />
            ))}
          </div>
        )
      }
      documents={
        <CaseDocuments page={page} version={c.version} downloadBase={`/portal/cases/${c.id}/documents`} failure={documentFailure} done={(done === "attach" || done === "detach") && !actionData ? done : undefined} />
      }
    />
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
