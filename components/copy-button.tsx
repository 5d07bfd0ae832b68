"use client";

import { useRef, useState } from "react";
import { todayInChina, withAccessDate, type CitationAroundDate } from "@/lib/dates";

type Props = {
  /** The text to copy, as rendered on the server. */
  text: string;
  /** id of the element showing the text; selected for a manual copy when the clipboard is unavailable. */
  targetId: string;
  label: string;
  copiedLabel: string;
  failedLabel: string;
  /** A citation, split around its access date, which is filled in with the day of copying. */
  citation?: CitationAroundDate;
};

/** Copies text with navigator.clipboard and says so in an aria-live region; falls back to selecting the text. */
export function CopyButton({ text, targetId, label, copiedLabel, failedLabel, citation }: Props) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  async function copy() {
    const value = citation ? withAccessDate(citation, todayInChina()) : text;
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      const target = document.getElementById(targetId);
      if (target) {
        const range = document.createRange();
        range.selectNodeContents(target);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
      setStatus("failed");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus("idle"), 4000);
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        aria-describedby={targetId}
        className="min-h-11 min-w-11 rounded border border-brand-600 px-3 text-sm font-medium text-brand-700 hover:bg-brand-50"
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-green-800">
        {status === "copied" ? copiedLabel : status === "failed" ? failedLabel : ""}
      </span>
    </span>
  );
}
