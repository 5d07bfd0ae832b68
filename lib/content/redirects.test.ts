import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyContent } from "@/tests/fixtures/content-fixture";
import { renamedIndicatorRedirects } from "./redirects";

describe("renamedIndicatorRedirects", () => {
  it("redirects an old slug permanently at every address: pages, embeds, share images, downloads and the API resource", () => {
    const dir = copyContent();
    writeFileSync(path.join(dir, "redirects.yaml"), "- { from: hotline-calls, to: hotline-calls-connected }\n");
    const pairs = [
      "/indicators/:s",
      "/en/indicators/:s",
      "/embed/indicators/:s",
      "/embed/en/indicators/:s",
      "/og/zh/indicators/:s.png",
      "/og/zh/cards/:s.png",
      "/og/en/indicators/:s.png",
      "/og/en/cards/:s.png",
      "/data/indicators/:s.csv",
      "/data/indicators/:s.json",
      "/data/indicators/:s.xlsx",
      "/api/v1/indicators/:s",
    ].map((address) => ({
      source: address.replace(":s", "hotline-calls"),
      destination: address.replace(":s", "hotline-calls-connected"),
      permanent: true,
    }));
    expect(renamedIndicatorRedirects(dir)).toEqual(pairs);
  });

  it("names the file when an entry is malformed", () => {
    const dir = copyContent();
    writeFileSync(path.join(dir, "redirects.yaml"), "- { from: Not A Slug, to: hotline-calls-connected }\n");
    expect(() => renamedIndicatorRedirects(dir)).toThrow(/content\/redirects\.yaml: 0\.from/);
  });
});
