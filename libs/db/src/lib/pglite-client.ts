import { PGlite, types, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import { mayChangeAuthTables, mayChangeTaskCounts } from './watched-table-writes';

/**
 * The types drizzle's PGlite driver reads as text and maps itself (dates, instants, intervals and
 * their arrays): it sends these parsers with every query. PGlite spends about 0.2 ms more on a query
 * that carries its own parsers than on one that uses the instance's, a third of a whole create
 * (docs/decisions/api-speed.md), so the instance gets them once and the per-query copy is dropped.
 */
const TEXT_TYPES = new Set<number>([types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182]);

const keepText = (value: string) => value;

export const textParsers = Object.fromEntries([...TEXT_TYPES].map((type) => [type, keepText]));

type Queryable = Pick<Transaction, 'query'>;
type Parsers = PGlite['parsers'];

const withoutParsers = new WeakMap<QueryOptions, QueryOptions>();

/** The same options without the parsers `instanceParsers` already applies; otherwise the options as they are. */
export function withoutInstanceParsers(options: QueryOptions | undefined, instanceParsers: Parsers): QueryOptions | undefined {
  const parsers = options?.parsers;
  if (!parsers || !Object.keys(parsers).every((type) => instanceParsers[type] === keepText)) return options;
  let trimmed = withoutParsers.get(options);
  if (!trimmed) {
    trimmed = { ...options };
    delete trimmed.parsers;
    // drizzle keeps one options object per prepared query: one copy each.
    withoutParsers.set(options, trimmed);
  }
  return trimmed;
}

function dropInstanceParsers<Client extends Queryable>(client: Client, query: Queryable['query'], overrides: Partial<Client> = {}): Client {
  return new Proxy(client, {
    get(target, key) {
      if (key === 'query') return query;
      if (key in overrides) return overrides[key as keyof Client];
      const value = Reflect.get(target, key, target) as unknown;
      // PGlite's methods use private fields: they must run on the instance, not on the proxy.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export interface PgliteClientOptions {
  /**
   * Called when a statement that may change sessions or users is issued, again when it settles, and when
   * the transaction holding it ends: a cache of session lookups is stale from each of those moments.
   */
  onAuthWrite?: () => void;
  /** The same, for statements that may change how many tasks a user has. */
  onTaskWrite?: () => void;
}

interface Watcher {
  mayChange: (statement: string) => boolean;
  signal: () => void;
}

/** A PGlite that reads drizzle's text types as text, and the client drizzle should be given for it. */
export function openPgliteClient(dataDir: string | undefined, options: PgliteClientOptions = {}): { instance: PGlite; client: PGlite } {
  const watchers: Watcher[] = [];
  if (options.onAuthWrite) watchers.push({ mayChange: mayChangeAuthTables, signal: options.onAuthWrite });
  if (options.onTaskWrite) watchers.push({ mayChange: mayChangeTaskCounts, signal: options.onTaskWrite });
  const watching = (statement: string) => watchers.filter((watcher) => watcher.mayChange(statement));
  const signal = (touched: Watcher[]) => touched.forEach((watcher) => watcher.signal());
  /** Signals the watchers a statement may concern when it is issued and when it settles. */
  async function signalled<T>(statement: string, run: () => Promise<T>, onTouched?: (touched: Watcher[]) => void): Promise<T> {
    const touched = watchers.length ? watching(statement) : [];
    if (!touched.length) return run();
    onTouched?.(touched);
    signal(touched);
    try {
      return await run();
    } finally {
      signal(touched);
    }
  }

  const instance = new PGlite({ dataDir, parsers: textParsers });
  // Once ready, PGlite writes its own parsers for every array type, over ours for the text types' arrays.
  const ready = instance.waitReady.then(() => Object.assign(instance.parsers, textParsers));
  const queryOn =
    (client: Queryable, onTouched?: (touched: Watcher[]) => void): Queryable['query'] =>
    async (text, params, queryOptions) => {
      await ready;
      return signalled(text, () => client.query(text, params, withoutInstanceParsers(queryOptions, instance.parsers)), onTouched);
    };
  const transaction: PGlite['transaction'] = async (work) => {
    const wrote = new Set<Watcher>();
    const note = (touched: Watcher[]) => touched.forEach((watcher) => wrote.add(watcher));
    try {
      return await instance.transaction((tx) => work(dropInstanceParsers(tx, queryOn(tx, note))));
    } finally {
      // Committed (or rolled back) only now: an answer cached while the transaction ran may be stale.
      signal([...wrote]);
    }
  };
  const exec: PGlite['exec'] = async (text, execOptions) => {
    await ready;
    return signalled(text, () => instance.exec(text, execOptions));
  };
  return { instance, client: dropInstanceParsers(instance, queryOn(instance), { transaction, exec }) };
}
