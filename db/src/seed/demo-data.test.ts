import { describe, expect, it } from 'vitest';
import { CertificateStatus, KeyComponentType, Mounting, OrganisationKind, ProductType, Role } from '../entities/enums.js';
import { CQC31_462280_2024 as scheme } from '../scheme/cqc31-462280-2024.js';
import { designationKey } from '../text/normalise.js';
import {
  ACB_FRAME_CURRENTS,
  DEMO_NAME_FRAGMENTS,
  DEMO_PASSWORD,
  DEMO_REFERENCE_DATE,
  MCCB_FRAME_CURRENTS,
  PREFERRED_CURRENTS,
  demoBatch,
} from './demo-data.js';
import type { ImportCertificate, ImportKeyComponentConfiguration, ImportModel } from './import-types.js';

const TODAY = DEMO_REFERENCE_DATE;
const batch = demoBatch();
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const CJK = /[\u4e00-\u9fff]/;

/** Independent of the demo module on purpose: §8.5.1.1. */
const MAX_MONTHS: Record<string, number> = {
  SURVEILLANCE_NONCONFORMITY: 3,
  HOLDER_REQUEST_SEASONAL: 12,
  STANDARD_REVISION: 12,
  FACTORY_RELOCATION: 12,
  OTHER: 3,
};

/** Real makers and distributors that must never appear (lowercase; Latin ones matched as words). */
const DENY_ZH = ['正泰', '德力西', '良信', '常熟开关', '天正', '人民电器', '施耐德', '西门子', '伊顿', '上联', '众业达', '宏发', '北元', '泰永', '长城电器', '罗格朗', '三菱', '富士', '华通', '诺雅克', '杭申', '海格', '梅兰日兰', '许继', '森源', '大全', '环宇', '士林', '新驰', '精益', '常开', '华仪', '一开'];
const DENY_EN = ['chint', 'delixi', 'liangxin', 'cnc', 'tengen', 'people electric', 'schneider', 'abb', 'siemens', 'eaton', 'shanglian', 'zyd', 'hongfa', 'beiyuan', 'legrand', 'mitsubishi', 'fuji', 'noark', 'hangshen', 'hager', 'daqo', 'sassin', 'changshu switch'];

function isDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Independent calendar arithmetic (JS Date, UTC), clamping at the month end. */
function plusMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const expiryOf = (c: ImportCertificate) => plusMonths(c.firstIssuedOn, 12 * scheme.certificateValidityYears);

