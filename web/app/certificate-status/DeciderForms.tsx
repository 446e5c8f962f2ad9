import { useState } from "react";
import { useLang, useT } from "../hooks";
import { failureOf, SelectField, StatusForm, TextField } from "./FormParts";
import { deciderIntents, suggestedCause, type DeciderIntent } from "./forms";
import { causeOptions, reasonOptions } from "./labels";
import type { CertificateRecord, StatusFailure, StatusReasons } from "./types";

/** The decider's §8.5 status changes the certificate's status allows, each with its reason codes. */
export function DeciderForms({ record, reasons, failure }: { record: CertificateRecord; reasons: StatusReasons; failure?: StatusFailure }) {
  const t = useT();
  const intents = deciderIntents(record.availableActions);
  if (intents.length === 0) return <p className="muted" data-testid="status-actions-none">{t("certStatus.actions.none")}</p>;
  return (
    // Keyed by the record's version: after a change the forms start empty again.
    <div className="case-actions" key={record.version} data-testid="status-actions">
      {intents.map((intent) => (
        <DeciderForm key={intent} intent={intent} record={record} reasons={reasons} failure={failureOf(failure, intent)} />
      ))}
    </div>
  );
}

function DeciderForm({ intent, record, reasons, failure }: { intent: DeciderIntent; record: CertificateRecord; reasons: StatusReasons; failure?: StatusFailure }) {
  const t = useT();
  const lang = useLang();
  const list = intent === "cancel" ? reasons.cancellationReasons : intent === "revoke" ? reasons.revocationReasons : null;
  return (
    <StatusForm
      intent={intent}
      version={record.version}
      failure={failure}
      title={t(`certStatus.${intent}.title`)}
      hint={intent === "suspend" ? t("certStatus.suspend.hint") : intent === "restore" ? t("certStatus.restore.hint") : undefined}
      submit={t(`certStatus.${intent}.submit`)}
    >
      {intent === "suspend" ? <SuspensionFields reasons={reasons} failure={failure} /> : null}
      {list ? (
        <SelectField intent={intent} field="reasonCode" label={t("certStatus.reasonCode")} failure={failure} options={reasonOptions(lang, list)} required />
      ) : null}
      <TextField intent={intent} field="publicReasonZh" label={t("certStatus.publicReasonZh")} failure={failure} required={intent === "suspend"} hint={t("certStatus.publicReason.hint")} />
      <TextField intent={intent} field="publicReasonEn" label={t("certStatus.publicReasonEn")} failure={failure} />
    </StatusForm>
  );
}

/** The reason (S1–S9) and the cause that sets the maximum; choosing a reason preselects its usual cause. */
function SuspensionFields({ reasons, failure }: { reasons: StatusReasons; failure?: StatusFailure }) {
  const t = useT();
  const lang = useLang();
  const [reason, setReason] = useState(failure?.values.reasonCode ?? "");
  const [cause, setCause] = useState(failure?.values.causeCode ?? "");
  const chooseReason = (code: string) => {
    setReason(code);
    const usual = suggestedCause(code, reasons.suspensionCauses);
    if (usual) setCause(usual);
  };
  return (
    <>
      <SelectField intent="suspend" field="reasonCode" label={t("certStatus.reasonCode")} failure={failure} options={reasonOptions(lang, reasons.suspensionReasons)} required value={reason} onChange={chooseReason} />
      <SelectField intent="suspend" field="causeCode" label={t("certStatus.causeCode")} failure={failure} options={causeOptions(lang, t, reasons.suspensionCauses)} required value={cause} onChange={setCause} />
    </>
  );
}
