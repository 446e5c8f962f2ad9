import { readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '@cqc/db';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { DEFAULT_MAX_DOCUMENT_BYTES } from './media-types.js';

/** A small but well-formed-looking PDF: the route checks the magic bytes, not the whole file. */
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n% 节能认证\n'), Buffer.alloc(3000, 7), Buffer.from('\n%%EOF\n')]);
const CHINESE_NAME = '申请书（盖章）2026.pdf';

let p: TestPlatform;
let tokens: Record<'enterprise' | 'otherEnterprise' | 'engineer' | 'lab' | 'regulator', string>;

beforeAll(async () => {
  p = await startTestPlatform();
  tokens = {
    enterprise: await p.loginAs(Role.ENTERPRISE, 0),
    otherEnterprise: await p.loginAs(Role.ENTERPRISE, 1),
    engineer: await p.loginAs(Role.ENGINEER),
    lab: await p.loginAs(Role.LAB),
    regulator: await p.loginAs(Role.REGULATOR),
  };
});
afterAll(() => p?.close());

function upload(token: string | undefined, content: Buffer, fileName: string, contentType: string, query = '') {
  let req = request(p.app).post(`/documents${query}`);
  if (token) req = req.set('authorization', `Bearer ${token}`);
  return req.attach('file', content, { filename: fileName, contentType });
}

function download(token: string | undefined, id: string) {
  let req = request(p.app).get(`/documents/${id}`).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    // Files come back as bytes; errors as JSON, like every other answer of the API.
    res.on('end', () => {
      const body = Buffer.concat(chunks);
      done(null, /json/.test(String(res.headers['content-type'])) ? JSON.parse(body.toString()) : body);
    });
  });
  if (token) req = req.set('authorization', `Bearer ${token}`);
  return req;
}

