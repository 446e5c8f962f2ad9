import { useLang, useT } from "../hooks";
import { failureOf, StatusForm, TextField } from "./FormParts";
import { codeLabel } from "./labels";
import type { StatusFailure, StatusReasons, StatusRequest } from "./types";

/**
 * A certificate's requests, newest first, with their state and decision. `decide` adds the
 * grant/refuse form to each pending one (the decider's page).
 */
export function RequestList({
  requests, reasons, decide, failure,
}: {
  requests: StatusRequest[];
  reasons: StatusReasons;
  decide: boolean;
  failure?: StatusFailure;
}) {
  const t = useT();
  const lang = useLang();
  if (requests.length === 0) return <p className="muted" data-testid="status-requests-none">{t("certStatus.requests.none")}</p>;
  return (
    <ul className="admin-list" data-testid="status-requests">
      {requests.map((r) => {
        const label = codeLabel(lang, reasons, r.code);
        return (
          <li key={r.id} className="admin-item" data-testid="status-request" data-id={r.id} data-kind={r.kind} data-state={r.state}>
            <div className="admin-item__head">
              <h3 className="admin-item__title">{t(`certStatus.kind.${r.kind}`)}</h3>
              <span className={`flag${r.state === "PENDING" ? " flag--paused" : ""}`} data-testid="status-request-state">
                {t(`certStatus.state.${r.state}`)}
              </span>
            </div>
            <p className="admin-item__meta">
              {t("certStatus.requestedOn")} <time dateTime={r.requestedOn}>{r.requestedOn}</time>
              {r.decidedOn ? (
                <>
                  {" · "}
                  {t("certStatus.decidedOn")} <time dateTime={r.decidedOn}>{r.decidedOn}</time>
                </>
              ) : null}
            </p>
            {label ? (
              <p className="admin-item__meta">
                {t("certStatus.code")}：{label}
              </p>
            ) : null}
            <p className="notice__body">{r.explanation}</p>
            {r.decisionNote ? (
              <p className="admin-item__meta">
                {t("certStatus.decisionNote")}：{r.decisionNote}
              </p>
            ) : null}
            {decide && r.state === "PENDING" ? <DecideForm request={r} failure={failureOf(failure, "decide", r.id)} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

function DecideForm({ request, failure }: { request: StatusRequest; failure?: StatusFailure }) {
  const t = useT();
  return (
    <StatusForm
      intent="decide"
      version={request.version}
      failure={failure}
      title={t("certStatus.decide.title")}
      hint={t("certStatus.decide.hint")}
      hidden={{ requestId: request.id }}
      buttons={
        <div className="form-buttons">
          <button type="submit" name="grant" value="true" className="button" data-testid="decide-grant">
            {t("certStatus.decide.grant")}
          </button>
          <button type="submit" name="grant" value="false" className="button button--secondary" data-testid="decide-refuse">
            {t("certStatus.decide.refuse")}
          </button>
        </div>
      }
    >
      <TextField intent="decide" field="note" label={t("certStatus.decide.note")} failure={failure} rows={2} />
    </StatusForm>
  );
}
