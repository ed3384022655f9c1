import { logger } from '@nx/devkit';
import { hostname, userInfo } from 'node:os';
import type { Environment } from './environment';
import { type Kubectl, type KubeObject, lastLine } from './kubectl';

/** Margin over the helm timeout before a lease whose holder died counts as abandoned. */
const ABANDON_MARGIN_SECONDS = 120;

export function leaseName(env: Environment): string {
  return `${env.release}-deploy-lock`.slice(0, 63);
}

export function leaseObject(env: Environment, holder: string, now: Date, durationSeconds: number) {
  const at = now.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name: leaseName(env), namespace: env.namespace, labels: { 'app.kubernetes.io/managed-by': 'nx-deploy' } },
    spec: { holderIdentity: holder, leaseDurationSeconds: durationSeconds, acquireTime: at, renewTime: at },
  };
}

export function leaseExpired(lease: KubeObject, now: Date): boolean {
  const spec = (lease.spec ?? {}) as { renewTime?: string; leaseDurationSeconds?: number };
  if (!spec.renewTime) return true;
  return Date.parse(spec.renewTime) + (spec.leaseDurationSeconds ?? 0) * 1000 < now.getTime();
}

export interface ClusterLockOptions {
  holdSeconds: number;
  waitMs: number;
  pollMs?: number;
  log?: (line: string) => void;
}

/**
 * One deploy or rollback of a release at a time, across machines: a Lease in the release's
 * namespace, created atomically (a second create fails with AlreadyExists). A holder that died
 * leaves a lease that expires after the helm timeout plus a margin.
 */
export async function withClusterLock<T>(kubectl: Kubectl, env: Environment, options: ClusterLockOptions, work: () => Promise<T>): Promise<T> {
  const log = options.log ?? ((line: string) => logger.info(line));
  const holder = `${userInfo().username}@${hostname()} pid ${process.pid}`;
  const duration = options.holdSeconds + ABANDON_MARGIN_SECONDS;
  const name = leaseName(env);
  const namespace = await kubectl.run(['create', 'namespace', env.namespace]);
  if (namespace.code !== 0 && !/AlreadyExists|already exists/.test(namespace.stderr)) {
    throw new Error(`Cannot create namespace ${env.namespace}: ${lastLine(namespace.stderr)}`);
  }
  const deadline = Date.now() + options.waitMs;
  let announced = '';
  for (;;) {
    const created = await kubectl.run(['create', '--filename', '-'], JSON.stringify(leaseObject(env, holder, new Date(), duration)));
    if (created.code === 0) break;
    if (!/AlreadyExists|already exists/.test(created.stderr)) throw new Error(`Cannot take the deploy lock ${name}: ${lastLine(created.stderr)}`);
    const { code, stdout } = await kubectl.run(['get', 'lease', name, '--output', 'json']);
    if (code !== 0) continue;
    const lease = JSON.parse(stdout) as KubeObject;
    const spec = (lease.spec ?? {}) as { holderIdentity?: string; acquireTime?: string };
    if (leaseExpired(lease, new Date())) {
      log(`Deploy lock ${name} held by ${spec.holderIdentity ?? 'unknown'} has expired; taking it over.`);
      await kubectl.run(['delete', 'lease', name, '--ignore-not-found']);
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Another deploy of ${env.release} in ${env.namespace} is in flight (${spec.holderIdentity ?? 'unknown'}, since ${spec.acquireTime ?? '?'}); gave up waiting. ` +
          `If nothing is running, delete the lock: kubectl -n ${env.namespace} delete lease ${name}`,
      );
    }
    const waiting = `Waiting: another deploy of ${env.release} holds lease ${name} (${spec.holderIdentity ?? 'unknown'}, since ${spec.acquireTime ?? '?'}).`;
    if (waiting !== announced) log(waiting);
    announced = waiting;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000));
  }
  try {
    return await work();
  } finally {
    await kubectl.run(['delete', 'lease', name, '--ignore-not-found']);
  }
}
