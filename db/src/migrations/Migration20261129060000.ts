import { Migration } from '@mikro-orm/migrations';

/**
 * Enterprise sign-up and invitations (issue 6, point 1).
 *
 * `signup` holds a self-registration until an administrator decides its `organisation_claim`:
 * no app_user exists before approval, so nothing unverified or refused can sign in. Tokens of
 * verification and invitation links are kept only as SHA-256 (unique, the lookup key).
 * `app_user.manages_users` marks who may invite and deactivate an organisation's other users
 * (the approved claimant); existing accounts get false.
 */
export class Migration20261129060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "organisation_claim_status" as enum ('PENDING', 'APPROVED', 'REJECTED');`);
    this.addSql(`create table "signup" ("id" uuid not null, "created_at" timestamptz not null, "email" varchar(255) not null, "display_name" varchar(255) not null, "password_hash" varchar(255) not null, "verification_token_hash" varchar(64) not null, "verification_expires_at" timestamptz not null, "verified_at" timestamptz null, constraint "signup_pkey" primary key ("id"));`);
    this.addSql(`alter table "signup" add constraint "signup_verification_token_hash_unique" unique ("verification_token_hash");`);
    this.addSql(`create index "signup_email_created_at_index" on "signup" ("email", "created_at");`);

    this.addSql(`create table "organisation_claim" ("id" uuid not null, "created_at" timestamptz not null, "sign_up_id" uuid not null, "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "credit_code" varchar(18) not null, "address_zh" varchar(255) not null, "address_en" varchar(255) not null, "business_scope" text not null, "status" "organisation_claim_status" not null default 'PENDING', "decided_by_id" uuid null, "decided_at" timestamptz null, "reason" text null, "organisation_id" uuid null, "version" int not null default 1, constraint "organisation_claim_pkey" primary key ("id"));`);
    this.addSql(`alter table "organisation_claim" add constraint "organisation_claim_sign_up_id_unique" unique ("sign_up_id");`);
    this.addSql(`create index "organisation_claim_status_created_at_index" on "organisation_claim" ("status", "created_at");`);
    this.addSql(`alter table "organisation_claim" add constraint "organisation_claim_sign_up_id_foreign" foreign key ("sign_up_id") references "signup" ("id") on update cascade;`);
    this.addSql(`alter table "organisation_claim" add constraint "organisation_claim_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "organisation_claim" add constraint "organisation_claim_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "invitation" ("id" uuid not null, "created_at" timestamptz not null, "organisation_id" uuid not null, "email" varchar(255) not null, "invited_by_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_user_id" uuid null, "revoked_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "invitation_organisation_id_created_at_index" on "invitation" ("organisation_id", "created_at");`);
    this.addSql(`alter table "invitation" add constraint "invitation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_accepted_user_id_foreign" foreign key ("accepted_user_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "app_user" add column "manages_users" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "manages_users";`);
    this.addSql(`drop table "invitation";`);
    this.addSql(`drop table "organisation_claim";`);
    this.addSql(`drop table "signup";`);
    this.addSql(`drop type "organisation_claim_status";`);
  }
}
