import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { translator, type MessageKey } from "../i18n";
import { useT } from "../hooks";

function messageKeys(error: unknown): { title: MessageKey; body: MessageKey } {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) return { title: "error.notFound.title", body: "error.notFound.body" };
    if (error.status === 403) return { title: "error.forbidden.title", body: "error.forbidden.body" };
    if (error.status === 400) return { title: "error.badRequest.title", body: "error.badRequest.body" };
    if (error.status === 503) return { title: "error.unavailable.title", body: "error.unavailable.body" };
    if (error.status === 429) return { title: "error.rateLimited.title", body: "error.rateLimited.body" };
  }
  return { title: "error.title", body: "error.body" };
}

/** Values for the body text: the wait of a rate-limit refusal (graphql.server.ts RateLimitedError). */
function messageVars(error: unknown): Record<string, string | number> {
  const seconds = isRouteErrorResponse(error) ? (error.data as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds : undefined;
  return { seconds: typeof seconds === "number" ? seconds : 60 };
}

function Panel({
  title,
  body,
  home,
  status,
  english,
}: {
  title: string;
  body: string;
  home: string;
  status?: number;
  english?: { title: string; body: string };
}) {
  return (
    <section className="error-panel" role="alert" data-testid="error-panel" data-status={status}>
      <h1>{title}</h1>
      <p>{body}</p>
      {english ? (
        <div lang="en">
          <p>
            <strong>{english.title}</strong>
          </p>
          <p>{english.body}</p>
        </div>
      ) : null}
      <p>
        <Link to="/" reloadDocument>
          {home}
        </Link>
      </p>
    </section>
  );
}

/**
 * The friendly message of every route's ErrorBoundary. `bilingual` is for the root boundary,
 * which renders without the root loader's language.
 */
export function ErrorPanel({ bilingual = false }: { bilingual?: boolean }) {
  const error = useRouteError();
  const t = useT();
  const keys = messageKeys(error);
  const status = isRouteErrorResponse(error) ? error.status : undefined;
  const vars = messageVars(error);
  if (!bilingual) return <Panel title={t(keys.title)} body={t(keys.body, vars)} home={t("error.home")} status={status} />;
  const zh = translator("zh");
  const en = translator("en");
  return (
    <Panel
      title={zh(keys.title)}
      body={zh(keys.body, vars)}
      home={`${zh("error.home")} / ${en("error.home")}`}
      status={status}
      english={{ title: en(keys.title), body: en(keys.body, vars) }}
    />
  );
}
