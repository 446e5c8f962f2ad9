import { Migration } from '@mikro-orm/migrations';

/**
 * TOTP multi-factor authentication (issue 6 point 3): a user's second factor with its encrypted
 * secret and replay guard (`user_mfa`), the hashed single-use recovery codes, the hashed
 * five-minute challenges of a sign-in's second step, and the sessions limited to MFA enrolment
 * (staff who must enrol before doing anything else). Deleting a user deletes its MFA rows.
 */
export class Migration20261129030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "user_mfa" ("id" uuid not null, "created_at" timestamptz not null, "user_id" uuid not null, "secret_ciphertext" text not null, "enabled_at" timestamptz null, "last_time_step" int null, constraint "user_mfa_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_mfa" add constraint "user_mfa_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "user_mfa" add constraint "user_mfa_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "mfa_recovery_code" ("id" uuid not null, "created_at" timestamptz not null, "user_id" uuid not null, "code_hash" varchar(64) not null, "used_at" timestamptz null, constraint "mfa_recovery_code_pkey" primary key ("id"));`);
    this.addSql(`alter table "mfa_recovery_code" add constraint "mfa_recovery_code_code_hash_unique" unique ("code_hash");`);
    this.addSql(`create index "mfa_recovery_code_user_id_index" on "mfa_recovery_code" ("user_id");`);
    this.addSql(`alter table "mfa_recovery_code" add constraint "mfa_recovery_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "mfa_login_challenge" ("id" uuid not null, "created_at" timestamptz not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "mfa_login_challenge_pkey" primary key ("id"));`);
    this.addSql(`alter table "mfa_login_challenge" add constraint "mfa_login_challenge_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "mfa_login_challenge_expires_at_index" on "mfa_login_challenge" ("expires_at");`);
    this.addSql(`alter table "mfa_login_challenge" add constraint "mfa_login_challenge_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "auth_session" add column "mfa_enrolment_only" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "auth_session" drop column "mfa_enrolment_only";`);
    this.addSql(`drop table "mfa_login_challenge";`);
    this.addSql(`drop table "mfa_recovery_code";`);
    this.addSql(`drop table "user_mfa";`);
  }
}
