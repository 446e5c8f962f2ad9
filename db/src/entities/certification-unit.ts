import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Rel, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { ProductType } from './enums.js';
import { Factory } from './factory.js';
import { KeyComponentConfiguration } from './key-component.js';
import { Organisation } from './organisation.js';
import { ProductModel } from './product-model.js';

/**
 * 认证单元 (§3.1): products certified together. One applicant, one manufacturer, one factory,
 * one frame current and one series per unit; a difference in any of them is another unit.
 */
@Entity({ tableName: 'certification_unit' })
// Regulator filters (api/src/regulator) at a million certificates.
@Index({ properties: ['manufacturer'] })
@Index({ properties: ['factory'] })
@Index({ properties: ['productType', 'frameCurrent'] })
export class CertificationUnit extends BaseEntity {
  @ManyToOne({ entity: () => Organisation })
  @Index()
  applicant!: Rel<Organisation>;

  @ManyToOne({ entity: () => Organisation })
  manufacturer!: Rel<Organisation>;

  @ManyToOne({ entity: () => Factory })
  factory!: Rel<Factory>;

  @Enum({ items: () => ProductType, nativeEnumName: 'product_type' })
  productType!: ProductType;

  /** 产品名称 as printed on the certificate. */
  @Property({ type: 'string' })
  productNameZh!: string;

  @Property({ type: 'string' })
  productNameEn!: string;

  @Property({ type: 'string' })
  series!: string;

  /** Inm, A. */
  @Property({ type: 'integer' })
  frameCurrent!: number;

  @OneToMany({ entity: () => ProductModel, mappedBy: 'unit', orderBy: { designation: 'asc' } })
  models = new Collection<ProductModel>(this);

  @OneToMany({ entity: () => KeyComponentConfiguration, mappedBy: 'unit', orderBy: { label: 'asc' } })
  keyComponentConfigurations = new Collection<KeyComponentConfiguration>(this);

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
