import type { PrismaClient } from "../generated/prisma/client";
import { periodBounds } from "../domain/period";
import { formatValue } from "../format";
import { isDerived, loadContent, type Content, type LoadedFigure, type LoadedTopic } from "./load";
import { stripWhitespace } from "./source-text";

/** A figure's stable id: one figure per indicator and period. */
export const figureId = (indicatorSlug: string, period: string) => `${indicatorSlug}/${period}`;


/** The sentences of a source's text (line breaks removed), with their offsets, for search. */
export function splitSentences(text: string): { start: number; sentence: string }[] {
  const out: { start: number; sentence: string }[] = [];
  const re = /[^。！？；\n]+(?:[\n\s]*[^。！？；\n]+)*?[。！？；]/g;
  for (const m of text.matchAll(re)) {
    const sentence = stripWhitespace(m[0]);
    if (sentence.length > 1) out.push({ start: m.index, sentence });
  }
  return out;
}

/** The transaction client: every write below happens inside the one import transaction. */
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Replaces everything in the database with `content`, in one transaction: an
 * import that fails or is killed midway leaves the previous data as it was.
 */
export async function writeContent(prisma: PrismaClient, content: Content): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      await clearTables(tx);
      await writeCityUnitsAndSources(tx, content);
      for (const topic of content.topics) await writeTopic(tx, topic);
      for (const topic of content.topics) await writeFigures(tx, topic);
      await writeSearchIndex(tx, content);
      await tx.searchSynonym.createMany({
        data: Object.entries(content.synonyms).flatMap(([term, targets]) => targets.map((target) => ({ term, target }))),
      });
    },
    { timeout: 60_000 },
  );
}

async function clearTables(tx: Tx) {
  await tx.$executeRawUnsafe(`DELETE FROM "SearchEntry"`);
  await tx.searchSynonym.deleteMany();
  await tx.correction.deleteMany();
  await tx.figure.deleteMany();
  await tx.story.deleteMany();
  await tx.chart.deleteMany();
  await tx.indicator.deleteMany();
  await tx.topic.deleteMany();
  await tx.unit.deleteMany();
  await tx.source.deleteMany();
  await tx.city.deleteMany();
}

async function writeCityUnitsAndSources(tx: Tx, { city, units, sources }: Content) {
  await tx.city.create({
    data: {
      slug: city.slug,
      nameZh: city.name.zh,
      nameEn: city.name.en,
      provinceZh: city.province.zh,
      provinceEn: city.province.en,
      portalNameZh: city.portal.name.zh,
      portalNameEn: city.portal.name.en,
      taglineZh: city.portal.tagline.zh,
      taglineEn: city.portal.tagline.en,
      contact: city.portal.contact,
      operatorZh: city.portal.operator.zh,
      operatorEn: city.portal.operator.en,
      icp: city.portal.icp ?? null,
      licenceName: city.portal.licence.name,
      licenceUrl: city.portal.licence.url,
    },
  });
  await tx.unit.createMany({
    data: Object.entries(units).map(([key, u]) => ({ key, kind: u.kind, zh: u.zh, enSingular: u.en[0], enPlural: u.en[1] })),
  });
  await tx.source.createMany({
    data: sources.map((s) => ({
      slug: s.slug,
      titleZh: s.title.zh,
      titleEn: s.title.en,
      authors: JSON.stringify(s.authors),
      publisher: s.publisher,
      published: s.published,
      url: s.url,
      retrieved: s.retrieved,
      text: s.fullText,
    })),
  });
}

/** The topic row with its indicators, stories and charts (figures come after every indicator exists). */
async function writeTopic(tx: Tx, topic: LoadedTopic) {
  await tx.topic.create({
    data: {
      slug: topic.slug,
      position: topic.order,
      nameZh: topic.name.zh,
      nameEn: topic.name.en,
      descriptionZh: topic.description.zh,
      descriptionEn: topic.description.en,
      summaryZh: topic.summary.zh,
      summaryEn: topic.summary.en,
    },
  });
  await tx.indicator.createMany({
    data: topic.indicators.map((ind, position) => ({
      slug: ind.slug,
      topicSlug: topic.slug,
      position,
      nameZh: ind.name.zh,
      nameEn: ind.name.en,
      labelZh: ind.label?.zh ?? null,
      labelEn: ind.label?.en ?? null,
      descriptionZh: ind.description.zh,
      descriptionEn: ind.description.en,
      unitKey: ind.unit,
      headline: ind.headline,
    })),
  });
  await tx.story.createMany({
    data: topic.stories.map((s, position) => ({
      slug: s.slug,
      topicSlug: topic.slug,
      position,
      speakerZh: s.speaker.zh,
      speakerEn: s.speaker.en,
      contextZh: s.context.zh,
      contextEn: s.context.en,
      quote: s.quote,
      translationEn: s.translation,
      sourceSlug: s.source,
      quoteStart: s.quoteSpan.start,
      quoteEnd: s.quoteSpan.end,
    })),
  });
  await tx.chart.createMany({
    data: topic.charts.map((c, position) => ({ slug: c.slug, topicSlug: topic.slug, position, spec: JSON.stringify(c) })),
  });
}

