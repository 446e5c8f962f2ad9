import { useFetcher } from "@remix-run/react";
import { useId } from "react";
import { useLang, useT } from "../hooks";
import type { action } from "../routes/watch.follow";

/**
 * Follow by e-mail: a certificate (`number`) or every certificate of a manufacturer
 * (`manufacturerId`). Posts to the watch.follow route without leaving the page and answers
 * "check your mailbox" — the same answer whether the address already follows or not.
 */
export function FollowForm(props: { number: string } | { manufacturerId: string }) {
  const fetcher = useFetcher<typeof action>();
  const t = useT();
  const lang = useLang();
  const id = useId();
  const result = fetcher.data;
  const target = "number" in props ? { name: "number", value: props.number } : { name: "manufacturerId", value: props.manufacturerId };
  return (
    <section className="follow" aria-labelledby={`${id}-title`} data-testid="follow-form">
      <h2 id={`${id}-title`}>{t("number" in props ? "watch.follow.title" : "watch.follow.makerTitle")}</h2>
      <p className="muted">{t("watch.follow.intro")}</p>
      {result && "sent" in result ? (
        <p className="notice-ok" role="status" data-testid="follow-sent">
          {t("watch.follow.sent", { email: result.sent })}
        </p>
      ) : (
        <fetcher.Form method="post" action="/watch/follow">
          <input type="hidden" name={target.name} value={target.value} />
          <input type="hidden" name="language" value={lang === "en" ? "EN" : "ZH"} />
          <label htmlFor={`${id}-email`}>{t("watch.follow.email")}</label>{" "}
          <input id={`${id}-email`} type="email" name="email" required maxLength={254} autoComplete="email" data-testid="follow-email" />{" "}
          <button type="submit" disabled={fetcher.state !== "idle"} data-testid="follow-submit">
            {t("watch.follow.submit")}
          </button>
          {result && "failure" in result ? (
            <p className="form-error" role="alert" data-testid="follow-error" data-code={result.failure}>
              {t(result.failure === "TOO_MANY" ? "watch.follow.tooMany" : result.failure === "EMAIL" ? "watch.follow.badEmail" : "watch.link.unknown")}
            </p>
          ) : null}
        </fetcher.Form>
      )}
    </section>
  );
}
