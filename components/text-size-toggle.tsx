"use client";

import { useSyncExternalStore } from "react";
import { TEXT_SIZE_KEY } from "@/lib/text-size";

// The choice lives on <html data-text-size>, where the pre-paint script puts a remembered one;
// reading it from there (not from an effect) keeps the button right even if pressed during hydration.
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const isLarge = () => document.documentElement.dataset.textSize === "large";

/**
 * Large-text mode for older readers: scales the root font size, which every rem-based
 * size follows, and remembers the choice. The pre-paint script in the layout applies a
 * remembered choice before the first paint, so the page does not jump.
 */
export function TextSizeToggle({ label }: { label: string }) {
  const large = useSyncExternalStore(subscribe, isLarge, () => false);
  function toggle() {
    const next = !isLarge();
    if (next) document.documentElement.dataset.textSize = "large";
    else delete document.documentElement.dataset.textSize;
    listeners.forEach((listener) => listener());
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
