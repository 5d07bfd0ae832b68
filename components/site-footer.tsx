import { getTranslations } from "next-intl/server";
import type { City, Locale } from "@/lib/domain/types";

export async function SiteFooter({ city, locale }: { city: City; locale: Locale }) {
  const t = await getTranslations("site");
  return (
    <footer className="mt-10 border-t border-brand-100 bg-brand-50 print:hidden">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p>
          {t("footer")} <a className="underline" href={`mailto:${city.contact}`}>{city.contact}</a>
        </p>
        <p>
          {t("licence")}: <a className="underline" href={city.licence.url}>{city.licence.name}</a> · {city.name[locale]},{" "}
          {city.province[locale]}
        </p>
      </div>
    </footer>
  );
}
