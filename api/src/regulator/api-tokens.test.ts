import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';

const CREATE = `mutation($name: String!) { createApiToken(name: $name) { secret token { id name organisationId createdByName lastUsedAt revokedAt } } }`;
const LIST = `{ apiTokens { id name organisationId lastUsedAt revokedAt } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;
const READ = `{ regulatorCounts { total } }`;

describe('regulator API tokens', () => {
  let p: TestPlatform;
  let regulator: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    regulator = await p.loginAs(Role.REGULATOR);
  });
  afterAll(() => p.close());

  it('are created with a secret shown once, stored only as a hash, listed without it, and audited', async () => {
    const created = await p.gql(CREATE, { name: ' 市场监管数据接口 ' }, regulator);
    expect(created.errors).toBeUndefined();
    const { secret, token } = created.data.createApiToken;
    expect(secret).toMatch(/^cqcr_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: '市场监管数据接口', lastUsedAt: null, revokedAt: null, createdByName: expect.any(String) });

    const { rows } = await p.pool.query(`select * from api_token where id = $1`, [token.id]);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(secret.slice(5));
    const audit = await p.pool.query(`select action, actor_role, payload from audit_event where aggregate_type = 'api-token' and aggregate_id = $1`, [token.id]);
    expect(audit.rows).toEqual([{ action: 'api-token.created', actor_role: 'REGULATOR', payload: { name: '市场监管数据接口' } }]);

    const list = await p.gql(LIST, {}, regulator);
    expect(list.data.apiTokens).toContainEqual({ id: token.id, name: '市场监管数据接口', organisationId: token.organisationId, lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it('authenticate as a REGULATOR, recording the last use at most once a minute; revoked tokens are refused like expired sessions', async () => {
    const { secret, token } = (await p.gql(CREATE, { name: 'feed reader' }, regulator)).data.createApiToken;
    const first = await p.gql(READ, {}, secret);
    expect(first.errors).toBeUndefined();
    expect(first.data.regulatorCounts.total).toBeGreaterThan(0);
    const usedAt = async () => (await p.pool.query(`select last_used_at from api_token where id = $1`, [token.id])).rows[0].last_used_at as Date;
    const firstUse = await usedAt();
    expect(firstUse.getTime()).toBe(p.clock.now().getTime());

    p.clock.advance(30_000);
    await p.gql(READ, {}, secret);
    expect((await usedAt()).getTime()).toBe(firstUse.getTime());
    p.clock.advance(31_000);
    await p.gql(READ, {}, secret);
    expect((await usedAt()).getTime()).toBe(p.clock.now().getTime());
    const listed = (await p.gql(LIST, {}, regulator)).data.apiTokens.find((t: { id: string }) => t.id === token.id);
    expect(new Date(listed.lastUsedAt).getTime()).toBe(p.clock.now().getTime());

    // A token may read but not manage tokens, nor log out.
    expect((await p.gql(CREATE, { name: 'more' }, secret)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.gql(`mutation { logout }`, {}, secret)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const revoked = await p.gql(REVOKE, { id: token.id }, regulator);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data.revokeApiToken.revokedAt).not.toBeNull();
    const refused = await p.gql(READ, {}, secret);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await p.gql(`{ me { id } }`, {}, secret)).data.me).toBeNull();
    const audit = await p.pool.query(`select action from audit_event where aggregate_type = 'api-token' and aggregate_id = $1 order by id`, [token.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['api-token.created', 'api-token.revoked']);
  });

  it('are refused to enterprises and the public; an administrator lists and revokes any, other roles none', async () => {
    const enterprise = await p.loginAs(Role.ENTERPRISE);
    expect((await p.gql(CREATE, { name: 'x' }, enterprise)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.gql(LIST, {}, enterprise)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.gql(READ, {}, enterprise)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.gql(CREATE, { name: 'x' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await p.gql(READ, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await p.gql(READ, {}, 'cqcr_' + 'A'.repeat(43))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const { token } = (await p.gql(CREATE, { name: 'leaked' }, regulator)).data.createApiToken;
    expect((await p.gql(REVOKE, { id: token.id }, enterprise)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await p.loginAs(Role.ADMIN);
    expect((await p.gql(CREATE, { name: 'x' }, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await p.gql(LIST, {}, admin)).data.apiTokens.map((t: { id: string }) => t.id)).toContain(token.id);
    expect((await p.gql(REVOKE, { id: token.id }, admin)).data.revokeApiToken.revokedAt).not.toBeNull();
    expect((await p.gql(REVOKE, { id: '00000000-0000-0000-0000-000000000001' }, regulator)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await p.gql(CREATE, { name: '  ' }, regulator)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });
});
