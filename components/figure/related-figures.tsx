import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import type { Indicator, Locale, TopicSummary } from "@/lib/domain/types";
import { IndicatorCard } from "@/components/indicator-card";
import { Section } from "@/components/section";

/** Other figures of the same topic, and the way to all of them. */
export async function RelatedFigures({ related, topic, locale }: { related: Indicator[]; topic: TopicSummary; locale: Locale }) {
  if (related.length === 0) return null;
  const t = await getTranslations("figure");
  return (
    <Section id="related-heading" className="print:hidden" headingClassName="mb-4 text-lg font-bold" title={t("related")}>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {related.map((r) => (
          <IndicatorCard key={r.slug} indicator={r} locale={locale} />
        ))}
      </ul>
      <p className="mt-3">
        <Link href={`/topics/${topic.slug}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t("allTopic", { topic: topic.name[locale] })}
        </Link>
      </p>
    </Section>
  );
}
