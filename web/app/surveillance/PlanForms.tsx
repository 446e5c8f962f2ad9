import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import { Checks, Select, SvForm, TextArea, TextInput, Verdict, formState } from "./FormKit";
import { VISIT_ROWS } from "./forms";
import type { CertifiedModelRef, FormFailure, PersonRef, Plan, Reference, Sample } from "./types";

type F = FormFailure | null | undefined;

export function AssignForm({ plan, inspectors, failure }: { plan: Plan; inspectors: PersonRef[]; failure: F }) {
  const t = useT();
  const s = formState(failure, "assign");
  return (
    <SvForm state={s} version={plan.version} title={t("sv.assign")} hint={t("sv.assign.hint")} submit={t("sv.assign.submit")} fields={["inspectorId", "personDays", "cccPersonDays", "plannedOn"]}>
      <Select state={s} name="inspectorId" label={t("sv.inspector")} required value={plan.inspector?.id} options={inspectors.map((i) => ({ value: i.id, label: i.displayName }))} />
      <TextInput state={s} name="personDays" label={t("sv.personDays")} required inputMode="decimal" value={String(plan.personDays ?? 1)} />
      <TextInput state={s} name="cccPersonDays" label={t("sv.cccPersonDays")} inputMode="decimal" value={plan.cccPersonDays?.toString()} />
      <TextInput state={s} name="plannedOn" label={t("sv.plannedOn")} type="date" value={plan.plannedOn ?? ""} />
    </SvForm>
  );
}

/** The assigned inspector's visit record (§7.1.3): items, conformity models, witness tests, findings, conclusion. */
export function VisitForm({ plan, reference, models, failure }: { plan: Plan; reference: Reference; models: CertifiedModelRef[]; failure: F }) {
  const t = useT();
  const lang = useLang();
  const s = formState(failure, "visit");
  const inScope = models.filter((m) => m.status === "IN_SCOPE").map((m) => ({ value: m.designation, label: m.designation }));
  const findingItems = [
    ...reference.items.map((i) => ({ value: i.id, label: `${i.id} ${pick(lang, i.titleZh, i.titleEn)}` })),
    ...reference.conformityItems.map((i) => ({ value: i.code, label: `§${i.clause} ${pick(lang, i.zh, i.en)}` })),
  ];
  const rows = Array.from({ length: VISIT_ROWS }, (_, i) => i);
  return (
    <SvForm state={s} version={plan.version} title={t("sv.visit.record")} hint={t("sv.visit.hint", { min: reference.minConformityModels })} submit={t("sv.visit.submit")}
      fields={["checkedItemIds", "conformityModels", "nonconformities", "note"]}>
      <Checks state={s} name="checkedItemIds" legend={t("sv.items")}
        options={reference.items.map((i) => ({ value: i.id, label: `${i.id} ${pick(lang, i.titleZh, i.titleEn)}`, tag: i.mandatory ? t("sv.mandatory") : undefined }))} />
      <Checks state={s} name="conformityModels" legend={t("sv.conformityModels")} options={inScope} />
      <fieldset className="form-section">
        <legend>{t("sv.witness")}</legend>
        {rows.map((i) => (
          <div key={i} className="form-row" data-testid={`witness-row-${i}`}>
            <Select state={s} name={`witness-${i}-model`} label={`${t("sv.row", { n: i + 1 })} · ${t("sv.witness.model")}`} options={inScope} />
            <TextInput state={s} name={`witness-${i}-description`} label={t("sv.witness.description")} />
            <Select state={s} name={`witness-${i}-passed`} label={t("sv.witness.passed")} options={[{ value: "true", label: t("sv.passed") }, { value: "false", label: t("sv.notPassed") }]} />
          </div>
        ))}
      </fieldset>
      <fieldset className="form-section" data-testid="nc-rows">
        <legend>{t("sv.nc")}</legend>
        {rows.map((i) => (
          <div key={i} className="form-row" data-testid={`nc-row-${i}`}>
            <Select state={s} name={`nc-${i}-item`} label={`${t("sv.row", { n: i + 1 })} · ${t("sv.nc.item")}`} options={findingItems} />
            <TextInput state={s} name={`nc-${i}-description`} label={t("sv.nc.description")} />
          </div>
        ))}
      </fieldset>
      <Verdict state={s} name="passed" legend={t("sv.visitPassed")} yes={t("sv.passed")} no={t("sv.notPassed")} />
      <TextArea state={s} name="note" label={t("sv.note")} />
    </SvForm>
  );
}

export function VerifyForm({ plan, nonconformityId, label, failure }: { plan: Plan; nonconformityId: string; label: string; failure: F }) {
  const t = useT();
  const s = formState(failure, "verify", nonconformityId);
  return (
    <SvForm state={s} version={plan.version} title={`${t("sv.verify")}: ${label}`} submit={t("sv.verify.submit")} fields={["rectifiedOn"]}>
      <input type="hidden" name="nonconformityId" value={nonconformityId} />
      <TextInput state={s} name="rectifiedOn" label={t("sv.rectifiedOn")} type="date" required />
    </SvForm>
  );
}

export function EvaluateForm({ plan, failure }: { plan: Plan; failure: F }) {
  const t = useT();
  const s = formState(failure, "evaluate");
  return (
    <SvForm state={s} version={plan.version} title={t("sv.evaluate")} hint={t("sv.evaluate.hint")} submit={t("sv.evaluate.submit")} fields={["note", "passed"]}>
      <Verdict state={s} name="passed" legend={t("sv.evaluation")} yes={t("sv.passed")} no={t("sv.notPassed")} />
      <TextArea state={s} name="note" label={t("sv.note")} />
    </SvForm>
  );
}

/** The engineer records a sampling; the last sample's rating is shown so a repeat can be avoided (§7.2 "尽可能"). */
export function SampleForm({ models, labs, last, failure }: { models: CertifiedModelRef[]; labs: Array<{ id: string; nameZh: string; nameEn: string }>; last: Sample | null; failure: F }) {
  const t = useT();
  const lang = useLang();
  const s = formState(failure, "sample");
  const inScope = models.filter((m) => m.status === "IN_SCOPE");
  const hint = last?.modelDesignation ? `${t("sv.sample.hint")} ${t("sv.sample.last", { year: last.year, model: last.modelDesignation, rating: last.ratedCurrent ?? "—" })}` : t("sv.sample.hint");
  return (
    <SvForm state={s} title={t("sv.sample.draw")} hint={hint} submit={t("sv.sample.submit")} fields={["purpose", "available", "modelDesignation", "ratedCurrent", "labId"]}>
      <Select state={s} name="purpose" label={t("sv.purpose")} required value="SURVEILLANCE" empty={false}
        options={(["SURVEILLANCE", "RESAMPLE", "RETEST"] as const).map((p) => ({ value: p, label: t(`sv.purpose.${p}`) }))} />
      <Select state={s} name="available" label={t("sv.available")} value="true" empty={false} options={[{ value: "true", label: t("sv.available.yes") }, { value: "false", label: t("sv.available.no") }]} />
      <Select state={s} name="modelDesignation" label={t("sv.model")} options={inScope.map((m) => ({ value: m.designation, label: `${m.designation} (${m.ratedCurrents.join(", ")} A)` }))} />
      <TextInput state={s} name="ratedCurrent" label={t("sv.ratedCurrent")} inputMode="numeric" />
      <Select state={s} name="labId" label={t("sv.lab")} options={labs.map((l) => ({ value: l.id, label: pick(lang, l.nameZh, l.nameEn) }))} />
    </SvForm>
  );
}
