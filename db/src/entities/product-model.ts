import { ArrayType, Entity, Enum, Index, ManyToOne, Property, Unique, type Rel, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { CertificationUnit } from './certification-unit.js';
import { ModelStatus, Mounting, ProductType } from './enums.js';

/** One model (型号) of a certification unit, with its ratings and power-consumption grade. */
@Entity({ tableName: 'product_model' })
@Unique({ properties: ['unit', 'designation'] })
@Index({ properties: ['designationKey'] })
export class ProductModel extends BaseEntity {
  @ManyToOne({ entity: () => CertificationUnit })
  unit!: Rel<CertificationUnit>;

  @Property({ type: 'string' })
  designation!: string;

  /** The designation lowercased without spaces or punctuation: `XXM-250S` → `xxm250s`. */
  @Property({ type: 'string' })
  designationKey!: string;

  @Enum({ items: () => ProductType, nativeEnumName: 'product_type' })
  productType!: ProductType;

  @Enum({ items: () => Mounting, nativeEnumName: 'mounting' })
  mounting!: Mounting;

  @Property({ type: 'integer' })
  poles!: number;

  /** Ue, V AC. */
  @Property({ type: 'integer' })
  ratedVoltage!: number;

  /** Inm, A. */
  @Property({ type: 'integer' })
  frameCurrent!: number;

  /** In values covered by the model, A. */
  @Property({ type: new ArrayType<number>((value) => Number(value)), columnType: 'integer[]' })
  ratedCurrents: Opt<number[]> = [];

  @Property({ type: 'string' })
  series!: string;

  /**
   * Power-consumption grade per T/CEEIA 549-2021, as the test report states it (e.g. "1");
   * null while the model is applied for and not yet graded.
   */
  @Property({ type: 'string', nullable: true })
  grade?: string | null;

  @Enum({ items: () => ModelStatus, nativeEnumName: 'model_status', default: ModelStatus.IN_SCOPE })
  status: Opt<ModelStatus> = ModelStatus.IN_SCOPE;

  @Property({ type: 'date', nullable: true })
  withdrawnOn?: string | null;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
