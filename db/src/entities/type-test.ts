import { Collection, Entity, Enum, ManyToOne, OneToMany, OneToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import type { KeyComponentType } from './enums.js';
import { CertificationCase } from './certification-case.js';
import { Lab } from './lab.js';
import { TestItemResult } from './type-test-result.js';
import { TestSample } from './type-test-sample.js';
import { TypeTestStatus } from './type-test-status.js';

/** One key-component test the type test must wait for (§4.2.3). */
export interface KeyComponentTest {
  type: KeyComponentType;
  workingDays: number;
}

/**
 * The product test of one certification case (§4): the assigned lab, the test items its CMA
 * accreditation must cover, the samples, the results per round, the report. The case's
 * TYPE_TEST, TEST_FAILURE_NOTICE, TEST_RECTIFICATION and CERTIFICATE_ISSUE clocks live on the
 * case (CaseClock); this row keeps what the lab and the engineer record.
 */
@Entity({ tableName: 'type_test' })
export class TypeTest extends BaseEntity {
  @OneToOne({ entity: () => CertificationCase, owner: true })
  certificationCase!: Rel<CertificationCase>;

  @ManyToOne({ entity: () => Lab })
  lab!: Rel<Lab>;

  /** The test items the engineer requires, each within the lab's CMA scope at assignment. */
  @Property({ type: 'text[]' })
  testItems!: string[];

  @Enum({ items: () => TypeTestStatus, nativeEnumName: 'type_test_status' })
  status!: TypeTestStatus;

  /** 1 for the first test, 2 for the first retest after rectification, … */
  @Property({ type: 'integer', default: 1 })
  round: Opt<number> = 1;

  /** The scheme's TYPE_TEST start event at assignment ("样品和/或检验费用" is configuration). */
  @Property({ type: 'string' })
  startsOn!: string;

  /** First receipt of compliant samples. */
  @Property({ type: 'date', nullable: true })
  samplesReceivedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  feeReceivedOn?: string | null;

  /** The day the last round passed. */
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  /** The lab's report (§4.2.4), a StoredDocument id when one is attached. */
  @Property({ type: 'uuid', nullable: true })
  reportDocumentId?: string | null;

  /**
   * The key-component tests the engineer requires (§4.2.3 "当整机的关键元器件应进行随机试验时"),
   * each an Annex 1 type with its duration in working days; the longest, when longer than the
   * scheme's limit, becomes the TYPE_TEST clock's limit.
   */
  @Property({ type: 'json' })
  keyComponentTests: Opt<KeyComponentTest[]> = [];

  @OneToMany({ entity: () => TestSample, mappedBy: 'typeTest', orderBy: { receivedOn: 'asc', designation: 'asc' } })
  samples = new Collection<TestSample>(this);

  @OneToMany({ entity: () => TestItemResult, mappedBy: 'typeTest', orderBy: { round: 'asc', testItem: 'asc', designation: 'asc' } })
  results = new Collection<TestItemResult>(this);

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
