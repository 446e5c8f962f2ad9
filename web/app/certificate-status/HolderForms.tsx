import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import { failureOf, SelectField, StatusForm, TextField } from "./FormParts";
import { holderIntents, suggestedCause, type HolderIntent } from "./forms";
import { reasonOptions } from "./labels";
import type { CertificateRecord, StatusFailure, StatusReasons, StatusRequest } from "./types";

/** The requests the holder may file in the certificate's status; none while one awaits a decision. */
export function HolderForms({
  record, requests, reasons, failure,
}: {
  record: CertificateRecord;
  requests: StatusRequest[];
  reasons: StatusReasons;
  failure?: StatusFailure;
}) {
  const t = useT();
  const pending = requests.some((r) => r.state === "PENDING");
  const intents = holderIntents(record.availableActions);
  if (pending) return <p className="notice-ok" role="status" data-testid="status-request-pending">{t("certStatus.portal.pending")}</p>;
  if (intents.length === 0) return <p className="muted" data-testid="status-actions-none">{t("certStatus.portal.none")}</p>;
  return (
    <div className="case-actions" key={requests.length} data-testid="status-actions">
      {intents.map((intent) => (
        <HolderForm key={intent} intent={intent} reasons={reasons} failure={failureOf(failure, intent)} />
      ))}
    </div>
  );
}

function HolderForm({ intent, reasons, failure }: { intent: HolderIntent; reasons: StatusReasons; failure?: StatusFailure }) {
  const t = useT();
  const lang = useLang();
  return (
    <StatusForm intent={intent} version={null} failure={failure} title={t(`certStatus.${intent}.title`)} hint={hintOf(intent, reasons, lang, t)} submit={t(`certStatus.${intent}.submit`)}>
      {intent === "requestCancellation" ? (
        <SelectField
          intent={intent} field="reasonCode" label={t("certStatus.reasonCode")} failure={failure} required
          options={reasonOptions(lang, reasons.cancellationReasons.filter((r) => r.holderMayRequest))}
        />
      ) : null}
      <TextField
        intent={intent} field="explanation" failure={failure} required rows={4}
        label={intent === "requestRestoration" ? t("certStatus.requestRestoration.explanation") : t("certStatus.explanation")}
      />
    </StatusForm>
  );
}

/** The suspension a holder may ask for and its maximum come from the scheme (§8.5.1(8), §8.5.1.1). */
function hintOf(intent: HolderIntent, reasons: StatusReasons, lang: ReturnType<typeof useLang>, t: ReturnType<typeof useT>): string | undefined {
  if (intent === "requestRestoration") return t("certStatus.requestRestoration.hint");
  if (intent !== "requestSuspension") return undefined;
  const reason = reasons.suspensionReasons.find((r) => r.holderMayRequest);
  const code = reason ? suggestedCause(reason.code, reasons.suspensionCauses) : null;
  const cause = reasons.suspensionCauses.find((c) => c.code === code);
  return cause ? t("certStatus.requestSuspension.hint", { cause: pick(lang, cause.labelZh, cause.labelEn), months: cause.maxMonths }) : undefined;
}
