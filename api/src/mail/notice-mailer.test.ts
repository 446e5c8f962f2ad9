import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Notice, Organisation, OrganisationKind } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { mailboxFolderTransport } from './mail-transport.js';
import { deliverPendingNotices } from './notice-mailer.js';

describe('notice e-mails', () => {
  let p: TestPlatform;
  let mailbox: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    mailbox = mkdtempSync(join(tmpdir(), 'cqc-mailbox-'));
  });
  afterAll(async () => {
    rmSync(mailbox, { recursive: true, force: true });
    await p.close();
  });

  it('go to the applicant’s enterprise users once, and are marked sent', async () => {
    const em = p.db.orm.em.fork();
    const ouneng = await em.findOneOrFail(Organisation, { nameZh: { $like: '%瓯能%' } });
    const lab = await em.findOneOrFail(Organisation, { kind: OrganisationKind.LAB });
    const at = p.clock.now();
    const mk = (recipient: Organisation) => em.create(Notice, {
      recipient, kind: 'ACCEPTED', clause: '§3.3', titleZh: '认证委托已受理', titleEn: 'Application accepted',
      bodyZh: '认证委托 A2026-000001 已受理。', bodyEn: 'Application A2026-000001 has been accepted.', createdAt: at,
    });
    const toApplicant = mk(ouneng);
    const toNobody = mk(lab); // an organisation without enterprise users
    await em.flush();

    const transport = mailboxFolderTransport(mailbox, 'CQC <noreply@cqc-breakers.test>');
    expect(await deliverPendingNotices(p.db.orm, transport, at)).toEqual({ sent: 1 });
    expect(await deliverPendingNotices(p.db.orm, transport, at)).toEqual({ sent: 0 });

    const files = readdirSync(mailbox);
    expect(files).toHaveLength(1);
    const message = readFileSync(join(mailbox, files[0]!), 'utf8');
    expect(message).toMatch(/^To: enterprise@demo\.cqc-breakers\.test$/m);
    expect(message).toMatch(/^Subject: =\?UTF-8\?/m); // encoded Chinese subject
    const fresh = p.db.orm.em.fork();
    expect((await fresh.findOneOrFail(Notice, { id: toApplicant.id })).emailStatus).toBe('SENT');
    expect((await fresh.findOneOrFail(Notice, { id: toNobody.id })).emailStatus).toBe('NO_RECIPIENT');
  });
});
