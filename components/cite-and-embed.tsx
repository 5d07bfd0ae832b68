import { getTranslations } from "next-intl/server";
import { CITATION_STYLES, citationAroundAccessDate, citedValue, formatCitation, type CitationInput } from "@/lib/citation";
import type { City, Figure, Indicator, Locale } from "@/lib/domain/types";
import { embedPath, localizedPath } from "@/lib/i18n/paths";
import { absoluteUrl } from "@/lib/seo";
import { figureJsonLd } from "@/lib/structured-data";
import { CopyButton } from "./copy-button";
import { JsonLd } from "./json-ld";

/** The iframe code for a figure's embed page; the height fits the value, the source line and the link. */
export function embedCode(slug: string, locale: Locale, title: string): string {
  const src = absoluteUrl(embedPath(locale, `/indicators/${slug}`));
  const safeTitle = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${src}" title="${safeTitle}" width="100%" height="280" style="border:0;max-width:640px" loading="lazy"></iframe>`;
}

type Props = {
  indicator: Indicator;
  figure: Figure;
  /** What citing the figure needs (null when no source can be found); its URL is replaced per language. */
  citation: CitationInput | null;
  city: City;
  locale: Locale;
};

/** The figure page's toolkit for reporters: citations in two languages and three styles, downloads, embed code. */
export async function CiteAndEmbed({ indicator, figure, citation: base, city, locale }: Props) {
  const t = await getTranslations("journalists");
  const pageUrl = (l: Locale) => absoluteUrl(localizedPath(l, `/indicators/${indicator.slug}`));
  const copyLabels = { copiedLabel: t("copy.copied"), failedLabel: t("copy.failed") };
  const figureText = citedValue({ indicator, figure }, locale);
  const embedTitle = t("embed.title", { name: indicator.name[locale], portal: city.portalName[locale] });
  const code = embedCode(indicator.slug, locale, embedTitle);
  const languages: Locale[] = locale === "zh" ? ["zh", "en"] : ["en", "zh"];
  return (
    <>
      <JsonLd data={figureJsonLd(indicator, figure, base?.source ?? null, city, locale)} />
      <section aria-labelledby="cite-heading" className="space-y-4 rounded-xl border border-brand-100 bg-white p-4 sm:p-5" data-testid="cite">
        <h2 id="cite-heading" className="text-lg font-bold">
          {t("cite.heading")}
        </h2>
        <p className="text-sm text-muted">{t("cite.intro")}</p>
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm text-muted">{t("cite.figureOnly")}:</span>
          <span id="cite-figure" className="font-bold tabular-nums">
            {figureText}
          </span>
          <CopyButton text={figureText} targetId="cite-figure" label={t("cite.copyFigure")} {...copyLabels} />
        </div>
        {base &&
          CITATION_STYLES.map((style) => (
            <div key={style} className="space-y-2">
              <h3 className="text-sm font-bold">{t(`cite.styles.${style}`)}</h3>
              {languages.map((l) => {
                const input = { ...base, url: pageUrl(l) };
                const id = `cite-${style}-${l}`;
                return (
                  <div key={l} className="rounded bg-brand-50 p-3">
                    <p id={id} lang={l === "zh" ? "zh-CN" : "en"} className="break-words text-sm" data-testid={id}>
                      {formatCitation(input, style, l)}
                    </p>
                    <p className="mt-2">
                      <CopyButton
                        text={formatCitation(input, style, l)}
                        targetId={id}
                        label={t("cite.copyStyle", { style: t(`cite.styles.${style}`), language: t(`cite.${l}`) })}
                        // The button writes the day of copying into the citation, not the day of the build.
                        citation={citationAroundAccessDate(input, style, l)}
                        {...copyLabels}
                      />
                    </p>
                  </div>
                );
              })}
            </div>
          ))}
        <p className="text-sm">
          {t("cite.downloads")}:{" "}
          <a className="text-brand-700 underline" href={`/data/indicators/${indicator.slug}.csv`} download>
            {t("cite.csv")}
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
      </section>

      <section aria-labelledby="embed-heading" className="space-y-3 rounded-xl border border-brand-100 bg-white p-4 sm:p-5">
        <h2 id="embed-heading" className="text-lg font-bold">
          {t("embed.heading")}
        </h2>
        <p className="text-sm text-muted">{t("embed.intro")}</p>
        <pre id="embed-code" className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-brand-50 p-3 text-xs" data-testid="embed-code">
          {code}
        </pre>
        <CopyButton text={code} targetId="embed-code" label={t("embed.copy")} {...copyLabels} />
      </section>
    </>
  );
}
