"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-brand-100 px-3 py-1.5 text-ink hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
