import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { bilingualSchema, sourceFileSchema } from "../content/schema";
import { SLUG_PATTERN } from "../domain/slug";

/**
 * The review in progress, kept as one JSON file that is rewritten after every decision: closing the
 * browser or stopping the desk loses nothing, and the next start resumes where the editor stopped.
 */

const slug = z.string().regex(SLUG_PATTERN, "must be lower-case English words joined by hyphens");
const isoDate = z.iso.date("must be a date written YYYY-MM-DD");

/** A source's fields as content/sources/<slug>.yaml holds them, less the text file name the desk derives. */
export const sourceMetaSchema = sourceFileSchema.omit({ text: true });
export type SourceMeta = z.infer<typeof sourceMetaSchema>;

export const decisionSchema = z.discriminatedUnion("kind", [
  /** The number is not a figure worth publishing (a change, a target, a number in passing). */
  z.strictObject({ kind: z.literal("reject") }),
  /** A new indicator in an existing topic, with this figure as its first. */
  z.strictObject({ kind: z.literal("new"), topic: slug, slug, name: bilingualSchema, description: bilingualSchema }),
  /** A new point in an existing indicator's series (or one created earlier in this review). */
  z.strictObject({ kind: z.literal("series"), indicator: slug }),
]);
export type Decision = z.infer<typeof decisionSchema>;

/** The figure as the editor has it: the drafter's reading, with what the editor changed. */
export const figureFieldsSchema = z.strictObject({
  value: z.number().finite(),
  unit: z.string().min(1),
  /** Any string, so a qualifier the schema does not know yet shows as a check problem, not a lost edit. */
  qualifier: z.string().min(1),
  period: z.string().min(1),
});
export type FigureFields = z.infer<typeof figureFieldsSchema>;

export const candidateSchema = z.strictObject({
  id: z.string(),
  written: z.string(),
  quote: z.string(),
  label: z.string(),
  periodWhy: z.string(),
  change: z.enum(["increase", "decrease"]).optional(),
  /** Where the written number stands in the text (offsets into it), for highlighting; null when not found. */
  span: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  /** The drafter's match with an indicator in content/, if any. */
  match: z.object({ slug: z.string(), how: z.enum(["same-figure", "series"]), score: z.number() }).nullable(),
  figure: figureFieldsSchema,
  decision: decisionSchema.nullable(),
  /** Where another source gives a different figure for the period: which one the portal shows, and why. */
  preferred: z.strictObject({ which: z.enum(["this", "existing"]), reason: z.string().trim().min(1) }).nullable(),
  /** Where this figure replaces a published value: the correction entry's date and reason. */
  correction: z.strictObject({ date: isoDate, reason: z.string().trim().min(1) }).nullable(),
});
export type CandidateEntry = z.infer<typeof candidateSchema>;

/** A published figure corrected from the desk: its new reading of the source, and why. */
export const amendmentSchema = z.strictObject({
  indicator: slug,
  period: z.string(),
  value: z.number().finite(),
  written: z.string().trim().min(1),
  qualifier: z.string().min(1),
  quote: z.string().trim().min(1),
  date: isoDate,
  reason: z.string().trim().min(1, "a correction must say why"),
});
export type Amendment = z.infer<typeof amendmentSchema>;

/** A published figure taken out, as content/withdrawn.yaml records it. */
export const deskWithdrawalSchema = z.strictObject({
  indicator: slug,
  period: z.string(),
  date: isoDate,
  reason: z.string().trim().min(1, "a withdrawal must say why"),
});
export type DeskWithdrawal = z.infer<typeof deskWithdrawalSchema>;

export const reviewSchema = z.strictObject({
  version: z.literal(1),
  /** The new source, or null for a review that only corrects or withdraws published figures. */
  source: sourceMetaSchema.nullable(),
  /** The date 今年, 去年 and 截至目前 were read against. */
  referenceDate: isoDate.nullable(),
  /** The source's text, verbatim, as it will be saved beside its YAML. */
  text: z.string(),
  candidates: z.array(candidateSchema),
  /** Numbers the drafter left out, with the reason, so the editor sees nothing vanished. */
  leftOut: z.array(z.object({ written: z.string(), reason: z.string(), quote: z.string() })),
  amendments: z.array(amendmentSchema),
  withdrawals: z.array(deskWithdrawalSchema),
});
export type Review = z.infer<typeof reviewSchema>;

export const emptyReview = (): Review => ({
  version: 1, source: null, referenceDate: null, text: "", candidates: [], leftOut: [], amendments: [], withdrawals: [],
});

/** The review file in the state folder: one review at a time. */
export class ReviewStore {
  constructor(private readonly dir: string) {}

  private get file() {
    return path.join(this.dir, "review.json");
  }

  load(): Review | null {
    if (!existsSync(this.file)) return null;
    const parsed = reviewSchema.safeParse(JSON.parse(readFileSync(this.file, "utf8")));
    if (!parsed.success) throw new Error(`${this.file} is not a review the desk can read: ${parsed.error.issues[0]?.message}; move it away to start again`);
    return parsed.data;
  }

  /** Written to a temporary file and renamed over the old one: a crash mid-write never leaves half a review. */
  save(review: Review) {
    mkdirSync(this.dir, { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(review, null, 1));
    renameSync(tmp, this.file);
  }

  /** Moves the review aside once it is published (or discarded), so the next one starts clean but this one is kept. */
  archive(label: string) {
    if (!existsSync(this.file)) return;
    const done = path.join(this.dir, "done");
    mkdirSync(done, { recursive: true });
    renameSync(this.file, path.join(done, `${label}.json`));
  }
}
