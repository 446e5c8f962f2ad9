import { Entity, Enum, ManyToOne, Property, Unique, type Rel, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Role } from './enums.js';
import { Organisation } from './organisation.js';

/**
 * A person who signs in. ENTERPRISE users belong to one enterprise organisation, LAB users to
 * a lab, certification-body roles to the certification body, REGULATOR users to a regulator.
 */
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  @Unique()
  @Property({ type: 'string' })
  email!: string;

  @Property({ type: 'string' })
  displayName!: string;

  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  role!: Role;

  @ManyToOne({ entity: () => Organisation })
  organisation!: Rel<Organisation>;

  /** argon2id PHC string. */
  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  /**
   * May invite and deactivate the other users of its (enterprise) organisation: set for the
   * person whose organisation claim was approved. A flag, not a Role, so that this user stays an
   * ENTERPRISE user in every rule of the policy; the user services check it (api/src/invitations).
   */
  @Property({ type: 'boolean', default: false })
  managesUsers: Opt<boolean> = false;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
