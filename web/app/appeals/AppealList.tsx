import { Form } from "@remix-run/react";
import { ApiFailure } from "../components/ApiFailure";
import { useT } from "../hooks";
import type { PostFailure } from "../marks/post.server";
import type { Appeal, AppealState } from "./types";

/** The steps a viewer may offer on an appeal in a state: the filer withdraws, the admin registers and investigates, the decider decides. */
export type AppealActor = "HOLDER" | "ADMIN" | "DECIDER" | null;

const STEPS: Record<Exclude<AppealActor, null>, Partial<Record<AppealState, string[]>>> = {
  HOLDER: { FILED: ["withdraw"], ACKNOWLEDGED: ["withdraw"], UNDER_INVESTIGATION: ["withdraw"] },
  ADMIN: { FILED: ["acknowledge"], ACKNOWLEDGED: ["investigate"] },
  DECIDER: { UNDER_INVESTIGATION: ["uphold", "reject"] },
};

/** Appeals with their dates; the forms the viewer's role may use, each with its text field. */
export function AppealList({ appeals, actor, failure }: { appeals: Appeal[]; actor: AppealActor; failure?: PostFailure }) {
  const t = useT();
  if (appeals.length === 0) return <p className="hint">{t("mk.none")}</p>;
  return (
    <ul className="request-list" data-testid="appeals">
      {appeals.map((a) => {
        const steps = actor ? STEPS[actor][a.state] ?? [] : [];
        return (
          <li key={a.id} data-testid="appeal" data-reference={a.reference} data-state={a.state}>
            <p><strong>{a.reference}</strong> · {t(`ap.kind.${a.kind}`)} · {t(`ap.state.${a.state}`)} · {a.organisationNameZh}</p>
            <p>{a.subject}{a.caseNo ? ` · ${a.caseNo}` : ""}{a.certificateNumber ? ` · ${a.certificateNumber}` : ""}</p>
            <p>{a.text}</p>
            <p>
              {t("ap.filedOn")}: {a.filedOn}
              {a.acknowledgedOn ? ` · ${t("ap.acknowledgedOn")}: ${a.acknowledgedOn}` : ""}
              {a.investigationStartedOn ? ` · ${t("ap.investigationStartedOn")}: ${a.investigationStartedOn}` : ""}
              {a.closedOn ? ` · ${t("ap.closedOn")}: ${a.closedOn}` : ""}
            </p>
            {a.investigationNote ? <p>{a.investigationNote}</p> : null}
            {a.outcomeNote ? <p data-testid="appeal-outcome">{a.outcomeNote}</p> : null}
            {a.documents.length > 0 ? <p>{t("ap.documents")}: {a.documents.map((d) => d.fileName).join(", ")}</p> : null}
            {steps.length > 0 ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="target" value={a.id} />
                <input type="hidden" name="version" value={a.version} />
                <label>{steps.includes("uphold") || steps.includes("withdraw") ? t("ap.reason") : t("ap.note")} <input name="note" /></label>
                {steps.map((s) => (
                  <button key={s} type="submit" name="intent" value={s} data-testid={`appeal-${s}`}>
                    {t(`ap.${s as "acknowledge" | "investigate" | "uphold" | "reject" | "withdraw"}`)}
                  </button>
                ))}
                {failure && failure.target === a.id ? <ApiFailure failure={failure} testId="appeal-step" /> : null}
              </Form>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
