import DataLoader from 'dataloader';
import type { GqlContext } from '../context/gql-context';

/**
 * One DataLoader per request and per kind, kept on the request's context so
 * that field resolvers batch their lookups into a single query.
 */
export function requestLoader<K, V>(ctx: GqlContext, name: string, batch: (keys: readonly K[]) => Promise<(V | null)[]>): DataLoader<K, V | null> {
  const bag = ctx as GqlContext & { loaders?: Map<string, DataLoader<K, V | null>> };
  bag.loaders ??= new Map();
  let loader = bag.loaders.get(name);
  if (!loader) {
    loader = new DataLoader<K, V | null>(batch);
    bag.loaders.set(name, loader);
  }
  return loader;
}

/** Orders batch results to match the requested keys. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}
