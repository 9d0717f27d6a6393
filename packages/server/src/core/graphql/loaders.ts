import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request, made on first use and shared by every field of that request:
 * a relation asked for by a hundred parents is fetched by one batch.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Forgets what was loaded, after a mutation changed it. */
  clearAll(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}
