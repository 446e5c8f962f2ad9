import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import type { OutgoingMail } from '../mail/mail-transport.js';
import { dispatchWatchMail } from './watch-dispatcher.js';
import { deliverPendingWatchMail } from './watch-mailer.js';

const FOLLOW = `mutation($e: String!, $n: [String!]!, $l: WatchLanguage) { followCertificates(email: $e, certificateNumbers: $n, language: $l) { email } }`;
const FOLLOW_MODEL = `mutation($e: String!, $d: String!, $l: WatchLanguage) { followModel(email: $e, designation: $d, language: $l) { email } }`;
const FOLLOW_MAKER = `mutation($e: String!, $m: ID!) { followManufacturer(email: $e, manufacturerId: $m) { email } }`;
const CONFIRM = `mutation($t: String!) { confirmFollow(token: $t) { kind target status language } }`;
const UNSUBSCRIBE = `mutation($t: String!) { unsubscribe(token: $t) { kind target status } }`;
const RECORD = `query($n: String!) { certificateRecord(number: $n) { version } }`;
const SUSPEND = `mutation($n: String!, $v: Int!) { suspendCertificate(number: $n, version: $v, reasonCode: "S3", causeCode: "SURVEILLANCE_NONCONFORMITY",
  publicReasonZh: "年度监督抽样不合格", publicReasonEn: "The yearly surveillance sample failed") { status } }`;
const RESTORE = `mutation($n: String!, $v: Int!) { restoreCertificate(number: $n, version: $v, publicReasonZh: "整改完成", publicReasonEn: "Rectified") { status } }`;

const WEB = 'https://registry.example';
const API = 'https://api.registry.example';

