import { getTranslations } from "next-intl/server";
import { getCitationContext } from "@/lib/data/dataset";
import { sourceOfFigure } from "@/lib/dataset";
import { latestFigure, type Indicator, type Locale } from "@/lib/domain/types";
import { formatPeriod, formatValue } from "@/lib/format";
import { absoluteUrl, localizedPath } from "@/lib/seo";

/** A figure for other sites' pages: the value, its source line and a link back, nothing else. */
export async function FigureEmbed({ indicator, locale }: { indicator: Indicator; locale: Locale }) {
  const [t, context] = await Promise.all([getTranslations({ locale, namespace: "journalists" }), getCitationContext()]);
  const figure = latestFigure(indicator);
  const source = sourceOfFigure(figure, context.all);
  const portal = context.city.portalName[locale];
  const href = absoluteUrl(localizedPath(locale, `/indicators/${indicator.slug}`));
  return (
    <figure lang={locale === "zh" ? "zh-CN" : "en"} className="m-0 border-l-4 border-brand-700 p-4 font-sans" data-testid="embed">
      <figcaption className="text-base font-bold text-ink">
        {indicator.name[locale]}
        <span className="font-normal text-muted"> · {context.city.name[locale]} · {formatPeriod(figure.period, locale)}</span>
      </figcaption>
      <p className="my-2 text-4xl font-bold tabular-nums text-brand-800" data-testid="embed-value">
        {formatValue(figure.value, indicator.unit, figure.qualifier, locale, figure.stated?.written)}
      </p>
      {source && (
        <p className="text-sm text-muted">
          {figure.derived ? t("embed.derivedFrom") : t("embed.source")}
          {locale === "zh" ? "：" : ": "}
          <span lang="zh-CN">《{source.title.zh}》</span>
          {locale === "en" && ` (${source.title.en})`}
          {locale === "zh" ? "，" : ", "}
          {source.authors.join(locale === "zh" ? "、" : ", ")}
          {!source.publisher &&
            !source.published &&
            (locale === "zh" ? `（${t("embed.publisherUnknown")}）` : ` (${t("embed.publisherUnknown")})`)}
        </p>
      )}
      <p className="mt-2 text-sm">
        <a href={href} target="_blank" rel="noopener" className="text-brand-700 underline">
          {t("embed.viewOnPortal", { portal })}
        </a>
      </p>
    </figure>
  );
}
