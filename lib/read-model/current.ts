import { loadReadModel, type ReadModel } from "./model";
import { databaseVersion } from "./version";

/**
 * The process's one read model. scripts/serve.ts and Next's bundled route handlers load this module
 * separately in the same process, so the model hangs on globalThis under a registered symbol: one
 * copy in memory, one rebuild per import.
 */
type Holder = { version: () => string; model?: ReadModel; loading?: Promise<ReadModel>; loadingVersion?: string };

const KEY = Symbol.for("livelihood-portal.read-model");
const holder = ((globalThis as Record<symbol, Holder | undefined>)[KEY] ??= { version: databaseVersion() });

function rebuild(version: string): Promise<ReadModel> {
  if (holder.loading && holder.loadingVersion === version) return holder.loading;
  const started = Date.now();
  const loading = loadReadModel(version).then(
    (model) => {
      // An older build finishing after a newer one started must not replace it.
      if (!holder.model || holder.loadingVersion === version) holder.model = model;
      if (holder.loadingVersion === version) holder.loading = undefined;
      if (process.env.NODE_ENV === "production") {
        console.log(`read model: ${model.indicators.length} indicators, ${model.topics.length} topics, built in ${Date.now() - started} ms`);
      }
      return model;
    },
    (error: unknown) => {
      if (holder.loadingVersion === version) holder.loading = undefined;
      throw error;
    },
  );
  holder.loading = loading;
  holder.loadingVersion = version;
  return loading;
}

/**
 * The model for the database as it is now. After an import, requests wait for the new model (a
 * fraction of a second) rather than mix old figures with the new search index; if reading it fails,
 * the previous model keeps answering and the next request tries again.
 */
export async function currentReadModel(): Promise<ReadModel> {
  const version = holder.version();
  const model = holder.model;
  if (model && model.version === version) return model;
  try {
    return await rebuild(version);
  } catch (error) {
    if (!model) throw error;
    console.error(`read model: rebuild failed, still answering from the previous one: ${(error as Error).message}`);
    return model;
  }
}

/** Builds the model before the first request (scripts/serve.ts calls it at start). */
export const warmReadModel = () => currentReadModel();
