import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { ChangeRequestList } from "../certificate-change/ChangeViews";
import { CertificateChangeRequestsQuery } from "../certificate-change/queries.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

const OPEN = ["SUBMITTED", "TESTING", "AWAITING_DECISION"] as const;

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("change.workbench.title")} · ${t("workbench.title")}` }];
};

/** The open variation and extension requests, newest first: engineers evaluate, deciders decide. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, WORKBENCH_ROLES);
  const result = await signedIn(request, () => graphql(CertificateChangeRequestsQuery, { status: null }, { token, request }));
  const open = result.certificateChangeRequests.filter((r) => (OPEN as readonly string[]).includes(r.status));
  return { lang: getLang(request), requests: open };
}

export default function WorkbenchChangesPage() {
  const { requests } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("change.workbench.title")}</h1>
      {requests.length === 0 ? (
        <div className="empty" data-testid="empty-state">
          <p className="empty__title">{t("change.workbench.empty")}</p>
        </div>
      ) : (
        <ChangeRequestList requests={requests} hrefBase="/workbench/changes" showCertificate />
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
