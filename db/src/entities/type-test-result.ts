import { DecimalType, Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { TypeTest } from './type-test.js';
import { User } from './user.js';

/**
 * One test item's result for one model in one round, as the lab reports it. Limit, pass/fail and
 * grade are the lab's data per T/CEEIA 549-2021: the platform never derives them from thresholds.
 * Entering the same item for the same model again in the same round replaces the value (the
 * audit trail keeps every entry).
 */
@Entity({ tableName: 'type_test_result' })
@Unique({ properties: ['typeTest', 'round', 'testItem', 'designation'] })
export class TestItemResult extends BaseEntity {
  @ManyToOne({ entity: () => TypeTest })
  typeTest!: Rel<TypeTest>;

  @Property({ type: 'integer' })
  round!: number;

  /** One of the type test's required items (which are within the lab's CMA scope). */
  @Property({ type: 'text' })
  testItem!: string;

  @Property({ type: 'string' })
  designation!: string;

  @Property({ type: new DecimalType('number'), columnType: 'numeric' })
  measuredValue!: number;

  @Property({ type: new DecimalType('number'), columnType: 'numeric', nullable: true })
  limit?: number | null;

  @Property({ type: 'string' })
  unit!: string;

  @Property({ type: 'boolean' })
  passed!: boolean;

  /** Power-consumption grade as the report states it, where the item yields one. */
  @Property({ type: 'string', nullable: true })
  grade?: string | null;

  @ManyToOne({ entity: () => User })
  enteredBy!: Rel<User>;

  @Property({ type: 'datetime' })
  enteredAt!: Date;
}
