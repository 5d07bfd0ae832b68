import "server-only";
import type * as Db from "../generated/prisma/client";
import { chartSchema, type ChartInput } from "../content/schema";
import type { Change, Figure, Indicator, Qualifier, Source, SourceRef, Story, TopicSummary, Unit, UnitKind, DerivedOp } from "../domain/types";

/** Database rows to domain objects: the only place Prisma's shapes are read. */

export const toTopicSummary = (t: Db.Topic): TopicSummary => ({
  slug: t.slug,
  position: t.position,
  name: { zh: t.nameZh, en: t.nameEn },
  description: { zh: t.descriptionZh, en: t.descriptionEn },
  summary: { zh: t.summaryZh, en: t.summaryEn },
});

export const toUnit = (u: Db.Unit): Unit => ({
  key: u.key,
  kind: u.kind as UnitKind,
  zh: u.zh,
  en: { singular: u.enSingular, plural: u.enPlural },
});

export const toSourceRef = (s: Omit<Db.Source, "text">): SourceRef => ({
  slug: s.slug,
  type: s.type as SourceRef["type"],
  language: s.language,
  title: { zh: s.titleZh, en: s.titleEn },
  authors: JSON.parse(s.authors) as string[],
  publisher: s.publisher,
  published: s.published,
  url: s.url,
  retrieved: s.retrieved,
});

export const toSource = (s: Db.Source): Source => ({ ...toSourceRef(s), text: s.text });

/** A source as figures carry it: everything but its text, which only a source's own page shows. */
export type SourceRow = Omit<Db.Source, "text">;

export type FigureRow = Db.Figure & {
  source: SourceRow | null;
  corrections: Db.Correction[];
  statements: (Db.FigureStatement & { source: SourceRow })[];
};

export const toFigure = (f: FigureRow): Figure => ({
  id: f.id,
  indicatorSlug: f.indicatorSlug,
  value: f.value,
  qualifier: f.qualifier as Qualifier,
  change: (f.change as Change | null) ?? null,
  period: f.period,
  checked: f.checked,
  added: f.added,
  corrections: f.corrections.map((c) => ({
    date: c.date,
    oldValue: c.oldValue,
    newValue: c.newValue,
    oldQualifier: (c.oldQualifier as Qualifier | null) ?? null,
    newQualifier: (c.newQualifier as Qualifier | null) ?? null,
    reason: c.reason,
  })),
  stated:
    f.source && f.written && f.quote
      ? {
          written: f.written,
          quote: f.quote,
          source: toSourceRef(f.source),
          quoteStart: f.quoteStart ?? 0,
          quoteEnd: f.quoteEnd ?? 0,
          writtenStart: f.writtenStart ?? 0,
          writtenEnd: f.writtenEnd ?? 0,
        }
      : null,
  derived: f.derivedOp
    ? { op: f.derivedOp as DerivedOp, inputs: JSON.parse(f.derivedInputs ?? "[]") as string[], decimals: f.derivedDecimals ?? 0 }
    : null,
  preferredReason: f.preferredReason,
  statements: f.statements.map((s) => ({
    source: toSourceRef(s.source),
    value: s.value,
    qualifier: s.qualifier as Qualifier,
    written: s.written,
    quote: s.quote,
    quoteStart: s.quoteStart,
    quoteEnd: s.quoteEnd,
    writtenStart: s.writtenStart,
    writtenEnd: s.writtenEnd,
    checked: s.checked,
    added: s.added,
    agrees: s.value === f.value && s.qualifier === f.qualifier,
  })),
});

// Known periods in time order, then figures whose period the source does not state.
const periodOrder = (f: Db.Figure) => f.periodEnd ?? Number.MAX_SAFE_INTEGER;

export type IndicatorRow = Db.Indicator & { topic: Db.Topic; unit: Db.Unit; figures: FigureRow[] };

export const toIndicator = (i: IndicatorRow): Indicator => ({
  slug: i.slug,
  topic: toTopicSummary(i.topic),
  name: { zh: i.nameZh, en: i.nameEn },
  label: { zh: i.labelZh ?? i.nameZh, en: i.labelEn ?? i.nameEn },
  description: { zh: i.descriptionZh, en: i.descriptionEn },
  unit: toUnit(i.unit),
  headline: i.headline,
  figures: [...i.figures].sort((a, b) => periodOrder(a) - periodOrder(b)).map(toFigure),
});

export const toStory = (s: Db.Story): Story => ({
  slug: s.slug,
  topicSlug: s.topicSlug,
  speaker: { zh: s.speakerZh, en: s.speakerEn },
  context: { zh: s.contextZh, en: s.contextEn },
  quote: s.quote,
  translationEn: s.translationEn,
  sourceSlug: s.sourceSlug,
  quoteStart: s.quoteStart,
  quoteEnd: s.quoteEnd,
});

/** A chart row's spec, parsed with the content schema it was written from. */
export const toChartSpec = (c: Db.Chart): ChartInput => chartSchema.parse(JSON.parse(c.spec));
