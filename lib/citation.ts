import type { Bilingual, Figure, Indicator, Locale, SourceRef } from "./domain/types";
import { DATE_FORMS, formatIsoDate, type CitationAroundDate } from "./dates";
import { formatDate, formatPeriod, formatValue } from "./format";
import { gbtTypeMark, SOURCE_TYPE_FACTS } from "./domain/source-types";
import { apaAuthorName, pinyinFullName } from "./person-name";

/**
 * Citation text for one figure, in GB/T 7714-2015, APA and a one-line
 * attribution, in Chinese and English. The source's type decides its GB/T
 * document code ([N], [R], [EB/OL]) and APA's label (lib/domain/source-types.ts).
 *
 * The source article's publisher and date are unknown; citations say so
 * ([出版者不详], [日期不详], n.d.) instead of guessing.
 */

export type CitationInput = {
  /** The source the figure comes from (for derived figures: the first source of its inputs). */
  source: SourceRef;
  /** A derived figure's other inputs' sources: it cites every one. */
  alsoFrom?: SourceRef[];
  /** The portal's name, as the publisher of the page being cited. */
  portalName: Bilingual;
  /** The place the figure describes, as content/city.yaml names it. */
  cityName: Bilingual;
  indicator: Pick<Indicator, "name" | "unit">;
  figure: Pick<Figure, "value" | "qualifier" | "period" | "stated" | "derived">;
  /** Absolute URL of the figure's page in the citation's language. */
  url: string;
  /** ISO date the reader took the figure. */
  accessed: string;
};

export type CitationStyle = "gbt" | "apa" | "attribution";
export const CITATION_STYLES: CitationStyle[] = ["gbt", "apa", "attribution"];

/**
 * A sentence a reader can paste (WeChat, a letter): place, period, what was measured, the value as
 * the page shows it, and the source. "某市，2024年，某指标：97.02%（来源：…）。"
 */
export function valueSentence(input: Omit<CitationInput, "url" | "accessed"> & { indicator: Pick<Indicator, "label"> }, locale: Locale): string {
  const { source, cityName, indicator, figure } = input;
  const period = formatPeriod(figure.period, locale);
  if (locale === "zh") {
    const from = `${source.authors.join("、")}《${source.title.zh}》`;
    const origin = figure.derived ? `本站据${from}中的数字计算` : `来源：${from}`;
    return `${cityName.zh}，${period}，${indicator.label.zh}：${citedValue(input, "zh")}（${origin}）。`;
  }
  const from = `${source.authors.map(pinyinFullName).join(", ")}, "${source.title.en}"`;
  const origin = figure.derived ? `computed by ${input.portalName.en} from figures in ${from}` : `source: ${from}`;
  return `${indicator.label.en} — ${cityName.en}, ${period}: ${citedValue(input, "en")} (${origin}).`;
}

/** The figure with its unit and qualifier, as the page shows it: 99.33% / 8.4万余次 / 84,000+ calls. */
export const citedValue = (input: Pick<CitationInput, "indicator" | "figure">, locale: Locale) =>
  formatValue(input.figure.value, input.indicator.unit, input.figure.qualifier, locale, input.figure.stated?.written);

const authorsZh = (authors: string[]) => authors.join(", ");

/** APA joins the last author with "&"; a single author stands alone. */
function authorsApa(authors: string[]): string {
  if (authors.length <= 1) return authors.join("");
  return `${authors.slice(0, -1).join(", ")}, & ${authors[authors.length - 1]}`;
}

/**
 * APA's author element ends with a full stop, which an initial already supplies: "Zhu, L. (n.d.)",
 * never "Zhu, L.. (n.d.)"; a name that does not end in one gets it ("朱玲. (n.d.)").
 */
const endWithFullStop = (text: string) => (text.endsWith(".") ? text : `${text}.`);

function authorsEnglishProse(authors: string[]): string {
  if (authors.length <= 1) return authors.join("");
  return `${authors.slice(0, -1).join(", ")} and ${authors[authors.length - 1]}`;
}

/** The article's publication facts, honest about what is unknown. */
function publicationZh(source: SourceRef): string {
  const publisher = source.publisher ?? "[出版者不详]";
  const date = source.published ?? "[日期不详]";
  return `${publisher}, ${date}`;
}

