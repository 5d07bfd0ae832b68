import { checkVocabulary, vocabularyFileSchema, type Vocabulary } from "./vocabulary";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import {
  cityFileSchema,
  redirectsFileSchema,
  synonymsFileSchema,
  withdrawnFileSchema,
  type Withdrawal,
  sourceFileSchema,
  topicFileSchema,
  unitsFileSchema,
  type CityInput,
  type DerivedFigureInput,
  type FigureInput,
  type SourceInput,
  type StatedFigureInput,
  type TopicInput,
  type UnitFileEntry,
} from "./schema";
import { agree, groupByPeriod, primaryFigures, type PeriodGroup } from "./figure-groups";
import { findInSource, indexSourceText, stripWhitespace, type IndexedText, type TextSpan } from "./source-text";
import { readWritten, type ReadingKind } from "../numbers/read";
import { computeDerived } from "./derive";
import { chartUnitProblem } from "../charts/series";
import { chartChangeProblem, chartPeriodProblem } from "./chart-periods";

/** Every problem found in content/, each naming the file, the item and the field. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`content/ has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
    this.name = "ContentError";
  }
}

export type LoadedSource = SourceInput & { fullText: string; file: string };

export type LoadedStatedFigure = StatedFigureInput & { quoteSpan: TextSpan; writtenSpan: TextSpan };
export type LoadedFigure = LoadedStatedFigure | DerivedFigureInput;

export type LoadedIndicator = Omit<TopicInput["indicators"][number], "figures"> & { figures: LoadedFigure[] };
export type LoadedStory = TopicInput["stories"][number] & { quoteSpan: TextSpan };
export type LoadedTopic = Omit<TopicInput, "indicators" | "stories"> & {
  file: string;
  indicators: LoadedIndicator[];
  stories: LoadedStory[];
};

/** content/ after validation: every quote located, every derived value checked. */
export type Content = {
  city: CityInput;
  units: Record<string, UnitFileEntry>;
  sources: LoadedSource[];
  topics: LoadedTopic[];
  redirects: { from: string; to: string }[];
  /** Published figures taken out of content, with why (content/withdrawn.yaml). */
  withdrawn: Withdrawal[];
  /** Search synonyms, keys and words lower-cased: a resident's word → the content's words. */
  synonyms: Record<string, string[]>;
  /** What readers call each indicator (content/vocabulary.yaml), for search. */
  vocabulary: Vocabulary;
};

export const isDerived = (f: FigureInput): f is DerivedFigureInput => "derived" in f;

/** What the checks share: the problems found so far and the files already read. */
type Check = {
  problems: string[];
  rel: (file: string) => string;
  units: Record<string, UnitFileEntry>;
  indexedSources: Map<string, IndexedText>;
  indicatorIndex: Map<string, { unit: string; figures: FigureInput[] }>;
};

/** Reads, validates and cross-checks content/; throws ContentError listing every problem found. */
export function loadContent(contentDir: string): Content {
  const check: Check = {
    problems: [],
    rel: (file) => path.relative(process.cwd(), file) || file,
    units: {},
    indexedSources: new Map(),
    indicatorIndex: new Map(),
  };
  const city = readYaml(check, path.join(contentDir, "city.yaml"), cityFileSchema);
  check.units = readYaml(check, path.join(contentDir, "units.yaml"), unitsFileSchema) ?? {};
  const redirectsFile = path.join(contentDir, "redirects.yaml");
  const redirects = existsSync(redirectsFile) ? (readYaml(check, redirectsFile, redirectsFileSchema) ?? []) : [];
  const withdrawnFile = path.join(contentDir, "withdrawn.yaml");
  const withdrawn = existsSync(withdrawnFile) ? (readYaml(check, withdrawnFile, withdrawnFileSchema) ?? []) : [];
  const sources = readSources(check, path.join(contentDir, "sources"));
  const parsedTopics = yamlFiles(path.join(contentDir, "topics")).flatMap((file) => {
    const topic = readYaml(check, file, topicFileSchema);
    return topic ? [{ file: check.rel(file), topic }] : [];
  });

  indexSlugs(check, parsedTopics, city);
  const topics = parsedTopics.map(({ file, topic }) => checkTopic(check, file, topic));
  for (const listed of city?.topics ?? []) {
    if (!parsedTopics.some((t) => t.topic.slug === listed)) check.problems.push(`city.yaml: field topics: topic "${listed}" has no file in topics/`);
  }
  for (const r of redirects) {
    if (!check.indicatorIndex.has(r.to)) check.problems.push(`redirects.yaml: redirect ${r.from}: field to: unknown indicator "${r.to}"`);
    if (check.indicatorIndex.has(r.from)) check.problems.push(`redirects.yaml: redirect ${r.from}: field from: an indicator still uses this slug`);
  }

  const synonyms = checkSynonyms(check, path.join(contentDir, "synonyms.yaml"), sources, parsedTopics);
  const vocabulary = readVocabulary(check, path.join(contentDir, "vocabulary.yaml"));
  const { problems } = check;
  if (problems.length || !city) throw new ContentError(problems.length ? problems : ["content/city.yaml is missing"]);
  return { city, units: check.units, sources, topics: topics.sort((a, b) => a.order - b.order), redirects, withdrawn, synonyms, vocabulary };
}

