import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { SYSTEM } from '../case/run-case-command.js';
import { withdrawModel } from './model-withdrawal.js';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const PUBLIC = `query($n: String!) { certificate(number: $n) { status models { designation status withdrawnOn } statusHistory { kind modelDesignation reasonCode publicReasonZh } } }`;

describe('model withdrawal (§7.2 "撤销该型号获证证书")', () => {
  let p: TestPlatform;
  let number: string;
  let models: string[];
  const reason = (designation: string) => ({ designation, clause: '§7.2', publicReasonZh: '监督检测不合格且未按期整改', publicReasonEn: 'Failed surveillance testing, not rectified in time' });

  beforeAll(async () => {
    p = await startTestPlatform();
    const { rows } = await p.pool.query(`select c.number, array_agg(m.designation order by m.designation) models from certificate c
      join product_model m on m.unit_id = c.unit_id and m.status = 'IN_SCOPE' where c.status = 'VALID'
      group by c.number having count(*) = 2 order by c.number limit 1`);
    ({ number, models } = rows[0]);
  });
  afterAll(() => p?.close());

  const ctx = (viewer: unknown = SYSTEM) => ({ em: p.db.orm.em.fork(), viewer: viewer as typeof SYSTEM, clock: p.clock });

  it('withdraws one model with a public history entry, audit and outbox; the registry follows', async () => {
    expect(await withdrawModel(ctx(), number, reason(models[0]!))).toEqual({ revoked: false });
    const audit = await p.pool.query(`select count(*)::int n from audit_event where action = 'certificate.model_withdrawn' and payload->>'number' = $1`, [number]);
    expect(audit.rows[0].n).toBe(1);
    const outbox = await p.pool.query(`select count(*)::int n from outbox_event where type = 'certificate.status-changed' and payload->>'certificateNumber' = $1`, [number]);
    expect(outbox.rows[0].n).toBe(1);
    await p.project();
    const pub = (await p.gql(PUBLIC, { n: number })).data.certificate;
    expect(pub.status).toBe('VALID');
    expect(pub.models.find((m: { designation: string }) => m.designation === models[0])).toMatchObject({ status: 'WITHDRAWN', withdrawnOn: '2026-11-25' });
    expect(pub.statusHistory.at(-1)).toMatchObject({ kind: 'MODEL_WITHDRAWN', modelDesignation: models[0], publicReasonZh: '监督检测不合格且未按期整改' });
  });

  it('refuses a withdrawn or unknown model and other roles than the decider, writing nothing', async () => {
    const events = async () => (await p.pool.query(`select count(*)::int n from certificate_status_event e join certificate c on c.id = e.certificate_id where c.number = $1`, [number])).rows[0].n;
    const before = await events();
    await expect(withdrawModel(ctx(), number, reason(models[0]!))).rejects.toMatchObject({ extensions: { code: 'ILLEGAL_TRANSITION' } });
    await expect(withdrawModel(ctx(), number, reason('NOPE'))).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'designation' } });
    const engineer = { userId: 'x', role: Role.ENGINEER, organisationId: 'y', sessionId: 'z' };
    await expect(withdrawModel(ctx(engineer), number, reason(models[1]!))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await events()).toBe(before);
  });

  it('revokes the certificate when its last model is withdrawn, with the scheme’s reason (R10)', async () => {
    expect(await withdrawModel(ctx(), number, reason(models[1]!))).toEqual({ revoked: true });
    await p.project();
    const pub = (await p.gql(PUBLIC, { n: number })).data.certificate;
    expect(pub.status).toBe('REVOKED');
    expect(pub.statusHistory.slice(-2).map((e: { kind: string; reasonCode: string | null }) => [e.kind, e.reasonCode])).toEqual([['MODEL_WITHDRAWN', null], ['REVOKED', 'R10']]);
    await expect(withdrawModel(ctx(), number, reason(models[1]!))).rejects.toMatchObject({ extensions: { code: 'ILLEGAL_TRANSITION' } });
  });
});
