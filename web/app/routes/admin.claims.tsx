import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { requireViewer, signedIn } from "../cases/access.server";
import { ADMIN_ROLES, formValues, refused, runAdminCall } from "../admin/actions.server";
import { AdminField, AdminPage, FormFailure } from "../admin/AdminChrome";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { ApproveClaimMutation, PendingClaimsQuery, RejectClaimMutation } from "../queries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("claims.title")} · ${t("admin.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const result = await signedIn(request, () => graphql(PendingClaimsQuery, {}, { token, request }));
  return { lang: getLang(request), claims: result.pendingOrganisationClaims };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const values = await formValues(request);
  const id = values.claimId ?? "";
  if (!id) throw data({ reason: "BAD_FORM" }, { status: 400 });
  const call =
    values.intent === "approve"
      ? () => graphql(ApproveClaimMutation, { id }, { token, request })
      : values.intent === "reject"
        ? () => graphql(RejectClaimMutation, { id, reason: values.reason ?? "" }, { token, request })
        : null;
  if (!call) throw data({ reason: "BAD_INTENT" }, { status: 400 });
  const result = await runAdminCall(request, id, values, call);
  if (result) return refused(result.failure);
  return redirect(`/admin/claims?decided=${id}`);
}

export default function AdminClaimsPage() {
  const { claims } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <AdminPage title="claims.title" hint="claims.hint">
      {claims.length === 0 ? (
        <div className="empty" data-testid="empty-state">
          <p className="empty__title">{t("claims.empty")}</p>
        </div>
      ) : (
        <ul className="admin-list">
          {claims.map((c) => {
            const failure = actionData?.failure?.target === c.id ? actionData.failure : undefined;
            return (
              <li key={c.id} className="admin-item" data-testid="claim">
                <h2>{c.nameZh}{c.nameEn ? <span className="muted"> {c.nameEn}</span> : null}</h2>
                <p><code>{c.creditCode}</code> · {c.addressZh}</p>
                <p>{c.displayName} &lt;{c.email}&gt; · {t("claims.submitted", { date: new Date(c.submittedAt).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" }) })}</p>
                <p className="muted">{c.businessScope}</p>
                {c.existingOrganisation ? <p className="notice notice--warning" data-testid="claim-existing">{t("claims.existing", { name: c.existingOrganisation.nameZh })}</p> : null}
                {failure ? <FormFailure failure={failure} /> : null}
                <Form method="post" className="admin-form">
                  <input type="hidden" name="claimId" value={c.id} />
                  <button type="submit" className="button" name="intent" value="approve" disabled={!!c.existingOrganisation} data-testid="claim-approve">{t("claims.approve")}</button>
                </Form>
                <Form method="post" className="admin-form">
                  <input type="hidden" name="claimId" value={c.id} />
                  <AdminField id={`reason-${c.id}`} label={t("claims.reason")}>
                    <input id={`reason-${c.id}`} type="text" name="reason" required data-testid="claim-reason" />
                  </AdminField>
                  <button type="submit" className="button button--secondary" name="intent" value="reject" data-testid="claim-reject">{t("claims.reject")}</button>
                </Form>
              </li>
            );
          })}
        </ul>
      )}
    </AdminPage>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
