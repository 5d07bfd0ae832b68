import YAML, { type Document, type Pair, type YAMLMap } from "yaml";
import { sourceFileSchema } from "../content/schema";
import { readWritten } from "../numbers/read";
import type { Candidate, Draft } from "./draft";

/**
 * The draft as files for content/. Everything the text decides is filled in;
 * everything a person must decide is left in a form the importer refuses, with
 * a TODO comment beside it: an empty English name ("English translation is
 * missing"), a slug in capitals, checked: null ("must be a date"), a unit
 * named after its measure word (unknown unit).
 */

export type DraftFileOptions = {
  sourceSlug: string;
  /** The day the draft is made (YYYY-MM-DD): the figures' added date. */
  today: string;
  /** Whether content/sources/<slug>.yaml already exists. */
  sourceExists: boolean;
  /** Where the text file lives, for the header comments. */
  textPath: string;
};

/** File name (inside the draft folder) → YAML text. */
export type DraftFiles = Record<string, string>;

const header = (lines: string[]) => lines.map((l) => ` ${l}`).join("\n");

/** Writes { zh, en } pairs (and the en list of a unit) on one line, as content/ does. */
function render(doc: Document.Parsed): string {
  const walk = (node: unknown) => {
    if (YAML.isMap(node)) {
      const keys = node.items.map((p) => (YAML.isScalar(p.key) ? p.key.value : undefined));
      if (keys.length === 2 && keys[0] === "zh" && keys[1] === "en") node.flow = true;
      for (const p of node.items) {
        if (YAML.isScalar(p.key) && p.key.value === "en" && YAML.isSeq(p.value)) p.value.flow = true;
        walk(p.value);
      }
    } else if (YAML.isSeq(node)) node.items.forEach(walk);
  };
  walk(doc.contents);
  return doc.toString({ lineWidth: 0 });
}

export function draftFiles(draft: Draft, options: DraftFileOptions): DraftFiles {
  const files: DraftFiles = {};
  const fresh = draft.candidates.filter((c) => !c.indicator);
  const series = draft.candidates.filter((c) => c.indicator?.how === "series");

  if (fresh.length) files["topic.yaml"] = topicYaml(fresh, draft, options);
  if (series.length) files["series.yaml"] = seriesYaml(series, options);
  const units = newUnits(fresh);
  if (units.length) files["units.yaml"] = unitsYaml(units);
  if (!options.sourceExists) files["source.yaml"] = sourceYaml(draft, options);
  return files;
}

function figureOf(c: Candidate, options: DraftFileOptions) {
  return {
    value: c.value,
    written: c.written,
    qualifier: c.qualifier,
    period: c.period,
    source: options.sourceSlug,
    quote: c.quote,
    ...(c.change ? { change: c.change } : {}),
    checked: null,
    added: options.today,
    corrections: [],
  };
}

/** Comments that say where the period came from and what the importer will not accept as drafted. */
function annotate(figure: YAMLMap, c: Candidate) {
  const notes = [`period ${c.periodWhy}`];
  if (c.change) notes.push(`a change (${c.change}), not a level: name the indicator after the change`);
  // The importer reads the written form with the same reader (lib/numbers/read.ts): this only trips on a bug.
  const loader = readWritten(c.written, c.quote.slice(0, c.quote.indexOf(c.written)));
  if (!loader || loader.value !== c.value || loader.qualifier !== c.qualifier) {
    notes.push(`TODO the importer reads “${c.written}” as ${loader ? `${loader.value} (${loader.qualifier})` : "no number"}; the draft read ${c.value} (${c.qualifier})`);
  }
  figure.commentBefore = header(notes);
  setComment(figure, "checked", " TODO compare with the source, then write the date (YYYY-MM-DD)");
}

function setComment(map: YAMLMap, key: string, comment: string) {
  const pair = map.items.find((p) => (p.key as { value?: unknown })?.value === key) as Pair<unknown, { comment?: string }> | undefined;
  if (pair?.value) pair.value.comment = comment;
}

function topicYaml(candidates: Candidate[], draft: Draft, options: DraftFileOptions): string {
  const doc = new YAML.Document({
    slug: "TODO",
    order: 99,
    name: { zh: "", en: "" },
    description: { zh: "", en: "" },
    summary: { zh: "", en: "" },
    indicators: candidates.map((c, i) => ({
      slug: `TODO-${i + 1}`,
      name: { zh: c.label, en: "" },
      description: { zh: "", en: "" },
      unit: c.unit,
      figures: [figureOf(c, options)],
    })),
  }) as Document.Parsed;
  doc.commentBefore = header([
    `Draft topic from ${options.textPath}, made by npm run content:draft on ${options.today}.`,
    "New indicators: one per figure the text states that no indicator in content/ matches.",
    "Fill every TODO (the importer refuses them as they are), delete figures that are not worth",
    "showing, group the rest into topics and move them to content/topics/<nn>-<slug>.yaml.",
    ...draft.structures.map((s) => `TODO a structure of shares, one figure (content/ has no shape for it yet): ${s.label} ${s.written} (${s.period}), “${s.quote}”`),
  ]);
  setComment(doc.contents as YAMLMap, "slug", " TODO English slug of the topic (or move the indicators into an existing topic file)");
  candidates.forEach((c, i) => {
    const ind = doc.getIn(["indicators", i], true) as YAMLMap;
    ind.commentBefore = header([`${c.written}: ${c.quote}`]);
    setComment(ind, "slug", " TODO English slug");
    setComment(ind, "name", " TODO check the Chinese name (words around the number), add the English one");
    if (c.newUnit) {
      const choices = c.unitOptions.length ? ` or one of ${c.unitOptions.join(", ")}` : "";
      setComment(ind, "unit", ` TODO a new unit for ${c.unit} (see units.yaml in this draft)${choices}`);
    }
    annotate(doc.getIn(["indicators", i, "figures", 0], true) as YAMLMap, c);
  });
  return render(doc);
}

