import { describe, expect, it } from "vitest";
import { embedPath, localeOfPath, localizedPath, publicPathOf, publicPathOfPrerenderedFile, servedPagePath, stripLocalePrefix } from "./paths";

describe("the locale-prefix rule", () => {
  it("puts English under /en and Chinese at the root", () => {
    expect(localizedPath("zh", "/topics/hotline")).toBe("/topics/hotline");
    expect(localizedPath("en", "/topics/hotline")).toBe("/en/topics/hotline");
    expect(localizedPath("en", "/")).toBe("/en");
    expect(stripLocalePrefix("/en/topics/x")).toBe("/topics/x");
    expect(stripLocalePrefix("/zh")).toBe("/");
  });

  it("applies the same rule under /embed", () => {
    expect(embedPath("zh", "/indicators/x")).toBe("/embed/indicators/x");
    expect(embedPath("en", "/indicators/x")).toBe("/embed/en/indicators/x");
    expect(localeOfPath("/embed/en/indicators/x")).toBe("en");
    expect(localeOfPath("/embed/indicators/x")).toBe("zh");
    expect(localeOfPath("/en")).toBe("en");
  });

  it("maps Next's internal pages to public paths", () => {
    expect(publicPathOf("/zh")).toBe("/");
    expect(publicPathOf("/zh/topics/x")).toBe("/topics/x");
    expect(publicPathOf("/en/topics/x")).toBe("/en/topics/x");
    expect(publicPathOf("/embed/zh/indicators/x")).toBe("/embed/indicators/x");
    expect(publicPathOf("/embed/en/indicators/x")).toBe("/embed/en/indicators/x");
    expect(publicPathOfPrerenderedFile("zh.html")).toBe("/");
    expect(publicPathOfPrerenderedFile("en/indicators/x.html")).toBe("/en/indicators/x");
    expect(publicPathOfPrerenderedFile("embed/zh/indicators/x.html")).toBe("/embed/indicators/x");
    expect(publicPathOfPrerenderedFile("zh/feed.xml.body")).toBe("/feed.xml");
    expect(publicPathOfPrerenderedFile("_not-found.html")).toBeNull();
    expect(publicPathOfPrerenderedFile("og/zh/home.png.body")).toBeNull();
  });

  it("names the page a query rewrite serves, so its CSP hashes are that page's", () => {
    const en = new URLSearchParams("lang=en");
    expect(servedPagePath("/embed/indicators/x", en)).toBe("/embed/en/indicators/x");
    expect(servedPagePath("/embed/en/indicators/x", en)).toBe("/embed/en/indicators/x");
    expect(servedPagePath("/embed/indicators/x", new URLSearchParams("lang=zh"))).toBe("/embed/indicators/x");
    // The rewrite applies to embeds only: a page's ?lang=en is not a language switch.
    expect(servedPagePath("/indicators/x", en)).toBe("/indicators/x");
  });
});
