import { Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { CreditStatus, OrganisationKind } from './enums.js';

/**
 * A legal entity: applicant, manufacturer or both (ENTERPRISE), a lab, the certification body,
 * or a regulator. Whether it acts as applicant or manufacturer is a fact of each certification
 * unit, not of the organisation.
 */
@Entity({ tableName: 'organisation' })
export class Organisation extends BaseEntity {
  @Enum({ items: () => OrganisationKind, nativeEnumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Property({ type: 'string' })
  nameZh!: string;

  @Property({ type: 'string' })
  nameEn!: string;

  @Property({ type: 'string' })
  addressZh!: string;

  @Property({ type: 'string' })
  addressEn!: string;

  /** 统一社会信用代码; null for bodies outside the PRC register. */
  @Unique()
  @Property({ type: 'string', nullable: true })
  creditCode?: string | null;

  /** Credit standing (§3.2/§3.3), with where and when it was established. */
  @Enum({ items: () => CreditStatus, nativeEnumName: 'credit_status', default: CreditStatus.NONE })
  creditStatus: Opt<CreditStatus> = CreditStatus.NONE;

  @Property({ type: 'string', nullable: true })
  creditSource?: string | null;

  @Property({ type: 'date', nullable: true })
  creditCheckedOn?: string | null;

  /** Loaded as demonstration data: the registry says so on every page while any exists. */
  @Property({ type: 'boolean', default: false })
  isDemo: Opt<boolean> = false;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