const figureLabel = (input: CitationInput, locale: Locale) =>
  locale === "zh"
    ? `${input.indicator.name.zh}（${formatPeriod(input.figure.period, "zh")}）：${citedValue(input, "zh")}`
    : `${input.indicator.name.en} (${formatPeriod(input.figure.period, "en")}): ${citedValue(input, "en")}`;

const sourcesOf = (input: CitationInput) => [input.source, ...(input.alsoFrom ?? [])];

/** One source as GB/T 7714-2015 writes it: its type code from lib/domain/source-types.ts, its address when read online. */
export function gbtReference(source: SourceRef, locale: Locale): string {
  const mark = gbtTypeMark(source.type, source.url !== null);
  const online = source.url ? `. ${source.url}` : "";
  if (locale === "zh") return `${authorsZh(source.authors)}. ${source.title.zh}${mark}. ${publicationZh(source)}${online}`;
  return `${authorsZh(source.authors)}. ${source.title.zh} [${source.title.en}]${mark}. ${source.publisher ?? "[S.l.]: [s.n.]"}, ${source.published ?? "[n.d.]"}${online}`;
}

/** GB/T 7714-2015: each source by its type, then the portal page as an online resource [EB/OL]. */
function gbt(input: CitationInput, locale: Locale): string {
  const references = sourcesOf(input).map((s) => gbtReference(s, locale)).join("; ");
  if (locale === "zh") {
    const derived = input.figure.derived ? "（门户据原文数据计算）" : "";
    return `${references}. 转引自: ${input.portalName.zh}. ${figureLabel(input, "zh")}${derived}[EB/OL]. [${input.accessed}]. ${input.url}.`;
  }
  const derived = input.figure.derived ? " (computed by the portal from the sources' figures)" : "";
  return `${references}. Cited in: ${input.portalName.en}. ${figureLabel(input, "en")}${derived}[EB/OL]. [${input.accessed}]. ${input.url}.`;
}

/** One source in APA 7 style: n.d. for the unknown date, the translated title in square brackets, a report's label. */
export function apaReference(source: SourceRef, locale: Locale): string {
  const year = source.published ? source.published.slice(0, 4) : "n.d.";
  const publisher = source.publisher ? ` ${source.publisher}.` : "";
  const label = SOURCE_TYPE_FACTS[source.type].apaLabel;
  if (locale === "zh") return `${endWithFullStop(authorsApa(source.authors))}（${year}）. ${source.title.zh}${label ? ` [${label.zh}]` : ""}.${publisher}`;
  // APA 7 in English romanises Chinese authors (Yu, X., Bai, Y., & Zhu, L.).
  return `${endWithFullStop(authorsApa(source.authors.map(apaAuthorName)))} (${year}). ${source.title.zh} [${source.title.en}]${label ? ` [${label.en}]` : ""}.${publisher}`;
}

function apa(input: CitationInput, locale: Locale): string {
  const references = sourcesOf(input).map((s) => apaReference(s, locale)).join(" ");
  if (locale === "zh") {
    return `${references} 转引自${input.portalName.zh}，“${figureLabel(input, "zh")}”. 检索于${formatIsoDate(input.accessed, "zh")}，${input.url}`;
  }
  return `${references} Cited in ${input.portalName.en}, "${figureLabel(input, "en")}". Retrieved ${formatIsoDate(input.accessed, "en-US")}, from ${input.url}`;
}