async function writeFigures(tx: Tx, topic: LoadedTopic) {
  for (const ind of topic.indicators) {
    for (const f of ind.figures) {
      const id = figureId(ind.slug, f.period);
      await tx.figure.create({ data: figureRow(id, ind.slug, f) });
      if (f.corrections.length) {
        await tx.correction.createMany({
          data: f.corrections.map((c) => ({ figureId: id, date: c.date, oldValue: c.old, newValue: c.new, reason: c.reason })),
        });
      }
    }
  }
}

function figureRow(id: string, indicatorSlug: string, f: LoadedFigure) {
  const [periodStart, periodEnd] = periodBounds(f.period);
  const common = { id, indicatorSlug, value: f.value, qualifier: f.qualifier, period: f.period, periodStart, periodEnd, checked: f.checked, added: f.added };
  if (isDerived(f)) {
    return { ...common, derivedOp: f.derived.op, derivedInputs: JSON.stringify(f.derived.inputs), derivedDecimals: f.derived.decimals };
  }
  return {
    ...common,
    written: f.written,
    quote: f.quote,
    sourceSlug: f.source,
    quoteStart: f.quoteSpan.start,
    quoteEnd: f.quoteSpan.end,
    writtenStart: f.writtenSpan.start,
    writtenEnd: f.writtenSpan.end,
  };
}

/** One row per topic, indicator and story in each language, and one per source sentence, for search. */
async function writeSearchIndex(tx: Tx, { topics, sources, units }: Content) {
  const entries: [kind: string, ref: string, locale: string, title: string, body: string][] = [];
  for (const topic of topics) {
    entries.push(["topic", topic.slug, "zh", topic.name.zh, `${topic.description.zh} ${topic.summary.zh}`]);
    entries.push(["topic", topic.slug, "en", topic.name.en, `${topic.description.en} ${topic.summary.en}`]);
    for (const ind of topic.indicators) {
      // Raw values, and values as the pages write them ("6所", "6 kindergartens"): a resident searches what they read.
      const unitDef = units[ind.unit];
      const unit = { key: ind.unit, kind: unitDef.kind, zh: unitDef.zh, en: { singular: unitDef.en[0], plural: unitDef.en[1] } };
      const shown = (locale: "zh" | "en") =>
        ind.figures.map((f) => formatValue(f.value, unit, f.qualifier, locale, isDerived(f) ? null : f.written)).join(" ");
      const values = ind.figures.map((f) => String(f.value)).join(" ");
      const quotes = ind.figures.map((f) => (isDerived(f) ? "" : `${f.written} ${f.quote}`)).join(" ");
      // The label is the title a result shows out of context; the short name stays searchable in the body.
      const title = ind.label ?? ind.name;
      entries.push(["indicator", ind.slug, "zh", title.zh, `${ind.name.zh} ${ind.description.zh} ${quotes} ${shown("zh")} ${values}`]);
      entries.push(["indicator", ind.slug, "en", title.en, `${ind.name.en} ${ind.description.en} ${shown("en")} ${values}`]);
    }
    for (const s of topic.stories) {
      entries.push(["story", s.slug, "zh", s.speaker.zh, `${s.context.zh} ${s.quote}`]);
      entries.push(["story", s.slug, "en", s.speaker.en, `${s.context.en} ${s.translation}`]);
    }
  }
  for (const source of sources) {
    for (const { start, sentence } of splitSentences(source.fullText)) {
      entries.push(["sentence", `${source.slug}#${start}`, "zh", source.title.zh, sentence]);
    }
  }
  for (const e of entries) {
    await tx.$executeRaw`INSERT INTO "SearchEntry" (kind, ref, locale, title, body) VALUES (${e[0]}, ${e[1]}, ${e[2]}, ${e[3]}, ${e[4]})`;
  }
}

/** Validates `contentDir` and, only if all of it is valid, replaces the database's contents with it. */
export async function importContent(prisma: PrismaClient, contentDir: string): Promise<Content> {
  const content = loadContent(contentDir);
  await writeContent(prisma, content);
  return content;
}
