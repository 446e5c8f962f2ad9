import { Entity, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { User } from './user.js';

/**
 * A user's TOTP second factor (RFC 6238; api/src/mfa). A row of its own rather than columns on
 * app_user: it exists only for users who began enrolment, and it keeps the secret away from the
 * row every request loads.
 *
 * - `secretCiphertext`: the shared secret, encrypted with the application's MFA key (AES-256-GCM,
 *   bound to the user's id; api/src/mfa/secret-box.ts). The server must be able to read it back to
 *   check codes, so it cannot be hashed; encrypted, a database dump alone yields no usable secret.
 *   It is shown to the user once, at enrolment, and never returned by the API afterwards.
 * - `enabledAt`: null while enrolment is begun but not yet confirmed with a code.
 * - `lastTimeStep`: the 30-second step of the last accepted code; a code of that step or an earlier
 *   one is refused, so an observed code cannot be replayed within its window. (Unix time / 30 fits
 *   an integer column for thousands of years.)
 */
@Entity({ tableName: 'user_mfa' })
export class UserMfa extends BaseEntity {
  @OneToOne({ entity: () => User, owner: true, unique: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  @Property({ type: 'text', hidden: true, lazy: true })
  secretCiphertext!: string;

  @Property({ type: 'datetime', nullable: true })
  enabledAt?: Date | null;

  @Property({ type: 'integer', nullable: true })
  lastTimeStep?: number | null;
}
