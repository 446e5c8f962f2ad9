import { afterEach, describe, expect, it, vi } from "vitest";
import { gql, graphql, GraphQLRequestError } from "./graphql.server";

const Doc = gql<{ registryInfo: { demoData: boolean } }>("query X { registryInfo { demoData } }");
const reply = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("graphql client", () => {
  it("posts JSON with the bearer token and returns data", async () => {
    const fetch = vi.fn(async () => reply({ data: { registryInfo: { demoData: true } } }));
    vi.stubGlobal("fetch", fetch);
    await expect(graphql(Doc, {}, { token: "t0k" })).resolves.toEqual({ registryInfo: { demoData: true } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(/\/graphql$/);
    expect(init.headers).toMatchObject({ "content-type": "application/json", authorization: "Bearer t0k" });
  });

  it("maps GraphQL errors to a typed error carrying extensions.code", async () => {
    vi.stubGlobal("fetch", async () => reply({ data: null, errors: [{ message: "no", extensions: { code: "BAD_CREDENTIALS" } }] }));
    const error = await graphql(Doc, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe("BAD_CREDENTIALS");
  });

  it("maps a network failure or a non-GraphQL answer to a 503", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("fetch failed");
    });
    expect(await graphql(Doc, {}).catch((e: unknown) => e)).toMatchObject({ init: { status: 503 } });
    vi.stubGlobal("fetch", async () => new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(await graphql(Doc, {}).catch((e: unknown) => e)).toMatchObject({ init: { status: 503 } });
  });
});
