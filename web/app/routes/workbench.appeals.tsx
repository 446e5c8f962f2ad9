import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AppealList, type AppealActor } from "../appeals/AppealList";
import { AppealsQuery } from "../appeals/queries.server";
import { runAppealStep } from "../appeals/step.server";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import type { PostFailure } from "../marks/post.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("ap.workbench")} · ${t("workbench.title")}` }];
};

/** Every appeal, complaint and dispute; the administrator registers and investigates, a decider decides. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token, viewer } = await requireViewer(request, WORKBENCH_ROLES);
  const result = await signedIn(request, () => graphql(AppealsQuery, { state: null }, { token, request }));
  const actor: AppealActor = viewer.role === "ADMIN" ? "ADMIN" : viewer.role === "DECIDER" ? "DECIDER" : null;
  return { lang: getLang(request), appeals: result.appeals, actor };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, WORKBENCH_ROLES);
  return runAppealStep(request, token, await request.formData(), ["acknowledge", "investigate", "uphold", "reject"]);
}

export default function WorkbenchAppealsPage() {
  const { appeals, actor } = useLoaderData<typeof loader>();
  const failure = (useActionData<typeof action>() as { failure?: PostFailure } | undefined)?.failure;
  const [searchParams] = useSearchParams();
  const t = useT();
  return (
    <article className="case" data-testid="workbench-appeals">
      <p className="back"><Link to="/workbench">← {t("workbench.title")}</Link> · <Link to="/workbench/marks">{t("mk.toMarks")}</Link></p>
      <h1>{t("ap.workbench")}</h1>
      {searchParams.get("done") ? <p role="status" data-testid="appeal-done">{t("mk.done")}</p> : null}
      <AppealList appeals={appeals} actor={actor} failure={failure} />
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
