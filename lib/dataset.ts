import { allCitations, type CitationInput } from "./citation";
import { CSV_COLUMNS } from "./csv";
import type { Bilingual, City, Figure, Indicator, SourceRef, Unit } from "./domain/types";

/**
 * What the downloads are made of: the documentation of every CSV column (the
 * data page and the Data Package both read it), the source a figure stands on,
 * and the Frictionless Data Package descriptor.
 */

type FieldType = "string" | "number" | "boolean" | "date";

/** One CSV column: its Table Schema type and what it holds, in both languages. */
export type ColumnDoc = { type: FieldType; description: Bilingual; example: string };

export const COLUMN_DOCS: Record<(typeof CSV_COLUMNS)[number], ColumnDoc> = {
  indicator: {
    type: "string",
    description: { zh: "指标的永久标识（英文短名），也是指标页网址的一部分", en: "The indicator's permanent identifier, part of its page's URL" },
    example: "hotline-satisfaction-rate",
  },
  topic: { type: "string", description: { zh: "所属主题的标识", en: "The topic's identifier" }, example: "hotline" },
  name_zh: { type: "string", description: { zh: "指标名称（中文）", en: "Indicator name in Chinese" }, example: "群众满意率" },
  name_en: { type: "string", description: { zh: "指标名称（英文）", en: "Indicator name in English" }, example: "Residents' satisfaction rate" },
  value: {
    type: "number",
    description: {
      zh: "数值，以基本单位表示：金额为元，数量为个数，百分比写作 70.81 表示 70.81%",
      en: "The value in base units: yuan for money, counts as counts, 70.81 for 70.81%",
    },
    example: "84000",
  },
  unit: { type: "string", description: { zh: "单位代码，见 units 资源", en: "Unit key; see the units resource" }, example: "call" },
  qualifier: {
    type: "string",
    description: {
      zh: "精确程度：exact 确切、more-than 以上（原文“余”“多”）、nearly 接近（“近”）、at-least 至少、about 约数（计算后取整）",
      en: "Precision: exact, more-than (余/多/以上 in the source), nearly (近), at-least, about (rounded by the portal)",
    },
    example: "more-than",
  },
  period: {
    type: "string",
    description: { zh: "所指时期：年份、起止年份或 unknown（原文未注明）", en: 'Period: a year, a range of years, or "unknown" when the source does not say' },
    example: "2024",
  },
  value_as_written: {
    type: "string",
    description: { zh: "原文写法；门户计算的数为空", en: "The number as the source writes it; empty for figures the portal computes" },
    example: "8.4万余次",
  },
  derived: {
    type: "boolean",
    description: { zh: "true 表示由门户根据原文数据计算，原文并未直接给出", en: "true when the portal computed the figure; the source does not state it" },
    example: "false",
  },
  source_quote: {
    type: "string",
    description: { zh: "原文句子（逐字）；计算所得的数则为公式", en: "The source sentence, verbatim; the formula for computed figures" },
    example: "2024年,嘉峪关市12345政务服务便民热线语音接通8.4万余次,接通率达100%。",
  },
  source: { type: "string", description: { zh: "来源文章的标识", en: "The source article's identifier" }, example: "jiayuguan-2025" },
  url: { type: "string", description: { zh: "指标页的永久网址", en: "The permanent URL of the figure's page" }, example: "https://…/indicators/hotline-calls-connected" },
  period_zh: { type: "string", description: { zh: "时期的中文写法", en: "The period as written in Chinese" }, example: "2024年" },
  checked: { type: "date", description: { zh: "最近一次与原文核对的日期", en: "The day a person last compared the figure with its source" }, example: "2026-11-28" },
  added: { type: "date", description: { zh: "收入门户的日期", en: "The day the figure entered the portal" }, example: "2026-11-28" },
  citation_zh: {
    type: "string",
    description: { zh: "GB/T 7714-2015 格式的引用（访问日期为文件生成日期）", en: "GB/T 7714-2015 reference in Chinese (access date: the day the file was made)" },
    example: "于晓明, 白艳华, 朱玲. …[N]. [出版者不详], [日期不详]. …",
  },
  citation_en: {
    type: "string",
    description: { zh: "英文 APA 格式的引用", en: "APA-style reference in English (access date: the day the file was made)" },
    example: "于晓明, 白艳华, & 朱玲. (n.d.). …",
  },
};

