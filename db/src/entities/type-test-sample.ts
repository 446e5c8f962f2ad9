import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { TypeTest } from './type-test.js';
import { TestSamplePurpose } from './type-test-status.js';

/**
 * Samples of one model received by the lab (§4.1): the count is chosen per T/CEEIA 549-2021 §4.3
 * (data, not checked here); one key-component configuration per sample (§4.3).
 */
@Entity({ tableName: 'type_test_sample' })
export class TestSample extends BaseEntity {
  @ManyToOne({ entity: () => TypeTest })
  typeTest!: Rel<TypeTest>;

  /** The test round the samples serve (retest samples after rectification belong to round 2 …). */
  @Property({ type: 'integer' })
  round!: number;

  /** Model designation, one of the unit's models. */
  @Property({ type: 'string' })
  designation!: string;

  @Enum({ items: () => TestSamplePurpose, nativeEnumName: 'test_sample_purpose' })
  purpose!: TestSamplePurpose;

  @Property({ type: 'integer' })
  count!: number;

  @Property({ type: 'date' })
  receivedOn!: string;

  /** Label of one of the unit's key-component configurations. */
  @Property({ type: 'string' })
  keyComponentConfiguration!: string;
}
