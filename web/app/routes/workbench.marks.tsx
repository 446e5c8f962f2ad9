import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { WORKBENCH_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { ApprovalList, OrderList } from "../marks/MarkViews";
import { send, text, type PostFailure } from "../marks/post.server";
import { DecideMarkApprovalMutation, MarkPageQuery } from "../marks/queries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("mk.workbench")} · ${t("workbench.title")}` }];
};

/** Every holder's mark applications (pending first) and orders; engineers decide the pending ones. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token, viewer } = await requireViewer(request, WORKBENCH_ROLES);
  const page = await signedIn(request, () => graphql(MarkPageQuery, { state: null }, { token, request }));
  const pending = page.markApprovals.filter((a) => a.state === "PENDING");
  const decided = page.markApprovals.filter((a) => a.state !== "PENDING");
  return { lang: getLang(request), approvals: [...pending, ...decided], orders: page.markOrders, mayDecide: viewer.role === "ENGINEER" };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, WORKBENCH_ROLES);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  if (intent !== "approve" && intent !== "refuse") throw new Response("Bad intent", { status: 400 });
  const target = text(form, "target");
  return send(request, { intent, target }, () => graphql(DecideMarkApprovalMutation, {
    id: target, version: Number(text(form, "version")) || 0, approve: intent === "approve", note: text(form, "note"),
  }, { token, request }));
}

export default function WorkbenchMarksPage() {
  const { approvals, orders, mayDecide } = useLoaderData<typeof loader>();
  const failure = (useActionData<typeof action>() as { failure?: PostFailure } | undefined)?.failure;
  const [searchParams] = useSearchParams();
  const t = useT();
  return (
    <article className="case" data-testid="workbench-marks">
      <p className="back"><Link to="/workbench">← {t("workbench.title")}</Link> · <Link to="/workbench/appeals" data-testid="nav-appeals">{t("mk.toAppeals")}</Link></p>
      <h1>{t("mk.workbench")}</h1>
      {searchParams.get("done") ? <p role="status" data-testid="mark-done">{t("mk.done")}</p> : null}
      <section aria-labelledby="mark-approvals"><h2 id="mark-approvals">{t("mk.approvals")}</h2><ApprovalList approvals={approvals} decide={mayDecide} failure={failure} /></section>
      <section aria-labelledby="mark-orders"><h2 id="mark-orders">{t("mk.orders")}</h2><OrderList orders={orders} /></section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
