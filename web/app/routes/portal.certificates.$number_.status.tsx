import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { PORTAL_ROLES, requireViewer } from "../cases/access.server";
import { runStatusForm } from "../certificate-status/actions.server";
import { HOLDER_INTENTS } from "../certificate-status/forms";
import { HolderForms } from "../certificate-status/HolderForms";
import { loadStatusPage } from "../certificate-status/load.server";
import { RecordSummary } from "../certificate-status/RecordSummary";
import { RequestList } from "../certificate-status/RequestList";
import type { StatusFailure } from "../certificate-status/types";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data, params }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("certStatus.portal.title", { number: params.number ?? "" })} · ${t("site.title")}` }];
};

/** The holder's own certificate only: another holder's number answers 404, like an unknown one. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await loadStatusPage(request, params.number ?? "", PORTAL_ROLES);
  return { lang: getLang(request), record: page.record, requests: page.requests, reasons: page.reasons };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  return runStatusForm(request, token, params.number ?? "", HOLDER_INTENTS);
}

export default function PortalCertificateStatusPage() {
  const { record, requests, reasons } = useLoaderData<typeof loader>();
  const failure = (useActionData<typeof action>() as { failure?: StatusFailure } | undefined)?.failure;
  const [searchParams] = useSearchParams();
  const t = useT();
  return (
    <article className="case" data-testid="certificate-status-page" data-number={record.number}>
      <p className="back">
        <Link to={`/portal/certificates/${encodeURIComponent(record.number)}`}>← {t("certStatus.back.portal")}</Link>
      </p>
      <header className="case__header">
        <h1>{t("certStatus.portal.title", { number: record.number })}</h1>
        <p className="hint">{t("certStatus.portal.intro")}</p>
      </header>
      <RecordSummary record={record} done={searchParams.get("done")} />
      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t("certStatus.portal.actions")}</h2>
        <HolderForms record={record} requests={requests} reasons={reasons} failure={failure} />
      </section>
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t("certStatus.requests")}</h2>
        <RequestList requests={requests} reasons={reasons} decide={false} />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
