import {
  currentScheme,
  reasonLabel,
  type Certificate,
  type CertificateSnapshot,
  type PartySnapshot,
  type CertificateStatusEvent,
  type CertificateVersion,
  type Factory,
  type KeyComponent,
  type KeyComponentConfiguration,
  type Organisation,
  type ProductModel,
  type Scheme,
} from '@cqc/db';
import type {
  PublicCertificate,
  PublicFactory,
  PublicKeyComponentConfiguration,
  PublicModel,
  PublicParty,
  PublicStatusEvent,
  PublicSurveillance,
  PublicVersion,
} from './types.js';

/**
 * Maps a fully loaded certificate (unit, parties, models, key components, versions, history)
 * to its public record. Pure: the loading strategy lives in build.ts. Every field is copied
 * explicitly so that a private column added to an entity never reaches the registry.
 */
export function toPublicCertificate(certificate: Certificate, scheme: Scheme = currentScheme, latestSurveillance: PublicSurveillance | null = null): PublicCertificate {
  const unit = certificate.unit;
  const versions = certificate.versions.getItems();
  const current = versions.find((v) => v.versionNo === certificate.currentVersionNo) ?? versions.at(-1);
  const snapshot: Partial<CertificateSnapshot> = current?.snapshot ?? {};
  // The snapshot stores the mode as printed; the scheme supplies the other language when it matches.
  const mode = [scheme.mode].find((m) => m.zh === snapshot.mode || m.en === snapshot.mode)
    ?? { zh: snapshot.mode ?? scheme.mode.zh, en: snapshot.mode ?? scheme.mode.en };
  return {
    number: certificate.number,
    status: certificate.status,
    statusChangedAt: certificate.statusChangedAt.toISOString(),
    suspendedUntil: certificate.suspendedUntil ?? null,
    // Names and addresses as the current version states them (§8.2: a variation may change them
    // on this certificate without renaming the organisation elsewhere); ids from the records.
    applicant: party(unit.applicant, snapshot.applicant),
    manufacturer: party(unit.manufacturer, snapshot.manufacturer),
    factory: factory(unit.factory, snapshot.factory),
    unitName: snapshot.unitName ?? '',
    productType: unit.productType,
    productNameZh: unit.productNameZh,
    productNameEn: unit.productNameEn,
    series: unit.series,
    frameCurrent: unit.frameCurrent,
    models: unit.models.getItems().map(model),
    keyComponentConfigurations: unit.keyComponentConfigurations.getItems().map((c) => configuration(c, scheme)),
    basis: snapshot.basis ?? scheme.basis,
    modeZh: mode.zh,
    modeEn: mode.en,
    certificationBody: {
      nameZh: snapshot.certificationBody?.nameZh ?? '',
      nameEn: snapshot.certificationBody?.nameEn ?? '',
    },
    firstIssuedOn: certificate.firstIssuedOn,
    issuedOn: certificate.issuedOn,
    expiresOn: certificate.expiresOn,
    currentVersionNo: certificate.currentVersionNo,
    statusHistory: certificate.statusHistory.getItems().map((e) => statusEvent(e, scheme)),
    versions: versions.map(version),
    // §7.3: the latest concluded surveillance (PASSED / FAILED and its date), loaded by build.ts.
    latestSurveillance,
    isDemo: certificate.isDemo,
  };
}

function party(o: Organisation, stated?: PartySnapshot): PublicParty {
  const names = stated ?? o;
  return { id: o.id, nameZh: names.nameZh, nameEn: names.nameEn, addressZh: names.addressZh, addressEn: names.addressEn };
}

function factory(f: Factory, stated?: PartySnapshot): PublicFactory {
  const names = stated ?? f;
  return {
    id: f.id,
    nameZh: names.nameZh,
    nameEn: names.nameEn,
    addressZh: names.addressZh,
    addressEn: names.addressEn,
    factoryCode: f.factoryCode,
    operatorId: f.operator.id,
  };
}

function model(m: ProductModel): PublicModel {
  return {
    designation: m.designation,
    productType: m.productType,
    mounting: m.mounting,
    poles: m.poles,
    ratedVoltage: m.ratedVoltage,
    frameCurrent: m.frameCurrent,
    ratedCurrents: [...m.ratedCurrents],
    series: m.series,
    // Every model of a certificate was graded by its type test; null only exists on a draft unit.
    grade: m.grade ?? '',
    status: m.status,
    withdrawnOn: m.withdrawnOn ?? null,
  };
}

function configuration(c: KeyComponentConfiguration, scheme: Scheme): PublicKeyComponentConfiguration {
  return { label: c.label, components: c.components.getItems().map((k) => component(k, scheme)) };
}

function component(k: KeyComponent, scheme: Scheme) {
  const type = scheme.keyComponentTypes.find((t) => t.type === k.type);
  return {
    type: k.type,
    typeZh: type?.zh ?? k.type,
    typeEn: type?.en ?? k.type,
    model: k.model ?? null,
    rating: k.rating ?? null,
    material: k.material ?? null,
    grade: k.grade ?? null,
    dimensions: k.dimensions ?? null,
    supplier: k.supplier,
  };
}

function statusEvent(e: CertificateStatusEvent, scheme: Scheme): PublicStatusEvent {
  const reason = reasonLabel(scheme, e.reasonCode);
  const cause = e.cause ? scheme.suspensionCauses.find((c) => c.code === e.cause) : undefined;
  return {
    seq: e.seq,
    kind: e.kind,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus,
    occurredOn: e.occurredOn,
    effectiveUntil: e.effectiveUntil ?? null,
    reasonCode: e.reasonCode ?? null,
    reasonZh: reason?.zh ?? null,
    reasonEn: reason?.en ?? null,
    cause: e.cause ?? null,
    causeZh: cause?.zh ?? null,
    causeEn: cause?.en ?? null,
    publicReasonZh: e.publicReasonZh,
    publicReasonEn: e.publicReasonEn,
    modelDesignation: e.modelDesignation ?? null,
    versionNo: e.versionNo ?? null,
  };
}

function version(v: CertificateVersion): PublicVersion {
  return {
    versionNo: v.versionNo,
    kind: v.kind,
    issuedOn: v.issuedOn,
    changeSummaryZh: v.changeSummaryZh,
    changeSummaryEn: v.changeSummaryEn,
  };
}
