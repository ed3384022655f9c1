import { PGlite, types, type QueryOptions, type Transaction } from '@electric-sql/pglite';

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

/** A PGlite that reads drizzle's text types as text, and the client drizzle should be given for it. */
export function openPgliteClient(dataDir: string | undefined): { instance: PGlite; client: PGlite } {
  const instance = new PGlite({ dataDir, parsers: textParsers });
  // Once ready, PGlite writes its own parsers for every array type, over ours for the text types' arrays.
  const ready = instance.waitReady.then(() => Object.assign(instance.parsers, textParsers));
  const queryOn =
    (client: Queryable): Queryable['query'] =>
    async (text, params, options) => {
      await ready;
      return client.query(text, params, withoutInstanceParsers(options, instance.parsers));
    };
  const transaction: PGlite['transaction'] = (work) => instance.transaction((tx) => work(dropInstanceParsers(tx, queryOn(tx))));
  return { instance, client: dropInstanceParsers(instance, queryOn(instance), { transaction }) };
}
