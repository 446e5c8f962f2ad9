import type {
  CertificateStatus,
  CertificateVersionKind,
  KeyComponentSnapshot,
  ModelSnapshot,
  ProductType,
  StatusEventKind,
} from '@cqc/db';

/**
 * The public record of one certificate: exactly the fields ARCHITECTURE.md calls public, and
 * nothing else. Everything the registry stores, indexes or serves is built from this shape, so
 * a private field cannot leak by accident.
 */
export interface PublicParty {
  id: string;
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
}

export interface PublicFactory extends PublicParty {
  factoryCode: string;
  /** The organisation operating the site: the organisation filter matches it too. */
  operatorId: string;
}

/** A model as issued (snapshot shape), plus the date it was withdrawn from the scope (§7.2). */
export interface PublicModel extends ModelSnapshot {
  withdrawnOn: string | null;
}

/** An Annex 1 key component as issued, with the scheme's name of its type. */
export interface PublicKeyComponent extends KeyComponentSnapshot {
  typeZh: string;
  typeEn: string;
}

export interface PublicKeyComponentConfiguration {
  label: string;
  components: PublicKeyComponent[];
}

export interface PublicStatusEvent {
  seq: number;
  kind: StatusEventKind;
  fromStatus: CertificateStatus | null;
  toStatus: CertificateStatus;
  occurredOn: string;
  effectiveUntil: string | null;
  reasonCode: string | null;
  /** The scheme's label of the reason code (§8.5 clause wording). */
  reasonZh: string | null;
  reasonEn: string | null;
  /** For a suspension: the cause that set its maximum length (§8.5.1.1), with the scheme's label. */
  cause: string | null;
  causeZh: string | null;
  causeEn: string | null;
  publicReasonZh: string;
  publicReasonEn: string;
  modelDesignation: string | null;
  versionNo: number | null;
}

export interface PublicVersion {
  versionNo: number;
  kind: CertificateVersionKind;
  issuedOn: string;
  changeSummaryZh: string;
  changeSummaryEn: string;
}

export interface PublicSurveillance {
  result: string;
  date: string;
}

export interface PublicCertificate {
  number: string;
  status: CertificateStatus;
  statusChangedAt: string;
  suspendedUntil: string | null;
  applicant: PublicParty;
  manufacturer: PublicParty;
  factory: PublicFactory;
  unitName: string;
  productType: ProductType;
  productNameZh: string;
  productNameEn: string;
  series: string;
  frameCurrent: number;
  models: PublicModel[];
  keyComponentConfigurations: PublicKeyComponentConfiguration[];
  basis: string[];
  modeZh: string;
  modeEn: string;
  certificationBody: { nameZh: string; nameEn: string };
  firstIssuedOn: string;
  issuedOn: string;
  expiresOn: string;
  currentVersionNo: number;
  statusHistory: PublicStatusEvent[];
  versions: PublicVersion[];
  latestSurveillance: PublicSurveillance | null;
  isDemo: boolean;
}
