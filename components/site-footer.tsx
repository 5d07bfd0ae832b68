import { getTranslations } from "next-intl/server";
import type { City, Locale } from "@/lib/domain/types";
import { localizedPath } from "@/lib/i18n/paths";

/** Who runs the portal, how to reach them, the data licence and, where there is one, the ICP record. */
export async function SiteFooter({ city, locale }: { city: City; locale: Locale }) {
  const t = await getTranslations("site");
  return (
    <footer className="mt-10 border-t border-brand-100 bg-brand-50 print:hidden" data-testid="site-footer">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-muted sm:px-6">
        <nav>
          <ul className="-mx-2 flex flex-wrap">
            {(["sources", "data", "updates", "about"] as const).map((page) => (
              <li key={page}>
                <a href={localizedPath(locale, `/${page}`)} className="inline-flex min-h-11 items-center px-2 font-medium text-brand-700 underline">
                  {t(`nav.${page === "sources" ? "source" : page}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p data-testid="operator">
          {t("operator", { operator: city.operator[locale] })}
        </p>
        <p>
          {t("footer")} <a className="underline" href={`mailto:${city.contact}`}>{city.contact}</a>
        </p>
        <p>
          {t("licence")}: <a className="underline" href={city.licence.url}>{city.licence.name}</a> · {city.name[locale]},{" "}
          {city.province[locale]}
        </p>
        {city.icp && (
          <p>
            {/* The record number links to the MIIT registry, as Chinese regulation asks of a filed site. */}
            <a className="underline" href="https://beian.miit.gov.cn/" data-testid="icp">
              {city.icp}
            </a>
          </p>
        )}
      </div>
    </footer>
  );
}
