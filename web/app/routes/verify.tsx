import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { graphql, GraphQLRequestError } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { getToken } from "../session.server";
import { identifiersFromCsv, identifiersFromText, MAX_IDENTIFIERS } from "../verification/identifiers.server";
import { VerifyCertificatesQuery } from "../verification/queries.server";
import { resultsCsv } from "../verification/results-csv.server";
import { VerificationTable } from "../verification/VerificationTable";

/** Larger uploads cannot hold fewer than 1,000 identifiers of sensible length anyway. */
const MAX_UPLOAD_BYTES = 1024 * 1024;

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as { lang?: "zh" | "en" } | undefined;
  const t = translator(root?.lang ?? "zh");
  return [{ title: `${t("verify.title")} · ${t("site.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  return { lang: getLang(request) };
}

export async function action({ request }: ActionFunctionArgs) {
  const t = translator(getLang(request));
  const form = await request.formData();
  const text = String(form.get("identifiers") ?? "");
  const file = form.get("file");
  let identifiers = identifiersFromText(text);
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_UPLOAD_BYTES) return data({ text, error: t("verify.error.csv", { detail: "> 1 MB" }) }, { status: 400 });
    try {
      identifiers = [...identifiers, ...identifiersFromCsv(await file.text())];
    } catch (error) {
      return data({ text, error: t("verify.error.csv", { detail: error instanceof Error ? error.message : String(error) }) }, { status: 400 });
    }
  }
  if (identifiers.length === 0) return data({ text, error: t("verify.error.empty") }, { status: 400 });
  if (identifiers.length > MAX_IDENTIFIERS) {
    return data({ text, error: t("verify.error.tooMany", { max: MAX_IDENTIFIERS, count: identifiers.length }) }, { status: 400 });
  }
  try {
    const result = await graphql(VerifyCertificatesQuery, { identifiers }, { token: await getToken(request), request });
    const rows = result.verifyCertificates;
    const csv = `data:text/csv;charset=utf-8;base64,${Buffer.from(resultsCsv(rows), "utf8").toString("base64")}`;
    return { text, rows, csv, error: null };
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === "RATE_LIMITED") {
      const seconds = Number(error.errors[0]?.extensions?.retryAfterSeconds ?? 60);
      return data({ text, error: t("verify.error.rateLimited", { seconds }) }, { status: 429, headers: { "Retry-After": String(seconds) } });
    }
    if (error instanceof GraphQLRequestError && error.code === "BAD_USER_INPUT") {
      return data({ text, error: t("verify.error.input", { detail: error.message }) }, { status: 400 });
    }
    throw error;
  }
}

export default function VerifyPage() {
  const t = useT();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle" && navigation.formAction === "/verify";
  const rows = result && "rows" in result ? result.rows : null;
  return (
    <>
      <h1>{t("verify.title")}</h1>
      <p>{t("verify.intro")}</p>
      <Form method="post" encType="multipart/form-data" className="verify-form">
        <div className="field">
          <label htmlFor="identifiers">{t("verify.textLabel")}</label>
          <textarea
            id="identifiers"
            name="identifiers"
            rows={8}
            defaultValue={result?.text ?? ""}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            style={{ width: "100%", fontSize: "1rem" }}
            data-testid="verify-input"
          />
        </div>
        <div className="field">
          <label htmlFor="file">{t("verify.fileLabel")}</label>
          <input id="file" name="file" type="file" accept=".csv,text/csv" data-testid="verify-file" />
        </div>
        <button type="submit" className="button" disabled={busy} data-testid="verify-submit">
          {t("verify.submit")}
        </button>
      </Form>
      {result?.error ? (
        <p className="error" role="alert" data-testid="verify-error">
          {result.error}
        </p>
      ) : null}
      {rows ? (
        <section aria-labelledby="verify-results-heading" aria-busy={busy}>
          <h2 id="verify-results-heading" data-testid="verify-count" aria-live="polite">
            {t("verify.count", { count: rows.length, unknown: rows.filter((r) => r.matched === "UNKNOWN").length })}
          </h2>
          <p>
            <a href={result && "csv" in result ? result.csv : undefined} download="verification-results.csv" className="button button--small" data-testid="verify-download">
              {t("verify.download")}
            </a>
          </p>
          <VerificationTable rows={rows} />
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
