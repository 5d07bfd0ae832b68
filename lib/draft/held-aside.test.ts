import { readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { draftFigures } from "@/lib/draft/draft";
import { existingIndicators } from "@/lib/draft/existing";
import { FIXTURE_DIR, scoreDraft, type Expected } from "../../tests/fixtures/draft/score";

/**
 * Texts written, with their figures, before the drafter ever ran on them and never used for tuning
 * (tests/fixtures/draft/held-aside/). Recall: the text's figures drafted with their written form and
 * value. Precision: candidates that are figures of the text. Qualifier accuracy: of the figures found,
 * those with the right qualifier. The expected file records what the first run missed and drafted wrongly.
 */

const HELD_ASIDE = ["district-bulletin", "county-work-report", "news-report", "health-bulletin", "district-work-report", "labour-bulletin", "county-news"];
const content = loadContent(path.resolve("content"));
const options = { units: content.units, indicators: existingIndicators(content) };
const rows: string[] = [];
const totals = { figures: 0, found: 0, candidates: 0, real: 0, rightQualifier: 0 };
const first = { found: 0, candidates: 0, real: 0, rightQualifier: 0 };

const read = (name: string) => ({
  text: readFileSync(path.join(FIXTURE_DIR, "held-aside", `${name}.txt`), "utf8"),
  expected: YAML.parse(readFileSync(path.join(FIXTURE_DIR, "held-aside", `${name}.expected.yaml`), "utf8")) as Expected & {
    wrongQualifier?: string[];
    /** What the drafter gave the first time it ran on the text, before any change made for it. */
    firstRun: { missed: string[]; notFigures: string[]; wrongQualifier?: string[] };
  },
});

describe.each(HELD_ASIDE)("held-aside text %s", (name) => {
  it("drafts its figures as the first run did: misses, wrong qualifiers and non-figures recorded", () => {
    const { text, expected } = read(name);
    const draft = draftFigures(text, options);
    // Found by written form and value; the qualifier is scored apart.
    const loose = scoreDraft(
      { ...draft, candidates: draft.candidates.map((c) => ({ ...c, qualifier: "exact" })) },
      expected.figures.map((f) => [f[0], f[1], "exact", f[3], f[4], f[5]]),
    );
    const strict = scoreDraft(draft, expected.figures);
    const wrongQualifier = loose.found - strict.found;
    totals.figures += loose.figures;
    totals.found += loose.found;
    totals.candidates += loose.candidates;
    totals.real += loose.candidates - loose.notFigures.length;
    totals.rightQualifier += strict.found;
    const run = expected.firstRun;
    first.found += loose.figures - run.missed.length;
    first.real += loose.figures - run.missed.length;
    first.candidates += loose.figures - run.missed.length + run.notFigures.length;
    first.rightQualifier += loose.figures - run.missed.length - (run.wrongQualifier?.length ?? 0);
    rows.push(
      `${name.padEnd(20)} figures ${loose.figures}  found ${loose.found}  candidates ${loose.candidates}  not figures ${loose.notFigures.length}` +
        `${loose.notFigures.length ? ` (${loose.notFigures.join(", ")})` : ""}  wrong qualifier ${wrongQualifier}` +
        `  right period ${loose.rightPeriod}, level/change ${loose.rightChange}, unit ${loose.rightUnit}`,
    );
    expect(loose.missed.map((f) => f[0])).toEqual(expected.missed ?? []);
    expect(loose.notFigures).toEqual(expected.notFigures ?? []);
    expect(strict.missed.map((f) => f[0]).filter((w) => !(expected.missed ?? []).includes(w))).toEqual(expected.wrongQualifier ?? []);
  });
});

afterAll(() => {
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(
    `held-aside drafting, first runs (before any change made for these texts): ` +
      `recall ${pct(first.found, totals.figures)} (${first.found}/${totals.figures}), ` +
      `precision ${pct(first.real, first.candidates)} (${first.real}/${first.candidates}), ` +
      `qualifier accuracy ${pct(first.rightQualifier, first.found)} (${first.rightQualifier}/${first.found})`,
  );
  console.log(
    `held-aside drafting now\n${rows.join("\n")}\n` +
      `recall ${pct(totals.found, totals.figures)} (${totals.found}/${totals.figures}), ` +
      `precision ${pct(totals.real, totals.candidates)} (${totals.real}/${totals.candidates}), ` +
      `qualifier accuracy ${pct(totals.rightQualifier, totals.found)} (${totals.rightQualifier}/${totals.found})`,
  );
});
