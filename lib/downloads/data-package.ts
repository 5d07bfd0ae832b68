import type { City, SourceRef, Unit } from "../domain/types";
import { COLUMN_DOCS } from "./columns";
import { CSV_COLUMNS } from "./csv";

/** A Frictionless Data Package (v1 descriptor) for the CSV, its units and its sources. */
export function buildDataPackage(args: {
  city: City;
  units: Unit[];
  sources: SourceRef[];
  /** The CSV's path relative to the descriptor, so the package reads the same from whatever origin serves it. */
  csvPath: string;
  homepage: string;
  created: string;
}) {
  const { city, units, sources } = args;
  return {
    profile: "tabular-data-package",
    name: `${city.slug}-livelihood-indicators`,
    title: `${city.portalName.en} · ${city.portalName.zh}`,
    description:
      `Livelihood figures for ${city.name.en} (${city.name.zh}), each with the source sentence it comes from. ` +
      "Values are in base units (yuan, counts, 70.81 for 70.81%); see the units resource. " +
      `Sources: ${sources.map(describeSource).join("; ")}.`,
    homepage: args.homepage,
    created: args.created,
    licenses: [{ name: city.licence.name, path: city.licence.url, title: city.licence.name }],
    sources: sources.map((s) => ({
      title: `${s.title.zh} (${s.title.en})`,
      type: s.type,
      authors: s.authors,
      publisher: s.publisher,
      published: s.published,
      path: s.url ?? undefined,
      retrieved: s.retrieved,
    })),
    contributors: [{ title: city.portalName.en, role: "publisher", email: city.contact }],
    resources: [
      {
        name: "indicators",
        path: args.csvPath,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        // Plain UTF-8 without a byte-order mark: what every Frictionless library reads as published.
        encoding: "utf-8",
        dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: CSV_COLUMNS.map((name) => ({
            name,
            type: COLUMN_DOCS[name].type,
            description: COLUMN_DOCS[name].description.en,
            ...(name === "unit" ? { constraints: { required: true, enum: units.map((u) => u.key) } } : {}),
            ...(name === "value" ? { constraints: { required: true } } : {}),
          })),
          primaryKey: ["indicator", "period"],
          foreignKeys: [{ fields: "unit", reference: { resource: "units", fields: "key" } }],
        },
      },
      {
        name: "units",
        profile: "tabular-data-resource",
        format: "json",
        data: units.map((u) => ({ key: u.key, kind: u.kind, zh: u.zh, en_singular: u.en.singular, en_plural: u.en.plural })),
        schema: {
          fields: [
            { name: "key", type: "string", description: "Unit key used in the indicators CSV's unit column" },
            { name: "kind", type: "string", description: "currency | percent | rank | count | duration" },
            { name: "zh", type: "string", description: "Written after the number in Chinese" },
            { name: "en_singular", type: "string", description: "English singular" },
            { name: "en_plural", type: "string", description: "English plural" },
          ],
          primaryKey: ["key"],
        },
      },
    ],
  };
}

/** “Title” by authors (publisher, date), saying which of the two the source does not give. */
function describeSource(s: SourceRef): string {
  const facts = [s.publisher ?? "publisher not known", s.published ?? "date not known"].join(", ");
  return `“${s.title.zh}” by ${s.authors.join(", ")} (${facts})`;
}
