import { Migration } from '@mikro-orm/migrations';

/**
 * Sessions a person can recognise in their own list (issue 6 point 4): the client address and
 * browser (user agent) seen when the session was opened. Older sessions have neither.
 */
export class Migration20261129040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "auth_session" add column "client_address" varchar(64) null, add column "user_agent" varchar(512) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "auth_session" drop column "user_agent", drop column "client_address";`);
  }
}
