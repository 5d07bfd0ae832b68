import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";

/**
 * For a page's own notFound() (a slug its data cannot find). Unknown addresses never get here: they
 * get app/not-found.tsx, which reads without JavaScript; this one Next renders as a shell that
 * JavaScript fills in (vercel/next.js#98954), so pages should not rely on it.
 */
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="space-y-3 py-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/" className="text-brand-700 underline">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
