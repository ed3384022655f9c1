import type { Kubectl, KubeObject } from './kubectl';

/** What the API server said about the release's workloads at the moment a rollout failed. */
export interface RolloutSnapshot {
  workloads: KubeObject[];
  replicaSets: KubeObject[];
  pods: KubeObject[];
  events: KubeObject[];
  /** Last log lines per pod name, where the pod has any (simulated kwok pods have none). */
  logs: Record<string, string>;
}

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

interface WorkloadStatus {
  replicas?: number;
  updatedReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  observedGeneration?: number;
  conditions?: Condition[];
  succeeded?: number;
}

const statusOf = (object: KubeObject) => (object.status ?? {}) as WorkloadStatus;
const conditionsOf = (object: KubeObject) => statusOf(object).conditions ?? [];
const desiredOf = (object: KubeObject) => ((object.spec ?? {}) as { replicas?: number }).replicas ?? 1;

/** The readiness rule kstatus applies (helm --wait=watcher), reduced to what we render. */
export function isReady(object: KubeObject): boolean {
  const status = statusOf(object);
  if (object.kind === 'Job') return conditionsOf(object).some((c) => c.type === 'Complete' && c.status === 'True');
  const desired = desiredOf(object);
  if ((status.observedGeneration ?? 0) < (object.metadata.generation ?? 0)) return false;
  if (object.kind === 'StatefulSet') return (status.readyReplicas ?? 0) >= desired && (status.updatedReplicas ?? desired) >= desired;
  // Pods of the old ReplicaSet still count in status.replicas until the rollout has finished.
  return (
    (status.replicas ?? 0) === desired &&
    (status.updatedReplicas ?? 0) >= desired &&
    (status.availableReplicas ?? 0) >= desired &&
    (status.readyReplicas ?? 0) >= desired
  );
}

function ownedBy(object: KubeObject, owner: KubeObject): boolean {
  return (object.metadata.ownerReferences ?? []).some((ref) => ref.kind === owner.kind && ref.name === owner.metadata.name);
}

function podsOf(workload: KubeObject, snapshot: RolloutSnapshot): KubeObject[] {
  const owners = workload.kind === 'Deployment' ? snapshot.replicaSets.filter((rs) => ownedBy(rs, workload)) : [workload];
  return snapshot.pods.filter((pod) => owners.some((owner) => ownedBy(pod, owner)));
}

interface ContainerStatus {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: Record<string, { reason?: string; message?: string; exitCode?: number }>;
}

interface PodStatus {
  phase?: string;
  reason?: string;
  message?: string;
  conditions?: Condition[];
  containerStatuses?: ContainerStatus[];
}

export const isPodReady = (pod: KubeObject) => ((pod.status ?? {}) as PodStatus).conditions?.find((c) => c.type === 'Ready')?.status === 'True';

export function describePod(pod: KubeObject): string {
  const status = (pod.status ?? {}) as PodStatus;
  const ready = isPodReady(pod);
  const parts = [`${status.phase ?? 'Unknown'}${ready ? ', ready' : ', not ready'}`];
  if (status.reason) parts.push(`${status.reason}${status.message ? `: ${status.message}` : ''}`);
  const scheduled = (status.conditions ?? []).find((c) => c.type === 'PodScheduled');
  if (scheduled?.status === 'False') parts.push(`unschedulable: ${scheduled.message ?? scheduled.reason ?? ''}`.trim());
  for (const container of status.containerStatuses ?? []) {
    const [state, detail] = Object.entries(container.state ?? {})[0] ?? ['unknown', {}];
    if (container.ready && state === 'running') continue;
    const why = [detail.reason, detail.message, detail.exitCode !== undefined ? `exit code ${detail.exitCode}` : undefined].filter(Boolean).join(', ');
    const restarts = container.restartCount ? `, ${container.restartCount} restarts` : '';
    parts.push(`container ${container.name} ${state}${why ? ` (${why})` : ''}${restarts}`);
  }
  return parts.join('; ');
}

function eventTime(event: KubeObject): string {
  const e = event as unknown as { lastTimestamp?: string; eventTime?: string; metadata: { creationTimestamp?: string } };
  return e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp ?? '';
}

function eventsAbout(names: Set<string>, events: KubeObject[]): KubeObject[] {
  return events
    .filter((event) => {
      const involved = (event as unknown as { involvedObject?: { kind: string; name: string } }).involvedObject;
      return !!involved && names.has(`${involved.kind}/${involved.name}`);
    })
    .sort((a, b) => eventTime(a).localeCompare(eventTime(b)));
}

