import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useParams, useRouteError } from "@remix-run/react";
import { CertificateContents } from "../components/CertificateContents";
import { CertificateHistory, CertificateVersions } from "../components/CertificateHistory";
import { KeyComponentTables, ModelsTable } from "../components/CertificateTables";
import { ErrorPanel } from "../components/ErrorPanel";
import { StatusBadge } from "../components/StatusBadge";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { CertificateQuery } from "../queries.server";
import { getToken } from "../session.server";
import { FollowForm } from "../watchlist/FollowForm";
import { CertificateDocuments, FreshnessNote } from "../certificate-page/CertificateDocuments";
import { beijingTime } from "../certificate-page/format";
import { CertificateFreshnessQuery } from "../certificate-page/queries.server";

const NUMBER_PATTERN = /^[A-Za-z0-9-]{1,40}$/;

export const meta: MetaFunction<typeof loader> = ({ data, params }) => {
  const t = translator(data?.lang ?? "zh");
  const number = data?.certificate.number ?? params.number ?? "";
  return [{ title: `${t("cert.title", { number })} · ${t("site.title")}` }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const number = (params.number ?? "").trim();
  // Not a certificate number at all: no need to ask the API.
  if (!NUMBER_PATTERN.test(number)) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  const token = await getToken(request);
  const [result, fresh] = await Promise.all([
    graphql(CertificateQuery, { number }, { token, request }),
    graphql(CertificateFreshnessQuery, { number }, { token, request }),
  ]);
  if (!result.certificate) throw data({ reason: "NOT_FOUND" }, { status: 404 });
  const statusAsOf = fresh.certificate?.statusAsOf ?? null;
  const freshness = { statusAsOf: statusAsOf ? beijingTime(statusAsOf) : null, lagSeconds: fresh.registryFreshness.lagSeconds };
  return { lang: getLang(request), certificate: result.certificate, freshness };
}

export default function CertificatePage() {
  const { certificate, freshness } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <article className="certificate" data-testid="certificate">
      <p className="back">
        <Link to="/">← {t("cert.back")}</Link>
      </p>
      <header className="certificate__header">
        <h1>
          <span className="visually-hidden">{t("cert.number")} </span>
          <span data-testid="certificate-number">{certificate.number}</span>
        </h1>
        <p className="certificate__status">
          <span className="visually-hidden">
            {t("cert.status")}
            {t("punct.colon")}
          </span>
          <StatusBadge status={certificate.status} until={certificate.suspendedUntil} testId="status-badge" />
          {certificate.isDemo ? <span className="tag">{t("cert.demo")}</span> : null}
        </p>
        <FreshnessNote freshness={freshness} />
      </header>

      <CertificateContents certificate={certificate} />

      <section aria-labelledby="scope-heading">
        <h2 id="scope-heading">{t("cert.scope")}</h2>
        <ModelsTable models={certificate.models} />
      </section>

      <section aria-labelledby="kc-heading">
        <h2 id="kc-heading">{t("cert.keyComponents")}</h2>
        <KeyComponentTables configurations={certificate.keyComponentConfigurations} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("cert.history")}</h2>
        <CertificateHistory entries={certificate.statusHistory} />
      </section>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t("cert.versions")}</h2>
        <CertificateVersions versions={certificate.versions} currentVersionNo={certificate.currentVersionNo} />
      </section>

      <CertificateDocuments number={certificate.number} versions={certificate.versions} />
      <FollowForm number={certificate.number} />
    </article>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const params = useParams();
  const t = useT();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <section className="error-panel" role="alert" data-testid="not-found" data-status={404}>
        <h1>{t("cert.notFound.title")}</h1>
        <p>{t("cert.notFound.body", { number: params.number ?? "" })}</p>
        <p>
          <Link to="/">{t("cert.back")}</Link>
        </p>
      </section>
    );
  }
  return <ErrorPanel />;
}
