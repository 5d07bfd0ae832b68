"use client";

import { useEffect, useState } from "react";
import { useLocale } from "next-intl";
import { getPathname, usePathname } from "@/lib/i18n/navigation";

/** Only on paper: the page's address and the day it was printed, so a printout stands alone. */
export function PrintFooter({ origin, labels }: { origin: string; labels: { from: string; on: string } }) {
  const locale = useLocale();
  const url = origin + getPathname({ href: usePathname(), locale });
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
