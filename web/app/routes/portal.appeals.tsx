import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AppealList } from "../appeals/AppealList";
import { FileAppealMutation, AppealsQuery } from "../appeals/queries.server";
import { runAppealStep } from "../appeals/step.server";
import type { AppealKind } from "../appeals/types";
import { ApiFailure } from "../components/ApiFailure";
import { ErrorPanel } from "../components/ErrorPanel";
import { PORTAL_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { send, text, uploadIfGiven, uploadRefused, type PostFailure } from "../marks/post.server";

const KINDS: AppealKind[] = ["APPEAL", "COMPLAINT", "DISPUTE"];

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("ap.title")} · ${t("portal.title")}` }];
};

/** The organisation's own appeals, complaints and disputes (the API limits the list), and the form to file one. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  const result = await signedIn(request, () => graphql(AppealsQuery, { state: null }, { token, request }));
  return { lang: getLang(request), appeals: result.appeals };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  const form = await request.formData();
  if (String(form.get("intent")) !== "file") return runAppealStep(request, token, form, ["withdraw"]);
  const at = { intent: "file", target: "" };
  const stored = await uploadIfGiven(request, token, form.get("document"));
  if (!("id" in stored)) return uploadRefused(at, stored);
  const kind = KINDS.find((k) => k === text(form, "kind")) ?? "APPEAL";
  return send(request, at, () => graphql(FileAppealMutation, { input: {
    kind, caseNo: text(form, "caseNo") || null, certificateNumber: text(form, "certificateNumber") || null,
    subject: text(form, "subject"), text: text(form, "text"), documentIds: stored.id ? [stored.id] : [],
  } }, { token, request }));
}

export default function PortalAppealsPage() {
  const { appeals } = useLoaderData<typeof loader>();
  const failure = (useActionData<typeof action>() as { failure?: PostFailure } | undefined)?.failure;
  const [searchParams] = useSearchParams();
  const t = useT();
  return (
    <article className="case" data-testid="portal-appeals">
      <p className="back"><Link to="/portal">← {t("portal.title")}</Link> · <Link to="/portal/marks">{t("mk.toMarks")}</Link></p>
      <h1>{t("ap.title")}</h1>
      <p className="hint">{t("ap.intro")}</p>
      {searchParams.get("done") ? <p role="status" data-testid="appeal-done">{t("mk.done")}</p> : null}
      <section aria-labelledby="appeal-file">
        <h2 id="appeal-file">{t("ap.file")}</h2>
        <Form method="post" encType="multipart/form-data" data-testid="appeal-form">
          <label>{t("ap.kind")}{" "}
            <select name="kind">{KINDS.map((k) => <option key={k} value={k}>{t(`ap.kind.${k}`)}</option>)}</select>
          </label>
          <label>{t("ap.caseNo")} <input name="caseNo" /></label>
          <label>{t("ap.certificateNumber")} <input name="certificateNumber" /></label>
          <label>{t("ap.subject")} <input name="subject" required maxLength={200} /></label>
          <label>{t("ap.text")} <textarea name="text" required maxLength={5000} /></label>
          <label>{t("ap.documents")} <input type="file" name="document" /></label>
          <button type="submit" name="intent" value="file">{t("ap.submit")}</button>
          {failure?.intent === "file" ? <ApiFailure failure={failure} testId="appeal-file" /> : null}
        </Form>
      </section>
      <section aria-labelledby="appeal-list"><h2 id="appeal-list">{t("ap.list")}</h2><AppealList appeals={appeals} actor="HOLDER" failure={failure} /></section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