function readVocabulary(check: Check, file: string): Vocabulary {
  if (!existsSync(file)) return {};
  const raw = readYaml(check, file, vocabularyFileSchema) ?? {};
  const { vocabulary, problems } = checkVocabulary(raw, check.rel(file), new Set(check.indicatorIndex.keys()));
  check.problems.push(...problems);
  return vocabulary;
}

/** Every word a synonym stands for must occur somewhere in content, or searching for it finds nothing. */
function checkSynonyms(check: Check, file: string, sources: LoadedSource[], parsedTopics: { topic: TopicInput }[]): Record<string, string[]> {
  if (!existsSync(file)) return {};
  const raw = readYaml(check, file, synonymsFileSchema) ?? {};
  const corpus = [...sources.map((s) => s.fullText), ...parsedTopics.map(({ topic }) => JSON.stringify(topic))].join("\n").toLowerCase();
  const checked: Record<string, string[]> = {};
  for (const [word, targets] of Object.entries(raw)) {
    const key = word.toLowerCase();
    checked[key] = [];
    for (const target of targets.map((t) => t.toLowerCase())) {
      if (target === key) check.problems.push(`${check.rel(file)}: ${word}: "${target}" is the word itself`);
      else if (!corpus.includes(target)) check.problems.push(`${check.rel(file)}: ${word}: "${target}" appears nowhere in content, so it would find nothing`);
      else checked[key].push(target);
    }
  }
  return checked;
}

/** A YAML file parsed and validated against `schema`; undefined (with the problems noted) when it is not valid. */
function readYaml<S extends z.ZodType>(check: Check, file: string, schema: S): z.infer<S> | undefined {
  let raw: unknown;
  try {
    const doc = YAML.parseDocument(readFileSync(file, "utf8"), { prettyErrors: true });
    if (doc.errors.length) {
      for (const e of doc.errors) check.problems.push(`${check.rel(file)}: YAML syntax: ${e.message.split("\n")[0]}`);
      return undefined;
    }
    raw = doc.toJS();
  } catch (e) {
    check.problems.push(`${check.rel(file)}: cannot be read: ${(e as Error).message}`);
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of unionBranchIssues(parsed.error.issues)) check.problems.push(`${check.rel(file)}: ${describeZodPath(raw, issue.path)}: ${issue.message}`);
    return undefined;
  }
  return parsed.data;
}

/** Each source's YAML with its full text, indexed so quotes can be found in it. */
function readSources(check: Check, dir: string): LoadedSource[] {
  const sources: LoadedSource[] = [];
  for (const file of yamlFiles(dir)) {
    const source = readYaml(check, file, sourceFileSchema);
    if (!source) continue;
    const textFile = path.join(path.dirname(file), source.text);
    if (!existsSync(textFile)) {
      check.problems.push(`${check.rel(file)}: source ${source.slug}: field text: file ${source.text} not found beside it`);
      continue;
    }
    if (check.indexedSources.has(source.slug)) {
      check.problems.push(`${check.rel(file)}: source ${source.slug}: field slug: duplicate source slug`);
      continue;
    }
    const fullText = readFileSync(textFile, "utf8");
    sources.push({ ...source, fullText, file: check.rel(file) });
    check.indexedSources.set(source.slug, indexSourceText(fullText));
  }
  return sources;
}

