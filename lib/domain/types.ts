import type { Bilingual, Qualifier, UnitKind, DerivedOp } from "../content/schema";

export type { Bilingual, Qualifier, UnitKind, DerivedOp };
export type { Locale } from "../i18n/paths";
import type { Locale } from "../i18n/paths";

/** How a value is written after its number. */
export type Unit = {
  key: string;
  kind: UnitKind;
  /** Measure word written after the number in Chinese (元, 个, 人次). */
  zh: string;
  en: { singular: string; plural: string };
};

export type SourceRef = {
  slug: string;
  title: Bilingual;
  authors: string[];
  publisher: string | null;
  /** ISO date; null when the source does not say. */
  published: string | null;
  url: string | null;
  retrieved: string;
};

export type Source = SourceRef & { text: string };

export type Correction = { date: string; oldValue: number; newValue: number; reason: string };

/** One observation of an indicator: a value for a period, stated by a source or derived by the portal. */
export type Figure = {
  id: string;
  indicatorSlug: string;
  /** In base units: yuan, counts, 70.81 for 70.81%. */
  value: number;
  qualifier: Qualifier;
  /** "2024", "2019-2024" or "unknown". */
  period: string;
  /** ISO date a person last compared it with the source. */
  checked: string;
  /** ISO date it entered the portal. */
  added: string;
  corrections: Correction[];
  /** Present on figures a source states. */
  stated: {
    written: string;
    quote: string;
    source: SourceRef;
    quoteStart: number;
    quoteEnd: number;
    writtenStart: number;
    writtenEnd: number;
  } | null;
  /** Present on figures the portal computes. */
  derived: { op: DerivedOp; inputs: string[]; decimals: number } | null;
};

export type TopicSummary = {
  slug: string;
  position: number;
  name: Bilingual;
  description: Bilingual;
  /** A plain-language sentence for older readers. */
  summary: Bilingual;
};

/** A topic with how much it holds, for lists of topics. */
export type TopicWithCounts = TopicSummary & { indicatorCount: number; storyCount: number };

export type Indicator = {
  slug: string;
  topic: TopicSummary;
  name: Bilingual;
  /** What it measures when read out of context (cards, search results, share images); the name when that says enough. */
  label: Bilingual;
  description: Bilingual;
  unit: Unit;
  headline: boolean;
  /** Oldest period first; "unknown" periods last. */
  figures: Figure[];
};

export type Story = {
  slug: string;
  topicSlug: string;
  speaker: Bilingual;
  context: Bilingual;
  quote: string;
  translationEn: string;
  sourceSlug: string;
  quoteStart: number;
  quoteEnd: number;
};

export type City = {
  slug: string;
  name: Bilingual;
  province: Bilingual;
  portalName: Bilingual;
  tagline: Bilingual;
  contact: string;
  /** Who runs the portal (主办单位). */
  operator: Bilingual;
  /** ICP record number, where the deployment has one. */
  icp: string | null;
  licence: { name: string; url: string };
};

/** The figure shown by default: the latest period with a value. */
export const latestFigure = (indicator: Indicator): Figure => indicator.figures[indicator.figures.length - 1];

export const pick = (text: Bilingual, locale: Locale) => text[locale];
