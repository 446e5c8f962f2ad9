import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  Certificate, CertificateStatusEvent, CertificateVersion, CertificationUnit, Factory, KeyComponent,
  KeyComponentConfiguration, Lab, Organisation, ProductModel, User, currentScheme, designationKey, recordChange,
  type Actor, type ImportBatch, type ImportCertificate, type Scheme,
} from '@cqc/db';
import { hashPassword } from '../auth/password.js';
import type { Clock } from '../clock.js';
import { toIsoDate } from './dates.js';
import { versionSnapshot } from './version-snapshot.js';
import { modelStatus, replayHistory, type ReplayedCertificate } from './replay-history.js';

export interface ImportReport {
  organisations: number;
  factories: number;
  users: number;
  certificates: number;
  /** Certificates whose number already existed: re-running an import changes nothing. */
  skippedCertificates: number;
}

interface Refs {
  organisations: Map<string, Organisation>;
  factories: Map<string, Factory>;
}

/**
 * Loads certificates from another system, or the demo data: the one path by which existing
 * certificates enter. Everything in the batch is checked first (a rejected certificate rejects
 * the batch, so nothing is half-imported); then one transaction writes the state, the public
 * history, an audit event and an outbox event per certificate.
 */
export async function importBatch(
  orm: MikroORM,
  batch: ImportBatch,
  options: { clock: Clock; actor: Actor; scheme?: Scheme },
): Promise<ImportReport> {
  const scheme = options.scheme ?? currentScheme;
  const now = options.clock.now();
  const today = toIsoDate(now);
  const replayed = batch.certificates.map((c) => ({ input: c, state: replayHistory(c, scheme, today) }));
  const passwordHashes = new Map(await Promise.all(batch.users.map(async (u) => [u.email, await hashPassword(u.password)] as const)));

  return orm.em.fork().transactional(async (em) => {
    const report: ImportReport = { organisations: 0, factories: 0, users: 0, certificates: 0, skippedCertificates: 0 };
    const refs: Refs = { organisations: new Map(), factories: new Map() };

    for (const o of batch.organisations) {
      const existing = o.creditCode ? await em.findOne(Organisation, { creditCode: o.creditCode }) : await em.findOne(Organisation, { nameZh: o.nameZh });
      const org = existing ?? em.create(Organisation, { kind: o.kind, nameZh: o.nameZh, nameEn: o.nameEn, addressZh: o.addressZh, addressEn: o.addressEn, creditCode: o.creditCode, isDemo: batch.demo });
      if (!existing) report.organisations++;
      refs.organisations.set(o.key, org);
    }
    const org = (key: string) => refs.organisations.get(key) ?? fail(`unknown organisation key ${key}`);
    for (const f of batch.factories) {
      const existing = await em.findOne(Factory, { factoryCode: f.factoryCode });
      const factory = existing ?? em.create(Factory, { operator: org(f.operatorKey), factoryCode: f.factoryCode, nameZh: f.nameZh, nameEn: f.nameEn, addressZh: f.addressZh, addressEn: f.addressEn });
      if (!existing) report.factories++;
      refs.factories.set(f.key, factory);
    }
    for (const l of batch.labs) {
      const organisation = org(l.organisationKey);
      if (!(await em.findOne(Lab, { organisation }))) em.create(Lab, { organisation, cmaCertificateNo: l.cmaCertificateNo, cmaScope: l.cmaScope });
    }
    for (const u of batch.users) {
      const email = u.email.trim().toLowerCase();
      if (await em.findOne(User, { email })) continue;
      em.create(User, { email, displayName: u.displayName, role: u.role, organisation: org(u.organisationKey), passwordHash: passwordHashes.get(u.email)! });
      report.users++;
    }
    await em.flush();

    const existingNumbers = new Set(
      (await em.find(Certificate, { number: { $in: batch.certificates.map((c) => c.number) } }, { fields: ['number'] })).map((c) => c.number),
    );
    for (const { input, state } of replayed) {
      if (existingNumbers.has(input.number)) {
        report.skippedCertificates++;
        continue;
      }
      writeCertificate(em, input, state, refs, { scheme, now, actor: options.actor, demo: batch.demo });
      report.certificates++;
    }
    await em.flush();
    return report;
  });
}

function writeCertificate(
  em: EntityManager,
  input: ImportCertificate,
  state: ReplayedCertificate,
  refs: Refs,
  ctx: { scheme: Scheme; now: Date; actor: Actor; demo: boolean },
): void {
  const applicant = refs.organisations.get(input.applicantKey) ?? fail(`${input.number}: unknown applicant`);
  const manufacturer = refs.organisations.get(input.manufacturerKey) ?? fail(`${input.number}: unknown manufacturer`);
  const factory = refs.factories.get(input.factoryKey) ?? fail(`${input.number}: unknown factory`);
  const unit = em.create(CertificationUnit, {
    applicant, manufacturer, factory, productType: input.productType, productNameZh: input.productNameZh,
    productNameEn: input.productNameEn, series: input.series, frameCurrent: input.frameCurrent,
  });
  for (const m of state.models) {
    em.create(ProductModel, {
      unit, designation: m.designation, designationKey: designationKey(m.designation), productType: input.productType,
      mounting: m.mounting, poles: m.poles, ratedVoltage: m.ratedVoltage, frameCurrent: input.frameCurrent,
      ratedCurrents: m.ratedCurrents, series: input.series, grade: m.grade,
      status: modelStatus(state.withdrawn, m.designation), withdrawnOn: state.withdrawn[m.designation] ?? null,
    });
  }
  for (const c of state.keyComponentConfigurations) {
    const configuration = em.create(KeyComponentConfiguration, { unit, label: c.label });
    for (const k of c.components) {
      em.create(KeyComponent, {
        configuration, type: k.type, model: k.model ?? null, rating: k.rating ?? null, material: k.material ?? null,
        grade: k.grade ?? null, dimensions: k.dimensions ?? null, supplier: k.supplier,
      });
    }
  }
  const current = state.versions.at(-1)!;
  const certificate = em.create(Certificate, {
    number: input.number, unit, status: state.status, firstIssuedOn: input.firstIssuedOn, issuedOn: current.issuedOn,
    expiresOn: state.expiresOn, currentVersionNo: current.versionNo, suspendedUntil: state.suspendedUntil,
    statusChangedAt: new Date(`${state.statusChangedOn}T00:00:00Z`), isDemo: ctx.demo,
  });
  for (const v of state.versions) {
    em.create(CertificateVersion, {
      certificate, versionNo: v.versionNo, kind: v.kind, issuedOn: v.issuedOn, changeSummaryZh: v.changeSummaryZh,
      changeSummaryEn: v.changeSummaryEn, snapshot: versionSnapshot(input, v, {
        applicant: refs.organisations.get(input.applicantKey)!, manufacturer: refs.organisations.get(input.manufacturerKey)!,
        factory: refs.factories.get(input.factoryKey)!,
      }, state.expiresOn, ctx.scheme),
    });
  }
  for (const e of state.events) em.create(CertificateStatusEvent, { certificate, ...e });
  recordChange(em, {
    actor: ctx.actor,
    at: ctx.now,
    action: 'certificate.imported',
    aggregateType: 'certificate',
    aggregateId: certificate.id,
    fromState: null,
    toState: state.status,
    payload: { number: input.number, versions: state.versions.length, events: state.events.length, demo: ctx.demo },
    outbox: { type: 'certificate.imported', payload: { certificateNumber: input.number } },
  });
}

function fail(message: string): never {
  throw new Error(message);
}
