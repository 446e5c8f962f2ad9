import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { SurveillancePlan } from './surveillance-plan.js';
import { User } from './user.js';

/** A finding of a surveillance visit: rectified within 60 days or the visit fails (§7.1.4). */
@Entity({ tableName: 'surveillance_nonconformity' })
export class SurveillanceNonconformity extends BaseEntity {
  @ManyToOne({ entity: () => SurveillancePlan })
  plan!: Rel<SurveillancePlan>;

  @Property({ type: 'integer' })
  position!: number;

  /** QA checklist item or product-conformity item (scheme ids). */
  @Property({ type: 'string' })
  itemId!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'date' })
  raisedOn!: string;

  /** Scheme limit SURVEILLANCE_RECTIFICATION from `raisedOn`. */
  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'date', nullable: true })
  rectifiedOn?: string | null;

  @ManyToOne({ entity: () => User, nullable: true })
  verifiedBy?: Rel<User> | null;
}
