import type { TimeExpression } from "./scan";

/**
 * The period a figure belongs to, from the nearest time expression before it
 * in its sentence. A sentence that says nothing takes the previous sentence's
 * period only when it continues it (共受理…, 其中…, or after a semicolon);
 * otherwise its section heading's or the text's lead year (draft.ts), otherwise
 * "unknown". A guess is worse than "unknown".
 */

export type PeriodContext = {
  /** Year of the source's date (its YAML's published, or a dateline in the text). */
  sourceYear: number | null;
};

export type ResolvedPeriod = { period: string; why: string };

/** Words that begin a sentence continuing the previous one's subject and time. */
export const CONTINUATION = /^(共|其中|全年|当年|同期|另有|另外|合计|总计|累计共)/;

export function periodAt(times: TimeExpression[], at: number, ctx: PeriodContext): ResolvedPeriod | null {
  const before = times.filter((t) => t.end <= at);
  const last = before.at(-1);
  if (!last) return null;
  // 2019年以来,…投入1.5亿元,…到2024年新增…: the whole stretch belongs to the range the sentence closes.
  const closing = last.kind === "since" ? times.find((t) => t.start >= at && t.kind === "until") : undefined;
  if (closing) return { period: range(last.from!, closing.from!), why: `from “${last.written}” … “${closing.written}”` };
  const why = `from “${last.written}”`;
  switch (last.kind) {
    case "year":
      return { period: String(last.from), why };
    case "range":
      return { period: range(last.from!, last.to!), why };
    case "until": {
      const since = before.findLast((t) => t.kind === "since");
      return since
        ? { period: range(since.from!, last.from!), why: `from “${since.written}” … “${last.written}”` }
        : { period: String(last.from), why };
    }
    case "since":
      return ctx.sourceYear && ctx.sourceYear > last.from!
        ? { period: range(last.from!, ctx.sourceYear), why: `${why} to the source's date` }
        : { period: "unknown", why: `${why}, but the source's date is unknown` };
    case "now":
      return ctx.sourceYear
        ? { period: String(ctx.sourceYear), why: `${why}: the source's date` }
        : { period: "unknown", why: `${why}, but the source's date is unknown` };
    case "this-year":
      return ctx.sourceYear ? { period: String(ctx.sourceYear), why } : { period: "unknown", why: `${why}, source date unknown` };
    case "last-year":
      return ctx.sourceYear ? { period: String(ctx.sourceYear - 1), why } : { period: "unknown", why: `${why}, source date unknown` };
    case "vague":
      return { period: "unknown", why: `“${last.written}” names no year` };
  }
}

const range = (from: number, to: number) => (from === to ? String(from) : `${from}-${to}`);
