import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../content/load";
import { planReview } from "./apply";
import { checkPlan } from "./checks";
import { startReview } from "./intake";
import type { Review } from "./state";

const FIXTURES = path.resolve(import.meta.dirname, "../../tests/fixtures");
const TODAY = "2032-02-01";
/** What the fixture's database publishes: the bulletin's two figures. */
const PUBLISHED = [
  { indicatorSlug: "parks-pocket-parks-built", period: "2030", value: 12, qualifier: "exact" },
  { indicatorSlug: "parks-service-coverage", period: "unknown", value: 88.5, qualifier: "exact" },
];

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), "desk-apply-"));
  cpSync(path.join(FIXTURES, "second-city"), dir, { recursive: true });
  const source = { slug: "sampleton-report-2031", type: "government-report" as const, language: "zh-CN", title: { zh: "题", en: "Title" }, authors: ["样例市园林局"], publisher: null, published: "2032-01-20", url: null, retrieved: TODAY };
  const review = startReview(loadContent(dir), source, null, readFileSync(path.join(FIXTURES, "desk/sampleton-report-2031.txt"), "utf8"));
  const [c1, c2, c3, c4] = review.candidates;
  c1.decision = { kind: "series", indicator: "parks-pocket-parks-built" };
  c2.decision = { kind: "new", topic: "parks", slug: "parks-accessible-facilities", name: { zh: "公园无障碍设施覆盖率", en: "Parks with accessible facilities" }, description: { zh: "公园无障碍设施覆盖率", en: "Parks with accessible facilities" } };
  c4.decision = { kind: "reject" };
  return { dir, review, c3 };
}

const check = (dir: string, review: Review) => checkPlan(dir, planReview(dir, review, TODAY), PUBLISHED).problems;

describe("the content as the review leaves it, checked by the importer", () => {
  it("names an undecided figure, then a conflict, then a missing correction, each beside its figure", () => {
    const { dir, review, c3 } = setup();
    expect(check(dir, review).map((p) => [p.candidate, p.kind])).toEqual([["c3", "undecided"]]);

    c3.decision = { kind: "series", indicator: "parks-pocket-parks-built" };
    const conflict = check(dir, review);
    expect(conflict.map((p) => [p.candidate, p.kind])).toEqual([["c3", "conflict"]]);
    expect(conflict[0].message).toContain("content/topics/01-parks.yaml: indicator parks-pocket-parks-built, figures 1 and 3: field preferred: the sources disagree for 2030");

    c3.preferred = { which: "this", reason: "revised after review" };
    expect(check(dir, review).map((p) => [p.candidate, p.kind])).toEqual([["c3", "correction"]]);

    c3.correction = { date: TODAY, reason: "revised from 12 to 13" };
    expect(check(dir, review)).toEqual([]);
  });

  it("keeps the published figure when the editor prefers it: no correction needed", () => {
    const { dir, review, c3 } = setup();
    c3.decision = { kind: "series", indicator: "parks-pocket-parks-built" };
    c3.preferred = { which: "existing", reason: "the bulletin is the official count" };
    expect(check(dir, review)).toEqual([]);
    const parks = planReview(dir, review, TODAY).files["topics/01-parks.yaml"];
    expect(parks).toContain("checked: 2031-02-01, added: 2031-02-01, preferred: the bulletin is the official count }");
  });

  it("refuses a slug already taken and a quote edited away from the source", () => {
    const { dir, review, c3 } = setup();
    c3.decision = { kind: "reject" };
    const c2 = review.candidates[1];
    if (c2.decision?.kind === "new") c2.decision.slug = "parks-service-coverage";
    const taken = check(dir, review);
    expect(taken.some((p) => p.candidate === "c2" && p.kind === "slug" && p.message.includes("duplicate indicator slug"))).toBe(true);

    if (c2.decision?.kind === "new") c2.decision.slug = "parks-accessible-facilities";
    c2.figure.value = 76.5;
    expect(check(dir, review).map((p) => p.message)).toEqual([
      'content/topics/01-parks.yaml: indicator parks-accessible-facilities, figure 1: field value: content says 76.5, but "76.4%" reads as 76.4',
    ]);
  });

  it("writes a correction and a withdrawal of published figures with their entries", () => {
    const { dir, review, c3 } = setup();
    c3.decision = { kind: "reject" };
    review.withdrawals.push({ indicator: "parks-service-coverage", period: "unknown", date: TODAY, reason: "the bulletin does not say which year" });
    const plan = planReview(dir, review, TODAY);
    expect(plan.files["withdrawn.yaml"]).toContain(
      '- { indicator: parks-service-coverage, period: unknown, value: 88.5, date: 2032-02-01, reason: the bulletin does not say which year }',
    );
    // The indicator is left with no figure: the importer's own rule refuses it, and says so.
    expect(checkPlan(dir, plan, PUBLISHED).problems.map((p) => p.message).join("\n")).toContain("an indicator needs at least one figure");
  });

  it("writes a correction of a published figure beside it, and checks the corrected reading against the source", () => {
    const { dir, review, c3 } = setup();
    c3.decision = { kind: "reject" };
    review.amendments.push({ indicator: "parks-service-coverage", period: "unknown", value: 88, written: "88.5%", qualifier: "exact", quote: "全市公园绿地服务半径覆盖率达88.5%。", date: TODAY, reason: "typed wrongly" });
    const plan = planReview(dir, review, TODAY);
    expect(plan.files["topics/01-parks.yaml"]).toContain("{ date: 2032-02-01, old: 88.5, new: 88, reason: typed wrongly }");
    expect(checkPlan(dir, plan, PUBLISHED).problems.map((p) => p.message)).toEqual([
      'content/topics/01-parks.yaml: indicator parks-service-coverage, figure 1: field value: content says 88, but "88.5%" reads as 88.5',
    ]);
  });
});
