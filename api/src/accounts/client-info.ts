import type { Request } from 'express';

/** What a sign-in records about the client, so the person can recognise the session later. */
export interface ClientInfo {
  address: string | null;
  userAgent: string | null;
}

/**
 * The web app signs people in from its server, so the API sees the web server's own User-Agent.
 * It names the browser's in this header instead, as it names the browser's address in
 * X-Forwarded-For (web/app/graphql.server.ts). Like that header, it is believed only from a
 * proxy Express trusts (TRUST_PROXY); anyone else's own User-Agent is taken.
 */
export const CLIENT_USER_AGENT_HEADER = 'x-client-user-agent';

const MAX_USER_AGENT = 512;

export function clientInfo(req: Request): ClientInfo {
  const trusts = req.app.get('trust proxy fn') as ((address: string, hop: number) => boolean) | undefined;
  const peer = req.socket.remoteAddress ?? '';
  const forwarded = trusts?.(peer, 0) ? header(req, CLIENT_USER_AGENT_HEADER) : null;
  const userAgent = forwarded ?? header(req, 'user-agent');
  return { address: (req.ip ?? peer) || null, userAgent: userAgent ? userAgent.slice(0, MAX_USER_AGENT) : null };
}

function header(req: Request, name: string): string | null {
  const value = req.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text && text.trim() !== '' ? text.trim() : null;
}
