import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import {
  cityFileSchema,
  redirectsFileSchema,
  sourceFileSchema,
  topicFileSchema,
  unitsFileSchema,
  type CityInput,
  type DerivedFigureInput,
  type FigureInput,
  type SourceInput,
  type StatedFigureInput,
  type TopicInput,
  type UnitDefinition,
} from "./schema";
import { findInSource, indexSourceText, type IndexedText, type TextSpan } from "./source-text";
import { parseWrittenNumber } from "./written-number";
import { computeDerived } from "./derive";
import { chartUnitProblem } from "../charts/series";
import { chartPeriodProblem } from "./chart-periods";

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
  units: Record<string, UnitDefinition>;
  sources: LoadedSource[];
  topics: LoadedTopic[];
  redirects: { from: string; to: string }[];
};

export const isDerived = (f: FigureInput): f is DerivedFigureInput => "derived" in f;

/** Reads, validates and cross-checks content/; throws ContentError listing every problem found. */
export function loadContent(contentDir: string): Content {
  const problems: string[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file) || file;

  function readYaml<S extends z.ZodType>(file: string, schema: S, describe = describeZodPath): z.infer<S> | undefined {
    let raw: unknown;
    try {
      const doc = YAML.parseDocument(readFileSync(file, "utf8"), { prettyErrors: true });
      if (doc.errors.length) {
        for (const e of doc.errors) problems.push(`${rel(file)}: YAML syntax: ${e.message.split("\n")[0]}`);
        return undefined;
      }
      raw = doc.toJS();
    } catch (e) {
      problems.push(`${rel(file)}: cannot be read: ${(e as Error).message}`);
      return undefined;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${rel(file)}: ${describe(raw, issue.path)}: ${issue.message}`);
      }
      return undefined;
    }
    return parsed.data;
  }

  const city = readYaml(path.join(contentDir, "city.yaml"), cityFileSchema);
  const units = readYaml(path.join(contentDir, "units.yaml"), unitsFileSchema) ?? {};
  const redirectsFile = path.join(contentDir, "redirects.yaml");
  const redirects = existsSync(redirectsFile) ? (readYaml(redirectsFile, redirectsFileSchema) ?? []) : [];

  const sources: LoadedSource[] = [];
  const indexedSources = new Map<string, IndexedText>();
  for (const file of yamlFiles(path.join(contentDir, "sources"))) {
    const source = readYaml(file, sourceFileSchema);
    if (!source) continue;
    const textFile = path.join(path.dirname(file), source.text);
    if (!existsSync(textFile)) {
      problems.push(`${rel(file)}: source ${source.slug}: field text: file ${source.text} not found beside it`);
      continue;
    }
    if (indexedSources.has(source.slug)) {
      problems.push(`${rel(file)}: source ${source.slug}: field slug: duplicate source slug`);
      continue;
    }
    const fullText = readFileSync(textFile, "utf8");
    sources.push({ ...source, fullText, file: rel(file) });
    indexedSources.set(source.slug, indexSourceText(fullText));
  }

  const parsedTopics: { file: string; topic: TopicInput }[] = [];
  for (const file of yamlFiles(path.join(contentDir, "topics"))) {
    const topic = readYaml(file, topicFileSchema);
    if (topic) parsedTopics.push({ file: rel(file), topic });
  }

  // Slugs are URLs: one owner each, across all files.
  const owners = new Map<string, string>();
  const claim = (kind: string, slugValue: string, where: string) => {
    const key = `${kind}:${slugValue}`;
    const first = owners.get(key);
    if (first) problems.push(`${where}: field slug: duplicate ${kind} slug (first used in ${first})`);
    else owners.set(key, where);
  };

  const indicatorIndex = new Map<string, { unit: string; figures: FigureInput[] }>();
  for (const { file, topic } of parsedTopics) {
    claim("topic", topic.slug, `${file}: topic ${topic.slug}`);
    if (city && !city.topics.includes(topic.slug)) {
      problems.push(`${file}: topic ${topic.slug}: field slug: unknown topic (not listed under topics in city.yaml)`);
    }
    for (const ind of topic.indicators) {
      claim("indicator", ind.slug, `${file}: indicator ${ind.slug}`);
      indicatorIndex.set(ind.slug, { unit: ind.unit, figures: ind.figures });
    }
    for (const story of topic.stories) claim("story", story.slug, `${file}: story ${story.slug}`);
    for (const chart of topic.charts) claim("chart", chart.slug, `${file}: chart ${chart.slug}`);
  }

  const topics: LoadedTopic[] = [];
  for (const { file, topic } of parsedTopics) {
    const indicators: LoadedIndicator[] = topic.indicators.map((ind) => {
      const where = `${file}: indicator ${ind.slug}`;
      if (!units[ind.unit]) problems.push(`${where}: field unit: unknown unit "${ind.unit}" (not in units.yaml)`);
      const periods = new Set<string>();
      const figures = ind.figures.map((figure, i) => {
        if (periods.has(figure.period)) problems.push(`${where}, figure ${i + 1}: field period: a second figure for ${figure.period}`);
        periods.add(figure.period);
        const at = `${where}, figure ${i + 1}`;
        return isDerived(figure)
          ? checkDerived(figure, ind.unit, at)
          : checkStated(figure, at);
      });
      return { ...ind, figures: figures.filter((f): f is LoadedFigure => f !== null) };
    });

    const stories: LoadedStory[] = [];
    for (const story of topic.stories) {
      const where = `${file}: story ${story.slug}`;
      const indexed = indexedSources.get(story.source);
      if (!indexed) {
        problems.push(`${where}: field source: unknown source "${story.source}"`);
        continue;
      }
      const quoteSpan = findInSource(indexed, story.quote);
      if (!quoteSpan) problems.push(`${where}: field quote: not found in source ${story.source}`);
      else stories.push({ ...story, quoteSpan });
    }

    for (const chart of topic.charts) {
      for (const slugValue of [...chart.indicators, ...Object.keys(chart.labels)]) {
        if (!indicatorIndex.has(slugValue)) {
          problems.push(`${file}: chart ${chart.slug}: field indicators: unknown indicator "${slugValue}"`);
        }
      }
      // Refused here, at import, so a chart that would mix yuan with counts never reaches a page.
      const charted = chart.indicators.flatMap((slugValue) => {
        const unit = indicatorIndex.get(slugValue)?.unit;
        const kind = unit ? units[unit]?.kind : undefined;
        return unit && kind ? [{ slug: slugValue, unit, kind }] : [];
      });
      const unitProblem = chartUnitProblem(chart.kind, charted);
      if (unitProblem) problems.push(`${file}: chart ${chart.slug}: field indicators: ${unitProblem}`);
      problems.push(...chartPeriodProblem(chart, (s) => indicatorIndex.get(s)?.figures.map((f) => f.period)).map((p) => `${file}: chart ${chart.slug}: field mixedPeriods: ${p}`));
    }
    topics.push({ ...topic, file, indicators, stories });
  }

  for (const listed of city?.topics ?? []) {
    if (!parsedTopics.some((t) => t.topic.slug === listed)) problems.push(`city.yaml: field topics: topic "${listed}" has no file in topics/`);
  }

  for (const r of redirects) {
    if (!indicatorIndex.has(r.to)) problems.push(`redirects.yaml: redirect ${r.from}: field to: unknown indicator "${r.to}"`);
    if (indicatorIndex.has(r.from)) problems.push(`redirects.yaml: redirect ${r.from}: field from: an indicator still uses this slug`);
  }

  if (problems.length || !city) throw new ContentError(problems.length ? problems : ["content/city.yaml is missing"]);
  return { city, units, sources, topics: topics.sort((a, b) => a.order - b.order), redirects };

  function checkStated(figure: StatedFigureInput, at: string): LoadedStatedFigure | null {
    const indexed = indexedSources.get(figure.source);
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
    const parsed = parseWrittenNumber(figure.written);
    if (!parsed) {
      problems.push(`${at}: field written: "${figure.written}" contains no number`);
      return null;
    }
    if (parsed.value !== figure.value) {
      problems.push(`${at}: field value: ${figure.value} does not match "${figure.written}", which gives ${parsed.value}`);
    }
    if (parsed.qualifier !== figure.qualifier) {
      problems.push(`${at}: field qualifier: "${figure.qualifier}" does not match "${figure.written}", which reads as "${parsed.qualifier}"`);
    }
    return { ...figure, quoteSpan, writtenSpan };
  }

  function checkDerived(figure: DerivedFigureInput, unit: string, at: string): DerivedFigureInput | null {
    const inputs = figure.derived.inputs.map((slugValue) => ({ slugValue, input: indicatorIndex.get(slugValue) }));
    const missing = inputs.filter((x) => !x.input).map((x) => x.slugValue);
    if (missing.length) {
      problems.push(`${at}: field derived.inputs: unknown indicator(s) ${missing.join(", ")}`);
      return null;
    }
    const operands = inputs.map(({ slugValue, input }) => {
      const match = input!.figures.find((f) => f.period === figure.period && !isDerived(f));
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
    const result = computeDerived(
      figure.derived.op,
      operands.map((o) => ({ value: o.figure!.value, qualifier: o.figure!.qualifier })),
      figure.derived.decimals,
    );
    if (result.value !== figure.value) {
      problems.push(`${at}: field value: ${figure.value} but the inputs give ${result.value}`);
    }
    if (result.qualifier !== figure.qualifier) {
      problems.push(`${at}: field qualifier: "${figure.qualifier}" but the inputs and rounding make it "${result.qualifier}"`);
    }
    return figure;
  }
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
