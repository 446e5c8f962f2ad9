import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log as a hash chain (issue 6 point 7). Every audit event gets a gap-free position
 * (`chain_seq`), the hash of the event before it (`prev_hash`) and its own hash: SHA-256 of the
 * previous hash and the event's fields (`audit_event_digest`). The database computes them in a
 * BEFORE INSERT trigger, so every writer (the ORM, raw SQL, COPY) is chained alike and none can
 * supply its own values.
 *
 * Concurrent writers are put in one order by the single row of `audit_chain_head`: its row lock
 * is held until the writing transaction ends, and under READ COMMITTED the UPDATE re-reads the
 * latest committed head after waiting, so two transactions never chain to the same event.
 * (An advisory lock would not do: the trigger's query would still see the snapshot taken
 * before the wait.)
 *
 * TRUNCATE skips row triggers, so a statement trigger refuses it too.
 */
export class Migration20261129020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_event" add column "chain_seq" bigint null, add column "prev_hash" bytea null, add column "hash" bytea null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_chain_seq_unique" unique ("chain_seq");`);
    this.addSql(`create index "audit_event_actor_id_index" on "audit_event" ("actor_id");`);
    this.addSql(`create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at");`);
    this.addSql(`create table "audit_chain_head" ("id" int primary key check ("id" = 1), "seq" bigint not null, "hash" bytea null);`);
    this.addSql(`insert into "audit_chain_head" ("id", "seq", "hash") values (1, 0, null);`);
    // The canonical text of an event: a JSON array of its fields (jsonb's text form is canonical,
    // times in UTC to the microsecond), hashed after the previous event's hash.
    this.addSql(`create function audit_event_digest(prev bytea, e audit_event) returns bytea language sql stable as $$
      select sha256(coalesce(prev, ''::bytea) || convert_to(jsonb_build_array(e.chain_seq, e.id,
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.actor_id, e.actor_role, e.action,
        e.aggregate_type, e.aggregate_id, e.from_state, e.to_state, e.reason, e.payload)::text, 'UTF8'))
    $$;`);
    this.addSql(`create function audit_event_chain() returns trigger language plpgsql as $$
      declare
        head record;
      begin
        update audit_chain_head set seq = seq + 1 where id = 1 returning seq, hash into head;
        new.chain_seq := head.seq;
        new.prev_hash := head.hash;
        new.hash := audit_event_digest(head.hash, new);
        update audit_chain_head set hash = new.hash where id = 1;
        return new;
      end $$;`);
    // Events written before the chain existed are chained once, in the order they were written.
    this.addSql(`alter table "audit_event" disable trigger "audit_event_append_only";`);
    this.addSql(`do $$
      declare
        e audit_event;
        prev bytea := null;
        n bigint := 0;
      begin
        for e in select * from audit_event order by id loop
          n := n + 1;
          e.chain_seq := n;
          e.prev_hash := prev;
          e.hash := audit_event_digest(prev, e);
          update audit_event set chain_seq = e.chain_seq, prev_hash = e.prev_hash, hash = e.hash where id = e.id;
          prev := e.hash;
        end loop;
        update audit_chain_head set seq = n, hash = prev where id = 1;
      end $$;`);
    this.addSql(`alter table "audit_event" enable trigger "audit_event_append_only";`);
    this.addSql(`create trigger "audit_event_chain" before insert on "audit_event" for each row execute function audit_event_chain();`);
    this.addSql(`create trigger "audit_event_no_truncate" before truncate on "audit_event" for each statement execute function forbid_change();`);
    this.addSql(`create trigger "audit_chain_head_no_delete" before delete or truncate on "audit_chain_head" for each statement execute function forbid_change();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "audit_chain_head_no_delete" on "audit_chain_head";`);
    this.addSql(`drop trigger "audit_event_no_truncate" on "audit_event";`);
    this.addSql(`drop trigger "audit_event_chain" on "audit_event";`);
    this.addSql(`drop function audit_event_chain();`);
    this.addSql(`drop function audit_event_digest(bytea, audit_event);`);
    this.addSql(`drop table "audit_chain_head";`);
    this.addSql(`drop index "audit_event_occurred_at_index";`);
    this.addSql(`drop index "audit_event_actor_id_index";`);
    this.addSql(`alter table "audit_event" drop column "hash", drop column "prev_hash", drop column "chain_seq";`);
  }
}