/** Slugs are URLs: one owner each, across all files. Also indexes every indicator for the cross-checks. */
function indexSlugs(check: Check, parsedTopics: { file: string; topic: TopicInput }[], city: CityInput | undefined) {
  const owners = new Map<string, string>();
  const claim = (kind: string, slugValue: string, where: string) => {
    const key = `${kind}:${slugValue}`;
    const first = owners.get(key);
    if (first) check.problems.push(`${where}: field slug: duplicate ${kind} slug (first used in ${first})`);
    else owners.set(key, where);
  };
  for (const { file, topic } of parsedTopics) {
    claim("topic", topic.slug, `${file}: topic ${topic.slug}`);
    if (city && !city.topics.includes(topic.slug)) {
      check.problems.push(`${file}: topic ${topic.slug}: field slug: unknown topic (not listed under topics in city.yaml)`);
    }
    for (const ind of topic.indicators) {
      claim("indicator", ind.slug, `${file}: indicator ${ind.slug}`);
      check.indicatorIndex.set(ind.slug, { unit: ind.unit, figures: ind.figures });
    }
    for (const story of topic.stories) claim("story", story.slug, `${file}: story ${story.slug}`);
    for (const chart of topic.charts) claim("chart", chart.slug, `${file}: chart ${chart.slug}`);
  }
}

function checkTopic(check: Check, file: string, topic: TopicInput): LoadedTopic {
  const indicators: LoadedIndicator[] = topic.indicators.map((ind) => {
    const where = `${file}: indicator ${ind.slug}`;
    if (!check.units[ind.unit]) check.problems.push(`${where}: field unit: unknown unit "${ind.unit}" (not in units.yaml)`);
    for (const group of groupByPeriod(ind.figures)) checkSamePeriod(check, where, group);
    const figures = ind.figures.map((figure, i) => {
      const at = `${where}, figure ${i + 1}`;
      return isDerived(figure) ? checkDerived(check, figure, ind.unit, at) : checkStated(check, figure, ind.unit, at);
    });
    return { ...ind, figures: figures.filter((f): f is LoadedFigure => f !== null) };
  });

  const stories: LoadedStory[] = [];
  for (const story of topic.stories) {
    const where = `${file}: story ${story.slug}`;
    const indexed = check.indexedSources.get(story.source);
    if (!indexed) {
      check.problems.push(`${where}: field source: unknown source "${story.source}"`);
      continue;
    }
    const quoteSpan = findInSource(indexed, story.quote);
    if (!quoteSpan) check.problems.push(`${where}: field quote: not found in source ${story.source}`);
    else stories.push({ ...story, quoteSpan });
  }

  for (const chart of topic.charts) checkChart(check, file, chart);
  return { ...topic, file, indicators, stories };
}

function checkChart(check: Check, file: string, chart: TopicInput["charts"][number]) {
  for (const slugValue of [...chart.indicators, ...Object.keys(chart.labels)]) {
    if (!check.indicatorIndex.has(slugValue)) check.problems.push(`${file}: chart ${chart.slug}: field indicators: unknown indicator "${slugValue}"`);
  }
  // Refused here, at import, so a chart that would mix yuan with counts never reaches a page.
  const charted = chart.indicators.flatMap((slugValue) => {
    const unit = check.indicatorIndex.get(slugValue)?.unit;
    const kind = unit ? check.units[unit]?.kind : undefined;
    return unit && kind ? [{ slug: slugValue, unit, kind }] : [];
  });
  const unitProblem = chartUnitProblem(chart.kind, charted);
  if (unitProblem) check.problems.push(`${file}: chart ${chart.slug}: field indicators: ${unitProblem}`);
  const periods = (slugValue: string) => check.indicatorIndex.get(slugValue)?.figures.map((f) => f.period);
  for (const p of chartPeriodProblem(chart, periods)) check.problems.push(`${file}: chart ${chart.slug}: field ${p.field}: ${p.message}`);
  const changes = chartChangeProblem(chart, (slugValue) => check.indicatorIndex.get(slugValue)?.figures.map((f) => ({ period: f.period, change: isDerived(f) ? undefined : f.change })));
  if (changes) check.problems.push(`${file}: chart ${chart.slug}: field indicators: ${changes}`);
}

