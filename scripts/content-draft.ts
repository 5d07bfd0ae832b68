/**
 * npm run content:draft -- <text file> [--out <folder>] [--json] [--content <folder>]
 * Drafts figures from a source text (see lib/draft/README.md). Reads files, calls lib/draft, prints and writes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import YAML from "yaml";
import { ContentError, loadContent } from "../lib/content/load";
import { sourceFileSchema } from "../lib/content/schema";
import { draftFigures } from "../lib/draft/draft";
import { existingIndicators } from "../lib/draft/existing";
import { draftFiles } from "../lib/draft/files";
import { candidatesJson, formatReport } from "../lib/draft/report";

const usage = "usage: npm run content:draft -- <text file> [--out <folder>] [--json] [--content <folder>]";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { json: { type: "boolean" }, out: { type: "string" }, content: { type: "string", default: "content" } },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${usage}`);
  }
}

const args = readArgs();
const [textFile] = args.positionals;
if (!textFile || args.positionals.length > 1) fail(usage);
if (!existsSync(textFile)) fail(`${textFile}: no such file`);
if (!textFile.endsWith(".txt")) fail(`${textFile}: expected a .txt file (content/sources/<slug>.txt)`);

const contentDir = path.resolve(args.values.content!);
function readContent() {
  try {
    return loadContent(contentDir);
  } catch (e) {
    fail(e instanceof ContentError ? `content/ must be valid before drafting against it:\n${e.message}` : String(e));
  }
}
const content = readContent();

const sourceSlug = path.basename(textFile, ".txt");
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(sourceSlug)) {
  fail(`${textFile}: name the file after the source's slug, lower-case English words joined by hyphens (e.g. city-report-2025.txt)`);
}
const sourceYaml = path.join(contentDir, "sources", `${sourceSlug}.yaml`);
let published: string | null = null;
if (existsSync(sourceYaml)) {
  const parsed = sourceFileSchema.safeParse(YAML.parse(readFileSync(sourceYaml, "utf8")));
  if (!parsed.success) fail(`${sourceYaml}: not a valid source file; run npm run db:seed to see why`);
  published = parsed.data.published;
}

const draft = draftFigures(readFileSync(textFile, "utf8"), {
  sourceDate: published,
  units: content.units,
  indicators: existingIndicators(content),
});

if (args.values.json) {
  console.log(JSON.stringify(candidatesJson(draft), null, 2));
  process.exit(0);
}

const files = draftFiles(draft, {
  sourceSlug,
  today: new Date().toISOString().slice(0, 10),
  sourceExists: existsSync(sourceYaml),
  textPath: path.relative(process.cwd(), textFile),
});
const outDir = path.resolve(args.values.out ?? path.join(contentDir, "drafts", sourceSlug));
const written: string[] = [];
if (Object.keys(files).length) {
  // A draft holds a person's edits once they start filling it in: never replace it.
  if (existsSync(outDir)) fail(`${path.relative(process.cwd(), outDir)} already exists: delete it or pass --out <another folder>`);
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(path.join(outDir, name), text, { flag: "wx" });
    written.push(path.relative(process.cwd(), path.join(outDir, name)));
  }
}
console.log(formatReport(draft, written));
const inSources = path.resolve(path.dirname(textFile)) === path.join(contentDir, "sources");
if (!inSources) console.log(`note: ${textFile} is not in content/sources/; copy it there as ${sourceSlug}.txt so the importer finds the quotes`);
