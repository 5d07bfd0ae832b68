import type { City, Figure, Indicator, Locale, SourceRef } from "./domain/types";
import { formatPeriod, formatUnit, formatValue } from "./format";
import { SOURCE_TYPE_FACTS } from "./domain/source-types";
import { absoluteUrl } from "./seo";
import { localizedPath } from "./i18n/paths";

/** schema.org descriptions of the portal's data, for search engines' dataset search. */

/** A source as schema.org describes its kind of document (lib/domain/source-types.ts). */
const article = (source: SourceRef) => ({
  "@type": SOURCE_TYPE_FACTS[source.type].schemaOrgType,
  headline: source.title.zh,
  alternativeHeadline: source.title.en,
  inLanguage: source.language,
  author: source.authors.map((name) => ({ "@type": "Person", name })),
  ...(source.publisher ? { publisher: { "@type": "Organization", name: source.publisher } } : {}),
  ...(source.published ? { datePublished: source.published } : {}),
  ...(source.url ? { url: source.url } : {}),
});

const portal = (city: City, locale: Locale) => ({ "@type": "Organization", name: city.portalName[locale], url: absoluteUrl(localizedPath(locale, "/")) });

export function datasetJsonLd(city: City, sources: SourceRef[], locale: Locale, name: string, description: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name,
    description,
    url: absoluteUrl(localizedPath(locale, "/data")),
    inLanguage: ["zh-CN", "en"],
    license: city.licence.url,
    isAccessibleForFree: true,
    creator: portal(city, locale),
    spatialCoverage: { "@type": "Place", name: `${city.name[locale]}, ${city.province[locale]}` },
    isBasedOn: sources.map(article),
    distribution: [
      { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: absoluteUrl("/data/indicators.csv") },
      {
        "@type": "DataDownload",
        encodingFormat: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        contentUrl: absoluteUrl("/data/indicators.xlsx"),
      },
      { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: absoluteUrl("/data/indicators.json") },
      { "@type": "DataDownload", encodingFormat: "application/vnd.datapackage+json", contentUrl: absoluteUrl("/data/datapackage.json") },
    ],
  };
}

export function figureJsonLd(indicator: Indicator, figure: Figure, source: SourceRef | null, city: City, locale: Locale) {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: `${indicator.name[locale]} (${formatPeriod(figure.period, locale)})`,
    description: indicator.description[locale],
    url: absoluteUrl(localizedPath(locale, `/indicators/${indicator.slug}`)),
    license: city.licence.url,
    isAccessibleForFree: true,
    creator: portal(city, locale),
    ...(figure.period !== "unknown" ? { temporalCoverage: figure.period.replace("-", "/") } : {}),
    spatialCoverage: { "@type": "Place", name: city.name[locale] },
    variableMeasured: {
      "@type": "PropertyValue",
      name: indicator.name[locale],
      value: figure.value,
      unitText: formatUnit(indicator.unit, locale),
      description: formatValue(figure.value, indicator.unit, figure.qualifier, locale, figure.stated?.written),
    },
    ...(source ? { isBasedOn: article(source) } : {}),
    distribution: [
      { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: absoluteUrl(`/data/indicators/${indicator.slug}.csv`) },
      { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: absoluteUrl(`/data/indicators/${indicator.slug}.json`) },
    ],
  };
}
