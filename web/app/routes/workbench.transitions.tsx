import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { parseTransition } from "../requirement-change/forms";
import { PendingCertificateTransitionsQuery, RecordCertificateTransitionMutation } from "../requirement-change/queries.server";
import { TransitionList } from "../requirement-change/TransitionViews";
import { posted, submit } from "../surveillance/actions.server";
import { SvForm, TextInput, formState } from "../surveillance/FormKit";
import { platformToday } from "../surveillance/load.server";
import type { FormFailure } from "../surveillance/types";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("rc.transitions")} · ${t("workbench.title")}` }];
};

/** Certificates still to transition to an announced change (§8.4); the engineer records each one done. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token, viewer } = await requireViewer(request, WORKBENCH_ROLES);
  const [today, result] = await Promise.all([
    platformToday(request, token),
    signedIn(request, () => graphql(PendingCertificateTransitionsQuery, {}, { token, request })),
  ]);
  return { lang: getLang(request), today, transitions: result.pendingCertificateTransitions, engineer: viewer.role === "ENGINEER" };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, ["ENGINEER"]);
  const form = await request.formData();
  const at = posted(form, ["transition"]);
  return submit(request, at, parseTransition(form), (input) => graphql(RecordCertificateTransitionMutation, { id: at.target, version: at.version, ...input }, { token, request }));
}

export default function WorkbenchTransitionsPage() {
  const { today, transitions, engineer } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failure = actionData?.failure as FormFailure | null | undefined;
  const [search] = useSearchParams();
  const t = useT();
  return (
    <>
      <h1>{t("rc.transitions")}</h1>
      <p className="hint">{t("rc.hint")}</p>
      {search.has("done") && !actionData ? <p className="notice-ok" role="status" data-testid="sv-done">{t("sv.done")}</p> : null}
      {transitions.length === 0 ? (
        <div className="empty" data-testid="empty-state"><p className="empty__title">{t("rc.transitions.empty")}</p></div>
      ) : (
        <>
          <p className="result-count" data-testid="transition-count" data-count={transitions.length}>{t("rc.transitions.count", { count: transitions.length })}</p>
          <TransitionList transitions={transitions} today={today} form={engineer ? (x) => {
            const s = formState(failure, "transition", x.id);
            return (
              <SvForm state={s} version={x.version} title={t("rc.record")} submit={t("rc.record.submit")} fields={["note"]}>
                <TextInput state={s} name="note" label={t("sv.note")} />
              </SvForm>
            );
          } : undefined} />
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
