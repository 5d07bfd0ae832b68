"use client";

import { useEffect, useState } from "react";
import { TEXT_SIZE_KEY } from "@/lib/text-size";

/**
 * Large-text mode for older readers: scales the root font size, which every rem-based
 * size follows, and remembers the choice. The pre-paint script in the layout applies a
 * remembered choice before the first paint, so the page does not jump.
 */
export function TextSizeToggle({ label }: { label: string }) {
  const [large, setLarge] = useState(false);
  useEffect(() => setLarge(document.documentElement.dataset.textSize === "large"), []);
  function toggle() {
    const next = !large;
    setLarge(next);
    if (next) document.documentElement.dataset.textSize = "large";
    else delete document.documentElement.dataset.textSize;
    try {
      localStorage.setItem(TEXT_SIZE_KEY, next ? "large" : "normal");
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page only.
    }
  }
  return (
    <button
      type="button"
      aria-pressed={large}
      onClick={toggle}
      className="rounded border border-brand-100 px-2 py-1 text-sm font-medium text-ink hover:bg-brand-50"
      data-testid="text-size-toggle"
    >
      {label}
    </button>
  );
}
