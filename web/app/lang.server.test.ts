import { describe, expect, it } from "vitest";
import { resolveLang } from "./lang.server";

describe("resolveLang", () => {
  const request = (url: string, cookie?: string) =>
    new Request(`http://registry.test${url}`, { headers: cookie ? { Cookie: cookie } : {} });

  it("defaults to Chinese, follows the cookie, and lets ?lang= win and be remembered", () => {
    expect(resolveLang(request("/"))).toEqual({ lang: "zh" });
    expect(resolveLang(request("/", "a=1; lang=en"))).toEqual({ lang: "en" });
    expect(resolveLang(request("/?lang=en", "lang=zh")).setCookie).toMatch(/^lang=en;/);
    expect(resolveLang(request("/?lang=en", "lang=en")).setCookie).toBeUndefined();
    expect(resolveLang(request("/?lang=fr", "lang=xx"))).toEqual({ lang: "zh" });
  });
});
