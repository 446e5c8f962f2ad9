import request from 'supertest';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform.js';
import { qrMatrix, verificationUrl } from './qr.js';

/** The text of every page, as a PDF reader extracts it (pdfkit writes a ToUnicode map for the CJK subset). */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join('\n');
}

/** Renders the QR modules as the PDF draws them (quiet zone of 4) into RGBA pixels and decodes them. */
function decodeQr(text: string): string | null {
  const qr = qrMatrix(text);
  const scale = 4;
  const side = (qr.size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const r = Math.floor(y / scale) - 4;
      const c = Math.floor(x / scale) - 4;
      if (r >= 0 && c >= 0 && r < qr.size && c < qr.size && qr.isDark(r, c)) pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return jsQR(pixels, side, side)?.data ?? null;
}

const pdfOf = (p: TestPlatform, path: string) =>
  request(p.app).get(path).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('the certificate document: a PDF per version with a QR code to the public page', () => {
  let p: TestPlatform;
  let number: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    // A certificate reissued after a supplier change: version 0 and version 1 differ.
    number = (await p.pool.query<{ number: string }>(
      `select c.number from certificate c join certificate_version v on v.certificate_id = c.id
       where v.kind = 'VARIATION' and v.version_no = 1 order by c.number limit 1`,
    )).rows[0]!.number;
  });
  afterAll(() => p?.close());

  it('streams the §8 contents of each version, with models, grades and key components; versions differ', async () => {
    const v0 = await pdfOf(p, `/registry/certificates/${number}/versions/0/certificate.pdf`).expect(200);
    expect(v0.headers['content-type']).toBe('application/pdf');
    expect(v0.headers['content-disposition']).toContain(`${number}-v0.pdf`);
    const bytes0 = v0.body as Buffer;
    expect(bytes0.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The font is subset: a certificate stays small.
    expect(bytes0.length).toBeLessThan(400_000);

    const [snapshot0, snapshot1] = (await p.pool.query<{ snapshot: any }>(
      `select v.snapshot from certificate_version v join certificate c on c.id = v.certificate_id where c.number = $1 order by v.version_no`, [number],
    )).rows.map((r) => r.snapshot);
    const text0 = await pdfText(bytes0);
    const compact = (s: string) => s.replace(/\s+/g, '');
    for (const expected of [number, snapshot0.applicant.nameZh, snapshot0.factory.addressZh, snapshot0.unitName, snapshot0.models[0].designation,
      snapshot0.models[0].grade, snapshot0.keyComponentConfigurations[0].components[0].supplier, snapshot0.basis[0], snapshot0.issuedOn, snapshot0.expiresOn,
      '中国质量认证中心', '版本 Version 0', verificationUrl('http://127.0.0.1:3000', number)]) {
      expect(compact(text0)).toContain(compact(expected));
    }

    const bytes1 = (await pdfOf(p, `/registry/certificates/${number}/versions/1/certificate.pdf`).expect(200)).body as Buffer;
    const text1 = await pdfText(bytes1);
    expect(compact(text1)).toContain(compact('版本 Version 1'));
    expect(compact(text1)).toContain(compact(snapshot1.issuedOn));
    expect(text1).not.toBe(text0);
  });

  it('encodes the public verification URL in the QR code', () => {
    const url = verificationUrl('https://registry.example.cn/', 'CQC24031462280');
    expect(url).toBe('https://registry.example.cn/certificates/CQC24031462280');
    expect(decodeQr(url)).toBe(url);
  });

  it('answers a typed 404 for an unknown certificate or version', async () => {
    for (const path of [`/registry/certificates/CQC00000000000/versions/0/certificate.pdf`, `/registry/certificates/${number}/versions/99/certificate.pdf`, `/registry/certificates/${number}/versions/x/certificate.pdf`]) {
      const res = await request(p.app).get(path).expect(404);
      expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });
});
