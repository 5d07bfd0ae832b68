"use client";

import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";
import type { Locale } from "@/lib/domain/types";
import { localizedPath, stripLocalePrefix } from "@/lib/i18n/paths";

/** Only on paper: the page's address and the day it was printed, so a printout stands alone. */
export function PrintFooter({ origin, locale, labels }: { origin: string; locale: Locale; labels: { from: string; on: string } }) {
  const url = origin + localizedPath(locale, stripLocalePrefix(usePathname()));
  const [today, setToday] = useState("");
  useEffect(() => {
    setToday(new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "long" }).format(new Date()));
  }, [locale]);
  return (
    <div className="hidden border-t border-ink pt-2 text-sm print:block" data-testid="print-footer">
      <p>
        {labels.from}: {url}
      </p>
      {today && (
        <p>
          {labels.on}: {today}
        </p>
      )}
    </div>
  );
}
