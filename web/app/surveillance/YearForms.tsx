import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import { Select, SvForm, TextArea, TextInput, Verdict, formState } from "./FormKit";
import type { FormFailure, Reference, Sample } from "./types";

type F = FormFailure | null | undefined;

/** §7.1.1: the engineer plans a year on demand (the sweep plans the current one). */
export function PlanYearForm({ year, failure }: { year: number; failure: F }) {
  const t = useT();
  const s = formState(failure, "planYear");
  return (
    <SvForm state={s} title={t("sv.planYear")} hint={t("sv.planYear.hint")} submit={t("sv.planYear.submit")} fields={["year"]}>
      <TextInput state={s} name="year" label={t("sv.year")} required inputMode="numeric" value={String(year)} />
    </SvForm>
  );
}

/** §7.1.1 1)–3): an extra visit with its ground and reason. */
export function ExtraVisitForm({ reference, failure }: { reference: Reference; failure: F }) {
  const t = useT();
  const lang = useLang();
  const s = formState(failure, "extra");
  return (
    <SvForm state={s} title={t("sv.extra")} hint={t("sv.extra.hint")} submit={t("sv.extra.submit")} secondary fields={["certificateNumber", "trigger", "note", "dueOn"]}>
      <TextInput state={s} name="certificateNumber" label={t("sv.certificateNumber")} required />
      <Select state={s} name="trigger" label={t("sv.trigger")} required options={reference.extraVisitTriggers.map((x) => ({ value: x.code, label: `§${x.clause} ${pick(lang, x.zh, x.en)}` }))} />
      <TextArea state={s} name="note" label={t("sv.reason")} required />
      <TextInput state={s} name="dueOn" label={t("sv.due")} type="date" required />
    </SvForm>
  );
}

/** The holder's report that the factory contacted the lab (§7.2, within 10 days). */
export function ContactForm({ sample, failure }: { sample: Sample; failure: F }) {
  const t = useT();
  return <SvForm state={formState(failure, "contact", sample.id)} version={sample.version} title={t("sv.contact")} hint={t("sv.contact.hint")} submit={t("sv.contact")} />;
}

/** The lab: the sample arrived (its 30 working days start), then the result. */
export function ReceivedForm({ sample, failure }: { sample: Sample; failure: F }) {
  const t = useT();
  return <SvForm state={formState(failure, "received", sample.id)} version={sample.version} title={t("sv.received")} submit={t("sv.received")} />;
}

export function ResultForm({ sample, failure }: { sample: Sample; failure: F }) {
  const t = useT();
  const s = formState(failure, "result", sample.id);
  return (
    <SvForm state={s} version={sample.version} title={t("sv.result")} submit={t("sv.result.submit")} fields={["note", "passed"]}>
      <Verdict state={s} name="passed" legend={t("sv.result")} yes={t("sv.sampleStatus.PASSED")} no={t("sv.sampleStatus.FAILED")} />
      <TextArea state={s} name="note" label={t("sv.result.note")} />
    </SvForm>
  );
}
