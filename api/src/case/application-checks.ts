import type { Scheme } from '@cqc/db';
import { checkScope } from '../application/rules/scope-check.js';
import type { RuleFinding } from '../application/rules/finding.js';
import { checkUnit } from '../application/rules/unit-check.js';
import type { ApplicationInput } from './application-input.js';

export interface ApplicationCheck {
  /** Findings that refuse the application as it stands (scope §1, unit §3.1, bad input). */
  refusals: RuleFinding[];
  /** A rated voltage above AC 1000 V: accepted, handled by reference (参照执行, §1). */
  referenceVoltage: boolean;
}

/**
 * The content checks of an application, pure: every model against the scope (§1), the models
 * together against the unit rule (§3.1), and the key components against Annex 1's controlled
 * attributes (§4.3). Every finding is returned, with a field path the form can show it beside.
 */
export function checkApplication(input: ApplicationInput, applicantId: string, scheme: Scheme): ApplicationCheck {
  const refusals: RuleFinding[] = [];
  let referenceVoltage = false;
  input.models.forEach((m, i) => {
    const result = checkScope({ ...m, productType: input.productType, frameCurrent: input.frameCurrent }, scheme);
    if (result.verdict === 'REFERENCE') referenceVoltage = true;
    for (const f of result.findings) if (f.kind !== 'REFERENCE') refusals.push({ ...f, field: `models[${i}].${f.field}` });
  });
  refusals.push(
    ...checkUnit({
      applicantId,
      manufacturerId: input.manufacturerId,
      factoryId: input.factoryId,
      models: input.models.map((m) => ({ designation: m.designation, productType: input.productType, series: input.series, frameCurrent: input.frameCurrent })),
    }),
  );
  refusals.push(...checkKeyComponents(input, scheme));
  if (!input.productNameZh.trim()) refusals.push(required('productNameZh', '产品名称', 'product name'));
  if (!input.series.trim()) refusals.push(required('series', '系列', 'series'));
  return { refusals, referenceVoltage };
}

function checkKeyComponents(input: ApplicationInput, scheme: Scheme): RuleFinding[] {
  const findings: RuleFinding[] = [];
  if (input.keyComponentConfigurations.length === 0) {
    findings.push({ code: 'KEY_COMPONENTS_MISSING', clause: '§4.3', field: 'keyComponentConfigurations', messageZh: '请申报关键元器件配置（附件 1）。', messageEn: 'Declare the key-component configuration (Annex 1).' });
  }
  input.keyComponentConfigurations.forEach((configuration, c) => {
    configuration.components.forEach((component, k) => {
      const definition = scheme.keyComponentTypes.find((t) => t.type === component.type);
      for (const attribute of definition?.controlled ?? []) {
        const value = component[attribute];
        if (typeof value !== 'string' || value.trim() === '') {
          findings.push({
            code: 'KEY_COMPONENT_ATTRIBUTE_MISSING', clause: '§4.3',
            field: `keyComponentConfigurations[${c}].components[${k}].${attribute}`,
            messageZh: `${definition!.zh}须申报受控参数「${attribute}」。`,
            messageEn: `${definition!.en}: the controlled attribute "${attribute}" must be declared.`,
          });
        }
      }
    });
  });
  return findings;
}

function required(field: string, zh: string, en: string): RuleFinding {
  return { code: 'REQUIRED', clause: '§3.2', field, messageZh: `请填写${zh}。`, messageEn: `The ${en} is required.` };
}
