import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { StatusBadge } from "../components/StatusBadge";
import { ChangeKeyComponents, ChangeModelsTable, ChangeRequestList } from "../certificate-change/ChangeViews";
import { loadOwnCertificate } from "../certificate-change/load.server";
import { RecertificationPanel } from "../recertification/RecertificationPanel";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data, params }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("change.cert.title", { number: params.number ?? "" })} · ${t("site.title")}` }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { certificate, requests } = await loadOwnCertificate(request, params.number ?? "");
  return { lang: getLang(request), certificate, requests };
}

export default function PortalCertificatePage() {
  const { certificate: c, requests } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const canChange = c.status === "VALID" || c.status === "SUSPENDED";
  return (
    <article className="case" data-testid="portal-certificate" data-number={c.number} data-version-no={c.currentVersionNo}>
      <p className="back">
        <Link to="/portal/certificates">← {t("change.portal.title")}</Link>
      </p>
      <header className="case__header">
        <h1>{t("change.cert.title", { number: c.number })}</h1>
        <p>
          <StatusBadge status={c.status} /> {t("change.cert.version", { no: c.currentVersionNo, date: c.issuedOn, expires: c.expiresOn })}
        </p>
        <p>
          <Link to={`/certificates/${c.number}`}>{t("change.cert.registry")}</Link>
        </p>
        <p><Link to={`/portal/certificates/${c.number}/status`} data-testid="certificate-status-link">{t("certStatus.portal.link")}</Link></p>
        {searchParams.get("done") === "requested" ? (
          <p className="notice-ok" role="status" data-testid="change-requested">
            {t("change.requested")}
          </p>
        ) : null}
      </header>
      {canChange ? (
        <p className="case-actions">
          <Link to={`/portal/certificates/${c.number}/variation`} className="button" data-testid="request-variation">
            {t("change.requestVariation")}
          </Link>
          {c.status === "VALID" ? (
            <Link to={`/portal/certificates/${c.number}/extension`} className="button button--secondary" data-testid="request-extension">
              {t("change.requestExtension")}
            </Link>
          ) : null}
        </p>
      ) : null}
      <RecertificationPanel number={c.number} />
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t("change.requests")}</h2>
        <ChangeRequestList requests={requests} hrefBase={null} showCertificate={false} />
      </section>
      <section aria-labelledby="scope-heading">
        <h2 id="scope-heading">{t("cert.scope")}</h2>
        <ChangeModelsTable models={c.models} testId="current-models" />
      </section>
      <section aria-labelledby="kc-heading">
        <h2 id="kc-heading">{t("cert.keyComponents")}</h2>
        <ChangeKeyComponents configurations={c.keyComponentConfigurations} testId="current-key-components" />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
