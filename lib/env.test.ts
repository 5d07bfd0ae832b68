import { describe, expect, it } from "vitest";
import { loopbackSiteUrlWarning, readEnv, siteUrl } from "./env";

describe("siteUrl", () => {
  it("is SITE_URL when set, without its trailing slash, whatever PORT says", () => {
    expect(siteUrl({ SITE_URL: "https://indicators.example.org/", PORT: "3300" })).toBe("https://indicators.example.org");
  });

  it("defaults to the port the server listens on", () => {
    expect(siteUrl({ PORT: "3300" })).toBe("http://localhost:3300");
    expect(siteUrl({})).toBe("http://localhost:3000");
  });

  it("refuses a PORT or SITE_URL that is not one, naming it", () => {
    expect(() => readEnv({ PORT: "web" })).toThrow(/PORT: PORT must be a port number/);
    expect(() => readEnv({ PORT: "70000" })).toThrow(/PORT/);
    expect(() => readEnv({ SITE_URL: "indicators.example.org" })).toThrow(/SITE_URL: SITE_URL must be an absolute URL/);
  });
});

describe("readEnv", () => {
  it("reads every variable the portal uses, with its default", () => {
    expect(readEnv({})).toMatchObject({
      DATABASE_URL: "file:./data/portal.db",
      PORT: 3000,
      HOST: "0.0.0.0",
      PORTAL_PRERENDER_INDICATORS: 300,
      PORTAL_PAGE_MEMORY_MB: 128,
      SITE_URL_SET: false,
    });
    expect(readEnv({ HOST: "127.0.0.1", PORTAL_PRERENDER_INDICATORS: "0", PORTAL_PAGE_MEMORY_MB: "16", PORT: "" })).toMatchObject({
      HOST: "127.0.0.1",
      PORTAL_PRERENDER_INDICATORS: 0,
      PORTAL_PAGE_MEMORY_MB: 16,
      PORT: 3000,
    });
  });

  it.each([
    ["PORTAL_PRERENDER_INDICATORS", "-1"],
    ["PORTAL_PRERENDER_INDICATORS", "many"],
    ["PORTAL_PAGE_MEMORY_MB", "lots"],
    ["PORTAL_PAGE_MEMORY_MB", "0"],
    ["HOST", "my host"],
    ["DATABASE_URL", "postgres://x"],
  ])("refuses %s=%s with a message naming it", (name, value) => {
    expect(() => readEnv({ [name]: value })).toThrow(new RegExp(`${name}: ${name} must`));
  });

  it("parses the process environment once for the same values, again when one changes", () => {
    const first = readEnv();
    expect(readEnv()).toBe(first);
    const before = process.env.PORTAL_PAGE_MEMORY_MB;
    process.env.PORTAL_PAGE_MEMORY_MB = "7";
    try {
      expect(readEnv().PORTAL_PAGE_MEMORY_MB).toBe(7);
    } finally {
      if (before === undefined) delete process.env.PORTAL_PAGE_MEMORY_MB;
      else process.env.PORTAL_PAGE_MEMORY_MB = before;
    }
  });
});

describe("loopbackSiteUrlWarning", () => {
  it("warns when links point at loopback while the server listens beyond it", () => {
    expect(loopbackSiteUrlWarning(readEnv({ HOST: "0.0.0.0" }))).toMatch(/SITE_URL is http:\/\/localhost:3000 \(the default\), a loopback address/);
    expect(loopbackSiteUrlWarning(readEnv({ HOST: "192.0.2.7", SITE_URL: "http://127.0.0.1:3000" }))).toMatch(/listens on 192\.0\.2\.7:3000/);
  });

  it("is quiet for a public origin, or a server only this machine reaches", () => {
    expect(loopbackSiteUrlWarning(readEnv({ HOST: "0.0.0.0", SITE_URL: "https://indicators.example.org" }))).toBeNull();
    expect(loopbackSiteUrlWarning(readEnv({ HOST: "127.0.0.1" }))).toBeNull();
  });
});
