import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { UnsubscribeWatchMutation } from "../queries.server";
import { withToken } from "../watchlist/token-page.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("watch.unsubscribe.title")} · ${t("site.title")}` }, { name: "robots", content: "noindex" }];
};

/**
 * GET only shows the button (mail scanners prefetch links); the POST unsubscribes. Mail clients
 * use the RFC 8058 one-click POST to the API (`/registry/watch/unsubscribe`) instead.
 */
export function loader({ request }: LoaderFunctionArgs) {
  return { lang: getLang(request) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return withToken(params.token, async (token) => (await graphql(UnsubscribeWatchMutation, { token }, { request })).unsubscribe);
}

export default function UnsubscribePage() {
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const t = useT();
  return (
    <article className="watch-page" data-testid="watch-unsubscribe">
      <h1>{t("watch.unsubscribe.title")}</h1>
      {result && !result.unknown ? (
        <p className="notice-ok" role="status" data-testid="watch-unsubscribed">
          {t("watch.unsubscribe.done", { target: `${t(`watch.kind.${result.result.kind}`)} ${result.result.target}` })}
        </p>
      ) : result?.unknown ? (
        <p className="form-error" role="alert" data-testid="watch-unknown">{t("watch.link.unknown")}</p>
      ) : (
        <Form method="post">
          <p>{t("watch.unsubscribe.intro")}</p>
          <button type="submit" disabled={busy} data-testid="watch-unsubscribe-submit">{t("watch.unsubscribe.submit")}</button>
        </Form>
      )}
    </article>
  );
}
