import { getTranslations } from "next-intl/server";
import type { Indicator, Locale } from "@/lib/domain/types";
import { formatPeriod, formatValue } from "@/lib/format";
import { localizedPath } from "@/lib/i18n/paths";
import { Section } from "@/components/section";

/** An indicator's whole series, newest period first, each period's figure with the source it comes from. */
export async function FigureSeries({ indicator, locale }: { indicator: Indicator; locale: Locale }) {
  if (indicator.figures.length < 2) return null;
  const t = await getTranslations("figure");
  return (
    <Section id="series-heading" title={t("series")} className="space-y-2" data-testid="figure-series">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("seriesCaption", { name: indicator.name[locale] })}</caption>
          <thead>
            <tr className="border-b border-brand-100">
              <th scope="col" className="py-2 pr-3">{t("seriesPeriod")}</th>
              <th scope="col" className="py-2 pr-3">{t("seriesValue")}</th>
              <th scope="col" className="py-2">{t("seriesSource")}</th>
            </tr>
          </thead>
          <tbody>
            {[...indicator.figures].reverse().map((f) => (
              <tr key={f.id} className="border-b border-brand-50 align-top">
                <th scope="row" className="py-2 pr-3 text-left font-normal">{formatPeriod(f.period, locale)}</th>
                <td className="whitespace-nowrap py-2 pr-3 font-bold tabular-nums">
                  {formatValue(f.value, indicator.unit, f.qualifier, locale, f.stated?.written)}
                </td>
                <td className="py-2">
                  {f.stated ? (
                    <>
                      <a className="text-brand-700 underline" href={`${localizedPath(locale, `/sources/${f.stated.source.slug}`)}#fig-${indicator.slug}`}>
                        {f.stated.source.title[locale]}
                      </a>
                      <q lang="zh-CN" className="mt-1 block text-muted">{f.stated.quote}</q>
                    </>
                  ) : (
                    t("derivedByPortal")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
