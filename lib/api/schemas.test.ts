import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indicatorsQuery, searchPageQuery, searchQuery, slugPathParams, topicsQuery } from "./schemas";
import { buildOpenApi } from "./openapi";

describe("indicatorsQuery", () => {
  it("applies defaults and coerces numbers", () => {
    expect(indicatorsQuery.parse({})).toEqual({ page: 1, per_page: 20 });
    expect(indicatorsQuery.parse({ page: "2", per_page: "5", topic: "hotline", period: "2024", q: "热线" })).toMatchObject({
      page: 2,
      per_page: 5,
      topic: "hotline",
    });
  });

  it("treats empty values as absent, as an empty HTML form field sends them", () => {
    expect(indicatorsQuery.parse({ topic: "", q: "", page: "" })).toEqual({ page: 1, per_page: 20 });
  });

  it.each([
    [{ page: "0" }, "page"],
    [{ page: "abc" }, "page"],
    [{ page: "1.5" }, "page"],
    [{ per_page: "101" }, "per_page"],
    [{ period: "2024-2019" }, "period"],
    [{ period: "last year" }, "period"],
    [{ topic: "Hotline!" }, "topic"],
    [{ q: "x".repeat(101) }, "q"],
    [{ lang: "fr" }, "lang"],
  ])("refuses %j, naming %s", (input, name) => {
    const result = indicatorsQuery.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path[0]).toBe(name);
    expect(result.error!.issues[0].message).toMatch(/\S/);
  });

  it("refuses unknown parameters", () => {
    const result = indicatorsQuery.safeParse({ pgae: "2" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["pgae"] });
  });
});

describe("searchQuery", () => {
  it("requires q and trims it", () => {
    expect(searchQuery.safeParse({}).success).toBe(false);
    expect(searchQuery.safeParse({ q: "   " }).success).toBe(false);
    expect(searchQuery.parse({ q: " 热线 " })).toEqual({ q: "热线", page: 1, limit: 20 });
  });
  it("bounds limit, page and the length of q", () => {
    expect(searchQuery.safeParse({ q: "a", limit: "51" }).success).toBe(false);
    expect(searchQuery.safeParse({ q: "a", page: "-1" }).error?.issues[0].message).toBe("page: a whole number from 1 to 1000");
    expect(searchQuery.safeParse({ q: "a", page: "0" }).success).toBe(false);
    expect(searchQuery.safeParse({ q: "a".repeat(101) }).error?.issues[0].message).toBe("q: at most 100 characters");
  });
  it("refuses a query of only invisible characters (q=%00 would otherwise match everything)", () => {
    expect(searchQuery.safeParse({ q: "\u0000" }).error?.issues[0].message).toBe("q: at least 1 visible character");
    expect(searchQuery.safeParse({ q: "\u200b\u0000" }).success).toBe(false);
  });
  it("is the page's schema too, which ignores parameters it does not know", () => {
    expect(searchPageQuery.parse({ q: "热线", page: "2", utm_source: "x" })).toEqual({ q: "热线", page: 2 });
    expect(searchPageQuery.safeParse({ q: "a".repeat(101) }).error?.issues[0].message).toBe("q: at most 100 characters");
  });
});

it("slugs are lower-case words joined by hyphens", () => {
  expect(slugPathParams.safeParse({ slug: "hotline-satisfaction-rate" }).success).toBe(true);
  expect(slugPathParams.safeParse({ slug: "../etc" }).success).toBe(false);
  expect(topicsQuery.safeParse({ lang: "en" }).success).toBe(true);
});

/** Every route handler under app/api/v1 as an OpenAPI path ([slug] → {slug}), the document itself excepted. */
function apiRoutesInTree(dir = path.resolve("app/api/v1"), prefix = "/api/v1"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return entry.name === "route.ts" ? [prefix] : [];
    if (entry.name === "openapi.json") return [];
    return apiRoutesInTree(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(.+)\]$/, "{$1}")}`);
  });
}

describe("OpenAPI document", () => {
  const doc = buildOpenApi();
  it("is OpenAPI 3.1 and documents exactly the routes under app/api/v1", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(apiRoutesInTree().sort());
    expect(Object.keys(doc.paths)).toContain("/api/v1/indicators/{slug}");
  });
  it("documents the query parameters from the zod schemas", () => {
    const params = doc.paths["/api/v1/indicators"].get.parameters as { name: string; required: boolean; schema: { maximum?: number } }[];
    expect(params.map((p) => p.name)).toEqual(["topic", "period", "q", "page", "per_page", "lang"]);
    expect(params.find((p) => p.name === "per_page")!.schema.maximum).toBe(100);
    const search = doc.paths["/api/v1/search"].get.parameters as { name: string; required: boolean }[];
    expect(search.find((p) => p.name === "q")!.required).toBe(true);
    expect(search.find((p) => p.name === "limit")!.required).toBe(false);
  });
  it("declares a public API on a relative server, so it is right on any host", () => {
    expect(doc.security).toEqual([]);
    expect(doc.servers).toEqual([{ url: "/", description: expect.any(String) }]);
  });
  it("has response schemas", () => {
    expect(Object.keys(doc.components.schemas)).toContain("IndicatorDetail");
    expect(JSON.stringify(doc.components.schemas.Error)).toContain("invalid_parameter");
  });
});
