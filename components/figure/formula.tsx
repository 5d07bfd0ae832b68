import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { latestFigure, type Figure, type Indicator, type Locale } from "@/lib/domain/types";
import { formatPeriod, formatValue } from "@/lib/format";
import { Section } from "@/components/section";

type Derived = NonNullable<Figure["derived"]>;

/** How the portal computed a derived figure, with each input's value for the same period. */
export async function Formula({ derived, period, inputs, locale }: { derived: Derived; period: string; inputs: Indicator[]; locale: Locale }) {
  const t = await getTranslations("figure");
  return (
    <Section id="formula-heading" className="space-y-2" title={t("formula")}>
      <p>
        {t(`ops.${derived.op}`)}, {t("roundedTo", { decimals: derived.decimals })}.
      </p>
      <h3 className="font-bold">{t("inputs")}</h3>
      <ol className="list-decimal space-y-1 pl-6">
        {inputs.map((input) => {
          const f = input.figures.find((x) => x.period === period) ?? latestFigure(input);
          return (
            <li key={input.slug}>
              <Link href={`/indicators/${input.slug}`} className="text-brand-700 underline">
                {input.name[locale]}
              </Link>
              : {formatValue(f.value, input.unit, f.qualifier, locale, f.stated?.written)} ({formatPeriod(f.period, locale)})
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
