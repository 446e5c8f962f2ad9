import { Entity, Enum, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Certificate } from './certificate.js';

/** What was revised (§8.4): the rule itself, or a standard it rests on; it sets the suspension cause (§8.5.1.1). */
export enum RequirementChangeKind {
  RULE = 'RULE',
  STANDARD = 'STANDARD',
}

export enum TransitionState {
  PENDING = 'PENDING',
  TRANSITIONED = 'TRANSITIONED',
  /** Not transitioned by the deadline: suspended under §8.5.1(2). */
  SUSPENDED = 'SUSPENDED',
}

/**
 * A revision of the certification requirements (§8.4): CQC announces an implementation plan with
 * a transition deadline and tells the holders; certificates not transitioned in time are
 * suspended (§8.5.1(2)).
 */
@Entity({ tableName: 'requirement_change' })
export class RequirementChange extends BaseEntity {
  @Enum({ items: () => RequirementChangeKind, nativeEnumName: 'requirement_change_kind' })
  kind!: RequirementChangeKind;

  @Property({ type: 'string' })
  titleZh!: string;

  @Property({ type: 'string' })
  titleEn!: string;

  /** The implementation plan as announced (what holders must do). */
  @Property({ type: 'text' })
  planZh!: string;

  /** For a rule revision: the scheme version it introduces, when registered. */
  @Property({ type: 'string', nullable: true })
  schemeVersion?: string | null;

  @Property({ type: 'date' })
  announcedOn!: string;

  /** The last day a certificate may complete its transition. */
  @Property({ type: 'date' })
  transitionDeadline!: string;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

/** One certificate's transition to a requirement change. */
@Entity({ tableName: 'certificate_transition' })
@Unique({ properties: ['requirementChange', 'certificate'] })
export class CertificateTransition extends BaseEntity {
  @ManyToOne({ entity: () => RequirementChange })
  requirementChange!: Rel<RequirementChange>;

  @ManyToOne({ entity: () => Certificate })
  certificate!: Rel<Certificate>;

  @Enum({ items: () => TransitionState, nativeEnumName: 'transition_state', default: TransitionState.PENDING })
  state: Opt<TransitionState> = TransitionState.PENDING;

  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
