import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { PORTAL_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { GraphQLRequestError, graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator, type MessageKey } from "../i18n";
import { getLang } from "../lang.server";
import { DeactivateOrganisationUserMutation, InviteUserMutation, OrganisationUsersQuery, RevokeInvitationMutation } from "../queries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("users.title")} · ${t("site.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  try {
    const result = await signedIn(request, () => graphql(OrganisationUsersQuery, {}, { token, request }));
    return { lang: getLang(request), forbidden: false, invitations: result.invitations, users: result.organisationUsers };
  } catch (error) {
    // Only the organisation's user managers manage its users; others see why instead of an error page.
    if (error instanceof GraphQLRequestError && error.code === "FORBIDDEN") return { lang: getLang(request), forbidden: true, invitations: [], users: [] };
    throw error;
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const id = String(form.get("id") ?? "");
  try {
    if (intent === "invite") await signedIn(request, () => graphql(InviteUserMutation, { email: String(form.get("email") ?? "") }, { token, request }));
    else if (intent === "revoke") await signedIn(request, () => graphql(RevokeInvitationMutation, { id }, { token, request }));
    else if (intent === "deactivate") await signedIn(request, () => graphql(DeactivateOrganisationUserMutation, { userId: id }, { token, request }));
    else throw data({ reason: "BAD_INTENT" }, { status: 400 });
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return data({ intent, id, message: error.message, code: error.code }, { status: error.code === "FORBIDDEN" ? 403 : 400 });
  }
  return redirect(`/portal/users?done=${intent}`);
}

const dateOf = (iso: string) => new Date(iso).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" });

export default function PortalUsersPage() {
  const { forbidden, invitations, users } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  if (forbidden) {
    return (
      <section aria-labelledby="users-heading">
        <h1 id="users-heading">{t("users.title")}</h1>
        <p className="notice" data-testid="users-forbidden">{t("action.error.FORBIDDEN")}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="users-heading">
      <h1 id="users-heading">{t("users.title")}</h1>
      <p className="hint">{t("users.hint")}</p>
      {params.get("done") === "invite" && !failure ? <p className="notice notice--ok" role="status" data-testid="users-sent">{t("users.sent")}</p> : null}
      {failure ? <p className="form-error" role="alert" data-testid="users-error">{t("users.error", { message: failure.message })}</p> : null}
      <Form method="post" className="admin-form">
        <input type="hidden" name="intent" value="invite" />
        <div className="field">
          <label htmlFor="invite-email">{t("users.inviteEmail")}</label>
          <input id="invite-email" name="email" type="email" required data-testid="users-invite-email" />
        </div>
        <button type="submit" className="button" data-testid="users-invite">{t("users.invite")}</button>
      </Form>
      <h2>{t("users.invitations")}</h2>
      <ul className="admin-list" data-testid="users-invitations">
        {invitations.map((i) => (
          <li key={i.id} className="admin-item" data-testid="invitation" data-status={i.status}>
            {i.email} · {t(`users.status.${i.status}` as MessageKey)}
            {i.status === "PENDING" ? (
              <>
                {" "}· {t("users.expires", { date: dateOf(i.expiresAt) })}
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name="id" value={i.id} />
                  <button type="submit" className="button--link" data-testid="invitation-revoke">{t("users.revoke")}</button>
                </Form>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <h2>{t("users.people")}</h2>
      <ul className="admin-list" data-testid="users-people">
        {users.map((u) => (
          <li key={u.id} className="admin-item" data-testid="organisation-user">
            {u.displayName} &lt;{u.email}&gt;
            {u.managesUsers ? <span className="tag"> {t("users.manager")}</span> : null}
            {!u.active ? <span className="muted"> {t("users.inactive")}</span> : u.managesUsers ? null : (
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="deactivate" />
                <input type="hidden" name="id" value={u.id} />
                <button type="submit" className="button--link" data-testid="user-deactivate">{t("users.deactivate")}</button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
