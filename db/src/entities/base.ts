import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property } from '@mikro-orm/core';

/** Every aggregate has a uuid and creation time; no sequential ids leak through the API. */
export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();
}
