import type { PrismaClient } from "../generated/prisma/client";
import { periodBounds } from "../domain/period";
import { formatValue } from "../format";
import { groupByPeriod } from "./figure-groups";
import { ContentError, isDerived, loadContent, type Content, type LoadedFigure, type LoadedStatedFigure, type LoadedTopic } from "./load";
import { splitSentences } from "./source-text";
import { figureId } from "./figure-id";
import { silentChanges, type PublishedFigure } from "./published";



// Where source sentences start: search's sentence refs and the source page's anchors agree on it.
export { splitSentences };

/** The transaction client: every write below happens inside the one import transaction. */
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Replaces everything in the database with `content`, in one transaction: an
 * import that fails or is killed midway leaves the previous data as it was.
 */
export async function writeContent(prisma: PrismaClient, content: Content, steps: ImportSteps = {}): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      await clearTables(tx);
      await steps.afterDeletes?.();
      await writeCityUnitsAndSources(tx, content);
      for (const topic of content.topics) await writeTopic(tx, topic);
      await writeFigures(tx, content.topics);
      await writeSearchIndex(tx, content);
      await tx.withdrawal.createMany({ data: content.withdrawn.map((w) => ({ indicatorSlug: w.indicator, period: w.period, value: w.value, date: w.date, reason: w.reason })) });
      await tx.searchSynonym.createMany({
        data: Object.entries(content.synonyms).flatMap(([term, targets]) => targets.map((target) => ({ term, target }))),
      });
      await tx.rename.createMany({ data: content.redirects.map((r) => ({ fromSlug: r.from, toSlug: r.to })) });
      await tx.searchVocabulary.createMany({
        data: Object.entries(content.vocabulary).flatMap(([indicatorSlug, entry]) =>
          (["zh", "en"] as const).flatMap((locale) => entry[locale].map((word) => ({ indicatorSlug, locale, word }))),
        ),
      });
      await steps.beforeCommit?.();
    },
    { timeout: 60_000 },
  );
}

/**
 * Called inside the open transaction, for a caller that must act at that point: the interrupted-import
 * test (tests/fixtures/import-paused.ts) waits there to be killed. The import command passes none.
 */
export type ImportSteps = { afterDeletes?: () => Promise<void>; beforeCommit?: () => Promise<void> };