/**
 * Several figures for one period must come from different sources, none derived, and either agree or
 * say which one to show: the import never picks silently between sources that disagree.
 */
function checkSamePeriod(check: Check, where: string, group: PeriodGroup<FigureInput>) {
  if (group.others.length === 0) return;
  const all = [group.primary, ...group.others];
  const figures = `figures ${group.positions.map((p) => p + 1).join(" and ")}`;
  if (all.some(isDerived)) {
    check.problems.push(`${where}, ${figures}: field period: a second figure for ${group.period}; a derived figure cannot share its period`);
    return;
  }
  const stated = all as StatedFigureInput[];
  const sources = stated.map((f) => f.source);
  if (new Set(sources).size < sources.length) {
    check.problems.push(`${where}, ${figures}: field period: a second figure for ${group.period} from the same source`);
    return;
  }
  const preferred = stated.filter((f) => f.preferred);
  if (preferred.length > 1) {
    check.problems.push(`${where}, ${figures}: field preferred: only one figure of period ${group.period} can be preferred`);
  } else if (preferred.length === 0 && !stated.every((f) => agree(f, stated[0]))) {
    const values = stated.map((f) => `${f.source} says ${f.written} (${f.value}, ${f.qualifier})`).join(", ");
    check.problems.push(
      `${where}, ${figures}: field preferred: the sources disagree for ${group.period} (${values}); ` +
        `add preferred: <why> to the one the portal should show`,
    );
  }
}

/** A stated figure's quote is in its source, its written number in its quote, and its value and qualifier are what that number says. */
function checkStated(check: Check, figure: StatedFigureInput, unit: string, at: string): LoadedStatedFigure | null {
  const { problems } = check;
  const indexed = check.indexedSources.get(figure.source);
  if (!indexed) {
    problems.push(`${at}: field source: unknown source "${figure.source}"`);
    return null;
  }
  const quoteSpan = findInSource(indexed, figure.quote);
  if (!quoteSpan) {
    problems.push(`${at}: field quote: not found in source ${figure.source} (compared without white space)`);
    return null;
  }
  const writtenSpan = findInSource(indexed, figure.written, quoteSpan.start);
  if (!writtenSpan || writtenSpan.end > quoteSpan.end) {
    problems.push(`${at}: field written: "${figure.written}" does not occur in its quote`);
    return null;
  }
  // The words just before the written form (比上年增长) decide whether it states a change.
  const quote = stripWhitespace(figure.quote);
  const before = quote.slice(0, quote.indexOf(stripWhitespace(figure.written)));
  const read = readWritten(figure.written, before);
  if (!read) {
    problems.push(`${at}: field written: "${figure.written}" contains no number`);
    return null;
  }
  const how = (q: string, word?: string) => (word ? `${q} (${word})` : q);
  if (read.upper !== undefined) {
    problems.push(`${at}: field written: "${figure.written}" is a range (${read.value} to ${read.upper}); a figure has one value: quote one number`);
  }
  if (read.value !== figure.value) {
    problems.push(`${at}: field value: content says ${figure.value}, but "${figure.written}" reads as ${read.value}`);
  }
  if (read.qualifier !== figure.qualifier) {
    problems.push(`${at}: field qualifier: content says "${figure.qualifier}", but "${figure.written}" reads as "${how(read.qualifier, read.qualifierWord)}"`);
  }
  if ((read.change ?? null) !== (figure.change ?? null)) {
    problems.push(
      `${at}: field change: content says ${figure.change ? `a change (${figure.change})` : "a level"}, but "${before.slice(-6)}${figure.written}" reads as ${read.change ? `a change (${read.change})` : "a level"}`,
    );
  }
  const kind = check.units[unit]?.kind;
  const special: ReadingKind[] = ["percent", "per-mille", "percentage-point"];
  if (kind && (special.includes(read.kind) || special.includes(kind as ReadingKind)) && kind !== read.kind) {
    problems.push(`${at}: field written: "${figure.written}" is written in ${read.kind === "count" ? `“${read.measure}”` : read.kind}, but the indicator's unit ${unit} is ${kind}`);
  }
  return { ...figure, quoteSpan, writtenSpan };
}