describe('watchlists: follow by e-mail, double opt-in, notices from the registry feed, one-click unsubscribe', () => {
  let p: TestPlatform;
  let decider: string;
  let watched: { number: string; designation: string; manufacturerId: string };
  let unrelated: string;
  const mails: OutgoingMail[] = [];
  const transport = { send: async (mail: OutgoingMail) => void mails.push(mail) };

  const dispatch = () => dispatchWatchMail(p.db.orm, p.clock.now(), { publicWebUrl: WEB });
  const deliver = () => deliverPendingWatchMail(p.db.orm, transport, p.clock.now(), { publicWebUrl: WEB, publicApiUrl: API });
  const inbox = (email: string) => mails.filter((m) => m.to.includes(email));
  const tokenAfter = (text: string, path: string) => text.match(new RegExp(`${path}/([A-Za-z0-9_-]{43})`))![1]!;
  const confirmationToken = async (email: string) => {
    await deliver();
    return tokenAfter(inbox(email).at(-1)!.text, '/watch/confirm');
  };
  /** Changes the certificate's status as the decider over GraphQL, projects it into the registry, then dispatches and sends. */
  const change = async (mutation: string, number: string) => {
    const { version } = (await p.gql(RECORD, { n: number }, decider)).data.certificateRecord;
    const res = await p.gql(mutation, { n: number, v: version }, decider);
    expect(res.errors).toBeUndefined();
    await p.project();
  };

  beforeAll(async () => {
    p = await startTestPlatform();
    decider = await p.loginAs(Role.DECIDER);
    const { rows } = await p.pool.query(
      `select c.number, m.designation, u.manufacturer_id from certificate c join certification_unit u on u.id = c.unit_id
         join product_model m on m.unit_id = u.id where c.status = 'VALID' order by c.number, m.designation`);
    watched = { number: rows[0].number, designation: rows[0].designation, manufacturerId: rows[0].manufacturer_id };
    unrelated = rows.find((r) => r.manufacturer_id !== watched.manufacturerId && r.number !== watched.number).number;
  });
  afterAll(() => p?.close());

  it('sends a confirmation first; only confirmed followers of the certificate, its model or its maker get one notice per change', async () => {
    // The same address asking twice gets the same answer; the newer confirmation link is the one that works.
    const first = await p.gql(FOLLOW, { e: ' Alice@Example.org ', n: [watched.number] });
    await deliver();
    const again = await p.gql(FOLLOW, { e: 'alice@example.org', n: [watched.number] });
    expect(first).toEqual(again);
    expect(first.data.followCertificates).toEqual({ email: 'alice@example.org' });
    await deliver();
    const [oldMail, newMail] = inbox('alice@example.org');
    expect(newMail!.subject).toContain('请确认');
    expect(newMail!.text).toContain(watched.number);
    expect((await p.gql(CONFIRM, { t: tokenAfter(oldMail!.text, '/watch/confirm') })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const confirmed = await p.gql(CONFIRM, { t: tokenAfter(newMail!.text, '/watch/confirm') });
    expect(confirmed.data.confirmFollow).toEqual([{ kind: 'CERTIFICATE', target: watched.number, status: 'CONFIRMED', language: 'ZH' }]);

    // A model written differently (designation key), a manufacturer, an unconfirmed follower, someone following another certificate.
    await p.gql(FOLLOW_MODEL, { e: 'carol@example.org', d: ` ${watched.designation.toLowerCase().replace(/-/g, ' ')} `, l: 'EN' });
    await p.gql(CONFIRM, { t: await confirmationToken('carol@example.org') });
    await p.gql(FOLLOW_MAKER, { e: 'dave@example.org', m: watched.manufacturerId });
    await p.gql(CONFIRM, { t: await confirmationToken('dave@example.org') });
    expect((await p.gql(FOLLOW, { e: 'bob@example.org', n: [watched.number] })).errors).toBeUndefined();
    await p.gql(FOLLOW, { e: 'erin@example.org', n: [unrelated] });
    await p.gql(CONFIRM, { t: await confirmationToken('erin@example.org') });

    // Tokens are stored hashed only: the hash is there, the token nowhere.
    const token = tokenAfter(newMail!.text, '/watch/confirm');
    const sha = createHash('sha256').update(token).digest('hex');
    expect((await p.pool.query(`select count(*)::int n from watch_subscription where confirm_token_hash = $1`, [sha])).rows[0].n).toBe(1);
    const leaks = await p.pool.query(
      `select (select count(*) from watch_subscription s where s::text like $1)::int + (select count(*) from watch_mail m where m::text like $1)::int n`, [`%${token}%`]);
    expect(leaks.rows[0].n).toBe(0);

    mails.length = 0;
    await change(SUSPEND, watched.number);
    expect(await dispatch()).toEqual({ mails: 3 });
    await deliver();
    const [notice, ...more] = inbox('alice@example.org');
    expect(more).toEqual([]);
    expect(notice!.subject).toContain(`证书 ${watched.number} 状态变更为：暂停`);
    expect(notice!.text).toContain('年度监督抽样不合格');
    expect(notice!.text).toContain('日期：2026-11-25');
    expect(notice!.text).toContain(`${WEB}/certificates/${watched.number}`);
    const unsubscribeToken = tokenAfter(notice!.text, '/watch/unsubscribe');
    expect(notice!.headers).toEqual({
      'List-Unsubscribe': `<${API}/registry/watch/unsubscribe?token=${unsubscribeToken}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(inbox('carol@example.org').map((m) => m.subject)).toEqual([`[CQC watchlist] Certificate ${watched.number} is now Suspended`]);
    expect(inbox('dave@example.org')).toHaveLength(1);
    expect(inbox('bob@example.org')).toEqual([]);
    expect(inbox('erin@example.org')).toEqual([]);
    expect(await dispatch()).toEqual({ mails: 0 });

    // Two dispatchers at once: each follower is written (and mailed) once.
    mails.length = 0;
    await change(RESTORE, watched.number);
    const results = await Promise.all([dispatch(), dispatch()]);
    expect(results.map((r) => r.mails).sort()).toEqual([0, 3]);
    await Promise.all([deliver(), deliver()]);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['alice@example.org', 'carol@example.org', 'dave@example.org']);
    expect(inbox('carol@example.org')[0]!.subject).toContain('is now Valid');

    // Unsubscribing: over GraphQL (alice), by the RFC 8058 one-click POST (carol, twice: idempotent); a GET does nothing (dave).
    const carolToken = tokenAfter(inbox('carol@example.org')[0]!.text, '/watch/unsubscribe');
    const daveToken = tokenAfter(inbox('dave@example.org')[0]!.text, '/watch/unsubscribe');
    expect((await p.gql(UNSUBSCRIBE, { t: unsubscribeToken })).data.unsubscribe).toEqual({ kind: 'CERTIFICATE', target: watched.number, status: 'UNSUBSCRIBED' });
    for (let i = 0; i < 2; i++) {
      const res = await request(p.app).post(`/registry/watch/unsubscribe?token=${carolToken}`).type('form').send('List-Unsubscribe=One-Click');
      expect(res.status).toBe(200);
    }
    await request(p.app).get(`/registry/watch/unsubscribe?token=${daveToken}`);
    expect((await request(p.app).post('/registry/watch/unsubscribe?token=nonsense')).status).toBe(404);
    mails.length = 0;
    await change(SUSPEND, watched.number);
    await dispatch();
    await deliver();
    expect(mails.map((m) => m.to[0])).toEqual(['dave@example.org']);
  });

  it('refuses unknown targets and bad addresses with typed errors, and limits requests per address and day', async () => {
    expect((await p.gql(FOLLOW, { e: 'x@example.org', n: ['CQC-NO-SUCH'] })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'certificateNumbers', unknown: ['CQC-NO-SUCH'] });
    expect((await p.gql(FOLLOW_MODEL, { e: 'x@example.org', d: 'NO-SUCH-MODEL' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await p.gql(FOLLOW_MAKER, { e: 'x@example.org', m: '00000000-0000-0000-0000-000000000000' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await p.gql(FOLLOW, { e: 'not-an-address', n: [unrelated] })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect((await p.gql(CONFIRM, { t: 'x'.repeat(43) })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (let i = 0; i < 5; i++) expect((await p.gql(FOLLOW, { e: 'flood@example.org', n: [unrelated] })).errors).toBeUndefined();
    const refused = await p.gql(FOLLOW, { e: 'flood@example.org', n: [unrelated] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', reason: 'TOO_MANY_FOLLOW_REQUESTS' });
    expect((await p.pool.query(`select count(*)::int n from watch_subscription where email = 'flood@example.org'`)).rows[0].n).toBe(1);
  });
});
