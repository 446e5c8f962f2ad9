import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { requireViewer, signedIn } from "../cases/access.server";
import { ADMIN_ROLES, formValues, refused, runAdminCall, type AdminFailure } from "../admin/actions.server";
import { AdminField, AdminPage, fieldError } from "../admin/AdminChrome";
import type { StaffAccount } from "../accounts/queries.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator, type MessageKey } from "../i18n";
import { getLang } from "../lang.server";
import { beijingTime } from "../regulator/format";
import { ChangeStaffRoleMutation, CreateStaffAccountMutation, SendStaffPasswordLinkMutation, SetStaffAccountActiveMutation, StaffAccountsQuery } from "../queries.server";
import type { Role } from "../types";

const NEW = "new";
const STAFF_ROLES: readonly Role[] = ["ENGINEER", "INSPECTOR", "REVIEWER", "DECIDER", "ADMIN"];
const isStaffRole = (value: string | undefined): value is Role => STAFF_ROLES.includes(value as Role);

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("staff.title")} · ${t("admin.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token, viewer } = await requireViewer(request, ADMIN_ROLES);
  const result = await signedIn(request, () => graphql(StaffAccountsQuery, {}, { token, request }));
  return { lang: getLang(request), accounts: result.staffAccounts, me: viewer.id };
}

/** create · role · active · link: one intent per form; the API checks everything again and names the field. */
export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const values = await formValues(request);
  const target = values.intent === "create" ? NEW : values.userId ?? "";
  const version = Number(values.version);
  const web = (field: string, message: MessageKey): AdminFailure => ({ target, code: "WEB", field, message, values });
  let result: { failure: AdminFailure } | null;
  let done = "saved";
  switch (values.intent) {
    case "create": {
      const email = (values.email ?? "").trim();
      const displayName = (values.displayName ?? "").trim();
      if (email === "") return refused(web("email", "admin.error.required"));
      if (displayName === "") return refused(web("displayName", "admin.error.required"));
      if (!isStaffRole(values.role)) return refused(web("role", "admin.error.required"));
      const role = values.role;
      result = await runAdminCall(request, target, values, () => graphql(CreateStaffAccountMutation, { input: { email, displayName, role } }, { token, request }));
      if (!result) return redirect(`/admin/staff?created=${encodeURIComponent(email.toLowerCase())}`);
      break;
    }
    case "role": {
      if (!target || !Number.isInteger(version) || !isStaffRole(values.role)) throw data({ reason: "BAD_FORM" }, { status: 400 });
      const role = values.role;
      result = await runAdminCall(request, target, values, () => graphql(ChangeStaffRoleMutation, { userId: target, version, role }, { token, request }));
      break;
    }
    case "active": {
      if (!target || !Number.isInteger(version)) throw data({ reason: "BAD_FORM" }, { status: 400 });
      const active = values.active === "true";
      result = await runAdminCall(request, target, values, () => graphql(SetStaffAccountActiveMutation, { userId: target, version, active }, { token, request }));
      break;
    }
    case "link": {
      let sent = false;
      result = await runAdminCall(request, target, values, async () => {
        sent = (await graphql(SendStaffPasswordLinkMutation, { userId: target }, { token, request })).sendStaffPasswordLink;
      });
      done = sent ? "linkSent" : "linkNotSent";
      break;
    }
    default:
      throw data({ reason: "BAD_INTENT" }, { status: 400 });
  }
  if (result) return refused(result.failure);
  return redirect(`/admin/staff?${done}=${target}`);
}

export default function AdminStaffPage() {
  const { accounts, me } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const failureFor = (target: string) => (actionData?.failure?.target === target ? actionData.failure : undefined);
  const created = searchParams.get("created");
  return (
    <AdminPage title="staff.title" hint="staff.hint">
      {created && !actionData ? (
        <p className="notice-ok" role="status" data-testid="staff-created">
          {t("staff.created", { email: created })}
        </p>
      ) : null}
      {accounts.length === 0 ? (
        <div className="empty" data-testid="empty-state">
          <p className="empty__title">{t("staff.empty")}</p>
        </div>
      ) : (
        <ul className="admin-list">
          {accounts.map((account) => (
            <StaffRow key={account.id} account={account} isMe={account.id === me} failure={failureFor(account.id)} done={actionData ? null : doneFor(searchParams, account.id)} />
          ))}
        </ul>
      )}
      <NewStaffForm failure={failureFor(NEW)} />
    </AdminPage>
  );
}

function doneFor(params: URLSearchParams, id: string): MessageKey | null {
  for (const key of ["saved", "linkSent", "linkNotSent"] as const) if (params.get(key) === id) return `staff.${key}`;
  return null;
}

