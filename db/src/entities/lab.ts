import { Entity, OneToOne, Property, type Rel, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Organisation } from './organisation.js';

/** A test laboratory: an organisation with a CMA accreditation scope (§4.1.1). */
@Entity({ tableName: 'lab' })
export class Lab extends BaseEntity {
  @OneToOne({ entity: () => Organisation, owner: true })
  organisation!: Rel<Organisation>;

  @Property({ type: 'string' })
  cmaCertificateNo!: string;

  /** Test items the CMA accreditation covers. */
  @Property({ type: 'text[]' })
  cmaScope: Opt<string[]> = [];

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
