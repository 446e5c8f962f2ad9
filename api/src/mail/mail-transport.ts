import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  /** Extra header fields, e.g. List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post (RFC 8058). */
  headers?: Record<string, string>;
}

/** Sends e-mail: SMTP in production, a local mailbox folder (one .eml file per mail) by default. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
}

export function smtpTransport(url: string, from: string): MailTransport {
  const transport = nodemailer.createTransport(url);
  return { send: async (mail) => void (await transport.sendMail({ from, ...mail })) };
}

/**
 * Writes each mail as an RFC 822 file into `dir`, so a laptop or CI needs no mail server and a
 * person can open what applicants would receive.
 */
export function mailboxFolderTransport(dir: string, from: string): MailTransport {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let sequence = 0;
  return {
    async send(mail) {
      const info = await transport.sendMail({ from, ...mail });
      mkdirSync(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(++sequence).padStart(4, '0')}.eml`;
      writeFileSync(join(dir, name), info.message as Buffer);
    },
  };
}
