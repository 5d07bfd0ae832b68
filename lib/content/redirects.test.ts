import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyContent } from "@/tests/fixtures/content-fixture";
import { renamedIndicatorRedirects } from "./redirects";

describe("renamedIndicatorRedirects", () => {
  it("redirects an old slug permanently on the page, the English page, both embeds and the API resource", () => {
    const dir = copyContent();
    writeFileSync(path.join(dir, "redirects.yaml"), "- { from: hotline-calls, to: hotline-calls-connected }\n");
    expect(renamedIndicatorRedirects(dir)).toEqual([
      { source: "/indicators/hotline-calls", destination: "/indicators/hotline-calls-connected", permanent: true },
      { source: "/en/indicators/hotline-calls", destination: "/en/indicators/hotline-calls-connected", permanent: true },
      { source: "/embed/indicators/hotline-calls", destination: "/embed/indicators/hotline-calls-connected", permanent: true },
      { source: "/embed/en/indicators/hotline-calls", destination: "/embed/en/indicators/hotline-calls-connected", permanent: true },
      { source: "/api/v1/indicators/hotline-calls", destination: "/api/v1/indicators/hotline-calls-connected", permanent: true },
    ]);
  });

  it("names the file when an entry is malformed", () => {
    const dir = copyContent();
    writeFileSync(path.join(dir, "redirects.yaml"), "- { from: Not A Slug, to: hotline-calls-connected }\n");
    expect(() => renamedIndicatorRedirects(dir)).toThrow(/content\/redirects\.yaml: 0\.from/);
  });
});
