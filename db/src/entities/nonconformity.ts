import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { FactoryInspection } from './inspection.js';
import { RectificationVerificationMethod } from './inspection-enums.js';
import { User } from './user.js';

/**
 * A finding of the initial inspection (不符合项, §5.4), against one checklist item. The factory
 * rectifies within the scheme's limit; CQC verifies, and the verifier is recorded.
 */
@Entity({ tableName: 'nonconformity' })
export class Nonconformity extends BaseEntity {
  @ManyToOne({ entity: () => FactoryInspection })
  inspection!: Rel<FactoryInspection>;

  /** Order within the report. */
  @Property({ type: 'integer' })
  position!: number;

  /** The checklist item found nonconforming (scheme identifier). */
  @Property({ type: 'string' })
  itemId!: string;

  /** The rule clause of that item, e.g. `5.2.2 1)`. */
  @Property({ type: 'string' })
  clause!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'date' })
  raisedOn!: string;

  /** When the factory completed the rectification (as verified). */
  @Property({ type: 'date', nullable: true })
  rectifiedOn?: string | null;

  @ManyToOne({ entity: () => User, nullable: true })
  verifiedBy?: Rel<User> | null;

  @Property({ type: 'date', nullable: true })
  verifiedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  verificationNote?: string | null;

  @Enum({ items: () => RectificationVerificationMethod, nativeEnumName: 'rectification_verification_method', nullable: true })
  verificationMethod?: RectificationVerificationMethod | null;
}
