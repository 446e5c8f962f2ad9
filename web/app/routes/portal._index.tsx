import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CaseList } from "../components/CaseList";
import { ErrorPanel } from "../components/ErrorPanel";
import { PORTAL_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { CertificationCasesQuery } from "../queries.server";
import { PendingCertificateTransitionsQuery } from "../requirement-change/queries.server";
import { PortalTransitions } from "../requirement-change/TransitionViews";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("portal.title")} · ${t("site.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  // The API limits an enterprise user to their own organisation's cases.
  const result = await signedIn(request, () => graphql(CertificationCasesQuery, { status: null }, { token, request }));
  // §8.4: the holder's certificates still to transition to an announced requirement change.
  const transitions = await signedIn(request, () => graphql(PendingCertificateTransitionsQuery, {}, { token, request }));
  return { lang: getLang(request), cases: result.certificationCases, transitions: transitions.pendingCertificateTransitions };
}

export default function PortalPage() {
  const { cases, transitions } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <div className="page-head">
        <h1>{t("portal.title")}</h1>
        <Link to="/portal/applications/new" className="button" data-testid="new-application">
          {t("portal.new")}
        </Link>
      </div>
      <p>
        <Link to="/portal/certificates" data-testid="nav-portal-certificates">
          {t("change.nav")}
        </Link>
        {" · "}
        <Link to="/portal/marks" data-testid="nav-portal-marks">
          {t("mk.nav")}
        </Link>
        {" · "}
        <Link to="/portal/surveillance" data-testid="nav-portal-surveillance">
          {t("sv.nav")}
        </Link>
        {" · "}
        <Link to="/portal/users" data-testid="nav-portal-users">
          {t("users.title")}
        </Link>
      </p>
      <PortalTransitions transitions={transitions} />
      {cases.length === 0 ? (
        <div className="empty" data-testid="empty-state">
          <p className="empty__title">{t("portal.empty")}</p>
          <p>{t("portal.emptyHint")}</p>
        </div>
      ) : (
        <>
          <p className="result-count" data-testid="case-count" data-count={cases.length}>
            {t("portal.count", { count: cases.length })}
          </p>
          <CaseList cases={cases} hrefBase="/portal/cases" showApplicant={false} />
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
