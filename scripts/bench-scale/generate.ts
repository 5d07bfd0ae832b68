import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";

/**
 * Synthetic content for `npm run bench:scale`, in the format of content/ (lib/content/schema.ts):
 * `years` × `sourcesPerYear` sources, each stating `figuresPerSource` figures in its own sentences.
 * Indicator k of source slot s has one figure per year, each from that year's source in slot s, so
 * there are sourcesPerYear × figuresPerSource indicators with `years` figures each. Every name, title
 * and sentence says it is synthetic; nothing here is a real statistic, and it is only ever written
 * to a temporary folder, never to content/.
 */
export type ScaleSize = { years: number; sourcesPerYear: number; figuresPerSource: number };

export type Generated = { sources: number; indicators: number; figures: number; topics: number };

const TOPICS = 10;
const FIRST_YEAR = 2015;
const DATE = "2026-01-01";
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const indicatorSlug = (slot: number, k: number) => `syn-s${pad(slot, 3)}-f${pad(k, 3)}`;
const sourceSlug = (year: number, slot: number) => `syn-${year}-${pad(slot, 3)}`;
/** A made-up whole number from 1 to 99,999, fixed for each (slot, figure, year). */
const valueOf = (slot: number, k: number, year: number) => ((slot * 7919 + k * 104_729 + year * 31) % 99_999) + 1;
const sentenceOf = (slot: number, k: number, year: number) =>
  `合成基准数据：第${slot + 1}号合成来源记载，${year}年合成指标${slot + 1}-${k + 1}为${valueOf(slot, k, year)}个。`;

export function writeSyntheticContent(dir: string, size: ScaleSize): Generated {
  const { years, sourcesPerYear, figuresPerSource } = size;
  mkdirSync(path.join(dir, "sources"), { recursive: true });
  mkdirSync(path.join(dir, "topics"), { recursive: true });
  const yaml = (file: string, data: unknown) => writeFileSync(path.join(dir, file), YAML.stringify(data, { lineWidth: 0 }));
  const topicSlugs = Array.from({ length: TOPICS }, (_, t) => `synthetic-topic-${pad(t + 1, 2)}`);

  writeFileSync(path.join(dir, "README.md"), "SYNTHETIC benchmark content made by scripts/bench-scale/generate.ts. Not real data; never copy it into content/.\n");
  yaml("city.yaml", {
    slug: "synthetic-city",
    name: { zh: "合成测试城市（基准测试数据）", en: "Synthetic test city (benchmark data)" },
    province: { zh: "合成省份", en: "Synthetic province" },
    topics: topicSlugs,
    portal: {
      name: { zh: "合成数据基准测试（非真实数据）", en: "Synthetic benchmark portal (not real data)" },
      tagline: { zh: "本站所有数字均为合成的测试数据，不是真实统计。", en: "Every figure here is synthetic test data, not a real statistic." },
      contact: "benchmark@example.invalid",
      operator: { zh: "bench:scale 合成数据生成器", en: "The bench:scale synthetic data generator" },
      licence: { name: "CC0-1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
    },
  });
  yaml("units.yaml", { item: { kind: "count", zh: "个", en: ["item", "items"] } });
  yaml("redirects.yaml", []);

  for (let y = 0; y < years; y++) {
    const year = FIRST_YEAR + y;
    for (let slot = 0; slot < sourcesPerYear; slot++) {
      const slug = sourceSlug(year, slot);
      const sentences = Array.from({ length: figuresPerSource }, (_, k) => sentenceOf(slot, k, year));
      writeFileSync(path.join(dir, "sources", `${slug}.txt`), `合成基准来源（非真实数据）\n\n${sentences.join("\n")}\n`);
      yaml(`sources/${slug}.yaml`, {
        slug,
        type: "statistical-bulletin",
        language: "zh-CN",
        title: { zh: `合成基准来源 ${year}-${slot + 1}（非真实数据）`, en: `Synthetic benchmark source ${year}-${slot + 1} (not real data)` },
        authors: ["bench:scale generator"],
        publisher: null,
        published: null,
        url: null,
        text: `${slug}.txt`,
        retrieved: DATE,
      });
    }
  }

  const byTopic = topicSlugs.map(() => [] as unknown[]);
  for (let slot = 0; slot < sourcesPerYear; slot++) {
    for (let k = 0; k < figuresPerSource; k++) {
      byTopic[(slot * figuresPerSource + k) % TOPICS].push({
        slug: indicatorSlug(slot, k),
        name: { zh: `合成指标 ${slot + 1}-${k + 1}`, en: `Synthetic indicator ${slot + 1}-${k + 1}` },
        description: { zh: "基准测试用的合成数据，不是真实统计。", en: "Synthetic benchmark data, not a real statistic." },
        unit: "item",
        headline: slot === 0 && k < 6,
        figures: Array.from({ length: years }, (_, y) => {
          const year = FIRST_YEAR + y;
          const value = valueOf(slot, k, year);
          return {
            value,
            written: `${value}个`,
            qualifier: "exact",
            period: String(year),
            source: sourceSlug(year, slot),
            quote: sentenceOf(slot, k, year),
            checked: DATE,
            added: DATE,
          };
        }),
      });
    }
  }
  topicSlugs.forEach((slug, t) =>
    yaml(`topics/${pad(t + 1, 2)}-${slug}.yaml`, {
      slug,
      order: t + 1,
      name: { zh: `合成主题 ${t + 1}`, en: `Synthetic topic ${t + 1}` },
      description: { zh: "基准测试用的合成主题。", en: "A synthetic topic for benchmarks." },
      summary: { zh: "这里的数字都是合成的测试数据。", en: "The figures here are synthetic test data." },
      indicators: byTopic[t],
    }),
  );
  return {
    sources: years * sourcesPerYear,
    indicators: sourcesPerYear * figuresPerSource,
    figures: years * sourcesPerYear * figuresPerSource,
    topics: TOPICS,
  };
}

/** A figure page of the n-th indicator (cycling), for loads that reach pages beyond the build's limit. */
export const figurePagePath = (size: ScaleSize, n: number) => {
  const i = n % (size.sourcesPerYear * size.figuresPerSource);
  return `/indicators/${indicatorSlug(Math.floor(i / size.figuresPerSource), i % size.figuresPerSource)}`;
};
