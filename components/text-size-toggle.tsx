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
 * Large-text mode for older readers (globals.css sets the sizes), remembered across pages.
 * The button says its state in words ("大字模式：开"): both texts are rendered and CSS shows the one
 * matching <html data-text-size>, so the words are right from the first paint, before hydration,
 * and on pages whose scripts do not run (the 404 page).
 */
export function TextSizeToggle({ on, off }: { on: string; off: string }) {
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
      className="inline-flex min-h-11 min-w-11 items-center rounded border border-brand-100 px-2 text-sm font-medium text-ink hover:bg-brand-50"
      data-testid="text-size-toggle"
    >
      <span className="text-size-on">{on}</span>
      <span className="text-size-off">{off}</span>
    </button>
  );
}
