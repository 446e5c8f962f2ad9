import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { CertificateRecordLookupQuery, OpenCertificateStatusRequestsQuery } from "../certificate-status/queries.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("certStatus.workbench.title")} · ${t("workbench.title")}` }];
};

/**
 * The decider's inbox of holders' requests (oldest first) and, for all staff, a lookup by number:
 * `?number=` opens that certificate's status page when the API shows the record.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token, viewer } = await requireViewer(request, WORKBENCH_ROLES);
  const number = (new URL(request.url).searchParams.get("number") ?? "").trim();
  if (number) {
    const found = await signedIn(request, () => graphql(CertificateRecordLookupQuery, { number }, { token, request }));
    if (found.certificateRecord) throw redirect(`/workbench/certificates/${encodeURIComponent(found.certificateRecord.number)}`);
  }
  const decider = viewer.role === "DECIDER";
  // Only deciders decide requests, so only they have the inbox (the API refuses it to others).
  const open = decider ? (await signedIn(request, () => graphql(OpenCertificateStatusRequestsQuery, {}, { token, request }))).openCertificateStatusRequests : [];
  return { lang: getLang(request), decider, open, notFound: number || null };
}

export default function WorkbenchCertificatesPage() {
  const { decider, open, notFound } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("certStatus.workbench.title")}</h1>
      <Form method="get" className="search-form" role="search" data-testid="certificate-lookup">
        <label htmlFor="lookup-number" className="search-box__label">
          {t("certStatus.lookup")}
        </label>
        <div className="search-box__row">
          <input id="lookup-number" type="search" name="number" defaultValue={notFound ?? ""} placeholder={t("certStatus.lookup.number")} autoComplete="off" data-testid="lookup-number" />
          <button type="submit" className="button" data-testid="lookup-submit">
            {t("certStatus.lookup.submit")}
          </button>
        </div>
        {notFound ? (
          <p className="field-error" role="alert" data-testid="lookup-not-found">
            {t("certStatus.lookup.notFound", { number: notFound })}
          </p>
        ) : null}
      </Form>
      <h2>{t("certStatus.inbox")}</h2>
      {!decider ? (
        <p className="muted">{t("certStatus.inbox.deciderOnly")}</p>
      ) : open.length === 0 ? (
        <div className="empty" data-testid="empty-state">
          <p className="empty__title">{t("certStatus.inbox.empty")}</p>
        </div>
      ) : (
        <>
          <p className="result-count" data-testid="request-count" data-count={open.length}>
            {t("certStatus.inbox.count", { count: open.length })}
          </p>
          <ul className="result-list" data-testid="open-requests">
            {open.map((r) => (
              <li key={r.id} className="result" data-testid="open-request" data-number={r.certificateNumber} data-kind={r.kind}>
                <p className="result__head">
                  <Link to={`/workbench/certificates/${encodeURIComponent(r.certificateNumber)}`} className="result__number" data-testid="open-request-link">
                    {r.certificateNumber}
                  </Link>
                  <span className="flag flag--paused">{t(`certStatus.kind.${r.kind}`)}</span>
                </p>
                <dl className="result__facts">
                  <div>
                    <dt>{t("certStatus.holder")}</dt>
                    <dd>{r.holderNameZh}</dd>
                  </div>
                  <div>
                    <dt>{t("certStatus.requestedOn")}</dt>
                    <dd>
                      <time dateTime={r.requestedOn}>{r.requestedOn}</time>
                    </dd>
                  </div>
                  <div>
                    <dt>{t("certStatus.explanation")}</dt>
                    <dd>{r.explanation}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
