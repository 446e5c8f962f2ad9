import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import type { RuleFinding } from "../types";

/** What the API (or a form's own check) answered to a posted form. */
export interface Failure {
  code: string;
  message: string;
  clause?: string;
  findings?: RuleFinding[];
}

/**
 * Why a post was refused, in words the user can act on: the API's typed code, the rule
 * findings with their clauses, and a reload link when someone else changed the record.
 * `localText` is the form's own message for codes the API never sends (e.g. a missing field).
 */
export function ApiFailure({ failure, testId, localText }: { failure: Failure; testId: string; localText?: string }) {
  const lang = useLang();
  const t = useT();
  let text: string;
  switch (failure.code) {
    case "CONFLICT":
    case "RULE_VIOLATION":
    case "FORBIDDEN":
    case "NOT_FOUND":
      text = t(`action.error.${failure.code}`);
      break;
    case "ILLEGAL_TRANSITION":
      text = t("action.error.ILLEGAL_TRANSITION", { clause: failure.clause ?? "" });
      break;
    case "RATE_LIMITED":
      // The API's message names the wait ("… try again in 42 s …"); forms pass on only the message.
      text = t("action.error.RATE_LIMITED", { seconds: /(\d+)\s*s\b/.exec(failure.message)?.[1] ?? "60" });
      break;
    case "BAD_USER_INPUT":
      text = t("action.error.BAD_USER_INPUT", { message: failure.message });
      break;
    default:
      text = localText ?? t("action.error.unknown");
  }
  return (
    <div className="form-error" role="alert" data-testid={`${testId}-error`} data-code={failure.code}>
      <p>{text}</p>
      {failure.findings?.length ? (
        <ul>
          {failure.findings.map((f, index) => (
            <li key={index} data-finding={f.code}>
              {pick(lang, f.messageZh, f.messageEn)} <span className="tag">{f.clause}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {failure.code === "CONFLICT" ? (
        <p>
          {/* A plain link: a full reload shows the record as it is now, with its new version. */}
          <a href="?" data-testid={`${testId}-reload`}>
            {t("action.reload")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
