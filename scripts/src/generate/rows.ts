import { copyLine, designationKey, type Scheme } from '@cqc/db';
// The import service's own replay (pure), taken from its module: the API's barrel would load the whole server.
import { modelStatus, type ReplayedCertificate } from '../../../api/src/import/replay-history.js';
import { versionSnapshot } from '../../../api/src/import/version-snapshot.js';
import type { GeneratedCertificate } from './certificates.js';
import type { GeneratedFactory, GeneratedOrganisation } from './parties.js';
import { rowId } from './prng.js';

/**
 * The rows the import service would write for a certificate (api/src/import/import-service.ts,
 * writeCertificate and version-snapshot.ts), as lines of PostgreSQL's COPY text format. Same tables, same
 * columns, same snapshot shape; only the audit and outbox rows are left out (see
 * docs/decisions/0007-bench-data.md). Keep this in step with the import service.
 */
export const COLUMNS = {
  organisation: ['id', 'created_at', 'kind', 'name_zh', 'name_en', 'address_zh', 'address_en', 'credit_code', 'is_demo'],
  factory: ['id', 'created_at', 'operator_id', 'factory_code', 'name_zh', 'name_en', 'address_zh', 'address_en'],
  certification_unit: ['id', 'created_at', 'applicant_id', 'manufacturer_id', 'factory_id', 'product_type', 'product_name_zh', 'product_name_en', 'series', 'frame_current'],
  product_model: ['id', 'created_at', 'unit_id', 'designation', 'designation_key', 'product_type', 'mounting', 'poles', 'rated_voltage', 'frame_current', 'rated_currents', 'series', 'grade', 'status', 'withdrawn_on'],
  key_component_configuration: ['id', 'created_at', 'unit_id', 'label'],
  key_component: ['id', 'created_at', 'configuration_id', 'type', 'model', 'rating', 'material', 'grade', 'dimensions', 'supplier'],
  certificate: ['id', 'created_at', 'number', 'unit_id', 'status', 'first_issued_on', 'issued_on', 'expires_on', 'current_version_no', 'suspended_until', 'status_changed_at', 'is_demo'],
  certificate_version: ['id', 'created_at', 'certificate_id', 'version_no', 'kind', 'issued_on', 'change_summary_zh', 'change_summary_en', 'snapshot'],
  certificate_status_event: ['id', 'created_at', 'certificate_id', 'seq', 'kind', 'from_status', 'to_status', 'occurred_on', 'effective_until', 'reason_code', 'cause', 'public_reason_zh', 'public_reason_en', 'model_designation', 'version_no'],
} as const;

export type Table = keyof typeof COLUMNS;
/** Parent tables first: the foreign keys are checked row by row. */
export const CERTIFICATE_TABLES: Table[] = ['certification_unit', 'product_model', 'key_component_configuration', 'key_component', 'certificate', 'certificate_version', 'certificate_status_event'];
const TABLE_NO: Record<Table, number> = {
  organisation: 1, factory: 2, certification_unit: 3, product_model: 4, key_component_configuration: 5, key_component: 6,
  certificate: 7, certificate_version: 8, certificate_status_event: 9,
};

/** One COPY text line (the format lives in @cqc/db, shared with the registry's rebuild). */
export const line = copyLine;

export type Lines = Record<Table, string[]>;

export function emptyLines(): Lines {
  return Object.fromEntries(Object.keys(COLUMNS).map((t) => [t, []])) as unknown as Lines;
}

export function organisationLine(o: GeneratedOrganisation, createdAt: string): string {
  return line([o.id, createdAt, 'ENTERPRISE', o.nameZh, o.nameEn, o.addressZh, o.addressEn, o.creditCode, true]);
}

export function factoryLine(f: GeneratedFactory, createdAt: string): string {
  return line([f.id, createdAt, f.operatorId, f.factoryCode, f.nameZh, f.nameEn, f.addressZh, f.addressEn]);
}

/** Appends one certificate's rows (unit, models, key components, certificate, versions, history). */
export function certificateLines(out: Lines, seed: number, index: number, g: GeneratedCertificate, state: ReplayedCertificate, scheme: Scheme, createdAt: string): void {
  const { input } = g;
  const id = (table: Table, ordinal = 0) => rowId(seed, TABLE_NO[table], index, ordinal);
  const unitId = id('certification_unit');
  out.certification_unit.push(line([unitId, createdAt, g.applicant.id, g.manufacturer.id, g.factory.id, input.productType, input.productNameZh, input.productNameEn, input.series, input.frameCurrent]));
  state.models.forEach((m, k) => {
    out.product_model.push(line([
      id('product_model', k), createdAt, unitId, m.designation, designationKey(m.designation), input.productType, m.mounting, m.poles,
      m.ratedVoltage, input.frameCurrent, `{${m.ratedCurrents.join(',')}}`, input.series, m.grade,
      modelStatus(state.withdrawn, m.designation), state.withdrawn[m.designation] ?? null,
    ]));
  });
  let component = 0;
  state.keyComponentConfigurations.forEach((c, k) => {
    const configurationId = id('key_component_configuration', k);
    out.key_component_configuration.push(line([configurationId, createdAt, unitId, c.label]));
    for (const kc of c.components) {
      out.key_component.push(line([id('key_component', component++), createdAt, configurationId, kc.type, kc.model ?? null, kc.rating ?? null, kc.material ?? null, kc.grade ?? null, kc.dimensions ?? null, kc.supplier]));
    }
  });
  const certificateId = id('certificate');
  const current = state.versions.at(-1)!;
  out.certificate.push(line([
    certificateId, createdAt, input.number, unitId, state.status, input.firstIssuedOn, current.issuedOn, state.expiresOn, current.versionNo,
    state.suspendedUntil, `${state.statusChangedOn}T00:00:00Z`, true,
  ]));
  for (const v of state.versions) {
    out.certificate_version.push(line([
      id('certificate_version', v.versionNo), createdAt, certificateId, v.versionNo, v.kind, v.issuedOn, v.changeSummaryZh, v.changeSummaryEn,
      JSON.stringify(versionSnapshot(g.input, v, g, state.expiresOn, scheme)),
    ]));
  }
  for (const e of state.events) {
    out.certificate_status_event.push(line([
      id('certificate_status_event', e.seq), createdAt, certificateId, e.seq, e.kind, e.fromStatus, e.toStatus, e.occurredOn, e.effectiveUntil,
      e.reasonCode, e.cause, e.publicReasonZh, e.publicReasonEn, e.modelDesignation, e.versionNo,
    ]));
  }
}

