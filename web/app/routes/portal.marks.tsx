import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ApiFailure } from "../components/ApiFailure";
import { ErrorPanel } from "../components/ErrorPanel";
import { PORTAL_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { graphql } from "../graphql.server";
import { useLang, useT } from "../hooks";
import { pick, translator } from "../i18n";
import { getLang } from "../lang.server";
import { ApprovalList, OrderList } from "../marks/MarkViews";
import { send, text, uploadIfGiven, uploadRefused, type PostFailure } from "../marks/post.server";
import { ApplyForMarkApprovalMutation, MarkCertificatesQuery, MarkPageQuery, OrderStandardMarksMutation } from "../marks/queries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("mk.title")} · ${t("portal.title")}` }];
};

/** The holder's mark applications and orders; the API limits both to its own organisation. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  const options = { token, request };
  const [page, certificates] = await Promise.all([
    signedIn(request, () => graphql(MarkPageQuery, { state: null }, options)),
    signedIn(request, () => graphql(MarkCertificatesQuery, {}, options)),
  ]);
  return { lang: getLang(request), ...page, certificates: certificates.changeableCertificates.filter((c) => c.status === "VALID").map((c) => c.number) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const at = { intent, target: "" };
  const options = { token, request };
  if (intent === "order") {
    return send(request, at, () => graphql(OrderStandardMarksMutation, { number: text(form, "number"), quantity: Number(text(form, "quantity")) || 0, note: text(form, "note") }, options));
  }
  if (intent !== "apply") throw new Response("Bad intent", { status: 400 });
  const design = await uploadIfGiven(request, token, form.get("design"));
  if (!("id" in design)) return uploadRefused(at, design);
  return send(request, at, () => graphql(ApplyForMarkApprovalMutation, { input: {
    number: text(form, "number"), methods: form.getAll("methods").map(String), positions: form.getAll("positions").map(String),
    undistortedDeclared: form.get("undistorted") === "on", designDocumentId: design.id, note: text(form, "note"),
  } }, options));
}

export default function PortalMarksPage() {
  const { markRules, markApprovals, markOrders, certificates } = useLoaderData<typeof loader>();
  const failure = (useActionData<typeof action>() as { failure?: PostFailure } | undefined)?.failure;
  const [searchParams] = useSearchParams();
  const t = useT();
  const lang = useLang();
  const certificateSelect = (
    <label>{t("mk.certificate")}{" "}
      <select name="number" required>{certificates.map((n) => <option key={n} value={n}>{n}</option>)}</select>
    </label>
  );
  return (
    <article className="case" data-testid="portal-marks">
      <p className="back"><Link to="/portal">← {t("portal.title")}</Link> · <Link to="/portal/appeals" data-testid="nav-portal-appeals">{t("mk.toAppeals")}</Link></p>
      <h1>{t("mk.title")}</h1>
      <p className="hint">{t("mk.intro")}</p>
      {searchParams.get("done") ? <p role="status" data-testid="mark-done">{t("mk.done")}</p> : null}
      <section aria-labelledby="mark-apply">
        <h2 id="mark-apply">{t("mk.apply")}</h2>
        <Form method="post" encType="multipart/form-data" data-testid="mark-apply-form">
          {certificateSelect}
          <fieldset><legend>{t("mk.methods")}</legend>
            {markRules.applicationMethods.map((m) => <label key={m.code}><input type="checkbox" name="methods" value={m.code} /> {pick(lang, m.zh, m.en)}</label>)}
          </fieldset>
          <fieldset><legend>{t("mk.positions")}</legend>
            {markRules.positions.map((p) => <label key={p.code}><input type="checkbox" name="positions" value={p.code} /> {pick(lang, p.zh, p.en)}</label>)}
          </fieldset>
          <label>{t("mk.design")} <input type="file" name="design" accept="application/pdf,image/png,image/jpeg" /></label>
          <label>{t("mk.note")} <textarea name="note" maxLength={2000} /></label>
          <label><input type="checkbox" name="undistorted" /> {t("mk.undistorted")} ({pick(lang, markRules.styleRequirementZh, markRules.styleRequirementEn)})</label>
          <button type="submit" name="intent" value="apply">{t("mk.submit")}</button>
          {failure?.intent === "apply" ? <ApiFailure failure={failure} testId="mark-apply" /> : null}
        </Form>
      </section>
      <section aria-labelledby="mark-order">
        <h2 id="mark-order">{t("mk.order")}</h2>
        <Form method="post" data-testid="mark-order-form">
          {certificateSelect}
          <label>{t("mk.quantity")} <input type="number" name="quantity" min={1} required /></label>
          <label>{t("mk.note")} <input name="note" maxLength={2000} /></label>
          <button type="submit" name="intent" value="order">{t("mk.orderSubmit")}</button>
          {failure?.intent === "order" ? <ApiFailure failure={failure} testId="mark-order" /> : null}
        </Form>
      </section>
      <section aria-labelledby="mark-approvals"><h2 id="mark-approvals">{t("mk.approvals")}</h2><ApprovalList approvals={markApprovals} decide={false} /></section>
      <section aria-labelledby="mark-orders"><h2 id="mark-orders">{t("mk.orders")}</h2><OrderList orders={markOrders} /></section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
