import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition.js';
import { acceptedMediaType } from './media-types.js';
import { cleanFileName } from './receive-file.js';

const head = (...bytes: number[]) => Buffer.concat([Buffer.from(bytes), Buffer.alloc(16)]);
const PDF = Buffer.from('%PDF-1.4\n');
const ZIP = head(0x50, 0x4b, 0x03, 0x04);
const OLE2 = head(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('acceptedMediaType (magic bytes decide, the declaration only picks within a family)', () => {
  it('accepts each type whose bytes match its declaration', () => {
    expect(acceptedMediaType(PDF, 'application/pdf', 'a.pdf')).toBe('application/pdf');
    expect(acceptedMediaType(head(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image/png', 'a.png')).toBe('image/png');
    expect(acceptedMediaType(head(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg', 'a.jpg')).toBe('image/jpeg');
    expect(acceptedMediaType(ZIP, DOCX, 'a.docx')).toBe(DOCX);
    expect(acceptedMediaType(ZIP, XLSX, 'a.xlsx')).toBe(XLSX);
    expect(acceptedMediaType(OLE2, 'application/msword', 'a.doc')).toBe('application/msword');
    expect(acceptedMediaType(OLE2, 'application/vnd.ms-excel', 'a.xls')).toBe('application/vnd.ms-excel');
  });

  it('with an unspecific declaration, takes the type from the bytes, and the extension within a family', () => {
    expect(acceptedMediaType(PDF, 'application/octet-stream', 'scan')).toBe('application/pdf');
    expect(acceptedMediaType(ZIP, 'application/octet-stream', '表格.XLSX')).toBe(XLSX);
    expect(acceptedMediaType(OLE2, '', 'old.doc')).toBe('application/msword');
    expect(acceptedMediaType(ZIP, 'application/octet-stream', 'archive.zip')).toBeNull();
  });

  it('refuses bytes of no accepted type, and a declaration the bytes contradict', () => {
    expect(acceptedMediaType(Buffer.from('MZ\x90\x00 executable'), 'application/pdf', 'a.pdf')).toBeNull();
    expect(acceptedMediaType(Buffer.from('<html><script>'), 'application/octet-stream', 'a.pdf')).toBeNull();
    expect(acceptedMediaType(PDF, 'image/png', 'a.png')).toBeNull();
    expect(acceptedMediaType(ZIP, 'application/zip', 'a.docx')).toBeNull();
    expect(acceptedMediaType(Buffer.alloc(0), 'application/pdf', 'a.pdf')).toBeNull();
  });

  it('ignores parameters and case of the declared type', () => {
    expect(acceptedMediaType(PDF, 'Application/PDF; charset=binary', 'a.pdf')).toBe('application/pdf');
  });
});

describe('file names', () => {
  it('keep no folders or control characters, and have a name even when sent none', () => {
    expect(cleanFileName('C:\\fakepath\\申请书.pdf')).toBe('申请书.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\r\nb.pdf')).toBe('ab.pdf');
    expect(cleanFileName(undefined)).toBe('document');
    expect(Array.from(cleanFileName('长'.repeat(300))).length).toBe(255);
  });

  it('are sent as an attachment with a UTF-8 name and an ASCII stand-in that cannot break the header', () => {
    expect(attachmentDisposition('报告 "final"(1).pdf')).toBe(
      `attachment; filename="__ _final_(1).pdf"; filename*=UTF-8''%E6%8A%A5%E5%91%8A%20%22final%22%281%29.pdf`,
    );
  });
});
