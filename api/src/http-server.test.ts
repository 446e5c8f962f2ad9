import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, listen } from './http-server.js';

/** An app that reports what Express gives its handlers. */
function reportingApp() {
  const app = express();
  app.set('trust proxy', 'loopback');
  app.get('/report', (req, res) => {
    res.json({ ip: req.ip, query: req.query, ownApp: req.app === app, protocol: req.protocol });
  });
  return app;
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((done) => server.close(done));
});

async function get(server: http.Server, path: string) {
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
  return { status: response.status, body: await response.json() };
}

describe('the API HTTP server (http-server.ts)', () => {
  it('creates requests and responses with the app prototypes, so Express does not have to change them', async () => {
    const app = reportingApp();
    const server = await listen(app, 0, '127.0.0.1');
    servers.push(server);
    const seen: Array<[object | null, object | null]> = [];
    // Before Express's own listener: the objects as Node made them.
    server.prependListener('request', (req, res) => seen.push([Object.getPrototypeOf(req), Object.getPrototypeOf(res)]));

    const { status, body } = await get(server, '/report?a=1');
    expect(status).toBe(200);
    expect(body).toEqual({ ip: '203.0.113.7', query: { a: '1' }, ownApp: true, protocol: 'http' });
    expect(seen).toEqual([[app.request, app.response]]);
    expect(seen[0]![0]).toBeInstanceOf(http.IncomingMessage);
    expect(seen[0]![1]).toBeInstanceOf(http.ServerResponse);
  });

  it('leaves the app working on any other server (as supertest serves it), and a second server shares the prototypes', async () => {
    const app = reportingApp();
    const first = createHttpServer(app);
    const request = app.request;
    const second = createHttpServer(app);
    expect(app.request).toBe(request);
    const plain = http.createServer(app);
    for (const server of [first, second, plain]) {
      servers.push(server);
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const { status, body } = await get(server, '/report?b=2');
      expect(status).toBe(200);
      expect(body).toEqual({ ip: '203.0.113.7', query: { b: '2' }, ownApp: true, protocol: 'http' });
    }
  });

  it('rejects when the port is taken, instead of hanging', async () => {
    const taken = await listen(reportingApp(), 0, '127.0.0.1');
    servers.push(taken);
    const { port } = taken.address() as AddressInfo;
    await expect(listen(reportingApp(), port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
