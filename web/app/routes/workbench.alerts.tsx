import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { AcknowledgeStaffAlertMutation, MyAlertsQuery } from "../cases/alert-queries.server";
import { graphql } from "../graphql.server";
import { useLang, useT } from "../hooks";
import { pick, translator } from "../i18n";
import { getLang } from "../lang.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("alerts.title")} · ${t("workbench.title")}` }];
};

/** The signed-in staff member's own overdue alerts; `?all=1` includes acknowledged ones. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, WORKBENCH_ROLES);
  const all = new URL(request.url).searchParams.get("all") === "1";
  const result = await signedIn(request, () => graphql(MyAlertsQuery, { includeAcknowledged: all }, { token, request }));
  return { lang: getLang(request), alerts: result.myAlerts, all };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, WORKBENCH_ROLES);
  const form = await request.formData();
  const id = String(form.get("alertId") ?? "");
  await signedIn(request, () => graphql(AcknowledgeStaffAlertMutation, { id }, { token, request }));
  const url = new URL(request.url);
  return redirect(`${url.pathname}${url.search}`);
}

export default function WorkbenchAlertsPage() {
  const { alerts, all } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <article data-testid="alerts-page">
      <p className="back">
        <Link to="/workbench">← {t("nav.workbench")}</Link>
      </p>
      <h1>{t("alerts.title")}</h1>
      <p className="secondary">{t("alerts.intro")}</p>
      <p>
        <Link to={all ? "/workbench/alerts" : "/workbench/alerts?all=1"} className="button button--small button--secondary" data-testid="alerts-toggle">
          {t(all ? "alerts.showOpen" : "alerts.showAll")}
        </Link>
      </p>
      {alerts.length === 0 ? (
        <p data-testid="alerts-none">{t("alerts.none")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t("alerts.title")} tabIndex={0}>
          <table data-testid="alerts">
            <thead>
              <tr>
                <th scope="col">{t("alerts.case")}</th>
                <th scope="col">{t("alerts.clock")}</th>
                <th scope="col">{t("alerts.dueOn")}</th>
                <th scope="col">{t("alerts.daysOverdue")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("alerts.acknowledge")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {alerts.map((a) => (
                <tr key={a.id} data-testid="alert" data-clock={a.clockKey} data-case-id={a.caseId}>
                  <td>
                    <Link to={`/workbench/cases/${a.caseId}`}>{a.caseNo}</Link>
                  </td>
                  <td>
                    {pick(lang, a.clockLabelZh, a.clockLabelEn)} <span className="secondary">{a.clause}</span>
                    {a.round > 1 ? <span className="secondary"> #{a.round}</span> : null}
                    {a.clockStoppedOn ? <span className="secondary"> · {t("alerts.stopped", { on: a.clockStoppedOn })}</span> : null}
                  </td>
                  <td>{a.dueOn}</td>
                  <td data-testid="alert-days">{a.daysOverdue}</td>
                  <td>
                    {a.acknowledgedAt ? (
                      <span className="secondary">{t("alerts.acknowledged")}</span>
                    ) : (
                      <Form method="post">
                        <input type="hidden" name="alertId" value={a.id} />
                        <button type="submit" className="button button--small" data-testid="alert-acknowledge">
                          {t("alerts.acknowledge")}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
