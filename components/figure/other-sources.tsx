import { getTranslations } from "next-intl/server";
import type { Figure, Locale, Unit } from "@/lib/domain/types";
import { formatValue } from "@/lib/format";
import { localizedPath } from "@/lib/i18n/paths";
import { Section } from "@/components/section";

/** Other sources' figures for the same period: agreeing ones support the figure; a different one is shown with why it is not used. */
export async function OtherSources({ figure, unit, indicatorSlug, locale }: { figure: Figure; unit: Unit; indicatorSlug: string; locale: Locale }) {
  if (figure.statements.length === 0) return null;
  const t = await getTranslations("figure");
  return (
    <Section id="other-sources-heading" title={t("otherSources")} className="space-y-2" data-testid="other-sources">
      <ul className="space-y-3 text-sm">
        {figure.statements.map((s) => (
          <li key={s.source.slug}>
            <a className="text-brand-700 underline" href={`${localizedPath(locale, `/sources/${s.source.slug}`)}#fig-${indicatorSlug}`}>
              {s.source.title[locale]}
            </a>
            {": "}
            <span className="font-bold tabular-nums">{formatValue(s.value, unit, s.qualifier, locale, s.written)}</span>
            {" · "}
            {s.agrees ? t("agrees") : t("disagrees")}
            <q lang="zh-CN" className="mt-1 block text-muted">{s.quote}</q>
          </li>
        ))}
      </ul>
      {figure.preferredReason && <p className="text-sm">{t("preferredBecause", { reason: figure.preferredReason })}</p>}
    </Section>
  );
}
