import type { EntityManager } from '@mikro-orm/postgresql';
import type { Certificate } from '@cqc/db';
import { toPublicCertificate } from './map.js';
import type { PublicCertificate, PublicSurveillance } from './types.js';

/**
 * The public records straight from SQL rows, for speed: hydrating entities with the ORM costs
 * most of a rebuild's time at a million certificates. Seven statements per page whatever its
 * size, each ordered as the entity collections are (models by designation, configurations by
 * label, components by type, versions by number, history by seq). The rows are shaped as the
 * fields toPublicCertificate reads, so the one mapper decides every public field, and only the
 * current version's snapshot travels, without its model and component lists (the mapper takes
 * those from the unit).
 *
 * `where` selects certificates (alias `c`); `params` are its `?` bindings.
 */
export async function loadRecords(em: EntityManager, where: string, params: unknown[], limit?: number): Promise<PublicCertificate[]> {
  const certificates: CertificateRow[] = await em.execute(
    `select c.id, c.number, c.status, c.first_issued_on, c.issued_on, c.expires_on, c.current_version_no, c.suspended_until,
       c.status_changed_at, c.is_demo, u.id as unit_id, u.product_type, u.product_name_zh, u.product_name_en, u.series,
       u.frame_current, u.applicant_id, u.manufacturer_id, u.factory_id
     from certificate c join certification_unit u on u.id = c.unit_id
     where ${where} order by c.number${limit === undefined ? '' : ` limit ${Number(limit)}`}`,
    params,
  );
  if (certificates.length === 0) return [];
  const ids = pgArray(certificates.map((c) => c.id));
  const unitIds = pgArray(certificates.map((c) => c.unit_id));
  const factories: FactoryRow[] = await em.execute(
    `select id, operator_id, factory_code, name_zh, name_en, address_zh, address_en from factory where id = any(?::uuid[])`,
    [pgArray(certificates.map((c) => c.factory_id))],
  );
  const organisationIds = new Set([...certificates.flatMap((c) => [c.applicant_id, c.manufacturer_id]), ...factories.map((f) => f.operator_id)]);
  // Concurrently on pool connections; one after another on a transaction's single connection.
  const all = em.isInTransaction() ? sequentially : (work: Array<() => Promise<unknown>>) => Promise.all(work.map((w) => w()));
  const [organisations, models, components, versions, events, surveillance] = (await all([
    () => em.execute<OrganisationRow[]>(`select id, name_zh, name_en, address_zh, address_en from organisation where id = any(?::uuid[])`, [pgArray([...organisationIds])]),
    () => em.execute<ModelRow[]>(
      `select unit_id, designation, product_type, mounting, poles, rated_voltage, frame_current, rated_currents, series, grade, status, withdrawn_on
       from product_model where unit_id = any(?::uuid[]) order by designation`,
      [unitIds],
    ),
    () => em.execute<ComponentRow[]>(
      `select kc.id as configuration_id, kc.unit_id, kc.label, k.type, k.model, k.rating, k.material, k.grade, k.dimensions, k.supplier
       from key_component_configuration kc left join key_component k on k.configuration_id = kc.id
       where kc.unit_id = any(?::uuid[]) order by kc.label, kc.id, k.type`,
      [unitIds],
    ),
    () => em.execute<VersionRow[]>(
      `select v.certificate_id, v.version_no, v.kind, v.issued_on, v.change_summary_zh, v.change_summary_en,
         case when v.version_no = c.current_version_no or v.version_no = max(v.version_no) over (partition by v.certificate_id)
           then v.snapshot - 'models' - 'keyComponentConfigurations' end as snapshot
       from certificate_version v join certificate c on c.id = v.certificate_id
       where v.certificate_id = any(?::uuid[]) order by v.version_no`,
      [ids],
    ),
    () => em.execute<EventRow[]>(
      `select certificate_id, seq, kind, from_status, to_status, occurred_on, effective_until, reason_code, cause,
         public_reason_zh, public_reason_en, model_designation, version_no
       from certificate_status_event where certificate_id = any(?::uuid[]) order by seq`,
      [ids],
    ),
    // §7.3: the latest concluded surveillance (as build.ts: by conclusion date, then creation).
    () => em.execute<SurveillanceRow[]>(
      `select distinct on (certificate_id) certificate_id, status, concluded_on from surveillance_plan
       where certificate_id = any(?::uuid[]) and concluded_on is not null
       order by certificate_id, concluded_on desc, created_at desc`,
      [ids],
    ),
  ])) as [OrganisationRow[], ModelRow[], ComponentRow[], VersionRow[], EventRow[], SurveillanceRow[]];

  const organisationById = new Map(organisations.map((o) => [o.id, party(o)]));
  const factoryById = new Map(factories.map((f) => [f.id, { ...party(f), factoryCode: f.factory_code, operator: { id: f.operator_id } }]));
  const modelsByUnit = group(models, (m) => m.unit_id, (m) => ({
    designation: m.designation, productType: m.product_type, mounting: m.mounting, poles: m.poles, ratedVoltage: m.rated_voltage,
    frameCurrent: m.frame_current, ratedCurrents: m.rated_currents.map(Number), series: m.series, grade: m.grade, status: m.status,
    withdrawnOn: m.withdrawn_on,
  }));
  const configurationsByUnit = new Map<string, Array<{ id: string; label: string; components: ReturnType<typeof items> }>>();
  const componentsByConfiguration = new Map<string, unknown[]>();
  for (const k of components) {
    let list = componentsByConfiguration.get(k.configuration_id);
    if (!list) {
      list = [];
      componentsByConfiguration.set(k.configuration_id, list);
      const configurations = configurationsByUnit.get(k.unit_id) ?? [];
      configurations.push({ id: k.configuration_id, label: k.label, components: items(list) });
      configurationsByUnit.set(k.unit_id, configurations);
    }
    if (k.type !== null) {
      list.push({ type: k.type, model: k.model, rating: k.rating, material: k.material, grade: k.grade, dimensions: k.dimensions, supplier: k.supplier });
    }
  }
  const versionsByCertificate = group(versions, (v) => v.certificate_id, (v) => ({
    versionNo: v.version_no, kind: v.kind, issuedOn: v.issued_on, changeSummaryZh: v.change_summary_zh,
    changeSummaryEn: v.change_summary_en, snapshot: v.snapshot ?? undefined,
  }));
  const eventsByCertificate = group(events, (e) => e.certificate_id, (e) => ({
    seq: e.seq, kind: e.kind, fromStatus: e.from_status, toStatus: e.to_status, occurredOn: e.occurred_on,
    effectiveUntil: e.effective_until, reasonCode: e.reason_code, cause: e.cause, publicReasonZh: e.public_reason_zh,
    publicReasonEn: e.public_reason_en, modelDesignation: e.model_designation, versionNo: e.version_no,
  }));
  const surveillanceByCertificate = new Map<string, PublicSurveillance>(surveillance.map((s) => [s.certificate_id, { result: s.status, date: s.concluded_on }]));

  return certificates.map((c) => {
    const shaped = {
      number: c.number, status: c.status, statusChangedAt: new Date(c.status_changed_at), suspendedUntil: c.suspended_until,
      firstIssuedOn: c.first_issued_on, issuedOn: c.issued_on, expiresOn: c.expires_on, currentVersionNo: c.current_version_no,
      isDemo: c.is_demo,
      unit: {
        applicant: organisationById.get(c.applicant_id), manufacturer: organisationById.get(c.manufacturer_id), factory: factoryById.get(c.factory_id),
        productType: c.product_type, productNameZh: c.product_name_zh, productNameEn: c.product_name_en, series: c.series, frameCurrent: c.frame_current,
        models: items(modelsByUnit.get(c.unit_id) ?? []), keyComponentConfigurations: items(configurationsByUnit.get(c.unit_id) ?? []),
      },
      versions: items(versionsByCertificate.get(c.id) ?? []),
      statusHistory: items(eventsByCertificate.get(c.id) ?? []),
    };
    // The mapper reads only these fields of the entity graph; see the class comment.
    return toPublicCertificate(shaped as unknown as Certificate, undefined, surveillanceByCertificate.get(c.id) ?? null);
  });
}

