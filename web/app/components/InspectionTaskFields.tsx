import type { FactoryInspection, InspectionStaff } from "../cases/inspection-types";
import { useT } from "../hooks";

/**
 * The fields of an inspection task (§5.3), for issuing it and for rearranging it: the inspector,
 * the on-site person-days and the planned days on site (optional; within the §5.4 limit).
 * `prefix` keeps the ids of the two forms apart; a rearrangement starts from the task as it is.
 */
export function InspectionTaskFields({ prefix, inspectors, current }: { prefix: string; inspectors: InspectionStaff[]; current?: FactoryInspection }) {
  const t = useT();
  return (
    <>
      <div className="field">
        <label htmlFor={`${prefix}-inspector`}>{t("inspection.inspector")}</label>
        <select id={`${prefix}-inspector`} name="inspectorId" required defaultValue={current?.inspector?.id ?? ""} data-testid={`${prefix}-inspectorId`}>
          <option value="">{t("typeTest.choose")}</option>
          {inspectors.map((i) => (
            <option key={i.id} value={i.id}>
              {i.displayName}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-days`}>{t("inspection.personDays")}</label>
        <input id={`${prefix}-days`} name="personDays" type="text" inputMode="decimal" required defaultValue={current?.personDays ?? ""} data-testid={`${prefix}-personDays`} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-from`}>{t("inspection.plannedFrom")}</label>
        <input id={`${prefix}-from`} name="plannedFrom" type="date" defaultValue={current?.plannedFrom ?? ""} data-testid={`${prefix}-plannedFrom`} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-to`}>{t("inspection.plannedTo")}</label>
        <input id={`${prefix}-to`} name="plannedTo" type="date" defaultValue={current?.plannedTo ?? ""} data-testid={`${prefix}-plannedTo`} />
      </div>
    </>
  );
}
