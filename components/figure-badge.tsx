import { getTranslations } from "next-intl/server";
import type { Figure } from "@/lib/domain/types";

/** Marks a figure as stated by the source or derived by the portal; the words carry the meaning, not the colour. */
export async function FigureBadge({ figure }: { figure: Figure }) {
  const t = await getTranslations("figure");
  const derived = figure.derived !== null;
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${
        derived ? "border border-dashed border-sky-800 text-sky-900" : "border border-emerald-800 text-emerald-900"
      }`}
    >
      {derived ? t("derived") : t("stated")}
    </span>
  );
}
