import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/domain/types";
import { formatDate, formatPeriod, formatValue } from "@/lib/format";
import { localizedPath } from "@/lib/i18n/paths";
import { LATEST_CHANGES } from "@/lib/paging";
import { listLatestUpdateEvents } from "@/lib/data/updates";
import { listWithdrawals } from "@/lib/data/withdrawals";
import { Section } from "@/components/section";
import { SourcesSection, sourcesPage, updatesMetadata } from "./updates-pages";

export async function generateMetadata({ params }: PageProps<"/[locale]/updates">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  return updatesMetadata(locale, 1, 1);
}

export default async function UpdatesPage({ params }: PageProps<"/[locale]/updates">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [first, latest, withdrawals, t] = await Promise.all([
    sourcesPage(1),
    listLatestUpdateEvents(LATEST_CHANGES),
    listWithdrawals(),
    getTranslations("updates"),
  ]);
  if (!first) notFound();
  const { events, total } = latest;
  const byDate = new Map<string, typeof events>();
  for (const e of events) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="mt-2">{t("intro")}</p>
        <p className="mt-2">
          <a className="text-brand-700 underline" href={localizedPath(locale, "/feed.xml")} type="application/atom+xml">
            {t("feed")}
          </a>
        </p>
      </header>
      <SourcesSection page={first.page} sources={first.sources} locale={locale} />
      {withdrawals.length > 0 && (
        <Section id="withdrawn-heading" title={t("withdrawn")} headingClassName="mb-2 text-lg font-bold" data-testid="updates-withdrawn">
          <ul className="list-disc pl-6 text-sm">
            {withdrawals.map((w) => (
              <li key={`${w.indicatorSlug}-${w.period}`}>
                {t("withdrawnRow", { name: w.name?.[locale] ?? w.indicatorSlug, period: formatPeriod(w.period, locale), value: String(w.value), date: formatDate(w.date, locale), reason: w.reason })}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {total > events.length && <p data-testid="updates-latest">{t("latest", { shown: events.length, total })}</p>}
      {[...byDate].map(([date, dayEvents]) => (
        <section key={date} aria-labelledby={`day-${date}`}>
          <h2 id={`day-${date}`} className="mb-2 text-lg font-bold">
            <time dateTime={date}>{formatDate(date, locale)}</time>
          </h2>
          <ul className="divide-y divide-brand-100 rounded-lg border border-brand-100 bg-white">
            {dayEvents.map((e) => (
              <li key={`${e.kind}-${e.figure.id}-${e.reason ?? ""}`} className="flex flex-wrap items-baseline gap-x-3 px-4 py-2">
                <span className="text-sm text-muted">{t(e.kind)}</span>
                <Link href={`/indicators/${e.indicator.slug}`} className="text-brand-700 underline">
                  {e.indicator.name[locale]}
                </Link>
                <span className="tabular-nums">
                  {formatValue(e.figure.value, e.indicator.unit, e.figure.qualifier, locale, e.figure.stated?.written)}
                </span>
                <span className="text-sm text-muted">{formatPeriod(e.figure.period, locale)}</span>
                {e.reason && <span className="text-sm">{t("reason")}: {e.reason}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
