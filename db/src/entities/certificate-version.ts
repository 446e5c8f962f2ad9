import { Entity, Enum, ManyToOne, Property, Unique, type Rel, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Certificate } from './certificate.js';
import { CertificateVersionKind } from './enums.js';
import type { CertificateSnapshot } from './snapshot.js';

/**
 * One issue or reissue of a certificate (0 = first issue). Immutable: a change of content is a
 * new version with the same certificate number (§8.2).
 */
@Entity({ tableName: 'certificate_version' })
@Unique({ properties: ['certificate', 'versionNo'] })
export class CertificateVersion extends BaseEntity {
  @ManyToOne({ entity: () => Certificate })
  certificate!: Rel<Certificate>;

  @Property({ type: 'integer' })
  versionNo!: number;

  @Enum({ items: () => CertificateVersionKind, nativeEnumName: 'certificate_version_kind' })
  kind!: CertificateVersionKind;

  @Property({ type: 'date' })
  issuedOn!: string;

  /** What changed against the previous version, in public words. */
  @Property({ type: 'text' })
  changeSummaryZh: Opt<string> = '';

  @Property({ type: 'text' })
  changeSummaryEn: Opt<string> = '';

  /** The certificate's §8 contents as issued in this version. */
  @Property({ type: 'json' })
  snapshot!: CertificateSnapshot;
}
