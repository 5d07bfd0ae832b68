import type { DeskView } from "../desk";

/** A refusal from the desk, with its message and, for a form, the fields it names. */
export class DeskError extends Error {
  constructor(message: string, readonly issues: { path: string; message: string }[] = [], readonly problems: { message: string }[] = []) {
    super(message);
  }
}

export async function call<T = DeskView>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({ error: `The desk answered ${res.status} without a message.` }));
  if (!res.ok) throw new DeskError(data.error ?? `HTTP ${res.status}`, data.issues ?? [], data.problems ?? []);
  return data as T;
}

export type { DeskView };
export type Review = NonNullable<DeskView["review"]>;
export type Entry = Review["candidates"][number];
export type Catalog = DeskView["catalog"];
export type Problem = DeskView["problems"][number];
