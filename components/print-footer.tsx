"use client";

import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { usePathname } from "next/navigation";
import type { Locale } from "@/lib/domain/types";
import { formatIsoDate, todayInChina } from "@/lib/dates";
import { localizedPath, stripLocalePrefix } from "@/lib/i18n/paths";

/** Only on paper: the page's address and the day it was printed, so a printout stands alone. */
export function PrintFooter({ origin, locale, labels }: { origin: string; locale: Locale; labels: { from: string; on: string } }) {
  const url = origin + localizedPath(locale, stripLocalePrefix(usePathname()));
  const [today, setToday] = useState("");
  useEffect(() => {
    // Stamped when printing starts, not on load: formatting a date first loads the browser's locale
    // data, a long task on a phone (75 ms here, unthrottled), for a line that only paper shows.
    // flushSync, because the browser lays out the printout as soon as the event handler returns.
    const dateToday = () => formatIsoDate(todayInChina(), locale === "zh" ? "zh" : "en-GB");
    const stamp = () => flushSync(() => setToday(dateToday()));
    const printMedia = window.matchMedia("print");
    // Printing may have begun before this page's scripts ran (a slow phone, or print straight after load).
    if (printMedia.matches) setToday(dateToday());
    const onMediaChange = (event: MediaQueryListEvent) => event.matches && stamp();
    window.addEventListener("beforeprint", stamp);
    printMedia.addEventListener("change", onMediaChange);
    return () => {
      window.removeEventListener("beforeprint", stamp);
      printMedia.removeEventListener("change", onMediaChange);
    };
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
