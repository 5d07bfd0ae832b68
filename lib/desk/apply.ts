import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import YAML, { type Document, type YAMLMap, type YAMLSeq } from "yaml";
import { isSlug } from "../domain/slug";
import type { Amendment, CandidateEntry, DeskWithdrawal, Review } from "./state";

/**
 * The content files as they will be after the review's decisions, computed in memory from the files as
 * they are: topic files are edited as YAML documents, so their comments and layout stay, and the diff
 * shows only what the decisions say.
 */

/** Path inside content/ → full text of the file after the decisions. */
export type PlannedFiles = Record<string, string>;

/** Where a candidate's figure lands: its indicator and its position among the indicator's figures. */
export type Placement = { file: string; indicator: string; index: number };

export type Plan = {
  files: PlannedFiles;
  /** The files as they are now (absent: a new file). */
  before: Record<string, string | null>;
  placements: Record<string, Placement>;
  /** Problems the desk finds before the importer can: no decision, a name that is not a slug. */
  problems: { candidate: string | null; kind: "undecided" | "other"; message: string }[];
};

type TopicDoc = { file: string; doc: Document.Parsed };

const topicFiles = (contentDir: string) =>
  readdirSync(path.join(contentDir, "topics"))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `topics/${f}`);

function figuresOf(doc: Document.Parsed, indicatorIndex: number): YAMLSeq {
  return doc.getIn(["indicators", indicatorIndex, "figures"], true) as YAMLSeq;
}

function findIndicator(docs: TopicDoc[], slug: string): { topic: TopicDoc; index: number } | null {
  for (const topic of docs) {
    const list = topic.doc.get("indicators", true) as YAMLSeq<YAMLMap> | undefined;
    const index = list?.items.findIndex((ind) => ind.get("slug") === slug) ?? -1;
    if (index >= 0) return { topic, index };
  }
  return null;
}

/** { zh, en } pairs on one line, as content/ writes them. */
function flowPairs(node: unknown) {
  if (YAML.isMap(node)) {
    const keys = node.items.map((p) => (YAML.isScalar(p.key) ? p.key.value : p.key));
    if (keys.length === 2 && keys[0] === "zh" && keys[1] === "en") node.flow = true;
    for (const p of node.items) flowPairs(p.value);
  } else if (YAML.isSeq(node)) node.items.forEach(flowPairs);
}

/** A figure node in the style of its neighbours: one line each where the file writes them so. */
function addFigure(doc: Document.Parsed, figures: YAMLSeq, figure: Record<string, unknown>): number {
  const node = doc.createNode(figure) as YAMLMap;
  const neighbour = figures.items[figures.items.length - 1];
  if (YAML.isMap(neighbour) && neighbour.flow) node.flow = true;
  flowPairs(node);
  figures.items.push(node);
  return figures.items.length - 1;
}

/** The figure shown for a period now: the preferred one, or the first. */
function primaryOfPeriod(figures: YAMLSeq, period: string): YAMLMap | null {
  const same = figures.items.filter((f): f is YAMLMap => YAML.isMap(f) && String(f.get("period")) === period);
  return same.find((f) => f.get("preferred")) ?? same[0] ?? null;
}

function stated(c: CandidateEntry, sourceSlug: string, today: string) {
  return {
    value: c.figure.value,
    written: c.written,
    qualifier: c.figure.qualifier,
    period: c.figure.period,
    source: sourceSlug,
    quote: c.quote,
    checked: today,
    added: today,
  };
}

/** Source YAML as content/sources/ writes it. */
function sourceYaml(review: Review): string {
  const s = review.source!;
  const doc = new YAML.Document({ slug: s.slug, type: s.type, language: s.language, title: s.title, authors: s.authors, publisher: s.publisher, published: s.published, url: s.url, text: `${s.slug}.txt`, retrieved: s.retrieved });
  flowPairs(doc.contents);
  (doc.get("authors", true) as unknown as YAMLSeq).flow = true;
  return doc.toString({ lineWidth: 0 });
}