/** Pods of one ReplicaSet repeat the same events: keep the newest of each reason and kind, with a count. */
function latestPerReason(events: KubeObject[]): { event: KubeObject; similar: number }[] {
  const groups = new Map<string, KubeObject[]>();
  for (const event of events) {
    const e = event as unknown as { reason?: string; involvedObject: { kind: string } };
    const key = `${e.reason}/${e.involvedObject.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  return [...groups.values()]
    .map((group) => ({ event: group[group.length - 1], similar: group.length - 1 }))
    .sort((a, b) => eventTime(a.event).localeCompare(eventTime(b.event)));
}

function formatEvent(event: KubeObject, now: Date): string {
  const e = event as unknown as { type?: string; reason?: string; message?: string; count?: number; involvedObject: { kind: string; name: string } };
  const at = eventTime(event);
  const age = at ? `${Math.max(0, Math.round((now.getTime() - Date.parse(at)) / 1000))}s ago` : '';
  const count = e.count && e.count > 1 ? ` (x${e.count})` : '';
  return `${age.padEnd(9)} ${(e.type ?? '').padEnd(7)} ${e.reason ?? ''} ${e.involvedObject.kind}/${e.involvedObject.name}: ${(e.message ?? '').trim()}${count}`;
}

export function unreadyWorkloads(snapshot: RolloutSnapshot): KubeObject[] {
  return snapshot.workloads.filter((workload) => !isReady(workload));
}

export function summarizeWorkload(workload: KubeObject): string {
  const status = statusOf(workload);
  if (workload.kind === 'Job') return `${status.succeeded ?? 0} succeeded`;
  return `${desiredOf(workload)} desired, ${status.updatedReplicas ?? 0} updated, ${status.readyReplicas ?? 0} ready, ${status.availableReplicas ?? 0} available`;
}

/** Why each unready workload is not ready: conditions, pods, recent events, last log lines. */
export function describeRolloutFailure(snapshot: RolloutSnapshot, now = new Date()): string {
  const failing = unreadyWorkloads(snapshot);
  if (failing.length === 0) return 'Every workload of the release reports ready now; the failure was elsewhere (see helm above).';
  const lines = [`${failing.length} resource(s) did not become ready:`];
  for (const workload of failing) {
    const id = `${workload.kind}/${workload.metadata.name}`;
    const images = ((workload.spec as { template?: { spec?: { containers?: { image: string }[] } } })?.template?.spec?.containers ?? []).map((c) => c.image);
    lines.push(`  ${id}: ${summarizeWorkload(workload)}${images.length ? ` (image ${images.join(', ')})` : ''}`);
    for (const condition of conditionsOf(workload)) {
      lines.push(`    condition ${condition.type}=${condition.status}${condition.reason ? ` ${condition.reason}` : ''}${condition.message ? `: ${condition.message}` : ''}`);
    }
    const pods = podsOf(workload, snapshot);
    // A crash-looping ReplicaSet leaves many pods in the same state: one line per state.
    const byState = new Map<string, KubeObject[]>();
    for (const pod of pods) byState.set(describePod(pod), [...(byState.get(describePod(pod)) ?? []), pod]);
    for (const [state, same] of byState) {
      const names = same.map((pod) => pod.metadata.name);
      const who = same.length === 1 ? `pod ${names[0]}` : `${same.length} pods (${names.slice(0, 2).join(', ')}${same.length > 2 ? ', …' : ''})`;
      lines.push(`    ${who}: ${state}`);
      const withLog = same.find((pod) => snapshot.logs[pod.metadata.name]);
      if (withLog) lines.push(...snapshot.logs[withLog.metadata.name].trimEnd().split('\n').map((line) => `      | ${line}`));
    }
    const related = new Set([id, ...snapshot.replicaSets.filter((rs) => ownedBy(rs, workload)).map((rs) => `ReplicaSet/${rs.metadata.name}`), ...pods.map((p) => `Pod/${p.metadata.name}`)]);
    const events = latestPerReason(eventsAbout(related, snapshot.events)).slice(-8);
    if (events.length) lines.push('    events:', ...events.map(({ event, similar }) => `      ${formatEvent(event, now)}${similar ? ` (+${similar} similar)` : ''}`));
  }
  return lines.join('\n');
}

const LOG_LINES = 20;

/** Reads the release's workloads, their pods and the namespace's events; never throws. */
export async function takeRolloutSnapshot(kubectl: Kubectl, release: string): Promise<RolloutSnapshot | { error: string }> {
  const selector = `app.kubernetes.io/instance=${release}`;
  try {
    const [workloads, replicaSets, pods, events] = await Promise.all([
      kubectl.list('deployments,statefulsets,jobs', selector),
      kubectl.list('replicasets', selector),
      kubectl.list('pods', selector),
      kubectl.list('events'),
    ]);
    const logs: Record<string, string> = {};
    // One pod per distinct state is enough to show why; kwok's simulated pods have no logs.
    const seen = new Set<string>();
    for (const pod of pods.filter((p) => !isPodReady(p))) {
      if (seen.has(describePod(pod))) continue;
      seen.add(describePod(pod));
      const { code, stdout } = await kubectl.run(['logs', pod.metadata.name, '--all-containers', '--tail', String(LOG_LINES)]);
      if (code === 0 && stdout.trim()) logs[pod.metadata.name] = stdout;
    }
    return { workloads, replicaSets, pods, events, logs };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
