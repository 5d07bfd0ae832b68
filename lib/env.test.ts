import { describe, expect, it } from "vitest";
import { readEnv, siteUrl } from "./env";

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
