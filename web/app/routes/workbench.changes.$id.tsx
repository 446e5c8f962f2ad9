import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { Field } from "../components/FormField";
import { ChangeFailureView, ChangeKeyComponents, ChangeModelsTable } from "../certificate-change/ChangeViews";
import { AssessForm, Evaluation, TestsForm } from "../certificate-change/EvaluationForms";
import type { ChangeFailure } from "../certificate-change/actions.server";
import { loadChangeRequest } from "../certificate-change/load.server";
import { runChangeStep } from "../certificate-change/steps.server";
import { useLang, useT } from "../hooks";
import { pick, translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  const title = data ? t("change.request.title", { kind: t(`change.kind.${data.change.kind}`), number: data.change.certificateNumber }) : t("change.workbench.title");
  return [{ title: `${title} · ${t("workbench.title")}` }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { change, certificate, viewer } = await loadChangeRequest(request, params.id ?? "");
  return { lang: getLang(request), change, certificate, role: viewer.role };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { change, token } = await loadChangeRequest(request, params.id ?? "");
  return runChangeStep(request, token, change.id, change.proposal.models.map((m) => m.designation));
}

export default function WorkbenchChangePage() {
  const { change: r, certificate: c, role } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failure = actionData?.failure as ChangeFailure | undefined;
  const [searchParams] = useSearchParams();
  const t = useT();
  const lang = useLang();
  const engineer = role === "ENGINEER";
  const decider = role === "DECIDER";
  return (
    <article className="case" data-testid="change-request-page" data-id={r.id} data-status={r.status} data-version={r.version}>
      <p className="back">
        <Link to="/workbench/changes">← {t("change.request.back")}</Link>
      </p>
      <header className="case__header">
        <h1>{t("change.request.title", { kind: t(`change.kind.${r.kind}`), number: r.certificateNumber })}</h1>
        <p>
          <span className="tag" data-testid="change-status">{t(`change.status.${r.status}`)}</span> {r.holderNameZh}
        </p>
        {searchParams.has("done") && !actionData ? (
          <p className="notice-ok" role="status" data-testid="step-done">
            {t("change.done", { status: t(`change.status.${r.status}`) })}
          </p>
        ) : null}
        {r.resultingVersionNo !== null ? (
          <p data-testid="result-version">
            <Link to={`/certificates/${r.certificateNumber}`}>{t("change.resultVersion", { no: r.resultingVersionNo })}</Link>
          </p>
        ) : null}
      </header>

      <section aria-labelledby="proposal-heading">
        <h2 id="proposal-heading">{t("change.proposal")}</h2>
        <dl className="facts">
          <div className="facts__row"><dt>{t("change.requestedOn")}</dt><dd>{r.requestedOn}</dd></div>
          <div className="facts__row"><dt>{t("change.basedOn")}</dt><dd>{r.basedOnVersionNo}</dd></div>
          {r.areas.length ? <div className="facts__row"><dt>{t("change.areas")}</dt><dd>{r.areas.map((a) => t(`change.area.${a}`)).join("、")}</dd></div> : null}
          <div className="facts__row"><dt>{t("change.description")}</dt><dd data-testid="change-description">{pick(lang, r.descriptionZh, r.descriptionEn)}</dd></div>
          {r.proposal.applicant?.nameZh ? <div className="facts__row"><dt>{t("change.applicantName")}</dt><dd>{c.applicant.nameZh} → {r.proposal.applicant.nameZh}</dd></div> : null}
          {r.proposal.applicant?.addressZh ? <div className="facts__row"><dt>{t("change.applicantAddress")}</dt><dd>{c.applicant.addressZh} → {r.proposal.applicant.addressZh}</dd></div> : null}
          {r.proposal.productNameZh ? <div className="facts__row"><dt>{t("change.productName")}</dt><dd>{c.productNameZh} → {r.proposal.productNameZh}</dd></div> : null}
          <div className="facts__row">
            <dt>{t("change.documents")}</dt>
            <dd>{r.documents.map((d) => `${d.fileName} (${d.documentType})`).join(", ")}</dd>
          </div>
        </dl>
        {r.proposal.keyComponentConfigurations.length ? (
          <>
            <h3>{t("change.kc")}</h3>
            <ChangeKeyComponents configurations={r.proposal.keyComponentConfigurations} testId="proposed-key-components" />
            <h3>{t("change.current")}</h3>
            <ChangeKeyComponents configurations={c.keyComponentConfigurations.filter((k) => r.proposal.keyComponentConfigurations.some((p) => p.label === k.label))} testId="current-key-components" />
          </>
        ) : null}
        {r.proposal.models.length ? <ChangeModelsTable models={r.proposal.models} testId="proposed-models" /> : null}
      </section>

      <Evaluation r={r} />

      <section aria-labelledby="actions-heading" className="case__actions">
        <h2 id="actions-heading">{t("case.actions")}</h2>
        {engineer && r.status === "SUBMITTED" ? <AssessForm r={r} c={c} failure={failure} /> : null}
        {engineer && r.status === "TESTING" ? <TestsForm r={r} failure={failure} /> : null}
        {decider && r.status === "AWAITING_DECISION" ? (
          <Form method="post" className="case-action" data-testid="step-form-approve">
            <input type="hidden" name="step" value="approve" />
            <input type="hidden" name="version" value={r.version} />
            <input type="hidden" name="certificateVersion" value={c.version} />
            <Field name="approveReason" label={t("change.reason")} />
            <ChangeFailureView failure={failure} step="approve" />
            <button type="submit" className="button" data-testid="step-approve">{t("change.approve")}</button>
          </Form>
        ) : null}
        {decider && ["SUBMITTED", "TESTING", "AWAITING_DECISION"].includes(r.status) ? (
          <Form method="post" className="case-action" data-testid="step-form-reject">
            <input type="hidden" name="step" value="reject" />
            <input type="hidden" name="version" value={r.version} />
            <Field name="reason" label={t("change.reason")} />
            <ChangeFailureView failure={failure} step="reject" />
            <button type="submit" className="button button--secondary" data-testid="step-reject">{t("change.reject")}</button>
          </Form>
        ) : null}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
