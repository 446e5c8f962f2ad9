import type { PublicCertificate } from '@cqc/registry';

/** The type of a CSV column as docs/open-data.md names it. */
export type FieldType = 'string' | 'integer' | 'boolean' | 'date' | 'timestamp' | 'enum' | 'list';

export interface OpenDataField {
  name: string;
  type: FieldType;
  description: string;
  value(record: PublicCertificate): string | number | boolean | null;
}

/** Lists inside one cell are joined with `;`, the parts of one entry with `|`; neither may appear inside a value. */
export const LIST_SEPARATOR = ';';
export const PART_SEPARATOR = '|';

function clean(value: string | null): string {
  return (value ?? '').replace(/[;|]/g, ',');
}

function list(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

const field = (name: string, type: FieldType, description: string, value: OpenDataField['value']): OpenDataField => ({ name, type, description, value });

/**
 * The CSV export's columns, in order: one row per certificate, the models and key components
 * flattened into list columns. Documented in docs/open-data.md (a test keeps the two in step)
 * and served as JSON at /registry/open-data/fields. The JSON Lines export carries the whole
 * public record instead.
 */
export const CSV_FIELDS: readonly OpenDataField[] = [
  field('number', 'string', 'Certificate number', (r) => r.number),
  field('status', 'enum', 'VALID, SUSPENDED (reversible), REVOKED, CANCELLED (final) or EXPIRED', (r) => r.status),
  field('statusChangedAt', 'timestamp', 'When the status last changed (ISO 8601, UTC)', (r) => r.statusChangedAt),
  field('suspendedUntil', 'date', 'For a suspension: the latest end date; empty otherwise', (r) => r.suspendedUntil),
  field('applicantNameZh', 'string', 'Certificate holder (applicant), Chinese name', (r) => r.applicant.nameZh),
  field('applicantNameEn', 'string', 'Certificate holder (applicant), English name', (r) => r.applicant.nameEn),
  field('applicantAddressZh', 'string', 'Applicant address, Chinese', (r) => r.applicant.addressZh),
  field('applicantAddressEn', 'string', 'Applicant address, English', (r) => r.applicant.addressEn),
  field('manufacturerNameZh', 'string', 'Manufacturer, Chinese name', (r) => r.manufacturer.nameZh),
  field('manufacturerNameEn', 'string', 'Manufacturer, English name', (r) => r.manufacturer.nameEn),
  field('manufacturerAddressZh', 'string', 'Manufacturer address, Chinese', (r) => r.manufacturer.addressZh),
  field('manufacturerAddressEn', 'string', 'Manufacturer address, English', (r) => r.manufacturer.addressEn),
  field('factoryNameZh', 'string', 'Production site (生产企业), Chinese name', (r) => r.factory.nameZh),
  field('factoryNameEn', 'string', 'Production site, English name', (r) => r.factory.nameEn),
  field('factoryAddressZh', 'string', 'Production site address, Chinese', (r) => r.factory.addressZh),
  field('factoryAddressEn', 'string', 'Production site address, English', (r) => r.factory.addressEn),
  field('factoryCode', 'string', 'Factory code of the production site', (r) => r.factory.factoryCode),
  field('unitName', 'string', 'Certification unit name', (r) => r.unitName),
  field('productType', 'enum', 'Product type (ProductType of the GraphQL schema)', (r) => r.productType),
  field('productNameZh', 'string', 'Product name, Chinese', (r) => r.productNameZh),
  field('productNameEn', 'string', 'Product name, English', (r) => r.productNameEn),
  field('series', 'string', 'Product series', (r) => r.series),
  field('frameCurrent', 'integer', 'Frame current Inm, A', (r) => r.frameCurrent),
  field('models', 'list', 'Designations of every model listed (in scope and withdrawn), `;`-separated', (r) => list(r.models.map((m) => clean(m.designation)))),
  field('modelGrades', 'list', 'designation|grade (power-consumption grade, T/CEEIA 549-2021) per model, `;`-separated', (r) =>
    list(r.models.map((m) => [clean(m.designation), clean(m.grade)].join(PART_SEPARATOR)))),
  field('modelRatings', 'list', 'designation|poles|ratedVoltage V|ratedCurrents A (`/`-separated) per model, `;`-separated', (r) =>
    list(r.models.map((m) => [clean(m.designation), m.poles, m.ratedVoltage, m.ratedCurrents.join('/')].join(PART_SEPARATOR)))),
  field('withdrawnModels', 'list', 'designation|withdrawnOn of models withdrawn from the scope (§7.2), `;`-separated', (r) =>
    list(r.models.filter((m) => m.status === 'WITHDRAWN').map((m) => [clean(m.designation), m.withdrawnOn ?? ''].join(PART_SEPARATOR)))),
  field('keyComponents', 'list', 'configuration|type|model|rating|material|grade|dimensions|supplier per Annex 1 key component, `;`-separated', (r) =>
    list(r.keyComponentConfigurations.flatMap((c) => c.components.map((k) =>
      [c.label, k.type, k.model, k.rating, k.material, k.grade, k.dimensions, k.supplier].map((v) => clean(v)).join(PART_SEPARATOR))))),
  field('basis', 'list', 'Certification basis (standards), `;`-separated', (r) => list(r.basis.map(clean))),
  field('modeZh', 'string', 'Certification mode, Chinese', (r) => r.modeZh),
  field('modeEn', 'string', 'Certification mode, English', (r) => r.modeEn),
  field('certificationBodyZh', 'string', 'Certification body, Chinese name', (r) => r.certificationBody.nameZh),
  field('certificationBodyEn', 'string', 'Certification body, English name', (r) => r.certificationBody.nameEn),
  field('firstIssuedOn', 'date', 'Date of first issue', (r) => r.firstIssuedOn),
  field('issuedOn', 'date', 'Issue date of the current version', (r) => r.issuedOn),
  field('expiresOn', 'date', 'Expiry date', (r) => r.expiresOn),
  field('currentVersionNo', 'integer', 'Current certificate version (0 = first issue)', (r) => r.currentVersionNo),
  field('latestSurveillanceResult', 'string', 'Result of the latest surveillance; empty when none', (r) => r.latestSurveillance?.result ?? null),
  field('latestSurveillanceDate', 'date', 'Date of the latest surveillance; empty when none', (r) => r.latestSurveillance?.date ?? null),
  field('isDemo', 'boolean', 'true for demonstration data', (r) => r.isDemo),
];

/** One CSV row: field name → cell value. */
export function csvRow(record: PublicCertificate): Record<string, string | number | boolean | null> {
  return Object.fromEntries(CSV_FIELDS.map((f) => [f.name, f.value(record)]));
}