/** A derived figure's inputs exist, have a stated figure for its period, and give exactly its value and qualifier. */
function checkDerived(check: Check, figure: DerivedFigureInput, unit: string, at: string): DerivedFigureInput | null {
  const { problems } = check;
  const inputs = figure.derived.inputs.map((slugValue) => ({ slugValue, input: check.indicatorIndex.get(slugValue) }));
  const missing = inputs.filter((x) => !x.input).map((x) => x.slugValue);
  if (missing.length) {
    problems.push(`${at}: field derived.inputs: unknown indicator(s) ${missing.join(", ")}`);
    return null;
  }
  const operands = inputs.map(({ slugValue, input }) => {
    const match = primaryFigures(input!.figures).find((f) => f.period === figure.period && !isDerived(f));
    return { slugValue, unit: input!.unit, figure: match };
  });
  const noPeriod = operands.filter((o) => !o.figure).map((o) => o.slugValue);
  if (noPeriod.length) {
    problems.push(`${at}: field period: no stated figure for period ${figure.period} in ${noPeriod.join(", ")}`);
    return null;
  }
  if (figure.derived.op === "sum" && operands.some((o) => o.unit !== unit)) {
    problems.push(`${at}: field derived.inputs: a sum needs inputs in its own unit (${unit})`);
    return null;
  }
  // Changes (增长5.5%) and percentage points are never added up or divided as if they were levels.
  const changes = operands.filter((o) => (o.figure as StatedFigureInput).change || check.units[o.unit]?.kind === "percentage-point");
  if (changes.length) {
    problems.push(`${at}: field derived.inputs: ${changes.map((o) => o.slugValue).join(", ")} state a change, which is never summed or divided as a level`);
    return null;
  }
  const result = computeDerived(
    figure.derived.op,
    operands.map((o) => ({ value: o.figure!.value, qualifier: o.figure!.qualifier })),
    figure.derived.decimals,
  );
  if (result.value !== figure.value) problems.push(`${at}: field value: ${figure.value} but the inputs give ${result.value}`);
  if (result.qualifier !== figure.qualifier) {
    problems.push(`${at}: field qualifier: "${figure.qualifier}" but the inputs and rounding make it "${result.qualifier}"`);
  }
  return figure;
}

/**
 * A figure is stated or derived (a union), and zod reports a figure that fits neither as
 * "Invalid input". Report instead why the branch it comes closest to refused it
 * (figure 1, field checked: must be a date), so a draft's TODOs read clearly.
 */
function unionBranchIssues(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== "invalid_union" || !issue.errors.length) return [issue];
    const closest = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
    return unionBranchIssues(closest.map((e) => ({ ...e, path: [...issue.path, ...e.path] })));
  });
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** ["indicators", 3, "figures", 0, "quote"] → "indicator hotline-rate, figure 1, field quote". */
export function describeZodPath(raw: unknown, issuePath: PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = raw;
  const fields: string[] = [];
  for (let i = 0; i < issuePath.length; i++) {
    const key = issuePath[i];
    const next = (node as Record<PropertyKey, unknown> | undefined)?.[key as never];
    const collection = ["indicators", "figures", "stories", "charts", "corrections"].includes(String(key));
    if (collection && typeof issuePath[i + 1] === "number") {
      const index = issuePath[i + 1] as number;
      const item = (next as unknown[] | undefined)?.[index] as { slug?: unknown } | undefined;
      const noun = String(key).replace(/ies$/, "y").replace(/s$/, "");
      parts.push(typeof item?.slug === "string" ? `${noun} ${item.slug}` : `${noun} ${index + 1}`);
      node = item;
      i++;
      continue;
    }
    fields.push(String(key));
    node = next;
  }
  const field = fields.length ? `field ${fields.join(".")}` : "file";
  return [...parts, field].join(", ");
}
