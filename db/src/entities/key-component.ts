import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Rel, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { CertificationUnit } from './certification-unit.js';
import { KeyComponentType } from './enums.js';

/**
 * One tested key-component configuration of a unit (§4.3): results do not extend to a series,
 * so each material/grade/supplier combination that was tested is its own configuration.
 */
@Entity({ tableName: 'key_component_configuration' })
export class KeyComponentConfiguration extends BaseEntity {
  // Indexed: a unit's configurations are read by unit (public records, a rebuild's pages).
  @ManyToOne({ entity: () => CertificationUnit })
  @Index()
  unit!: Rel<CertificationUnit>;

  @Property({ type: 'string' })
  label!: string;

  @OneToMany({ entity: () => KeyComponent, mappedBy: 'configuration', orderBy: { type: 'asc' } })
  components = new Collection<KeyComponent>(this);

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

/**
 * A key component of Annex 1. Which attributes are controlled depends on the type (scheme
 * data); the columns hold the union, null where the type does not control the attribute.
 */
@Entity({ tableName: 'key_component' })
export class KeyComponent extends BaseEntity {
  @ManyToOne({ entity: () => KeyComponentConfiguration })
  @Index()
  configuration!: Rel<KeyComponentConfiguration>;

  @Enum({ items: () => KeyComponentType, nativeEnumName: 'key_component_type' })
  type!: KeyComponentType;

  @Property({ type: 'string', nullable: true })
  model?: string | null;

  @Property({ type: 'string', nullable: true })
  rating?: string | null;

  @Property({ type: 'string', nullable: true })
  material?: string | null;

  @Property({ type: 'string', nullable: true })
  grade?: string | null;

  @Property({ type: 'string', nullable: true })
  dimensions?: string | null;

  @Property({ type: 'string' })
  supplier!: string;
}
