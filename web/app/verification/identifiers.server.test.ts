import { AsyncLocalStorage } from "node:async_hooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { gql, graphql } from "../graphql.server";
import { identifiersFromCsv, identifiersFromText } from "./identifiers.server";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("batch verification input", () => {
  it("takes one identifier per line, skipping blank lines", () => {
    expect(identifiersFromText(" CQC1 \r\n\r\nXXM-250S\n  \n")).toEqual(["CQC1", "XXM-250S"]);
  });

  it("takes the named columns of a CSV (number, model, 证书编号, 型号), else its first column", () => {
    expect(identifiersFromCsv("\uFEFFname,证书编号,型号\nA,CQC1,\nB,,XXM-250S\n")).toEqual(["CQC1", "XXM-250S"]);
    expect(identifiersFromCsv("CQC1,whatever\n\"XXM 250S\",x\n")).toEqual(["CQC1", "XXM 250S"]);
    expect(identifiersFromCsv("Number;\nCQC2\n".replace(";", ""))).toEqual(["CQC2"]);
  });
});

describe("the API client", () => {
  const KEY = Symbol.for("cqc.web.requestContext");
  const holder = globalThis as { [KEY]?: AsyncLocalStorage<{ clientAddress: string }> };

  it("names the browser's address (from web/server.mjs) to the API, never a header the browser sent", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ data: { ok: true } }), { headers: { "content-type": "application/json" } }));
    vi.stubGlobal("fetch", fetch);
    holder[KEY] = new AsyncLocalStorage();
    try {
      const request = new Request("http://web.test/verify", { headers: { "x-forwarded-for": "198.51.100.66" } });
      await holder[KEY].run({ clientAddress: "203.0.113.9" }, () => graphql(gql<{ ok: boolean }>("query X { ok }"), {}, { request }));
      const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
      expect(init.headers).toMatchObject({ "x-forwarded-for": "203.0.113.9" });
    } finally {
      delete holder[KEY];
      vi.unstubAllGlobals();
    }
  });
});
