import { getTranslations } from "next-intl/server";
import { CITATION_STYLES, citationAroundAccessDate, citedValue, formatCitation, valueSentence, type CitationInput } from "@/lib/citation";
import type { City, Figure, Indicator, Locale } from "@/lib/domain/types";
import { embedPath, localizedPath } from "@/lib/i18n/paths";
import { absoluteUrl } from "@/lib/seo";
import { figureJsonLd } from "@/lib/structured-data";
import { embedHostScript } from "@/lib/embed-height";
import { CitationPicker } from "./citation-picker";
import { CopyButton } from "./copy-button";
import { JsonLd } from "./json-ld";

/**
 * The iframe code for a figure's embed page, with the few lines that let the embed set the iframe's
 * height to its content's at any width (lib/embed-height.ts); 280 px is the fallback where a host
 * strips scripts.
 */
export function embedCode(slug: string, locale: Locale, title: string): string {
  const src = absoluteUrl(embedPath(locale, `/indicators/${slug}`));
  const safeTitle = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${src}" title="${safeTitle}" width="100%" height="280" style="border:0;max-width:640px" loading="lazy"></iframe>\n${embedHostScript(new URL(src).origin)}`;
}

type Props = {
  indicator: Indicator;
  figure: Figure;
  /** What citing the figure needs (null when no source can be found); its URL is replaced per language. */
  citation: CitationInput | null;
  city: City;
  locale: Locale;
};

/**
 * Citing a figure without scrolling: a sentence to paste, one citation with a choice of style and
 * language, downloads; the embed code folded away, since few readers need it.
 */
export async function CiteAndEmbed({ indicator, figure, citation: base, city, locale }: Props) {
  const t = await getTranslations("journalists");
  const pageUrl = (l: Locale) => absoluteUrl(localizedPath(l, `/indicators/${indicator.slug}`));
  const copyLabels = { copiedLabel: t("copy.copied"), failedLabel: t("copy.failed") };
  // A bare number means nothing once pasted; the sentence says where, when, what and who said so.
  const sentence = base ? valueSentence({ ...base, indicator }, locale) : citedValue({ indicator, figure }, locale);
  const embedTitle = t("embed.title", { name: indicator.name[locale], portal: city.portalName[locale] });
  const code = embedCode(indicator.slug, locale, embedTitle);
  const languages: Locale[] = locale === "zh" ? ["zh", "en"] : ["en", "zh"];
  const choices = base
    ? CITATION_STYLES.flatMap((style) =>
        languages.map((l) => {
          const input = { ...base, url: pageUrl(l) };
          return {
            style,
            lang: l,
            text: formatCitation(input, style, l),
            copyLabel: t("cite.copyStyle", { style: t(`cite.styles.${style}`), language: t(`cite.${l}`) }),
            // The button writes the day of copying into the citation, not the day of the build.
            citation: citationAroundAccessDate(input, style, l),
          };
        }),
      )
    : [];
  return (
    <>
      <JsonLd data={figureJsonLd(indicator, figure, base?.source ?? null, city, locale)} />
      <section aria-labelledby="cite-heading" className="space-y-4 rounded-xl border border-brand-100 bg-white p-4 sm:p-5 print:space-y-2 print:border-0 print:p-0" data-testid="cite">
        <h2 id="cite-heading" className="text-lg font-bold">
          {t("cite.heading")}
        </h2>
        <div className="space-y-2">
          <p id="cite-figure" className="font-medium" data-testid="cite-sentence">
            {sentence}
          </p>
          <p className="print:hidden">
            <CopyButton text={sentence} targetId="cite-figure" label={t("cite.copyFigure")} {...copyLabels} />
          </p>
        </div>
        {base && (
          <CitationPicker
            choices={choices}
            styles={CITATION_STYLES.map((style) => ({ key: style, label: t(`cite.styles.${style}`) }))}
            languages={languages.map((l) => ({ key: l, label: t(`cite.${l}`) }))}
            labels={{ style: t("cite.style"), language: t("cite.language"), copied: t("copy.copied"), failed: t("copy.failed") }}
          />
        )}
        <p className="text-sm print:hidden">
          {t("cite.downloads")}:{" "}
          <a className="text-brand-700 underline" href={`/data/indicators/${indicator.slug}.csv`} download>
            {t("cite.csv")}
          </a>{" "}
          ·{" "}
          <a className="text-brand-700 underline" href={`/data/indicators/${indicator.slug}.xlsx`} download>
            {t("cite.xlsx")}
          </a>{" "}
          ·{" "}
          <a className="text-brand-700 underline" href={`/data/indicators/${indicator.slug}.json`}>
            {t("cite.json")}
          </a>{" "}
          ·{" "}
          <a className="text-brand-700 underline" href={`/api/v1/indicators/${indicator.slug}`}>
            {t("cite.api")}
          </a>
        </p>
        <details className="print:hidden">
          <summary className="cursor-pointer font-medium text-brand-700">{t("embed.heading")}</summary>
          <div className="mt-2 space-y-3">
            <p className="text-sm text-muted">{t("embed.intro")}</p>
            <pre id="embed-code" className="overflow-x-auto rounded bg-brand-50 p-3 text-xs break-all whitespace-pre-wrap" data-testid="embed-code">
              {code}
            </pre>
            <CopyButton text={code} targetId="embed-code" label={t("embed.copy")} {...copyLabels} />
          </div>
        </details>
      </section>
    </>
  );
}
