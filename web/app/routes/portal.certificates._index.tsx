import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { StatusBadge } from "../components/StatusBadge";
import { PORTAL_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { ChangeableCertificatesQuery } from "../certificate-change/queries.server";
import { graphql } from "../graphql.server";
import { useLang, useT } from "../hooks";
import { pick, translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("change.portal.title")} · ${t("site.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  // The API lists the caller's own organisation's certificates only.
  const result = await signedIn(request, () => graphql(ChangeableCertificatesQuery, {}, { token, request }));
  return { lang: getLang(request), certificates: result.changeableCertificates };
}

export default function PortalCertificatesPage() {
  const { certificates } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h1>{t("change.portal.title")}</h1>
      <p>{t("change.portal.intro")}</p>
      {certificates.length === 0 ? (
        <div className="empty" data-testid="empty-state">
          <p className="empty__title">{t("change.portal.empty")}</p>
        </div>
      ) : (
        <ol className="result-list" data-testid="my-certificates">
          {certificates.map((c) => (
            <li key={c.number} className="result" data-testid="my-certificate" data-number={c.number}>
              <div className="result__head">
                <Link to={`/portal/certificates/${c.number}`} className="result__number" data-testid="my-certificate-link">
                  {c.number}
                </Link>
                <StatusBadge status={c.status} />
              </div>
              <p className="result__product">
                {pick(lang, c.productNameZh, c.productNameEn)} · {c.series} · {t(`productTypeShort.${c.productType}`)} · {c.frameCurrent} A
              </p>
              <p className="secondary">{t("change.cert.version", { no: c.currentVersionNo, date: c.issuedOn, expires: c.expiresOn })}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
