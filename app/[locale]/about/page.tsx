import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCity } from "@/lib/data/city";
import type { Locale } from "@/lib/domain/types";
import { pageMetadata } from "@/lib/seo";
import { shareImagePath } from "@/lib/share/image-paths";

export async function generateMetadata({ params }: PageProps<"/[locale]/about">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "about" });
  return pageMetadata(locale, "/about", t("title"), t("whatBody"), shareImagePath.home(locale));
}

export default async function AboutPage({ params }: PageProps<"/[locale]/about">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, city] = await Promise.all([getTranslations("about"), getCity()]);
  const sections = ["what", "where", "derived", "errors"] as const;
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      {sections.map((key) => (
        <section key={key} aria-labelledby={`about-${key}`}>
          <h2 id={`about-${key}`} className="text-lg font-bold">
            {t(key)}
          </h2>
          <p className="mt-1">{t(`${key}Body`)}</p>
        </section>
      ))}
      <p>
        {t("contact")}
        <a className="text-brand-700 underline" href={`mailto:${city.contact}`}>
          {city.contact}
        </a>
      </p>
    </article>
  );
}