export function planReview(contentDir: string, review: Review, today: string): Plan {
  const problems: Plan["problems"] = [];
  const placements: Plan["placements"] = {};
  const read = (rel: string) => (existsSync(path.join(contentDir, rel)) ? readFileSync(path.join(contentDir, rel), "utf8") : null);
  const docs: TopicDoc[] = topicFiles(contentDir).map((file) => ({ file, doc: YAML.parseDocument(read(file)!) }));
  const touched = new Set<string>();
  const files: PlannedFiles = {};
  const before: Plan["before"] = {};

  if (review.source) {
    const slug = review.source.slug;
    if (!isSlug(slug)) problems.push({ candidate: null, kind: "other", message: `source slug "${slug}" must be lower-case English words joined by hyphens` });
    else {
      files[`sources/${slug}.yaml`] = sourceYaml(review);
      files[`sources/${slug}.txt`] = review.text;
    }
  }
  const sourceSlug = review.source?.slug ?? "";

  // New indicators first, so that a later figure of this review can join one as a series point.
  for (const c of review.candidates) {
    if (c.decision?.kind !== "new") continue;
    const d = c.decision;
    const topic = docs.find((t) => t.doc.get("slug") === d.topic);
    if (!topic) {
      problems.push({ candidate: c.id, kind: "other", message: `unknown topic "${d.topic}"` });
      continue;
    }
    const list = topic.doc.get("indicators", true) as YAMLSeq;
    const node = topic.doc.createNode({ slug: d.slug, name: d.name, description: d.description, unit: c.figure.unit, figures: [] }) as YAMLMap;
    flowPairs(node);
    list.items.push(node);
    const index = addFigure(topic.doc, node.get("figures", true) as unknown as YAMLSeq, stated(c, sourceSlug, today));
    placements[c.id] = { file: topic.file, indicator: d.slug, index };
    touched.add(topic.file);
  }

  for (const c of review.candidates) {
    if (!c.decision) {
      problems.push({ candidate: c.id, kind: "undecided", message: "no decision yet: a new indicator, a point on an existing series, or not a figure" });
      continue;
    }
    if (c.decision.kind !== "series") continue;
    const found = findIndicator(docs, c.decision.indicator);
    if (!found) {
      problems.push({ candidate: c.id, kind: "other", message: `unknown indicator "${c.decision.indicator}"` });
      continue;
    }
    const { topic, index: indIndex } = found;
    const figures = figuresOf(topic.doc, indIndex);
    const existing = primaryOfPeriod(figures, c.figure.period);
    const figure: Record<string, unknown> = stated(c, sourceSlug, today);
    if (existing && c.preferred?.which === "this") {
      figure.preferred = c.preferred.reason;
      existing.delete("preferred");
    }
    if (existing && c.preferred?.which === "existing" && !existing.get("preferred")) existing.set("preferred", c.preferred.reason);
    if (existing && c.correction) {
      figure.corrections = [{ date: c.correction.date, old: existing.get("value"), new: c.figure.value, reason: c.correction.reason }];
    }
    const index = addFigure(topic.doc, figures, figure);
    placements[c.id] = { file: topic.file, indicator: c.decision.indicator, index };
    touched.add(topic.file);
  }

  for (const a of review.amendments) applyAmendment(docs, a, problems, touched);
  if (review.withdrawals.length) {
    const withdrawn = YAML.parseDocument(read("withdrawn.yaml") ?? "[]\n");
    for (const w of review.withdrawals) applyWithdrawal(docs, withdrawn, w, problems, touched);
    files["withdrawn.yaml"] = withdrawn.toString({ lineWidth: 0 });
  }

  for (const t of docs) if (touched.has(t.file)) files[t.file] = t.doc.toString({ lineWidth: 0 });
  for (const rel of Object.keys(files)) before[rel] = read(rel);
  return { files, before, placements, problems };
}

function applyAmendment(docs: TopicDoc[], a: Amendment, problems: Plan["problems"], touched: Set<string>) {
  const found = findIndicator(docs, a.indicator);
  const figure = found && primaryOfPeriod(figuresOf(found.topic.doc, found.index), a.period);
  if (!found || !figure) {
    problems.push({ candidate: null, kind: "other", message: `correction: indicator ${a.indicator} has no figure for ${a.period}` });
    return;
  }
  const old = figure.get("value");
  figure.set("value", a.value);
  figure.set("written", a.written);
  figure.set("qualifier", a.qualifier);
  figure.set("quote", a.quote);
  const corrections = (figure.get("corrections", true) as YAMLSeq | undefined) ?? (found.topic.doc.createNode([]) as YAMLSeq);
  const entry = found.topic.doc.createNode({ date: a.date, old, new: a.value, reason: a.reason }) as YAMLMap;
  entry.flow = true;
  corrections.flow = false;
  corrections.items.push(entry);
  figure.set("corrections", corrections);
  touched.add(found.topic.file);
}

function applyWithdrawal(docs: TopicDoc[], withdrawn: Document.Parsed, w: DeskWithdrawal, problems: Plan["problems"], touched: Set<string>) {
  const found = findIndicator(docs, w.indicator);
  const figures = found && figuresOf(found.topic.doc, found.index);
  const figure = figures && primaryOfPeriod(figures, w.period);
  if (!found || !figures || !figure) {
    problems.push({ candidate: null, kind: "other", message: `withdrawal: indicator ${w.indicator} has no figure for ${w.period}` });
    return;
  }
  const value = figure.get("value");
  // Every source's statement of the period goes: the withdrawal is of the figure, not of one statement.
  figures.items = figures.items.filter((f) => !(YAML.isMap(f) && String(f.get("period")) === w.period));
  const entry = withdrawn.createNode({ indicator: w.indicator, period: w.period, value, date: w.date, reason: w.reason }) as YAMLMap;
  entry.flow = true;
  const list = withdrawn.contents as YAMLSeq;
  list.flow = false;
  list.items.push(entry);
  touched.add(found.topic.file);
}
