import { EventEmitter } from 'node:events';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { PublicCertificate } from '../read-model/types.js';
import type { CertificateIndex } from '../search/port.js';
import { REBUILT, REGISTRY_CHANNEL } from './channel.js';

export interface RegistryCacheOptions {
  /** Where records come from on a miss. */
  index: Pick<CertificateIndex, 'getByNumbers'>;
  /** For reading the change feed; LISTEN opens a connection of its own with the pool's settings. */
  pool: pg.Pool;
  /** Records kept (default 20,000: about 110 MB of parsed records, measured at ~5.5 kB each). */
  max?: number;
  /** Also re-reads the feed this often, in case a notification was lost with its connection (default 10 s; 0: never). */
  pollMs?: number;
  /** Where a failed refresh or listen is reported (the cache keeps serving; default console.error). */
  onError?: (error: unknown) => void;
}

/** What one refresh dropped: the numbers the feed named, or everything (`all`). */
export interface Invalidation {
  numbers: string[];
  all: boolean;
  /** The feed sequence read up to. */
  seq: number;
}

/** More changes than this since the last refresh: drop everything rather than list them. */
const FEED_PAGE = 5_000;

/**
 * An in-process LRU cache of public records in front of `index.getByNumbers`, kept fresh by the
 * projector's change feed. The projector notifies REGISTRY_CHANNEL in the transaction that
 * appends to `registry_change`; the notification arrives after its commit, when the index
 * already holds the new record (it is written before the commit). The cache then reads the feed
 * past the last sequence it saw and drops the named certificates. Every API process has its own
 * cache and its own listener, so a second node stays fresh the same way. A rebuild notifies
 * REBUILT and the cache drops everything.
 *
 * A miss read before a change but answered after its invalidation must not be stored: every
 * invalidation bumps `epoch`, and a miss stores its result only if no invalidation happened
 * while it was being read.
 *
 * Emits 'invalidated' (Invalidation) after each refresh that dropped something.
 */
export class RegistryCache extends EventEmitter {
  private readonly records: LRUCache<string, PublicCertificate>;
  private epoch = 0;
  private lastSeq = 0;
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> = Promise.resolve();
  private stopped = false;
  readonly stats = { hits: 0, misses: 0 };
  private readonly onError: (error: unknown) => void;

  constructor(private readonly options: RegistryCacheOptions) {
    super();
    this.records = new LRUCache({ max: options.max ?? 20_000 });
    this.onError = options.onError ?? ((error) => console.error('registry cache', error));
  }

  /** Starts listening; resolves once notifications are being received. */
  async start(): Promise<void> {
    this.lastSeq = await this.feedHead();
    await this.listen();
    const pollMs = this.options.pollMs ?? 10_000;
    if (pollMs > 0) {
      this.timer = setInterval(() => void this.refresh().catch(this.onError), pollMs);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.refreshing;
  }

  async getByNumbers(numbers: readonly string[]): Promise<Map<string, PublicCertificate>> {
    const found = new Map<string, PublicCertificate>();
    const missing: string[] = [];
    for (const number of numbers) {
      const record = this.records.get(number);
      if (record) found.set(number, record);
      else missing.push(number);
    }
    this.stats.hits += found.size;
    if (missing.length === 0) return found;
    this.stats.misses += missing.length;
    const epoch = this.epoch;
    const fetched = await this.options.index.getByNumbers(missing);
    for (const [number, record] of fetched) {
      found.set(number, record);
      if (this.epoch === epoch) this.records.set(number, record);
    }
    return found;
  }

  /** Reads the feed past the last sequence seen and drops what it names; serialised. */
  refresh(all = false): Promise<void> {
    const run = this.refreshing.then(() => this.readFeed(all));
    this.refreshing = run.catch(() => undefined);
    return run;
  }

  get size(): number {
    return this.records.size;
  }

  private async readFeed(all: boolean): Promise<void> {
    const { rows } = await this.options.pool.query<{ seq: string; certificate_number: string }>(
      `select seq, certificate_number from registry_change where seq > $1 order by seq limit ${FEED_PAGE}`,
      [this.lastSeq],
    );
    if (rows.length === FEED_PAGE) {
      all = true;
      this.lastSeq = await this.feedHead();
    } else if (rows.length > 0) {
      this.lastSeq = Number(rows.at(-1)!.seq);
    }
    if (!all && rows.length === 0) return;
    this.epoch++;
    const numbers = all ? [] : [...new Set(rows.map((r) => r.certificate_number))];
    if (all) this.records.clear();
    else for (const n of numbers) this.records.delete(n);
    this.emit('invalidated', { numbers, all, seq: this.lastSeq } satisfies Invalidation);
  }

  private async feedHead(): Promise<number> {
    const { rows } = await this.options.pool.query<{ seq: string | null }>(`select max(seq) as seq from registry_change`);
    return Number(rows[0]?.seq ?? 0);
  }

  private async listen(): Promise<void> {
    // Not one of the pool's clients: LISTEN holds its connection for as long as the API runs, and
    // taking it from the pool would leave one connection fewer for the queries it is sized for.
    const client = new pg.Client(this.options.pool.options);
    client.on('notification', (message) => {
      if (message.channel !== REGISTRY_CHANNEL) return;
      void this.refresh(message.payload === REBUILT).catch(this.onError);
    });
    client.on('error', () => {
      // Notifications may have been lost with the connection: drop everything, listen again.
      if (this.listener !== client) return;
      this.listener = null;
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      void this.refresh(true).catch(() => undefined);
      setTimeout(() => void this.listen().catch(this.onError), 1_000).unref();
    });
    try {
      await client.connect();
      await client.query(`listen ${REGISTRY_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    // Stopped while connecting again after an error: nobody would close this one.
    if (this.stopped) return void (await client.end().catch(() => undefined));
    this.listener = client;
  }
}
