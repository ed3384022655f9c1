import type { KubeObject } from './kubectl';
import { describePod, describeRolloutFailure, isReady, type RolloutSnapshot } from './rollout-diagnosis';

const now = new Date('2026-12-02T10:00:30Z');
const owner = (kind: string, name: string) => [{ kind, name }];

const api: KubeObject = {
  kind: 'Deployment',
  metadata: { name: 'todo-chatbot-api', generation: 2 },
  spec: { replicas: 1, template: { spec: { containers: [{ name: 'api', image: 'todo-chatbot/api:new' }] } } },
  status: {
    observedGeneration: 2,
    replicas: 2,
    updatedReplicas: 1,
    readyReplicas: 0,
    availableReplicas: 0,
    conditions: [
      { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
      { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', message: 'ReplicaSet "todo-chatbot-api-new" is progressing.' },
    ],
  },
};
const web: KubeObject = {
  kind: 'Deployment',
  metadata: { name: 'todo-chatbot-web', generation: 1 },
  spec: { replicas: 1 },
  status: { observedGeneration: 1, replicas: 1, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1 },
};
const failingPod: KubeObject = {
  kind: 'Pod',
  metadata: { name: 'todo-chatbot-api-new-x1', ownerReferences: owner('ReplicaSet', 'todo-chatbot-api-new') },
  status: {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'False' }],
    containerStatuses: [{ name: 'api', ready: false, restartCount: 3, state: { terminated: { reason: 'Error', message: 'listen EADDRINUSE', exitCode: 1 } } }],
  },
};
const event = (name: string, kind: string, reason: string, message: string, at: string): KubeObject => ({
  kind: 'Event',
  metadata: { name: `${name}.${reason}` },
  involvedObject: { kind, name },
  type: 'Warning',
  reason,
  message,
  lastTimestamp: at,
});

const snapshot: RolloutSnapshot = {
  workloads: [api, web],
  replicaSets: [{ kind: 'ReplicaSet', metadata: { name: 'todo-chatbot-api-new', ownerReferences: owner('Deployment', 'todo-chatbot-api') } }],
  pods: [failingPod],
  events: [
    event('todo-chatbot-api-new-x1', 'Pod', 'BackOff', 'Back-off restarting failed container api', '2026-12-02T10:00:20Z'),
    event('todo-chatbot-api', 'Deployment', 'ScalingReplicaSet', 'Scaled up replica set todo-chatbot-api-new from 0 to 1', '2026-12-02T10:00:00Z'),
    event('todo-chatbot-web', 'Deployment', 'ScalingReplicaSet', 'unrelated', '2026-12-02T10:00:10Z'),
  ],
  logs: { 'todo-chatbot-api-new-x1': 'starting\nError: listen EADDRINUSE :::8000\n' },
};

describe('describeRolloutFailure', () => {
  it('names the unready workload with its conditions, pods, log lines and its own events in order', () => {
    expect(describeRolloutFailure(snapshot, now)).toBe(
      [
        '1 resource(s) did not become ready:',
        '  Deployment/todo-chatbot-api: 1 desired, 1 updated, 0 ready, 0 available (image todo-chatbot/api:new)',
        '    condition Available=False MinimumReplicasUnavailable: Deployment does not have minimum availability.',
        '    condition Progressing=True ReplicaSetUpdated: ReplicaSet "todo-chatbot-api-new" is progressing.',
        '    pod todo-chatbot-api-new-x1: Running, not ready; container api terminated (Error, listen EADDRINUSE, exit code 1), 3 restarts',
        '      | starting',
        '      | Error: listen EADDRINUSE :::8000',
        '    events:',
        '      30s ago   Warning ScalingReplicaSet Deployment/todo-chatbot-api: Scaled up replica set todo-chatbot-api-new from 0 to 1',
        '      10s ago   Warning BackOff Pod/todo-chatbot-api-new-x1: Back-off restarting failed container api',
      ].join('\n'),
    );
  });

  it('says so when every workload is ready', () => {
    expect(describeRolloutFailure({ ...snapshot, workloads: [web] }, now)).toMatch(/^Every workload of the release reports ready now/);
  });
});

it('folds pods in the same state into one line', () => {
  const twin = { ...failingPod, metadata: { ...failingPod.metadata, name: 'todo-chatbot-api-new-x2' } };
  const third = { ...failingPod, metadata: { ...failingPod.metadata, name: 'todo-chatbot-api-new-x3' } };
  expect(describeRolloutFailure({ ...snapshot, pods: [failingPod, twin, third] }, now)).toContain(
    '    3 pods (todo-chatbot-api-new-x1, todo-chatbot-api-new-x2, …): Running, not ready; container api terminated (Error, listen EADDRINUSE, exit code 1), 3 restarts\n      | starting',
  );
});

it('keeps the newest event of each reason, counting the others', () => {
  const scheduled = (pod: string, at: string) => ({ ...event(pod, 'Pod', 'Scheduled', `assigned ${pod}`, at), type: 'Normal' });
  const text = describeRolloutFailure(
    { ...snapshot, events: [scheduled('todo-chatbot-api-new-x1', '2026-12-02T10:00:05Z'), scheduled('todo-chatbot-api-new-x1', '2026-12-02T10:00:25Z')] },
    now,
  );
  expect(text).toContain('      5s ago    Normal  Scheduled Pod/todo-chatbot-api-new-x1: assigned todo-chatbot-api-new-x1 (+1 similar)');
  expect(text).not.toContain('25s ago');
});

describe('isReady', () => {
  it('waits for the controller to observe the new generation', () => {
    expect(isReady({ ...web, metadata: { ...web.metadata, generation: 2 } })).toBe(false);
    expect(isReady(web)).toBe(true);
  });

  it('is not ready while pods of the old ReplicaSet still serve (a rollout stuck on its new pods)', () => {
    expect(isReady({ ...web, status: { observedGeneration: 1, replicas: 2, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1 } })).toBe(false);
  });

  it('reads a Job as ready once Complete', () => {
    expect(isReady({ kind: 'Job', metadata: { name: 'migrate' }, status: { conditions: [{ type: 'Complete', status: 'True' }] } })).toBe(true);
    expect(isReady({ kind: 'Job', metadata: { name: 'migrate' }, status: {} })).toBe(false);
  });
});

describe('describePod', () => {
  it('says why a pod cannot be scheduled', () => {
    const pending: KubeObject = {
      kind: 'Pod',
      metadata: { name: 'p' },
      status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/1 nodes are available: 1 Insufficient memory.' }] },
    };
    expect(describePod(pending)).toBe('Pending, not ready; unschedulable: 0/1 nodes are available: 1 Insufficient memory.');
  });
});
