import { getTranslations } from "next-intl/server";
import type { City, Figure, Indicator, Locale, SourceRef } from "@/lib/domain/types";
import { formatPeriod, formatValue } from "@/lib/format";
import { localizedPath } from "@/lib/i18n/paths";
import { absoluteUrl } from "@/lib/seo";

type Props = { indicator: Indicator; figure: Figure; source: SourceRef | null; city: City; locale: Locale };

/** A figure for other sites' pages: the value, its source line and a link back, nothing else. */
export async function FigureEmbed({ indicator, figure, source, city, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "journalists" });
  const portal = city.portalName[locale];
  const href = absoluteUrl(localizedPath(locale, `/indicators/${indicator.slug}`));
  return (
    <figure lang={locale === "zh" ? "zh-CN" : "en"} className="m-0 border-l-4 border-brand-700 p-4 font-sans" data-testid="embed">
      <figcaption className="text-base font-bold text-ink">
        {indicator.name[locale]}
        <span className="font-normal text-muted"> · {city.name[locale]} · {formatPeriod(figure.period, locale)}</span>
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
