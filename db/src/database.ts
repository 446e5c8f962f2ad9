import 'reflect-metadata';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { ormConfig } from './orm-config.js';

export interface Database {
  orm: MikroORM;
  /** Applies every pending migration; returns the names applied. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

export async function openDatabase(url: string, overrides: Partial<Options> = {}): Promise<Database> {
  const orm = await MikroORM.init(ormConfig(url, overrides));
  return {
    orm,
    async migrate() {
      const applied = await orm.getMigrator().up();
      return applied.map((m) => m.name);
    },
    close: () => orm.close(true),
  };
}
