import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { ConfirmFollowMutation } from "../queries.server";
import { withToken } from "../watchlist/token-page.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("watch.confirm.title")} · ${t("site.title")}` }, { name: "robots", content: "noindex" }];
};

/** GET only shows the button: mail scanners open links, and must not confirm for the address owner. */
export function loader({ request }: LoaderFunctionArgs) {
  return { lang: getLang(request) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return withToken(params.token, async (token) => (await graphql(ConfirmFollowMutation, { token }, { request })).confirmFollow);
}

export default function ConfirmFollowPage() {
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const t = useT();
  return (
    <article className="watch-page" data-testid="watch-confirm">
      <h1>{t("watch.confirm.title")}</h1>
      {result && !result.unknown ? (
        <div className="notice-ok" role="status" data-testid="watch-confirmed">
          <p>{t("watch.confirm.done")}</p>
          <ul>
            {result.result.map((w) => (
              <li key={`${w.kind}-${w.target}`}>
                {t(`watch.kind.${w.kind}`)} {w.target}
              </li>
            ))}
          </ul>
        </div>
      ) : result?.unknown ? (
        <p className="form-error" role="alert" data-testid="watch-unknown">{t("watch.link.unknown")}</p>
      ) : (
        <Form method="post">
          <p>{t("watch.confirm.intro")}</p>
          <button type="submit" disabled={busy} data-testid="watch-confirm-submit">{t("watch.confirm.submit")}</button>
        </Form>
      )}
    </article>
  );
}
