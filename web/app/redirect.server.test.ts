import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect.server";

describe("safeRedirectPath", () => {
  it("accepts same-site paths only", () => {
    expect(safeRedirectPath("/certificates/CQC26000000123?x=1")).toBe("/certificates/CQC26000000123?x=1");
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example", "", null]) {
      expect(safeRedirectPath(bad)).toBe("/");
    }
  });
});
