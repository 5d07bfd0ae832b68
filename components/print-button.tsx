"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 min-w-11 rounded border border-brand-100 px-3 text-ink hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