/** One line a reporter can paste under a number: 据《…》报道，… */
function attribution(input: CitationInput, locale: Locale): string {
  const { portalName, figure } = input;
  const sources = sourcesOf(input);
  if (locale === "zh") {
    const verb = figure.derived ? "数据计算" : "报道";
    const named = sources.map((source) => {
      const facts = [source.publisher ?? "出版者不详", source.published ? formatDate(source.published, "zh") : "日期不详"].join("，");
      return `《${source.title.zh}》（${source.authors.join("、")}；${facts}）`;
    });
    return `据${named.join("、")}${verb}，${input.cityName.zh}${formatPeriod(figure.period, "zh")}${input.indicator.name.zh}为${citedValue(input, "zh")}。来源：${portalName.zh} ${input.url}（访问日期：${formatIsoDate(input.accessed, "zh")}）`;
  }
  const named = sources.map((source) => {
    const facts = [source.publisher ?? "publisher not known", source.published ? formatDate(source.published, "en") : "date not known"].join(", ");
    return `"${source.title.zh}" (${source.title.en}) by ${authorsEnglishProse(source.authors.map(pinyinFullName))} (${facts})`;
  });
  const verb = figure.derived ? "computed from figures reported in" : "according to";
  const period = figure.period === "unknown" ? "(year not stated)" : `in ${formatPeriod(figure.period, "en")}`;
  return `${input.indicator.name.en}, ${input.cityName.en}, ${period}: ${citedValue(input, "en")}, ${verb} ${named.join(" and ")}. Via ${portalName.en}, ${input.url} (accessed ${formatIsoDate(input.accessed, "en-GB")}).`;
}

/**
 * Every source a figure stands on, each once: its own for a stated figure; for a derived one, the
 * sources of all its inputs (for the same period where they have one), in the order of its inputs.
 */
export function sourcesOfFigure(figure: Figure, all: Map<string, Indicator>, seen = new Set<string>()): SourceRef[] {
  if (figure.stated) return [figure.stated.source];
  const found = new Map<string, SourceRef>();
  for (const slug of figure.derived?.inputs ?? []) {
    const input = all.get(slug);
    if (!input || seen.has(slug)) continue;
    seen.add(slug);
    const f = input.figures.find((x) => x.period === figure.period) ?? input.figures[input.figures.length - 1];
    for (const source of sourcesOfFigure(f, all, seen)) found.set(source.slug, source);
  }
  return [...found.values()];
}

/** The first source a figure stands on, for one-line credits (an embed's source line). */
export const sourceOfFigure = (figure: Figure, all: Map<string, Indicator>): SourceRef | null => sourcesOfFigure(figure, all)[0] ?? null;

/** Everything a citation of one figure needs, or null when no source can be found for it. */
export function citationInput(
  indicator: Indicator,
  figure: Figure,
  context: { all: Map<string, Indicator>; portalName: Bilingual; cityName: Bilingual; url: string; accessed: string },
): CitationInput | null {
  const [source, ...alsoFrom] = sourcesOfFigure(figure, context.all);
  if (!source) return null;
  return { source, alsoFrom, portalName: context.portalName, cityName: context.cityName, indicator, figure, url: context.url, accessed: context.accessed };
}

export function citationsFor(indicator: Indicator, figure: Figure, context: Parameters<typeof citationInput>[2]) {
  const input = citationInput(indicator, figure, context);
  return input ? allCitations(input) : null;
}


const BUILDERS: Record<CitationStyle, (input: CitationInput, locale: Locale) => string> = { gbt, apa, attribution };

export function formatCitation(input: CitationInput, style: CitationStyle, locale: Locale): string {
  return BUILDERS[style](input, locale);
}

/** All six citations (three styles × two languages), as the figure page and downloads carry them. */
export function allCitations(input: CitationInput): Record<CitationStyle, Bilingual> {
  return Object.fromEntries(
    CITATION_STYLES.map((style) => [style, { zh: formatCitation(input, style, "zh"), en: formatCitation(input, style, "en") }]),
  ) as Record<CitationStyle, Bilingual>;
}

/**
 * A citation split around its access date, so the copy button can write the day of copying into it
 * without shipping the citation builders: made once with a date no citation otherwise contains, which
 * is then found in exactly one of the forms a date can take.
 */
const MARKER_DATE = "1901-02-03";

export function citationAroundAccessDate(input: Omit<CitationInput, "accessed">, style: CitationStyle, locale: Locale): CitationAroundDate {
  const text = formatCitation({ ...input, accessed: MARKER_DATE }, style, locale);
  const found = DATE_FORMS.map((form) => ({ form, written: formatIsoDate(MARKER_DATE, form) })).filter(({ written }) => text.includes(written));
  if (found.length !== 1) throw new Error(`citation ${style}/${locale}: the access date appears in ${found.length} forms`);
  const [{ form, written }] = found;
  const at = text.indexOf(written);
  return { before: text.slice(0, at), after: text.slice(at + written.length), form };
}
