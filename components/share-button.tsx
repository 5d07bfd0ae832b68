"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const hasShareSheet = () => typeof navigator.share === "function";

type Labels = { share: string; copyLink: string; copied: string; copyFailed: string };

/**
 * The system share sheet where the browser has one (Web Share API: phones, WeChat's
 * browser on some versions), otherwise copies the link. Without JavaScript the
 * link printed beside it still works.
 */
export function ShareButton({ url, title, labels }: { url: string; title: string; labels: Labels }) {
  const [status, setStatus] = useState("");
  async function onClick() {
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ url, title });
        return;
      } catch (error) {
        if ((error as Error).name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  }
  // false while hydrating, as on the server; a phone with a share sheet then re-renders this button only.
  const canShare = useSyncExternalStore(noSubscription, hasShareSheet, () => false);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={onClick}
        className="min-h-11 min-w-11 rounded border border-brand-600 px-3 font-medium text-brand-700 hover:bg-brand-50"
        data-testid="share-button"
      >
        {canShare ? labels.share : labels.copyLink}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {status}
      </span>
    </span>
  );
}
