import { Entity, Enum, Index, ManyToOne, OneToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Organisation } from './organisation.js';
import { SignUp } from './signup.js';
import { User } from './user.js';

export enum OrganisationClaimStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/**
 * The organisation a sign-up claims to act for (统一社会信用代码, name, address, business scope).
 * An administrator sees it once the e-mail is verified, and approves it (the organisation and the
 * claimant's account are created) or rejects it with a reason that is mailed to the claimant.
 */
@Entity({ tableName: 'organisation_claim' })
@Index({ properties: ['status', 'createdAt'] })
export class OrganisationClaim extends BaseEntity {
  @OneToOne({ entity: () => SignUp, owner: true, unique: true })
  signUp!: Rel<SignUp>;

  @Property({ type: 'string' })
  nameZh!: string;

  @Property({ type: 'string' })
  nameEn!: string;

  /** Checked (GB 32100-2015 check character) on the way in; not unique: two people may claim one company. */
  @Property({ type: 'string', length: 18 })
  creditCode!: string;

  @Property({ type: 'string' })
  addressZh!: string;

  @Property({ type: 'string' })
  addressEn!: string;

  @Property({ type: 'text' })
  businessScope!: string;

  @Enum({ items: () => OrganisationClaimStatus, nativeEnumName: 'organisation_claim_status', default: OrganisationClaimStatus.PENDING })
  status: Opt<OrganisationClaimStatus> = OrganisationClaimStatus.PENDING;

  @ManyToOne({ entity: () => User, nullable: true })
  decidedBy?: Rel<User> | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  /** Why the claim was rejected (mailed to the claimant). */
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** The organisation created by approval. */
  @ManyToOne({ entity: () => Organisation, nullable: true })
  organisation?: Rel<Organisation> | null;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