/** A PostgreSQL array literal (each element quoted), passed as one parameter. */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (ch) => `\\${ch}`)}"`).join(',')}}`;
}

async function sequentially(work: Array<() => Promise<unknown>>): Promise<unknown[]> {
  const results: unknown[] = [];
  for (const w of work) results.push(await w());
  return results;
}

/** What toPublicCertificate calls on a collection. */
function items<T>(list: T[]) {
  return { getItems: () => list };
}

function party(o: { id: string; name_zh: string; name_en: string; address_zh: string; address_en: string }) {
  return { id: o.id, nameZh: o.name_zh, nameEn: o.name_en, addressZh: o.address_zh, addressEn: o.address_en };
}

function group<R, T>(rows: R[], key: (row: R) => string, map: (row: R) => T): Map<string, T[]> {
  const result = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = result.get(k);
    if (list) list.push(map(row));
    else result.set(k, [map(row)]);
  }
  return result;
}

interface CertificateRow {
  id: string; number: string; status: string; first_issued_on: string; issued_on: string; expires_on: string;
  current_version_no: number; suspended_until: string | null; status_changed_at: string; is_demo: boolean; unit_id: string;
  product_type: string; product_name_zh: string; product_name_en: string; series: string; frame_current: number;
  applicant_id: string; manufacturer_id: string; factory_id: string;
}
interface OrganisationRow { id: string; name_zh: string; name_en: string; address_zh: string; address_en: string }
interface FactoryRow extends OrganisationRow { operator_id: string; factory_code: string }
interface ModelRow {
  unit_id: string; designation: string; product_type: string; mounting: string; poles: number; rated_voltage: number;
  frame_current: number; rated_currents: Array<string | number>; series: string; grade: string | null; status: string; withdrawn_on: string | null;
}
interface ComponentRow {
  configuration_id: string; unit_id: string; label: string; type: string | null; model: string | null; rating: string | null;
  material: string | null; grade: string | null; dimensions: string | null; supplier: string;
}
interface VersionRow {
  certificate_id: string; version_no: number; kind: string; issued_on: string; change_summary_zh: string; change_summary_en: string;
  snapshot: Record<string, unknown> | null;
}
interface EventRow {
  certificate_id: string; seq: number; kind: string; from_status: string | null; to_status: string; occurred_on: string;
  effective_until: string | null; reason_code: string | null; cause: string | null; public_reason_zh: string; public_reason_en: string;
  model_designation: string | null; version_no: number | null;
}
interface SurveillanceRow { certificate_id: string; status: string; concluded_on: string }
