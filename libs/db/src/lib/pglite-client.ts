import { PGlite, types, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import { mayChangeAuthTables } from './auth-table-writes';

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
}

/** A PGlite that reads drizzle's text types as text, and the client drizzle should be given for it. */
export function openPgliteClient(dataDir: string | undefined, options: PgliteClientOptions = {}): { instance: PGlite; client: PGlite } {
  const { onAuthWrite } = options;
  const instance = new PGlite({ dataDir, parsers: textParsers });
  // Once ready, PGlite writes its own parsers for every array type, over ours for the text types' arrays.
  const ready = instance.waitReady.then(() => Object.assign(instance.parsers, textParsers));
  const queryOn =
    (client: Queryable, onWrite = onAuthWrite): Queryable['query'] =>
    async (text, params, options) => {
      await ready;
      const writes = onWrite !== undefined && mayChangeAuthTables(text);
      if (!writes) return client.query(text, params, withoutInstanceParsers(options, instance.parsers));
      onWrite();
      try {
        return await client.query(text, params, withoutInstanceParsers(options, instance.parsers));
      } finally {
        onWrite();
      }
    };
  const transaction: PGlite['transaction'] = async (work) => {
    let wrote = false;
    const noteWrite = onAuthWrite && (() => ((wrote = true), onAuthWrite()));
    try {
      return await instance.transaction((tx) => work(dropInstanceParsers(tx, queryOn(tx, noteWrite))));
    } finally {
      // Committed (or rolled back) only now: a lookup cached while the transaction ran may be stale.
      if (wrote) onAuthWrite?.();
    }
  };
  const exec: PGlite['exec'] = async (text, execOptions) => {
    await ready;
    const writes = onAuthWrite !== undefined && mayChangeAuthTables(text);
    if (writes) onAuthWrite();
    try {
      return await instance.exec(text, execOptions);
    } finally {
      if (writes) onAuthWrite();
    }
  };
  return { instance, client: dropInstanceParsers(instance, queryOn(instance), { transaction, exec }) };
}
