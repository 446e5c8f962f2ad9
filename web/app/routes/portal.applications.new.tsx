import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ApplicationForm } from "../components/ApplicationForm";
import { ErrorPanel } from "../components/ErrorPanel";
import { PORTAL_ROLES, requireViewer, signedIn } from "../cases/access.server";
import { formFieldOf, parseApplication, placeFindings, type FormErrors } from "../cases/application-form";
import { graphql, GraphQLRequestError } from "../graphql.server";
import { useLang, useT } from "../hooks";
import { pick, translator, type MessageKey } from "../i18n";
import { getLang } from "../lang.server";
import { ApplicationPartiesQuery, CreateApplicationMutation, SubmitApplicationMutation } from "../queries.server";
import type { RuleFinding } from "../types";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("apply.title")} · ${t("site.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token, viewer } = await requireViewer(request, PORTAL_ROLES);
  // The manufacturers and factories the API says this applicant can name (its own and those on its units).
  const { applicationParties } = await signedIn(request, () => graphql(ApplicationPartiesQuery, {}, { token, request }));
  return { lang: getLang(request), organisation: viewer.organisation, ...applicationParties };
}

interface Failed {
  values: Record<string, string>;
  errors: FormErrors;
}

const API_ERROR: Record<string, MessageKey> = {
  FORBIDDEN: "action.error.FORBIDDEN",
  CONFLICT: "action.error.CONFLICT",
};

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, PORTAL_ROLES);
  const form = await request.formData();
  const parsed = parseApplication(form);
  const fail = (errors: FormErrors, status: number) => data<Failed>({ values: parsed.values, errors }, { status });
  if (Object.keys(parsed.errors).length > 0) return fail(parsed.errors, 400);

  let created;
  try {
    created = (await signedIn(request, () => graphql(CreateApplicationMutation, { input: parsed.input }, { token, request }))).createApplication;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const extensions = error.errors[0]?.extensions ?? {};
    if (error.code === "RULE_VIOLATION" && Array.isArray(extensions.findings)) {
      return fail(placeFindings(extensions.findings as RuleFinding[], parsed), 422);
    }
    if (error.code === "BAD_USER_INPUT" && typeof extensions.field === "string") {
      const field = formFieldOf(extensions.field, parsed.modelRows, parsed.componentTypes);
      const key: MessageKey = field === "factoryId" || field === "manufacturerId" ? "apply.error.notFound" : "action.error.BAD_USER_INPUT";
      return fail({ [field]: [{ key, vars: { message: error.message } }] }, 400);
    }
    return fail({ "": [{ key: API_ERROR[error.code] ?? "action.error.unknown" }] }, 400);
  }

  const caseUrl = `/portal/cases/${created.id}`;
  if (parsed.values.intent !== "submit") return redirect(`${caseUrl}?done=create`);
  try {
    await signedIn(request, () => graphql(SubmitApplicationMutation, { id: created.id, version: created.version }, { token, request }));
  } catch (error) {
    // The draft is saved: the case page shows it with its submit button and the API's answer on retry.
    if (!(error instanceof GraphQLRequestError)) throw error;
    return redirect(`${caseUrl}?done=create`);
  }
  return redirect(`${caseUrl}?done=submit`);
}

export default function NewApplicationPage() {
  const { organisation, manufacturers, factories } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lang = useLang();
  const t = useT();
  return (
    <section aria-labelledby="apply-heading" className="apply">
      <p className="back">
        <Link to="/portal">← {t("case.back.portal")}</Link>
      </p>
      <h1 id="apply-heading">{t("apply.title")}</h1>
      <p>{t("apply.intro", { org: pick(lang, organisation.nameZh, organisation.nameEn) })}</p>
      <ApplicationForm manufacturers={manufacturers} factories={factories} values={actionData?.values ?? {}} errors={actionData?.errors ?? {}} />
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
