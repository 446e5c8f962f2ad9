import { describe, expect, it } from "vitest";
import { parseSearchState } from "./search-state";
import { firstPageHref, nextPageHref, previousPageHref } from "./search-url";

const state = (href: string) => parseSearchState(new URL(href, "http://registry.test"));

describe("search URL state", () => {
  it("keeps only known statuses and product types and a positive frame current", () => {
    const s = state("/?q=%20正泰%20&status=VALID&status=BOGUS&productType=MCCB&frameCurrent=250x");
    expect(s).toMatchObject({ q: "正泰", status: ["VALID"], productType: ["MCCB"], frameCurrent: 250 });
    expect(state("/?frameCurrent=-5").frameCurrent).toBeNull();
  });

  it("walks forward and back through pages with a cursor stack, keeping the filters", () => {
    const page1 = state("/?q=nxm&status=VALID");
    const href2 = nextPageHref(page1, "c1");
    expect(href2).toBe("/?q=nxm&status=VALID&after=c1&prev=");
    const page2 = state(href2);
    const href3 = nextPageHref(page2, "c2");
    const page3 = state(href3);
    expect(page3).toMatchObject({ after: "c2", prev: ["", "c1"] });
    expect(previousPageHref(page3)).toBe(href2);
    expect(previousPageHref(page2)).toBe("/?q=nxm&status=VALID");
    expect(firstPageHref(page3)).toBe("/?q=nxm&status=VALID");
  });
});
