import { useState, type ChangeEvent, type FormEvent } from "react";
import { call, DeskError, type DeskView } from "./api";

/** A file as base64, the way /api/upload takes it. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const input = "w-full rounded border border-stone-400 bg-white px-2 py-1";

/** Step 1: the text (pasted or uploaded) and what the content schema asks of a source. */
export function NewSource({ view, onStarted }: { view: DeskView; onStarted: (v: DeskView) => void }) {
  const [text, setText] = useState("");
  const [fields, setFields] = useState({
    slug: "", type: "", language: "zh-CN", titleZh: "", titleEn: "", authors: "", publisher: "", published: "", url: "", retrieved: view.today, referenceDate: "",
  });
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof fields) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setFields({ ...fields, [key]: e.target.value });

  async function upload(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    setError(null);
    try {
      const { text: converted } = await call<{ text: string }>("POST", "/api/upload", { name: file.name, data: await base64Of(file) });
      setText(converted);
    } catch (err) {
      setError((err as DeskError).message);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setIssues({});
    const orNull = (v: string) => (v.trim() ? v.trim() : null);
    try {
      onStarted(
        await call("POST", "/api/review", {
          text,
          referenceDate: orNull(fields.referenceDate),
          source: {
            slug: fields.slug.trim(), type: fields.type, language: fields.language.trim(),
            title: { zh: fields.titleZh, en: fields.titleEn },
            authors: fields.authors.split(/[,，、\n]/).map((a) => a.trim()).filter(Boolean),
            publisher: orNull(fields.publisher), published: orNull(fields.published), url: orNull(fields.url), retrieved: fields.retrieved,
          },
        }),
      );
    } catch (err) {
      const de = err as DeskError;
      setError(de.message);
      const names: Record<string, string> = { "title.zh": "titleZh", "title.en": "titleEn" };
      setIssues(Object.fromEntries(de.issues.map((i) => [names[i.path] ?? i.path.split(".")[0], i.message])));
    } finally {
      setBusy(false);
    }
  }

  async function correctionsOnly() {
    try {
      onStarted(await call("POST", "/api/review", { source: null, referenceDate: null, text: "" }));
    } catch (err) {
      setError((err as DeskError).message);
    }
  }

  const field = (key: keyof typeof fields, label: string, hint?: string, type = "text") => (
    <div>
      <label className="block">
        <span className="text-sm font-medium">{label}</span>
        <input className={input} type={type} value={fields[key]} onChange={set(key)} aria-invalid={Boolean(issues[key])} aria-describedby={`${key}-hint ${key}-issue`} />
      </label>
      {hint && (
        <span id={`${key}-hint`} className="text-xs text-stone-600">
          {hint}
        </span>
      )}
      {issues[key] && (
        <span id={`${key}-issue`} className="block text-sm text-red-800">
          {issues[key]}
        </span>
      )}
    </div>
  );

  return (
    <form onSubmit={submit} className="grid gap-6 lg:grid-cols-[1fr_380px]" aria-label="New source">
      <section>
        <h2 className="mb-2 text-lg font-semibold">1. New source</h2>
        <label className="mb-2 block">
          <span className="text-sm font-medium">Upload the report (.txt or .docx)</span>
          <input type="file" accept=".txt,.docx" onChange={upload} className="block" />
        </label>
        <label className="block">
          <span className="text-sm font-medium">Text of the source, verbatim</span>
          <textarea className={`${input} h-96 font-mono text-sm`} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        {error && (
          <p role="alert" className="mt-2 whitespace-pre-wrap rounded border border-red-300 bg-red-50 p-2 text-red-900">
            {error}
          </p>
        )}
        <p className="mt-4 text-sm text-stone-700">
          No new source, only a published figure to correct or withdraw?{" "}
          <button type="button" className="underline" onClick={correctionsOnly}>
            Start a corrections review
          </button>
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">About the source</h2>
        {field("slug", "Slug", "lower-case English words joined by hyphens: its page's address and file name")}
        <label className="block">
          <span className="text-sm font-medium">Type</span>
          <select className={input} value={fields.type} onChange={set("type")}>
            <option value="">choose…</option>
            {view.catalog.sourceTypes.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          {issues.type && <span className="block text-sm text-red-800">{issues.type}</span>}
        </label>
        {field("titleZh", "Title (as the source gives it)")}
        {field("titleEn", "Title in English")}
        {field("authors", "Authors or issuing office", "separate several with commas")}
        {field("publisher", "Publisher", "leave empty when the source does not say")}
        {field("published", "Published", "YYYY-MM-DD, empty when not known", "date")}
        {field("url", "Address (URL)", "empty when it was not read online")}
        {field("language", "Language")}
        {field("retrieved", "Retrieved", undefined, "date")}
        {field("referenceDate", "Reference date for 今年 / 去年 / 截至目前", "empty: the published date, or a dateline in the text", "date")}
        <button disabled={busy} className="mt-2 rounded bg-amber-800 px-4 py-2 font-medium text-white disabled:opacity-50">
          {busy ? "Drafting…" : "Draft the figures"}
        </button>
      </section>
    </form>
  );
}