/** Replays a history and returns the final status; fails the test on any impossible step. */
function finalStatus(c: ImportCertificate): CertificateStatus {
  let status = CertificateStatus.VALID;
  let until: string | null = null;
  let last = c.firstIssuedOn;
  let models = c.models.map((m) => m.designation);
  const withdrawn = new Set<string>();
  const expiry = expiryOf(c);
  for (const e of c.history) {
    const where = `${c.number} ${e.kind} ${e.on}`;
    expect(isDate(e.on), where).toBe(true);
    expect(e.on > c.firstIssuedOn, `${where}: after first issue`).toBe(true);
    expect(e.on >= last, `${where}: chronological`).toBe(true);
    expect(e.on <= TODAY, `${where}: not in the future`).toBe(true);
    expect([CertificateStatus.REVOKED, CertificateStatus.CANCELLED, CertificateStatus.EXPIRED], `${where}: after a final status`).not.toContain(status);
    if (e.kind === 'EXPIRED') expect(e.on, where).toBe(expiry);
    else if (!(e.kind === 'CANCELLED' && e.reasonCode === 'C1')) expect(e.on < expiry, `${where}: before expiry ${expiry}`).toBe(true);
    last = e.on;
    switch (e.kind) {
      case 'SUSPENDED':
        expect(status, where).toBe(CertificateStatus.VALID);
        expect(scheme.suspensionReasons.map((r) => r.code), where).toContain(e.reasonCode);
        expect(Object.keys(MAX_MONTHS), where).toContain(e.cause);
        expect(isDate(e.until), where).toBe(true);
        expect(e.until > e.on, where).toBe(true);
        expect(e.until <= plusMonths(e.on, MAX_MONTHS[e.cause]!), `${where}: suspension maximum`).toBe(true);
        expect(e.until <= expiry, `${where}: ends within the validity`).toBe(true);
        status = CertificateStatus.SUSPENDED;
        until = e.until;
        break;
      case 'RESTORED':
        expect(status, where).toBe(CertificateStatus.SUSPENDED);
        expect(e.on < until!, `${where}: before the suspension ends`).toBe(true);
        status = CertificateStatus.VALID;
        until = null;
        break;
      case 'VARIED':
        expect(status, where).toBe(CertificateStatus.VALID);
        if (e.models) models = e.models.map((m) => m.designation);
        if (e.keyComponentConfigurations) checkConfigurations(c, e.keyComponentConfigurations);
        break;
      case 'EXTENDED':
        expect(status, where).toBe(CertificateStatus.VALID);
        for (const m of e.addModels) expect(models, where).not.toContain(m.designation);
        checkModels(c, e.addModels);
        models = [...models, ...e.addModels.map((m) => m.designation)];
        break;
      case 'MODEL_WITHDRAWN':
        expect(status, where).toBe(CertificateStatus.VALID);
        expect(models, where).toContain(e.designation);
        expect(withdrawn.has(e.designation), where).toBe(false);
        withdrawn.add(e.designation);
        break;
      case 'EXPIRED':
        status = CertificateStatus.EXPIRED;
        break;
      case 'CANCELLED':
        expect(scheme.cancellationReasons.map((r) => r.code), where).toContain(e.reasonCode);
        status = CertificateStatus.CANCELLED;
        break;
      case 'REVOKED':
        expect(scheme.revocationReasons.map((r) => r.code), where).toContain(e.reasonCode);
        if (status === CertificateStatus.SUSPENDED && e.reasonCode === 'R1') expect(e.on, `${where}: R1 the day after the suspension`).toBe(plusDays(until!, 1));
        status = CertificateStatus.REVOKED;
        break;
    }
    if ('publicReasonZh' in e) {
      expect(e.publicReasonZh, where).toMatch(CJK);
      expect(e.publicReasonEn.trim().length, where).toBeGreaterThan(5);
      expect(e.publicReasonEn, where).not.toMatch(CJK);
    }
    if ('changeSummaryZh' in e) {
      expect(e.changeSummaryZh, where).toMatch(CJK);
      expect(e.changeSummaryEn, where).not.toMatch(CJK);
    }
  }
  expect(models.length, `${c.number}: at most 5 models`).toBeLessThanOrEqual(5);
  expect(models.length - withdrawn.size, `${c.number}: a model stays in scope`).toBeGreaterThanOrEqual(1);
  if (status === CertificateStatus.SUSPENDED) expect(until! > TODAY, `${c.number}: suspension still running`).toBe(true);
  if (status === CertificateStatus.VALID || status === CertificateStatus.SUSPENDED) expect(expiry > TODAY, `${c.number}: not past expiry`).toBe(true);
  if (status === CertificateStatus.EXPIRED) expect(expiry >= plusMonths(TODAY, -3), `${c.number}: expired at most 3 months ago`).toBe(true);
  return status;
}

function checkModels(c: ImportCertificate, models: ImportModel[]) {
  const acb = c.productType === ProductType.ACB;
  for (const m of models) {
    const where = `${c.number} ${m.designation}`;
    expect(m.designation.startsWith(`${c.series}-${c.frameCurrent}`), where).toBe(true);
    expect(m.mounting, where).toBe(acb ? Mounting.WITHDRAWABLE : Mounting.FIXED);
    expect(m.poles, where).toBe(3);
    expect(acb ? [400, 690] : [400, 690], where).toContain(m.ratedVoltage);
    expect(['1', '2', '3'], where).toContain(m.grade);
    expect(m.ratedCurrents.length, where).toBeGreaterThan(0);
    expect([...m.ratedCurrents].sort((a, b) => a - b), where).toEqual(m.ratedCurrents);
    expect(new Set(m.ratedCurrents).size, where).toBe(m.ratedCurrents.length);
    for (const current of m.ratedCurrents) {
      expect(PREFERRED_CURRENTS, where).toContain(current);
      expect(current, where).toBeLessThanOrEqual(c.frameCurrent);
    }
  }
}

function checkConfigurations(c: ImportCertificate, configurations: ImportKeyComponentConfiguration[]) {
  expect(configurations.length, c.number).toBeGreaterThanOrEqual(1);
  expect(configurations.length, c.number).toBeLessThanOrEqual(2);
  expect(new Set(configurations.map((k) => k.label)).size, c.number).toBe(configurations.length);
  const expected =
    c.productType === ProductType.ACB
      ? Object.values(KeyComponentType)
      : Object.values(KeyComponentType).filter((t) => t !== KeyComponentType.DRAWER_BASE && t !== KeyComponentType.DRAWER_BASE_TERMINALS);
  const all = ['model', 'rating', 'material', 'grade', 'dimensions', 'supplier'] as const;
  for (const configuration of configurations) {
    expect(configuration.components.map((k) => k.type).sort(), `${c.number} ${configuration.label}`).toEqual([...expected].sort());
    for (const component of configuration.components) {
      const where = `${c.number} ${configuration.label} ${component.type}`;
      const controlled = scheme.keyComponentTypes.find((t) => t.type === component.type)!.controlled;
      for (const attribute of all) {
        if ((controlled as readonly string[]).includes(attribute)) expect(component[attribute]?.trim(), `${where}.${attribute}`).toBeTruthy();
        else expect(component[attribute], `${where}.${attribute} is not controlled`).toBeUndefined();
      }
    }
  }
}

