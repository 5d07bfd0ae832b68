import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { createTwoFilesPatch } from "diff";
import { PrismaClient } from "../generated/prisma/client";
import { importContent, publishedFigures } from "../content/import";
import { isDerived, loadContent, type Content } from "../content/load";
import { qualifierSchema } from "../content/schema";
import { SOURCE_TYPES } from "../domain/source-types";
import { wordingScore } from "../draft/match";
import { formatPeriod, formatValue } from "../format";
import { planReview, type Plan } from "./apply";
import { checkPlan, type Problem } from "./checks";
import { proposeEnglish, proposeSlug } from "./names";
import { previewIndicators } from "./preview";
import type { DeskSettings } from "./settings";
import { ReviewStore, type Review } from "./state";

/**
 * The desk's work, apart from HTTP: the review kept on disk, the catalog of what content/ holds, the
 * checks, and publishing (write, import, build). server.ts only parses requests and calls these.
 */

export type PublishJob = {
  phase: "idle" | "writing" | "importing" | "building" | "done" | "failed";
  /** Lines of progress, the build's output among them. */
  log: string[];
  error: string | null;
};

/** What GET /api/review answers, and every change to the review. */
export type DeskView = Awaited<ReturnType<Desk["view"]>>;

export class Desk {
  readonly store: ReviewStore;
  private prisma: PrismaClient;
  job: PublishJob = { phase: "idle", log: [], error: null };

