import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { requireViewer, signedIn } from "../cases/access.server";
import { ADMIN_ROLES } from "../admin/actions.server";
import { AdminPage } from "../admin/AdminChrome";
import { graphql } from "../graphql.server";
import { useLang, useT } from "../hooks";
import { pick, translator } from "../i18n";
import { getLang } from "../lang.server";
import { parseAnnounce } from "../requirement-change/forms";
import { AnnounceRequirementChangeMutation, RequirementChangesQuery } from "../requirement-change/queries.server";
import { posted, submit } from "../surveillance/actions.server";
import { Select, SvForm, TextArea, TextInput, formState } from "../surveillance/FormKit";
import type { FormFailure } from "../surveillance/types";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("rc.title")} · ${t("admin.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const result = await signedIn(request, () => graphql(RequirementChangesQuery, {}, { token, request }));
  return { lang: getLang(request), changes: result.requirementChanges };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const form = await request.formData();
  const at = posted(form, ["announce"]);
  return submit(request, at, parseAnnounce(form), (input) => graphql(AnnounceRequirementChangeMutation, input, { token, request }));
}

/** §8.4: every announced change with its transition counts, and the form that announces one. */
export default function AdminRequirementChangesPage() {
  const { changes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failure = actionData?.failure as FormFailure | null | undefined;
  const [search] = useSearchParams();
  const t = useT();
  const lang = useLang();
  const s = formState(failure, "announce");
  return (
    <AdminPage title="rc.title" hint="rc.hint">
      {search.has("done") && !actionData ? <p className="notice-ok" role="status" data-testid="sv-done">{t("sv.done")}</p> : null}
      {changes.length === 0 ? (
        <div className="empty" data-testid="empty-state"><p className="empty__title">{t("rc.empty")}</p></div>
      ) : (
        <ol className="result-list" data-testid="requirement-changes">
          {changes.map((c) => (
            <li key={c.id} className="result" data-testid="requirement-change" data-id={c.id} data-pending={c.pending} data-transitioned={c.transitioned} data-suspended={c.suspended}>
              <div className="result__head">
                <strong>{pick(lang, c.titleZh, c.titleEn)}</strong>
                <span className="tag">{t(`rc.kind.${c.kind}`)}</span>
                {c.schemeVersion ? <span className="tag">{c.schemeVersion}</span> : null}
              </div>
              <p>{c.planZh}</p>
              <dl className="result__facts">
                <div><dt>{t("rc.announcedOn")}</dt><dd>{c.announcedOn}</dd></div>
                <div><dt>{t("rc.deadline")}</dt><dd data-testid="change-deadline">{c.transitionDeadline}</dd></div>
              </dl>
              <p data-testid="change-counts">{t("rc.counts", { pending: c.pending, transitioned: c.transitioned, suspended: c.suspended })}</p>
            </li>
          ))}
        </ol>
      )}
      <SvForm state={s} title={t("rc.announce")} submit={t("rc.announce.submit")} fields={["kind", "titleZh", "titleEn", "planZh", "transitionDeadline", "schemeVersion"]}>
        <Select state={s} name="kind" label={t("rc.kind")} required options={(["RULE", "STANDARD"] as const).map((k) => ({ value: k, label: t(`rc.kind.${k}`) }))} />
        <TextInput state={s} name="titleZh" label={t("rc.titleZh")} required />
        <TextInput state={s} name="titleEn" label={t("rc.titleEn")} required />
        <TextArea state={s} name="planZh" label={t("rc.planZh")} required />
        <TextInput state={s} name="transitionDeadline" label={t("rc.deadline")} type="date" required />
        <TextInput state={s} name="schemeVersion" label={t("rc.schemeVersion")} />
      </SvForm>
    </AdminPage>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