describe('demo batch', () => {
  it('is demo data and deterministic', () => {
    expect(batch.demo).toBe(true);
    expect(JSON.stringify(demoBatch())).toBe(JSON.stringify(batch));
    // Callers may mutate what they get without changing the next batch.
    const copy = demoBatch();
    copy.certificates[0]!.models[0]!.designation = 'changed';
    expect(demoBatch().certificates[0]!.models[0]!.designation).not.toBe('changed');
  });

  it('has the organisations the brief asks for, with unique keys and fictional credit codes', () => {
    const byKind = (kind: OrganisationKind) => batch.organisations.filter((o) => o.kind === kind);
    expect(byKind(OrganisationKind.ENTERPRISE).length).toBeGreaterThanOrEqual(6);
    expect(byKind(OrganisationKind.CERTIFICATION_BODY)).toHaveLength(1);
    expect(byKind(OrganisationKind.LAB)).toHaveLength(1);
    expect(byKind(OrganisationKind.REGULATOR)).toHaveLength(1);
    expect(new Set(batch.organisations.map((o) => o.key)).size).toBe(batch.organisations.length);
    for (const o of batch.organisations) {
      expect(o.nameZh, o.key).toMatch(CJK);
      expect(o.addressZh, o.key).toMatch(CJK);
      expect(o.nameEn, o.key).not.toMatch(CJK);
      expect(o.addressEn, o.key).not.toMatch(CJK);
    }
    const codes = batch.organisations.map((o) => o.creditCode).filter((c): c is string => c !== null);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toHaveLength(18);
      expect(code).toMatch(/^[0-9A-Z]{18}$/);
      expect(code).toContain('DEMO');
    }
    for (const o of byKind(OrganisationKind.ENTERPRISE)) expect(o.creditCode, o.key).not.toBeNull();
  });

  it('gives every enterprise a two-character fragment found in no other organisation name', () => {
    const enterprises = batch.organisations.filter((o) => o.kind === OrganisationKind.ENTERPRISE);
    expect(Object.keys(DEMO_NAME_FRAGMENTS).sort()).toEqual(enterprises.map((o) => o.key).sort());
    expect(new Set(Object.values(DEMO_NAME_FRAGMENTS)).size).toBe(enterprises.length);
    for (const [key, fragment] of Object.entries(DEMO_NAME_FRAGMENTS)) {
      expect([...fragment], key).toHaveLength(2);
      const holders = batch.organisations.filter((o) => o.nameZh.includes(fragment)).map((o) => o.key);
      expect(holders, fragment).toEqual([key]);
    }
  });

  it('never names a real manufacturer', () => {
    const text = JSON.stringify(batch).toLowerCase();
    for (const word of DENY_ZH) expect(text.includes(word), word).toBe(false);
    for (const word of DENY_EN) expect(new RegExp(`\\b${word}\\b`).test(text), word).toBe(false);
    // The one real organisation is the certification body.
    const cb = batch.organisations.find((o) => o.kind === OrganisationKind.CERTIFICATION_BODY)!;
    expect(cb.nameZh).toBe('中国质量认证中心');
  });

  it('has factories with unique F-codes, some companies with two', () => {
    const orgs = new Map(batch.organisations.map((o) => [o.key, o]));
    expect(new Set(batch.factories.map((f) => f.key)).size).toBe(batch.factories.length);
    expect(new Set(batch.factories.map((f) => f.factoryCode)).size).toBe(batch.factories.length);
    for (const f of batch.factories) {
      expect(f.factoryCode).toMatch(/^F\d+$/);
      expect(orgs.get(f.operatorKey)?.kind, f.key).toBe(OrganisationKind.ENTERPRISE);
    }
    const perOrg = new Map<string, number>();
    for (const f of batch.factories) perOrg.set(f.operatorKey, (perOrg.get(f.operatorKey) ?? 0) + 1);
    for (const o of batch.organisations.filter((o) => o.kind === OrganisationKind.ENTERPRISE)) expect(perOrg.get(o.key), o.key).toBeGreaterThanOrEqual(1);
    expect([...perOrg.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(2);
  });

  it('has a CMA-accredited lab with a Chinese scope', () => {
    const lab = batch.organisations.find((o) => o.kind === OrganisationKind.LAB)!;
    expect(batch.labs).toHaveLength(1);
    expect(batch.labs[0]!.organisationKey).toBe(lab.key);
    expect(batch.labs[0]!.cmaCertificateNo.trim()).not.toBe('');
    expect(batch.labs[0]!.cmaScope.length).toBeGreaterThanOrEqual(3);
    for (const item of batch.labs[0]!.cmaScope) expect(item).toMatch(CJK);
  });

  it('has one user per role (two enterprise users in different companies), all with the demo password', () => {
    expect(DEMO_PASSWORD).toBe('Demo-2026-breakers');
    const orgs = new Map(batch.organisations.map((o) => [o.key, o]));
    expect(new Set(batch.users.map((u) => u.email)).size).toBe(batch.users.length);
    const kindFor: Record<Role, OrganisationKind> = {
      [Role.ENTERPRISE]: OrganisationKind.ENTERPRISE,
      [Role.ENGINEER]: OrganisationKind.CERTIFICATION_BODY,
      [Role.INSPECTOR]: OrganisationKind.CERTIFICATION_BODY,
      [Role.REVIEWER]: OrganisationKind.CERTIFICATION_BODY,
      [Role.DECIDER]: OrganisationKind.CERTIFICATION_BODY,
      [Role.ADMIN]: OrganisationKind.CERTIFICATION_BODY,
      [Role.LAB]: OrganisationKind.LAB,
      [Role.REGULATOR]: OrganisationKind.REGULATOR,
    };
    for (const role of Object.values(Role)) {
      const users = batch.users.filter((u) => u.role === role);
      expect(users.length, role).toBe(role === Role.ENTERPRISE ? 2 : 1);
      for (const u of users) expect(orgs.get(u.organisationKey)?.kind, u.email).toBe(kindFor[role]);
    }
    const enterpriseOrgs = batch.users.filter((u) => u.role === Role.ENTERPRISE).map((u) => u.organisationKey);
    expect(new Set(enterpriseOrgs).size).toBe(2);
    for (const u of batch.users) {
      expect(u.email).toMatch(/^[a-z0-9]+@demo\.cqc-breakers\.test$/);
      expect(u.password).toBe(DEMO_PASSWORD);
      expect(u.displayName.trim()).not.toBe('');
    }
    expect(batch.users.map((u) => u.email)).toContain('engineer@demo.cqc-breakers.test');
    // Every enterprise user's company holds certificates.
    for (const key of enterpriseOrgs) expect(batch.certificates.some((c) => c.applicantKey === key), key).toBe(true);
  });

  it('has at least 44 certificates with unique well-formed numbers, one per unit', () => {
    expect(batch.certificates.length).toBeGreaterThanOrEqual(44);
    const numbers = batch.certificates.map((c) => c.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    const units = new Set<string>();
    const factories = new Map(batch.factories.map((f) => [f.key, f]));
    const orgs = new Map(batch.organisations.map((o) => [o.key, o]));
    for (const c of batch.certificates) {
      expect(c.number).toMatch(scheme.certificateNumberPattern);
      expect(c.number.slice(3, 5), c.number).toBe(c.firstIssuedOn.slice(2, 4));
      expect(isDate(c.firstIssuedOn), c.number).toBe(true);
      expect(c.firstIssuedOn >= '2021-01-01' && c.firstIssuedOn < TODAY, c.number).toBe(true);
      expect(orgs.get(c.applicantKey)?.kind, c.number).toBe(OrganisationKind.ENTERPRISE);
      expect(orgs.get(c.manufacturerKey)?.kind, c.number).toBe(OrganisationKind.ENTERPRISE);
      expect(factories.has(c.factoryKey), c.number).toBe(true);
      const unit = `${c.factoryKey}|${c.series}|${c.frameCurrent}`;
      expect(units.has(unit), `${c.number}: unit ${unit} certified twice`).toBe(false);
      units.add(unit);
    }
    for (const org of batch.organisations.filter((o) => o.kind === OrganisationKind.ENTERPRISE)) {
      expect(batch.certificates.some((c) => c.applicantKey === org.key), org.key).toBe(true);
    }
  });

  it('describes ACB (withdrawable) and MCCB (fixed) units with 2–5 models and full key-component lists', () => {
    const keys = new Set<string>();
    for (const c of batch.certificates) {
      if (c.productType === ProductType.ACB) {
        expect(ACB_FRAME_CURRENTS, c.number).toContain(c.frameCurrent);
        expect(c.productNameZh, c.number).toContain('万能式');
      } else {
        expect(c.productType, c.number).toBe(ProductType.MCCB);
        expect(MCCB_FRAME_CURRENTS, c.number).toContain(c.frameCurrent);
        expect(c.productNameZh, c.number).toContain('塑料外壳式');
      }
      expect(c.models.length, c.number).toBeGreaterThanOrEqual(2);
      expect(c.models.length, c.number).toBeLessThanOrEqual(5);
      expect(new Set(c.models.map((m) => m.designation)).size, c.number).toBe(c.models.length);
      checkModels(c, c.models);
      checkConfigurations(c, c.keyComponentConfigurations);
      const designations = [...c.models, ...c.history.flatMap((e) => (e.kind === 'EXTENDED' ? e.addModels : []))];
      for (const m of designations) {
        const key = designationKey(m.designation);
        expect(keys.has(key), `${m.designation} appears on two certificates`).toBe(false);
        keys.add(key);
      }
    }
    const frames = (type: ProductType) => new Set(batch.certificates.filter((c) => c.productType === type).map((c) => c.frameCurrent));
    expect([...frames(ProductType.ACB)].sort((a, b) => a - b)).toEqual([...ACB_FRAME_CURRENTS]);
    expect([...frames(ProductType.MCCB)].sort((a, b) => a - b)).toEqual([...MCCB_FRAME_CURRENTS]);
    expect(batch.certificates.some((c) => c.models.some((m) => m.ratedVoltage === 690))).toBe(true);
    expect(batch.certificates.some((c) => c.keyComponentConfigurations.length === 2)).toBe(true);
  });

  it('spreads the statuses with valid, chronological histories', () => {
    const counts: Record<CertificateStatus, number> = { VALID: 0, SUSPENDED: 0, REVOKED: 0, CANCELLED: 0, EXPIRED: 0 };
    for (const c of batch.certificates) counts[finalStatus(c)]++;
    expect(counts.VALID).toBeGreaterThan(batch.certificates.length / 2);
    expect(counts.SUSPENDED).toBeGreaterThanOrEqual(5);
    expect(counts.REVOKED).toBeGreaterThanOrEqual(4);
    expect(counts.CANCELLED).toBeGreaterThanOrEqual(4);
    expect(counts.EXPIRED).toBeGreaterThanOrEqual(3);
    for (const c of batch.certificates.filter((c) => c.history.some((e) => e.kind === 'EXPIRED'))) {
      expect(c.firstIssuedOn.slice(0, 4), c.number).toBe('2021');
    }
  });

  it('includes restorations, variations, extensions, a model withdrawal and revocations after a lapsed suspension', () => {
    const withKind = (kind: string) => batch.certificates.filter((c) => c.history.some((e) => e.kind === kind));
    const restoredCerts = batch.certificates.filter((c) =>
      c.history.some((e, i) => e.kind === 'RESTORED' && c.history[i - 1]?.kind === 'SUSPENDED'),
    );
    expect(restoredCerts.length).toBeGreaterThanOrEqual(5);
    expect(withKind('VARIED').length).toBeGreaterThanOrEqual(5);
    expect(withKind('VARIED').some((c) => c.history.some((e) => e.kind === 'VARIED' && e.keyComponentConfigurations))).toBe(true);
    expect(withKind('VARIED').some((c) => c.history.some((e) => e.kind === 'VARIED' && !e.keyComponentConfigurations && !e.models))).toBe(true);
    expect(withKind('EXTENDED').length).toBeGreaterThanOrEqual(2);
    expect(withKind('MODEL_WITHDRAWN').length).toBeGreaterThanOrEqual(1);
    const lapsed = batch.certificates.filter((c) => {
      const n = c.history.length;
      const last = c.history[n - 1];
      return last?.kind === 'REVOKED' && last.reasonCode === 'R1' && c.history[n - 2]?.kind === 'SUSPENDED';
    });
    expect(lapsed.length).toBeGreaterThanOrEqual(2);
    // Both the 3-month and the 12-month suspension maxima occur among the current suspensions.
    const current = batch.certificates
      .map((c) => c.history[c.history.length - 1])
      .filter((e) => e?.kind === 'SUSPENDED')
      .map((e) => (e as { cause: string }).cause);
    expect(current.some((cause) => MAX_MONTHS[cause] === 3)).toBe(true);
    expect(current.some((cause) => MAX_MONTHS[cause] === 12)).toBe(true);
  });
});