function seriesYaml(candidates: Candidate[], options: DraftFileOptions): string {
  const doc = new YAML.Document(
    candidates.map((c) => ({ indicator: c.indicator!.slug, file: c.indicator!.file, figure: figureOf(c, options) })),
  ) as Document.Parsed;
  doc.commentBefore = header([
    `Figures from ${options.textPath} for indicators already in content/ (drafted on ${options.today}).`,
    "Each extends the named indicator's series: check that it really measures the same thing,",
    "then append the figure to that indicator's figures in the file named.",
  ]);
  candidates.forEach((c, i) => {
    const item = doc.getIn([i], true) as YAMLMap;
    item.commentBefore = header([
      `${c.written} matched by unit and wording (score ${c.indicator!.score})`,
      ...(c.indicator!.periodTaken ? [`TODO ${c.indicator!.slug} already has a figure for ${c.period}: the same figure restated, or a conflict to resolve`] : []),
    ]);
    annotate(doc.getIn([i, "figure"], true) as YAMLMap, c);
  });
  return render(doc);
}

type NewUnit = { measure: string; kind: "count" | "rank"; options: string[]; example: string };

function newUnits(candidates: Candidate[]): NewUnit[] {
  const byMeasure = new Map<string, NewUnit>();
  for (const c of candidates) {
    if (!c.newUnit || byMeasure.has(c.unit)) continue;
    byMeasure.set(c.unit, { measure: c.unit, kind: /第|全/.test(c.written) ? "rank" : "count", options: c.unitOptions, example: c.written });
  }
  return [...byMeasure.values()];
}

function unitsYaml(units: NewUnit[]): string {
  const doc = new YAML.Document(
    Object.fromEntries(units.map((u) => [u.measure, { kind: u.kind, zh: u.measure, en: ["", ""] }])),
  ) as Document.Parsed;
  doc.commentBefore = header([
    "Proposed units, named after the measure word the text uses. Give each an English key",
    "(kebab-case) and English singular and plural, check its kind, add it to content/units.yaml,",
    "and use the key as the indicator's unit. Kinds: currency, percent, rank, count, duration.",
    "A word like 个 counts different things: content/units.yaml gives each thing its own unit",
    "(place, community, library), so one proposal here may become several units, or an existing one.",
  ]);
  const map = doc.contents as YAMLMap;
  units.forEach((u, i) => {
    map.items[i].key = doc.createNode(u.measure);
    (map.items[i].key as { commentBefore?: string }).commentBefore = header([
      `TODO English key for ${u.measure} (as in ${u.example})${u.options.length ? `; existing units written ${u.measure}: ${u.options.join(", ")}` : ""}`,
    ]);
  });
  return render(doc);
}

function sourceYaml(draft: Draft, options: DraftFileOptions): string {
  // Fields a newer source schema adds (type, language) are drafted only where the schema has them.
  const fields = sourceFileSchema.shape as Record<string, { options?: string[] }>;
  const doc = new YAML.Document({
    slug: options.sourceSlug,
    ...("type" in fields ? { type: null } : {}),
    ...("language" in fields ? { language: "zh-CN" } : {}),
    title: { zh: "", en: "" },
    authors: [],
    publisher: null,
    published: draft.sourceDate,
    url: null,
    text: `${options.sourceSlug}.txt`,
    retrieved: null,
  }) as Document.Parsed;
  doc.commentBefore = header([
    `Draft of content/sources/${options.sourceSlug}.yaml: fill the TODOs and move it beside the text.`,
    "Leave publisher, published and url null when the source does not say; never guess them.",
  ]);
  const map = doc.contents as YAMLMap;
  if ("type" in fields) setComment(map, "type", ` TODO one of ${fields.type.options?.join(", ") ?? "the source types"}`);
  if ("language" in fields) setComment(map, "language", " the drafter reads Chinese text: check it");
  setComment(map, "title", " TODO the title as the source gives it, and an English translation");
  setComment(map, "authors", " TODO at least one author or issuing body");
  setComment(map, "published", draft.sourceDate ? " read from the text's dateline: check it" : " TODO the date, if the source gives one");
  setComment(map, "retrieved", " TODO the day the text was copied (YYYY-MM-DD)");
  return render(doc);
}
