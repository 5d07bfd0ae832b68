import { describe, expect, it } from "vitest";
import { scriptHash } from "../security/csp";
import { ON_DEMAND_PAGE, OnDemandPages } from "./on-demand-pages";

const html = (n: number) => Buffer.from(`<!DOCTYPE html><html><body><p>${n}</p><script>self.x=${n}</script><script src="/_next/static/a.js" nonce="abc"></script></body></html>`);

describe("OnDemandPages", () => {
  it("keeps a 200 HTML page with a CSP that allows its inline scripts by hash, not by nonce", () => {
    const pages = new OnDemandPages();
    expect(pages.put("/indicators/a", 200, "text/html; charset=utf-8", html(1))).toBe(true);
    const page = pages.get("/indicators/a")!;
    expect(page.body).toEqual(html(1));
    expect(page.headers["Content-Security-Policy"]).toContain(scriptHash("self.x=1"));
    expect(page.headers["Content-Security-Policy"]).not.toContain("nonce-");
    expect(page.headers["X-Frame-Options"]).toBe("DENY");
  });

  it("lets embeds be framed", () => {
    const pages = new OnDemandPages();
    pages.put("/embed/indicators/a", 200, "text/html", html(1));
    expect(pages.get("/embed/indicators/a")!.headers["X-Frame-Options"]).toBeUndefined();
  });

  it.each([
    [404, "text/html"],
    [308, "text/html"],
    [200, "text/x-component"],
  ])("never keeps a %i %s answer", (status, type) => {
    const pages = new OnDemandPages();
    expect(pages.put("/indicators/a", status, type, html(1))).toBe(false);
    expect(pages.get("/indicators/a")).toBeUndefined();
  });

  it("drops the least recently used page beyond its count", () => {
    const pages = new OnDemandPages({ entries: 2, bytes: 1024 * 1024 });
    pages.put("/indicators/a", 200, "text/html", html(1));
    pages.put("/indicators/b", 200, "text/html", html(2));
    pages.get("/indicators/a");
    pages.put("/indicators/c", 200, "text/html", html(3));
    expect(pages.size).toBe(2);
    expect(pages.get("/indicators/b")).toBeUndefined();
    expect(pages.get("/indicators/a")).toBeDefined();
  });

  it("covers figure pages and embeds in both languages, nothing else", () => {
    expect(["/indicators/a-b", "/en/indicators/a", "/embed/indicators/a"].every((p) => ON_DEMAND_PAGE.test(p))).toBe(true);
    expect(["/topics/a", "/indicators/a/b", "/api/v1/indicators/a", "/indicators/"].some((p) => ON_DEMAND_PAGE.test(p))).toBe(false);
  });
});