/** A refusal that is not about one field: the staff guards, conflicts, not found. */
function StaffFailure({ failure }: { failure: AdminFailure }) {
  const t = useT();
  const known: Record<string, MessageKey> = {
    SELF_ADMINISTRATION: "staff.error.SELF_ADMINISTRATION", LAST_ADMIN: "staff.error.LAST_ADMIN", NOT_FOUND: "staff.error.NOT_FOUND", CONFLICT: "admin.error.CONFLICT",
  };
  const key = known[failure.code];
  return (
    <div className="form-error" role="alert" data-testid="action-error" data-code={failure.code}>
      <p>{key ? t(key) : t("admin.error.api", { message: failure.message })}</p>
    </div>
  );
}

function RoleSelect({ id, name, value, testId }: { id: string; name: string; value: string; testId: string }) {
  const t = useT();
  return (
    <select id={id} name={name} defaultValue={value} data-testid={testId}>
      {STAFF_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`role.${role}`)}
        </option>
      ))}
    </select>
  );
}

function StaffRow({ account, isMe, failure, done }: { account: StaffAccount; isMe: boolean; failure?: AdminFailure; done: MessageKey | null }) {
  const t = useT();
  const id = (field: string) => `staff-${account.id}-${field}`;
  return (
    <li className="admin-item" data-testid="staff-row" data-id={account.id} data-email={account.email} data-active={String(account.active)}>
      <h2 className="admin-item__title">
        {account.displayName}
        {isMe ? t("staff.you") : null}
      </h2>
      <p className="admin-item__meta">
        {account.email} · <span data-testid="staff-role">{t(`role.${account.role}`)}</span> ·{" "}
        <span data-testid="staff-status">{account.active ? t("staff.active") : t("staff.inactive")}</span> · {t("staff.lastSignIn")}{" "}
        {account.lastSignInAt ? beijingTime(account.lastSignInAt) : t("staff.never")}
      </p>
      {done ? (
        <p className="notice-ok" role="status" data-testid="staff-done">
          {t(done)}
        </p>
      ) : null}
      {failure && failure.field !== "role" ? <StaffFailure failure={failure} /> : null}
      <Form method="post" className="admin-form" data-testid="staff-role-form">
        <input type="hidden" name="intent" value="role" />
        <input type="hidden" name="userId" value={account.id} />
        <input type="hidden" name="version" value={account.version} />
        <AdminField id={id("role")} label={t("staff.role")} error={fieldError(failure, account.id, "role", t)}>
          <RoleSelect id={id("role")} name="role" value={failure?.values.role ?? account.role} testId="staff-role-select" />
        </AdminField>
        <button type="submit" className="button" data-testid="staff-role-save">
          {t("staff.changeRole")}
        </button>
      </Form>
      <Form method="post" className="admin-form admin-form--inline">
        <input type="hidden" name="intent" value="active" />
        <input type="hidden" name="userId" value={account.id} />
        <input type="hidden" name="version" value={account.version} />
        <input type="hidden" name="active" value={String(!account.active)} />
        <button type="submit" className="button button--secondary" data-testid={account.active ? "staff-deactivate" : "staff-reactivate"}>
          {account.active ? t("staff.deactivate") : t("staff.reactivate")}
        </button>
      </Form>
      {account.active ? (
        <Form method="post" className="admin-form admin-form--inline">
          <input type="hidden" name="intent" value="link" />
          <input type="hidden" name="userId" value={account.id} />
          <button type="submit" className="button button--secondary" data-testid="staff-send-link">
            {t("staff.sendLink")}
          </button>
        </Form>
      ) : null}
    </li>
  );
}

function NewStaffForm({ failure }: { failure?: AdminFailure }) {
  const t = useT();
  const general = failure && !["email", "displayName", "role"].includes(failure.field ?? "") ? failure : undefined;
  return (
    <section className="admin-new" aria-labelledby="staff-new-title">
      <h2 id="staff-new-title">{t("staff.new")}</h2>
      <Form method="post" className="admin-form" data-testid="staff-create-form">
        <input type="hidden" name="intent" value="create" />
        {general ? <StaffFailure failure={general} /> : null}
        <AdminField id="staff-new-email" label={t("staff.email")} error={fieldError(failure, NEW, "email", t)}>
          <input id="staff-new-email" name="email" type="email" required defaultValue={failure?.values.email ?? ""} data-testid="staff-new-email" />
        </AdminField>
        <AdminField id="staff-new-displayName" label={t("staff.displayName")} error={fieldError(failure, NEW, "displayName", t)}>
          <input id="staff-new-displayName" name="displayName" type="text" required defaultValue={failure?.values.displayName ?? ""} data-testid="staff-new-displayName" />
        </AdminField>
        <AdminField id="staff-new-role" label={t("staff.role")} error={fieldError(failure, NEW, "role", t)}>
          <RoleSelect id="staff-new-role" name="role" value={failure?.values.role ?? "ENGINEER"} testId="staff-new-role" />
        </AdminField>
        <button type="submit" className="button" data-testid="staff-create">
          {t("staff.create")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