  constructor(readonly settings: DeskSettings) {
    this.store = new ReviewStore(settings.stateDir);
    this.prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: settings.databaseUrl }) });
  }

  async close() {
    await this.prisma.$disconnect();
  }

  /** content/ as it is now; the desk refuses to work on content the importer itself would refuse. */
  content(): Content {
    return loadContent(this.settings.contentDir);
  }

  /** What the editor chooses from: topics, indicators with their current series, units, qualifiers, source types. */
  catalog(content: Content) {
    const units = content.units;
    return {
      city: content.city.name,
      topics: content.topics.map((t) => ({ slug: t.slug, name: t.name })),
      units: Object.entries(units).map(([key, u]) => ({ key, zh: u.zh, en: u.en[1] })),
      qualifiers: qualifierSchema.options,
      sourceTypes: SOURCE_TYPES,
      indicators: content.topics.flatMap((t) =>
        t.indicators.map((ind) => {
          const u = units[ind.unit];
          const unit = u ? { key: ind.unit, kind: u.kind, zh: u.zh, en: { singular: u.en[0], plural: u.en[1] } } : null;
          return {
            slug: ind.slug,
            topic: t.slug,
            name: ind.name,
            unit: ind.unit,
            series: ind.figures.map((f) => ({
              period: f.period,
              value: f.value,
              qualifier: f.qualifier,
              written: isDerived(f) ? null : f.written,
              quote: isDerived(f) ? null : f.quote,
              source: isDerived(f) ? null : f.source,
              derived: isDerived(f),
              preferred: isDerived(f) ? null : (f.preferred ?? null),
              shown: {
                zh: `${formatPeriod(f.period, "zh")} ${unit ? formatValue(f.value, unit, f.qualifier, "zh", isDerived(f) ? null : f.written) : f.value}`,
                en: `${formatPeriod(f.period, "en")}: ${unit ? formatValue(f.value, unit, f.qualifier, "en") : f.value}`,
              },
            })),
          };
        }),
      ),
    };
  }

  /** For each candidate: indicators of the same unit, closest wording first, and proposed names for a new one. */
  suggestions(content: Content, review: Review) {
    const indicators = content.topics.flatMap((t) => t.indicators.map((ind) => ({ ind, topic: t.slug })));
    const names = [
      ...content.topics.map((t) => t.name),
      ...content.topics.flatMap((t) => t.indicators.flatMap((i) => [i.name, ...(i.label ? [i.label] : [])])),
    ];
    const taken = new Set(indicators.map((x) => x.ind.slug));
    return Object.fromEntries(
      review.candidates.map((c) => {
        const matches = indicators
          .filter((x) => x.ind.unit === c.figure.unit)
          .map((x) => ({ slug: x.ind.slug, score: Math.round(((wordingScore(c.label, x.ind.name.zh) + wordingScore(c.quote, x.ind.name.zh)) / 2) * 100) / 100 }))
          .sort((a, b) => b.score - a.score)
          .slice(0, 5);
        const en = proposeEnglish(c.label, names);
        const topic = c.match ? indicators.find((x) => x.ind.slug === c.match!.slug)?.topic : matches[0] ? indicators.find((x) => x.ind.slug === matches[0].slug)?.topic : undefined;
        return [c.id, { matches, name: { zh: c.label, en: en.text }, nameFrom: en.from, slug: proposeSlug(en.text, topic ?? null, taken), topic: topic ?? content.topics[0]?.slug ?? null }];
      }),
    );
  }

  /** Everything the page shows: the review, what content/ holds, suggestions and the checks' problems. */
  async view() {
    const content = this.content();
    const review = this.store.load();
    const catalog = this.catalog(content);
    const today = this.settings.today();
    if (!review) return { review: null, catalog, suggestions: {} as ReturnType<Desk["suggestions"]>, problems: [] as Problem[], job: this.job, today };
    const { problems } = await this.check(review);
    return { review, catalog, suggestions: this.suggestions(content, review), problems, job: this.job, today };
  }

  async published(content: Content) {
    return publishedFigures(this.prisma, content.city.slug);
  }

  /** The planned files and every problem the importer would find in them. */
  async check(review: Review): Promise<{ plan: Plan; problems: Problem[]; after: Content | null }> {
    const plan = planReview(this.settings.contentDir, review, this.settings.today());
    const content = this.content();
    const { problems, content: after } = checkPlan(this.settings.contentDir, plan, await this.published(content));
    return { plan, problems, after };
  }

  /** The pages of every indicator the review changes, as they will look (null while the importer cannot read the content). */
  async preview(review: Review) {
    const { plan, after } = await this.check(review);
    if (!after) return null;
    const slugs = new Set([...Object.values(plan.placements).map((p) => p.indicator), ...review.amendments.map((a) => a.indicator), ...review.withdrawals.map((w) => w.indicator)]);
    return previewIndicators(after, [...slugs]);
  }

  /** Unified diffs of every file the review writes, old against new. */
  diff(plan: Plan): { file: string; patch: string; created: boolean }[] {
    return Object.entries(plan.files).map(([rel, text]) => {
      const old = plan.before[rel];
      return { file: `content/${rel}`, created: old === null, patch: createTwoFilesPatch(`a/content/${rel}`, `b/content/${rel}`, old ?? "", text, "", "", { context: 3 }) };
    });
  }

  /**
   * Writes the files, imports them in one transaction, then runs the build. Refused, with nothing
   * written, when any check fails; when the import itself fails the files are put back as they were.
   */
  async publish(): Promise<{ ok: true } | { ok: false; problems: Problem[] }> {
    if (this.job.phase === "writing" || this.job.phase === "importing" || this.job.phase === "building") {
      return { ok: false, problems: [{ candidate: null, kind: "other", message: "a publication is already running" }] };
    }
    const review = this.store.load();
    if (!review) return { ok: false, problems: [{ candidate: null, kind: "other", message: "there is no review to publish" }] };
    const { plan, problems } = await this.check(review);
    if (problems.length) return { ok: false, problems };

    const job: PublishJob = { phase: "writing", log: [], error: null };
    this.job = job;
    const say = (line: string) => job.log.push(line);
    const dir = this.settings.contentDir;
    for (const [rel, text] of Object.entries(plan.files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
      say(`wrote content/${rel}`);
    }
    job.phase = "importing";
    try {
      const content = await importContent(this.prisma, dir);
      say(`imported ${content.topics.flatMap((t) => t.indicators).flatMap((i) => i.figures).length} figures into the database in one transaction`);
    } catch (e) {
      for (const [rel, old] of Object.entries(plan.before)) {
        if (old === null) rmSync(path.join(dir, rel), { force: true });
        else writeFileSync(path.join(dir, rel), old);
      }
      job.phase = "failed";
      job.error = `The import refused the content; the files were put back as they were: ${(e as Error).message}`;
      return { ok: false, problems: [{ candidate: null, kind: "other", message: job.error }] };
    }
    this.store.archive(`${review.source?.slug ?? "corrections"}-${this.settings.today()}-${Date.now()}`);
    void this.build(job);
    return { ok: true };
  }

  private build(job: PublishJob): Promise<void> {
    const command = this.settings.buildCommand;
    if (!command) {
      job.log.push("build skipped (DESK_BUILD_COMMAND=none)");
      job.phase = "done";
      return Promise.resolve();
    }
    job.phase = "building";
    job.log.push(`$ ${command}`);
    return new Promise((resolve) => {
      const child = spawn(command, {
        shell: true,
        cwd: this.settings.projectDir,
        env: { ...process.env, DATABASE_URL: this.settings.databaseUrl, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
      });
      const take = (chunk: Buffer) => {
        for (const line of chunk.toString().split("\n")) if (line.trim()) job.log.push(line);
        if (job.log.length > 2000) job.log.splice(1, job.log.length - 2000);
      };
      child.stdout.on("data", take);
      child.stderr.on("data", take);
      child.on("close", (code) => {
        job.phase = code === 0 ? "done" : "failed";
        if (code !== 0) job.error = `the build stopped with exit code ${code}; the content is imported, run the build again with npm run build`;
        resolve();
      });
    });
  }
}