async function clearTables(tx: Tx) {
  await tx.$executeRawUnsafe(`DELETE FROM "SearchEntry"`);
  await tx.searchSynonym.deleteMany();
  await tx.searchVocabulary.deleteMany();
  await tx.correction.deleteMany();
  await tx.figureStatement.deleteMany();
  await tx.figure.deleteMany();
  await tx.story.deleteMany();
  await tx.chart.deleteMany();
  await tx.indicator.deleteMany();
  await tx.topic.deleteMany();
  await tx.unit.deleteMany();
  await tx.source.deleteMany();
  await tx.city.deleteMany();
  await tx.withdrawal.deleteMany();
  await tx.rename.deleteMany();
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
      type: s.type,
      language: s.language,
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

/**
 * One figure per indicator and period (the preferred or first source's); other sources' figures as its
 * statements. Rows go in batches, not one statement each: a decade of sources is tens of thousands of
 * figures, and one awaited statement per row made such an import minutes long (npm run bench:scale).
 */
async function writeFigures(tx: Tx, topics: LoadedTopic[]) {
  const figureRows: Record<string, string | number | null>[] = [];
  const correctionRows: { figureId: string; date: string; oldValue: number; newValue: number; oldQualifier: string | null; newQualifier: string | null; reason: string }[] = [];
  const statementRows: ReturnType<typeof statementRow>[] = [];
  for (const topic of topics) {
    for (const ind of topic.indicators) {
      for (const { primary: f, others } of groupByPeriod(ind.figures)) {
        const id = figureId(ind.slug, f.period);
        figureRows.push({ ...figureRow(id, ind.slug, f), preferredReason: isDerived(f) ? null : (f.preferred ?? null) });
        for (const c of f.corrections) {
          correctionRows.push({ figureId: id, date: c.date, oldValue: c.old, newValue: c.new, oldQualifier: c.qualifier?.old ?? null, newQualifier: c.qualifier?.new ?? null, reason: c.reason });
        }
        for (const o of others) if (!isDerived(o)) statementRows.push(statementRow(id, o as LoadedStatedFigure));
      }
    }
  }
  await insertRows(tx, "Figure", figureRows);
  // Ids numbered here, not by SQLite's sequence, so importing the same content twice gives the same rows.
  const numbered = correctionRows.map((row, i) => ({ id: i + 1, ...row }));
  for (const rows of chunks(numbered, 1000)) await tx.correction.createMany({ data: rows });
  for (const rows of chunks(statementRows, 1000)) await tx.figureStatement.createMany({ data: rows });
}

function statementRow(figureId: string, f: LoadedStatedFigure) {
  return {
    figureId,
    sourceSlug: f.source,
    value: f.value,
    qualifier: f.qualifier,
    written: f.written,
    quote: f.quote,
    quoteStart: f.quoteSpan.start,
    quoteEnd: f.quoteSpan.end,
    writtenStart: f.writtenSpan.start,
    writtenEnd: f.writtenSpan.end,
    checked: f.checked,
    added: f.added,
  };
}

/** A figure's row; every row has every column, stated or derived, so rows can share one INSERT. */
function figureRow(id: string, indicatorSlug: string, f: LoadedFigure) {
  const [periodStart, periodEnd] = periodBounds(f.period);
  const derived = isDerived(f);
  return {
    id,
    indicatorSlug,
    value: f.value,
    qualifier: f.qualifier,
    change: derived ? null : (f.change ?? null),
    period: f.period,
    periodStart,
    periodEnd,
    checked: f.checked,
    added: f.added,
    derivedOp: derived ? f.derived.op : null,
    derivedInputs: derived ? JSON.stringify(f.derived.inputs) : null,
    derivedDecimals: derived ? f.derived.decimals : null,
    written: derived ? null : f.written,
    quote: derived ? null : f.quote,
    sourceSlug: derived ? null : f.source,
    quoteStart: derived ? null : f.quoteSpan.start,
    quoteEnd: derived ? null : f.quoteSpan.end,
    writtenStart: derived ? null : f.writtenSpan.start,
    writtenEnd: derived ? null : f.writtenSpan.end,
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
  await insertRows(tx, "SearchEntry", entries.map(([kind, ref, locale, title, body]) => ({ kind, ref, locale, title, body })));
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * Many rows with one INSERT per few hundred, through Prisma's raw query: createMany spends most of an
 * import's time compiling each row (50,000 figures took minutes). Every row must have the same columns.
 */
async function insertRows(tx: Tx, table: "Figure" | "SearchEntry", rows: Record<string, string | number | null>[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  // Well under SQLite's limit of 32,766 parameters a statement.
  const perStatement = Math.floor(8_000 / columns.length);
  const placeholders = `(${columns.map(() => "?").join(", ")})`;
  for (const batch of chunks(rows, perStatement)) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${batch.map(() => placeholders).join(", ")}`,
      ...batch.flatMap((row) => columns.map((c) => row[c])),
    );
  }
}

/**
 * The figures the database publishes now, if it holds this city's content: a database of another
 * city (or an empty one) is replaced whole, so there is nothing to compare.
 */
export async function publishedFigures(prisma: PrismaClient, citySlug: string): Promise<PublishedFigure[]> {
  const city = await prisma.city.findFirst({ select: { slug: true } });
  if (city?.slug !== citySlug) return [];
  return prisma.figure.findMany({ select: { indicatorSlug: true, period: true, value: true, qualifier: true } });
}

/**
 * Validates `contentDir` and, only if all of it is valid and no published figure changes or
 * disappears without an entry saying why, replaces the database's contents with it.
 */
export async function importContent(prisma: PrismaClient, contentDir: string, steps: ImportSteps = {}): Promise<Content> {
  const content = loadContent(contentDir);
  const problems = silentChanges(await publishedFigures(prisma, content.city.slug), content);
  if (problems.length) throw new ContentError(problems);
  await writeContent(prisma, content, steps);
  return content;
}
