import type { PrismaClient } from "../generated/prisma/client";
import { isDerived, loadContent, type Content } from "./load";
import { stripWhitespace } from "./source-text";

/** A figure's stable id: one figure per indicator and period. */
export const figureId = (indicatorSlug: string, period: string) => `${indicatorSlug}/${period}`;

const periodBounds = (period: string): [number | null, number | null] => {
  if (period === "unknown") return [null, null];
  const [start, end = start] = period.split("-").map(Number);
  return [start, end];
};

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

/**
 * Replaces everything in the database with `content`, in one transaction: an
 * import that fails or is killed midway leaves the previous data as it was.
 */
export async function writeContent(prisma: PrismaClient, content: Content): Promise<void> {
  const { city, units, sources, topics, redirects } = content;
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`DELETE FROM "SearchEntry"`);
      await tx.correction.deleteMany();
      await tx.figure.deleteMany();
      await tx.story.deleteMany();
      await tx.chart.deleteMany();
      await tx.indicator.deleteMany();
      await tx.topic.deleteMany();
      await tx.unit.deleteMany();
      await tx.source.deleteMany();
      await tx.city.deleteMany();
      await tx.slugRedirect.deleteMany();

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
          licenceName: city.portal.licence.name,
          licenceUrl: city.portal.licence.url,
        },
      });
      await tx.unit.createMany({
        data: Object.entries(units).map(([key, u]) => ({
          key,
          kind: u.kind,
          zh: u.zh,
          enSingular: u.en[0],
          enPlural: u.en[1],
        })),
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

      for (const topic of topics) {
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
      }
      for (const topic of topics) {
        await tx.indicator.createMany({
          data: topic.indicators.map((ind, position) => ({
            slug: ind.slug,
            topicSlug: topic.slug,
            position,
            nameZh: ind.name.zh,
            nameEn: ind.name.en,
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
          data: topic.charts.map((c, position) => ({
            slug: c.slug,
            topicSlug: topic.slug,
            position,
            spec: JSON.stringify(c),
          })),
        });
      }

      // Rows in batches, not one statement each: a decade of sources is tens of thousands of figures,
      // and one awaited statement per row made such an import minutes long (npm run bench:scale).
      const figureRows = [];
      const correctionRows = [];
      for (const topic of topics) {
        for (const ind of topic.indicators) {
          for (const f of ind.figures) {
            const id = figureId(ind.slug, f.period);
            const [periodStart, periodEnd] = periodBounds(f.period);
            const derived = isDerived(f);
            figureRows.push({
              id,
              indicatorSlug: ind.slug,
              value: f.value,
              qualifier: f.qualifier,
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
            });
            for (const c of f.corrections) correctionRows.push({ figureId: id, date: c.date, oldValue: c.old, newValue: c.new, reason: c.reason });
          }
        }
      }
      await insertRows(tx, "Figure", figureRows);
      for (const rows of chunks(correctionRows, 1000)) await tx.correction.createMany({ data: rows });
      await tx.slugRedirect.createMany({ data: redirects.map((r) => ({ fromSlug: r.from, toSlug: r.to })) });

      const entries: [kind: string, ref: string, locale: string, title: string, body: string][] = [];
      for (const topic of topics) {
        entries.push(["topic", topic.slug, "zh", topic.name.zh, `${topic.description.zh} ${topic.summary.zh}`]);
        entries.push(["topic", topic.slug, "en", topic.name.en, `${topic.description.en} ${topic.summary.en}`]);
        for (const ind of topic.indicators) {
          const stated = ind.figures.filter((f) => !isDerived(f));
          const values = ind.figures.map((f) => String(f.value)).join(" ");
          const quotes = stated.map((f) => ("quote" in f ? `${f.written} ${f.quote}` : "")).join(" ");
          entries.push(["indicator", ind.slug, "zh", ind.name.zh, `${ind.description.zh} ${quotes} ${values}`]);
          entries.push(["indicator", ind.slug, "en", ind.name.en, `${ind.description.en} ${values}`]);
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
      await insertRows(
        tx,
        "SearchEntry",
        entries.map(([kind, ref, locale, title, body]) => ({ kind, ref, locale, title, body })),
      );
    },
    { timeout: 60_000 },
  );
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

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

/** Validates `contentDir` and, only if all of it is valid, replaces the database's contents with it. */
export async function importContent(prisma: PrismaClient, contentDir: string): Promise<Content> {
  const content = loadContent(contentDir);
  await writeContent(prisma, content);
  return content;
}
