import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { requireViewer } from "../cases/access.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("lab.title")} · ${t("site.title")}` }];
};

/**
 * The lab's entry page. The API gives LAB users no list of their type tests (they may not read
 * `certificationCases`), so the lab opens a type test by the case id it was sent.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireViewer(request, ["LAB"]);
  const asked = new URL(request.url).searchParams.get("case")?.trim() ?? "";
  if (UUID.test(asked)) throw redirect(`/lab/cases/${asked.toLowerCase()}`);
  return { lang: getLang(request), asked, bad: asked !== "" };
}

export default function LabPage() {
  const { asked, bad } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("lab.title")}</h1>
      <p>{t("lab.intro")}</p>
      <Form method="get" className="case-action" data-testid="lab-open">
        <div className="field">
          <label htmlFor="lab-case">{t("lab.caseId")}</label>
          <input id="lab-case" name="case" type="text" required defaultValue={asked} autoComplete="off" aria-invalid={bad || undefined} data-testid="input-case" />
          {bad ? (
            <p className="field-error" role="alert">
              {t("lab.badId")}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button">
          {t("lab.open")}
        </button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