/** What an upload may leave behind: rows in stored_document and files in the storage folder. */
async function leftovers() {
  const { rows } = await p.pool.query<{ n: number }>('select count(*)::int as n from stored_document');
  const files = readdirSync(p.documentsDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  return { rows: rows[0]!.n, files };
}

const codeOf = (res: request.Response) => res.body.errors?.[0]?.extensions?.code;

describe('document upload and download over HTTP', () => {
  let documentId: string;

  it('an enterprise user uploads a PDF with a Chinese name and gets its id, size and hash', async () => {
    const res = await upload(tokens.enterprise, PDF, CHINESE_NAME, 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ fileName: CHINESE_NAME, mediaType: 'application/pdf', size: PDF.length });
    expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(res.headers.location).toBe(`/documents/${res.body.id}`);
    documentId = res.body.id;
  });

  it('the uploader downloads it byte-identical, as an attachment with its Chinese name', async () => {
    const res = await download(tokens.enterprise, documentId);
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-length']).toBe(String(PDF.length));
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const disposition = res.headers['content-disposition'] as string;
    expect(disposition).toMatch(/^attachment;/);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    expect(decodeURIComponent(encoded!)).toBe(CHINESE_NAME);
  });

  it('another organisation\'s enterprise user gets 404, as for an id that does not exist', async () => {
    const other = await download(tokens.otherEnterprise, documentId);
    expect(other.status).toBe(404);
    expect(codeOf(other)).toBe('NOT_FOUND');
    const unknown = await download(tokens.otherEnterprise, '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(other.body).toEqual(unknown.body);
    expect((await download(tokens.enterprise, 'not-a-uuid')).status).toBe(404);
  });

  it('an engineer of the certification body can download it', async () => {
    const res = await download(tokens.engineer, documentId);
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0);
  });

  it('REGULATOR users may read no documents: 403; a LAB user not an enterprise\'s: 404', async () => {
    const res = await download(tokens.regulator, documentId);
    expect(res.status).toBe(403);
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect((await download(tokens.lab, documentId)).status).toBe(404);
  });

  it('anonymous callers and unknown tokens get 401, for upload and download', async () => {
    for (const token of [undefined, 'not-a-real-token']) {
      const down = await download(token, documentId);
      expect(down.status).toBe(401);
      expect(codeOf(down)).toBe('UNAUTHENTICATED');
      const before = await leftovers();
      const up = await upload(token, PDF, 'a.pdf', 'application/pdf');
      expect(up.status).toBe(401);
      expect(codeOf(up)).toBe('UNAUTHENTICATED');
      expect(await leftovers()).toEqual(before);
    }
  });

  it('a LAB user uploads a report as its own lab\'s document (§4.2.4), but not for an enterprise: 403, nothing stored', async () => {
    const own = await upload(tokens.lab, PDF, 'report.pdf', 'application/pdf');
    expect(own.status).toBe(201);
    expect((await download(tokens.lab, own.body.id)).status).toBe(200);
    expect((await download(tokens.enterprise, own.body.id)).status).toBe(404);
    const { rows } = await p.pool.query<{ organisation_id: string }>(`select organisation_id from stored_document where id = $1`, [documentId]);
    const before = await leftovers();
    const res = await upload(tokens.lab, PDF, 'report.pdf', 'application/pdf', `?organisationId=${rows[0]!.organisation_id}`);
    expect(res.status).toBe(403);
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await leftovers()).toEqual(before);
  });

  it('an enterprise user cannot upload for another organisation: 403', async () => {
    const { rows } = await p.pool.query<{ id: string }>(`select o.id from organisation o join app_user u on u.organisation_id = o.id where u.email = $1`, [p.batch.users.filter((u) => u.role === Role.ENTERPRISE)[1]!.email]);
    const res = await upload(tokens.enterprise, PDF, 'a.pdf', 'application/pdf', `?organisationId=${rows[0]!.id}`);
    expect(res.status).toBe(403);
  });

  it('an engineer uploads a report on behalf of an enterprise, which its users can then read', async () => {
    const { rows } = await p.pool.query<{ organisation_id: string }>(`select organisation_id from stored_document where id = $1`, [documentId]);
    const res = await upload(tokens.engineer, PDF, 'inspection-report.pdf', 'application/octet-stream', `?organisationId=${rows[0]!.organisation_id}`);
    expect(res.status).toBe(201);
    expect(res.body.mediaType).toBe('application/pdf');
    expect((await download(tokens.enterprise, res.body.id)).status).toBe(200);
    expect((await download(tokens.otherEnterprise, res.body.id)).status).toBe(404);
  });

  it('refuses a file declared as PDF whose bytes are not a PDF (400) and keeps nothing', async () => {
    const before = await leftovers();
    const fake = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(5000, 1)]);
    const res = await upload(tokens.enterprise, fake, 'invoice.pdf', 'application/pdf');
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(await leftovers()).toEqual(before);
  });

  it('refuses a PNG declared as PDF rather than relabelling it', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);
    expect((await upload(tokens.enterprise, png, 'x.pdf', 'application/pdf')).status).toBe(400);
    expect((await upload(tokens.enterprise, png, 'x.png', 'image/png')).status).toBe(201);
  });

  it('refuses an empty file, a request without a file and a non-multipart body (400)', async () => {
    const before = await leftovers();
    const empty = await upload(tokens.enterprise, Buffer.alloc(0), 'empty.pdf', 'application/pdf');
    expect(empty.status).toBe(400);
    const noFile = await request(p.app).post('/documents').set('authorization', `Bearer ${tokens.enterprise}`).field('note', 'no file here');
    expect(noFile.status).toBe(400);
    expect(codeOf(noFile)).toBe('BAD_USER_INPUT');
    const json = await request(p.app).post('/documents').set('authorization', `Bearer ${tokens.enterprise}`).send({ file: 'x' });
    expect(json.status).toBe(400);
    expect(await leftovers()).toEqual(before);
  });

  it('refuses a file over the size limit with 413 and keeps nothing, not even a partial file', async () => {
    const before = await leftovers();
    const big = Buffer.concat([PDF.subarray(0, 16), Buffer.alloc(DEFAULT_MAX_DOCUMENT_BYTES + 1 - 16, 0x20)]);
    const res = await upload(tokens.enterprise, big, 'big.pdf', 'application/pdf');
    expect(res.status).toBe(413);
    expect(codeOf(res)).toBe('PAYLOAD_TOO_LARGE');
    expect(await leftovers()).toEqual(before);
  });

  it('accepts a file of exactly the size limit', async () => {
    const exact = Buffer.concat([PDF.subarray(0, 16), Buffer.alloc(DEFAULT_MAX_DOCUMENT_BYTES - 16, 0x20)]);
    const res = await upload(tokens.enterprise, exact, 'exact.pdf', 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body.size).toBe(DEFAULT_MAX_DOCUMENT_BYTES);
  });

  describe('on a listening server (raw HTTP, to control the body)', () => {
    let server: http.Server;
    let port: number;
    beforeAll(async () => {
      server = await p.listen(0, '127.0.0.1');
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    /** Starts a multipart upload of a PDF whose body is sent only as far as the test wants. */
    function startUpload(contentLength: number) {
      const boundary = 'cqc-test-boundary';
      const req = http.request({
        host: '127.0.0.1', port, method: 'POST', path: '/documents',
        headers: {
          authorization: `Bearer ${tokens.enterprise}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(contentLength),
        },
      });
      req.on('error', () => undefined);
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="part.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
      req.write(PDF);
      const response = new Promise<http.IncomingMessage>((done) => req.on('response', done));
      return { req, response };
    }

    it('answers 413 at once when the declared length is far over the limit, before the body is sent', async () => {
      const before = await leftovers();
      const { req, response } = startUpload(10 * DEFAULT_MAX_DOCUMENT_BYTES);
      const res = await response;
      expect(res.statusCode).toBe(413);
      expect(res.headers.connection).toBe('close');
      req.destroy();
      expect(await leftovers()).toEqual(before);
    });

    it('keeps nothing when the client goes away in the middle of the file', async () => {
      const before = await leftovers();
      const { req } = startUpload(PDF.length + 10_000);
      // Wait until the server is writing the partial file, then cut the connection…
      await vi.waitFor(async () => expect((await leftovers()).files).toBe(before.files + 1));
      req.destroy();
      // …and for the server's clean-up after it learns of the abort (a condition, not a timer).
      await vi.waitFor(async () => expect(await leftovers()).toEqual(before));
    });
  });
});