/** The article a figure stands on: its own for stated figures, its inputs' for computed ones. */
export function sourceOfFigure(figure: Figure, all: Map<string, Indicator>, seen = new Set<string>()): SourceRef | null {
  if (figure.stated) return figure.stated.source;
  for (const slug of figure.derived?.inputs ?? []) {
    const input = all.get(slug);
    if (!input || seen.has(slug)) continue;
    seen.add(slug);
    const f = input.figures.find((x) => x.period === figure.period) ?? input.figures[input.figures.length - 1];
    const source = sourceOfFigure(f, all, seen);
    if (source) return source;
  }
  return null;
}

/** Everything a citation of one figure needs, or null when no source can be found for it. */
export function citationInput(
  indicator: Indicator,
  figure: Figure,
  context: { all: Map<string, Indicator>; portalName: Bilingual; url: string; accessed: string },
): CitationInput | null {
  const source = sourceOfFigure(figure, context.all);
  if (!source) return null;
  return { source, portalName: context.portalName, indicator, figure, url: context.url, accessed: context.accessed };
}

export function citationsFor(indicator: Indicator, figure: Figure, context: Parameters<typeof citationInput>[2]) {
  const input = citationInput(indicator, figure, context);
  return input ? allCitations(input) : null;
}

/** A Frictionless Data Package (v1 descriptor) for the CSV, its units and its sources. */
export function buildDataPackage(args: {
  city: City;
  units: Unit[];
  sources: SourceRef[];
  csvUrl: string;
  homepage: string;
  created: string;
}) {
  const { city, units, sources } = args;
  return {
    profile: "tabular-data-package",
    name: `${city.slug}-livelihood-indicators`,
    title: `${city.portalName.en} · ${city.portalName.zh}`,
    description:
      "Livelihood figures for Jiayuguan, each with the source sentence it comes from. Values are in base units (yuan, counts, 70.81 for 70.81%); see the units resource. " +
      "Source: “雄关大地幸福成色足——嘉峪关市全面打造民生幸福典范城市” by 于晓明, 白艳华, 朱玲 (publisher and date not known).",
    homepage: args.homepage,
    created: args.created,
    licenses: [{ name: city.licence.name, path: city.licence.url, title: city.licence.name }],
    sources: sources.map((s) => ({
      title: `${s.title.zh} (${s.title.en})`,
      authors: s.authors,
      publisher: s.publisher,
      published: s.published,
      path: s.url ?? undefined,
      retrieved: s.retrieved,
    })),
    contributors: [{ title: city.portalName.en, role: "publisher", email: city.contact }],
    resources: [
      {
        name: "indicators",
        path: args.csvUrl,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8-sig",
        dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: CSV_COLUMNS.map((name) => ({
            name,
            type: COLUMN_DOCS[name].type,
            description: COLUMN_DOCS[name].description.en,
            ...(name === "unit" ? { constraints: { required: true, enum: units.map((u) => u.key) } } : {}),
            ...(name === "value" ? { constraints: { required: true } } : {}),
          })),
          primaryKey: ["indicator", "period"],
          foreignKeys: [{ fields: "unit", reference: { resource: "units", fields: "key" } }],
        },
      },
      {
        name: "units",
        profile: "tabular-data-resource",
        format: "json",
        data: units.map((u) => ({ key: u.key, kind: u.kind, zh: u.zh, en_singular: u.en.singular, en_plural: u.en.plural })),
        schema: {
          fields: [
            { name: "key", type: "string", description: "Unit key used in the indicators CSV's unit column" },
            { name: "kind", type: "string", description: "currency | percent | rank | count | duration" },
            { name: "zh", type: "string", description: "Written after the number in Chinese" },
            { name: "en_singular", type: "string", description: "English singular" },
            { name: "en_plural", type: "string", description: "English plural" },
          ],
          primaryKey: ["key"],
        },
      },
    ],
  };
}
