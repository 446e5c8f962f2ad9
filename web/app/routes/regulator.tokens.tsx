import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ApiFailure, type Failure } from "../components/ApiFailure";
import { ErrorPanel } from "../components/ErrorPanel";
import { requireViewer, signedIn } from "../cases/access.server";
import { graphql, GraphQLRequestError } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { ApiTokensQuery, CreateApiTokenMutation, RevokeApiTokenMutation } from "../queries.server";
import { TOKEN_ROLES } from "../regulator/access.server";
import { beijingTime } from "../regulator/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("rg.tokens")} · ${t("rg.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, TOKEN_ROLES);
  const result = await signedIn(request, () => graphql(ApiTokensQuery, {}, { token, request }));
  return { lang: getLang(request), tokens: result.apiTokens };
}

type ActionResult = { created: { name: string; secret: string } } | { revoked: string } | { failure: Failure; name?: string };

/** Create or revoke. The new secret travels back in this one response only: never in a URL or the session. */
export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, TOKEN_ROLES);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  try {
    if (intent === "create") {
      const name = String(form.get("name") ?? "").trim();
      if (name === "" || name.length > 100) return data<ActionResult>({ failure: { code: "WEB", message: "" }, name }, { status: 400 });
      const result = await signedIn(request, () => graphql(CreateApiTokenMutation, { name }, { token, request }));
      return data<ActionResult>({ created: { name: result.createApiToken.token.name, secret: result.createApiToken.secret } });
    }
    if (intent === "revoke") {
      const id = String(form.get("id") ?? "");
      await signedIn(request, () => graphql(RevokeApiTokenMutation, { id }, { token, request }));
      return data<ActionResult>({ revoked: id });
    }
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const e = error.errors[0];
    return data<ActionResult>({ failure: { code: error.code, message: e?.message ?? "" } }, { status: 400 });
  }
  throw data({ reason: "BAD_INTENT" }, { status: 400 });
}

export default function RegulatorTokensPage() {
  const { tokens } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <p>
        <Link to="/regulator">{t("rg.title")}</Link>
      </p>
      <h1>{t("rg.tokens")}</h1>
      <p className="muted">{t("rg.tokens.intro")}</p>
      {result && "created" in result ? (
        <div className="notice-ok" role="status" data-testid="rg-token-created">
          <p>{t("rg.tokens.secret")}</p>
          <p>
            <code data-testid="rg-token-secret" style={{ overflowWrap: "anywhere" }}>
              {result.created.secret}
            </code>
          </p>
        </div>
      ) : null}
      {result && "revoked" in result ? (
        <p className="notice-ok" role="status" data-testid="rg-token-revoked">
          {t("rg.tokens.revokedNotice")}
        </p>
      ) : null}
      {result && "failure" in result ? (
        <ApiFailure failure={result.failure} testId="rg-token" localText={t("rg.error.name")} />
      ) : null}

      <Form method="post" className="search-form" data-testid="rg-token-form">
        <input type="hidden" name="intent" value="create" />
        <div className="field">
          <label htmlFor="rg-token-name">{t("rg.tokens.name")}</label>
          <input id="rg-token-name" name="name" type="text" required maxLength={100} defaultValue={result && "name" in result ? result.name : ""} data-testid="rg-token-name" />
        </div>
        <button type="submit" className="button" data-testid="rg-token-create">
          {t("rg.tokens.create")}
        </button>
      </Form>

      {tokens.length === 0 ? (
        <p className="muted" data-testid="rg-tokens-empty">
          {t("rg.tokens.none")}
        </p>
      ) : (
        <div className="table-scroll" style={{ marginTop: "1rem" }}>
          <table data-testid="rg-tokens">
            <thead>
              <tr>
                <th scope="col">{t("rg.tokens.name")}</th>
                <th scope="col">{t("rg.tokens.createdBy")}</th>
                <th scope="col">{t("rg.tokens.createdAt")}</th>
                <th scope="col">{t("rg.tokens.lastUsed")}</th>
                <th scope="col">{t("rg.tokens.state")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("rg.tokens.revoke")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} data-testid="rg-token-row" data-name={token.name} data-revoked={token.revokedAt ? "true" : "false"}>
                  <th scope="row">{token.name}</th>
                  <td>{token.createdByName}</td>
                  <td>{beijingTime(token.createdAt)}</td>
                  <td data-testid="rg-token-last-used">{token.lastUsedAt ? beijingTime(token.lastUsedAt) : t("rg.tokens.never")}</td>
                  <td>{token.revokedAt ? t("rg.tokens.revoked", { at: beijingTime(token.revokedAt) }) : t("rg.tokens.active")}</td>
                  <td>
                    {token.revokedAt ? null : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="revoke" />
                        <input type="hidden" name="id" value={token.id} />
                        <button type="submit" className="button button--small button--secondary" data-testid="rg-token-revoke">
                          {t("rg.tokens.revoke")}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
