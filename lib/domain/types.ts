import type { Bilingual, Change, DerivedOp, IndicatorInput, Qualifier, SourceInput, TopicInput, Unit, UnitKind } from "../content/schema";

export type { Bilingual, Change, Qualifier, UnitKind, DerivedOp };
export type { Locale } from "../i18n/paths";
import type { Locale } from "../i18n/paths";

/** How a value is written after its number: one shape, inferred from the content schema. */
export type { Unit };

/** A source's bibliographic facts, as its content file gives them (without the name of its text file). */
export type SourceRef = Omit<SourceInput, "text">;

export type Source = SourceRef & { text: string };

/** A published figure taken out of content: its last value, when and why; `name` is null when its indicator is gone too. */
export type Withdrawal = { indicatorSlug: string; name: Bilingual | null; period: string; value: number; date: string; reason: string };

export type Correction = {
  date: string;
  oldValue: number;
  newValue: number;
  /** The qualifier before and after, where the correction changed it (90%以上: more-than → at-least); null otherwise. */
  oldQualifier: Qualifier | null;
  newQualifier: Qualifier | null;
  reason: string;
};

/** One observation of an indicator: a value for a period, stated by a source or derived by the portal. */
export type Figure = {
  id: string;
  indicatorSlug: string;
  /** In base units: yuan, counts, 70.81 for 70.81%. */
  value: number;
  qualifier: Qualifier;
  /** A change against an earlier period (增长5.5%) and its direction; null for a level. */
  change: Change | null;
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
  /** Why this source's figure is shown where another source gives a different one; null otherwise. */
  preferredReason: string | null;
  /** Other sources' figures for the same indicator and period. */
  statements: Statement[];
};

/** Another source's figure for the same indicator and period: it agrees (supports the figure) or it does not. */
export type Statement = {
  source: SourceRef;
  value: number;
  qualifier: Qualifier;
  written: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  writtenStart: number;
  writtenEnd: number;
  checked: string;
  added: string;
  /** Same value and precision as the figure shown. */
  agrees: boolean;
};

/** A topic as its content file describes it; `position` is the file's `order`. */
export type TopicSummary = Pick<TopicInput, "slug" | "name" | "description" | "summary"> & { position: number };

/** A topic with how much it holds, for lists of topics. */
export type TopicWithCounts = TopicSummary & { indicatorCount: number; storyCount: number };

/** An indicator as its content file describes it, with its topic and unit resolved and its figures in time order. */
export type Indicator = Pick<IndicatorInput, "slug" | "name" | "description" | "headline"> & {
  topic: TopicSummary;
  /** What it measures when read out of context (cards, search results, share images); the name when that says enough. */
  label: Bilingual;
  unit: Unit;
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
