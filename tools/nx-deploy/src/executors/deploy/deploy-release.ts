import { type ExecutorContext, logger } from '@nx/devkit';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { withClusterLock } from '../../lib/cluster-lock';
import { ContainerEngine } from '../../lib/container-engine';
import { contentImage, type DeployableProject, deployableProjects } from '../../lib/deployable-projects';
import { describeRelease, formatPlan, planServices, type PlannedService, type ServiceCandidate } from '../../lib/deploy-plan';
import { durationSeconds } from '../../lib/duration';
import { ensureImage, findExistingImage } from '../../lib/ensure-image';
import { type Environment, readEnvironment } from '../../lib/environment';
import { formatCommand } from '../../lib/exec-command';
import { type CurrentRelease, helmBinary, helmMajorVersion, readCurrentRelease, upgradeArgs } from '../../lib/helm';
import { formatImageRef } from '../../lib/image-ref';
import { recordedDigest } from '../../lib/image-record';
import { Kubectl } from '../../lib/kubectl';
import { labelPreviewNamespace } from '../../lib/preview';
import { type Drift, formatDrift, readDrift } from '../../lib/live-drift';
import { diffManifests, type ManifestDiff } from '../../lib/manifest-diff';
import { buildPlanFile, manifestHash, readPlanFile, staleReason, writePlanFile } from '../../lib/plan-file';
import { generatedValuesPath, writeReleaseValues, writeValuesFile } from '../../lib/release-values';
import { renderManifests, withoutHooks } from '../../lib/render-manifests';
import { applyRelease } from './apply-release';
import { explainRelease } from './explain-release';
import type { DeployExecutorSchema } from './schema';

const PENDING_POLL_MS = 2000;

async function currentRelease(context: ExecutorContext, options: DeployExecutorSchema, env: Environment) {
  if (options.currentValues) {
    const path = resolve(context.root, options.currentValues);
    if (!existsSync(path)) throw new Error(`--current-values ${options.currentValues} does not exist.`);
    const release: CurrentRelease = { state: 'deployed', values: parse(readFileSync(path, 'utf8')) ?? {} };
    return { release, source: options.currentValues };
  }
  const source = `release ${env.release} in ${env.namespace}${env.kubeContext ? ` (${env.kubeContext})` : ''}`;
  const release = await settledRelease(context.root, env, options.dryRun ? 0 : durationSeconds(env.timeout) * 1000);
  // A verdict against a release nobody could read would call everything a change.
  if (release.state === 'unreachable' && (!options.dryRun || options.detailedExitcode)) {
    throw new Error(`Cannot read release ${env.release} in ${env.namespace}: ${release.reason}`);
  }
  return { release, source };
}

/** Helm's own lock: while a revision is pending-*, another client is installing, upgrading or rolling back. */
async function settledRelease(workspaceRoot: string, env: Environment, waitMs: number): Promise<CurrentRelease> {
  const deadline = Date.now() + waitMs;
  let release = await readCurrentRelease(workspaceRoot, env);
  if (release.state === 'pending') {
    console.log(`Waiting: release ${env.release} is ${release.status} (revision ${release.revision}); another helm client is changing it.`);
  }
  while (release.state === 'pending') {
    if (Date.now() > deadline) {
      throw new Error(
        `Release ${env.release} in ${env.namespace} is still ${release.status} (revision ${release.revision}) after ${env.timeout}: ` +
          `another deploy is running, or one was killed mid-way. If none is running: helm rollback ${env.release} -n ${env.namespace}`,
      );
    }
    await new Promise((done) => setTimeout(done, PENDING_POLL_MS));
    release = await readCurrentRelease(workspaceRoot, env);
  }
  return release;
}

/** Live release → new values when the cluster recorded a manifest; else the old values rendered locally. */
async function manifestDiff(workspaceRoot: string, env: Environment, release: CurrentRelease, values: Record<string, unknown>) {
  const next = withoutHooks(await renderManifests(workspaceRoot, env, values));
  if (release.state === 'deployed' && release.manifest !== undefined) {
    return { title: `live release revision ${release.revision} → new values`, diff: diffManifests(release.manifest, next), next };
  }
  const before = release.state === 'deployed' ? withoutHooks(await renderManifests(workspaceRoot, env, release.values)) : '';
  return { title: 'helm template of current → new values', diff: diffManifests(before, next), next };
}

/** Keys in a stable order, so two equal values trees compare equal as text. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]))
      : value;

/** Hooks (migration, `helm test` checks) are not in a revision's manifest, so the values are compared too. */
const changesNothing = (diff: ManifestDiff, drift: Drift[], before: Record<string, unknown>, after: Record<string, unknown>) =>
  diff.added.length === 0 &&
  diff.removed.length === 0 &&
  diff.changed.length === 0 &&
  drift.length === 0 &&
  JSON.stringify(canonical(before)) === JSON.stringify(canonical(after));

/** One environment, one release, one helm upgrade for every project of this run. */
export async function deployRelease(context: ExecutorContext, projects: string[], options: DeployExecutorSchema): Promise<void> {
  const read = readEnvironment(context.root, options.env, options.name);
  const env = options.timeout ? { ...read, timeout: options.timeout } : read;
  // Read first: a malformed --timeout is refused before anything is built or planned.
  const seconds = durationSeconds(env.timeout);
  if (options.plan && (options.dryRun || options.planOut || options.currentValues || options.explain)) {
    throw new Error('--plan applies a saved plan: it cannot be combined with --dry-run, --plan-out, --current-values or --explain.');
  }
  if (options.detailedExitcode && !options.planOut) {
    throw new Error(
      '--detailed-exitcode needs --plan-out <file> (and usually --dry-run) to write its verdict to: Nx sets its own exit code (0 or 1), ' +
        'so run node tools/nx-deploy/bin/deploy-plan.mjs <nx arguments>, which adds both and exits 0 (no changes), 2 (changes) or 1 (error).',
    );
  }
  if (options.dryRun || options.currentValues || options.planOut) return planAndApply(context, projects, options, env);
  const kubectl = new Kubectl(context.root, env);
  await withClusterLock(kubectl, env, { holdSeconds: seconds, waitMs: seconds * 1000 }, async () => {
    if (env.preview) await labelPreviewNamespace(kubectl, env);
    return options.plan ? applySavedPlan(context, options, env, options.plan) : planAndApply(context, projects, options, env);
  });
}

/** Applies exactly a plan written by --plan-out, or refuses when what it was made against changed. */
async function applySavedPlan(context: ExecutorContext, options: DeployExecutorSchema, env: Environment, file: string): Promise<void> {
  const plan = readPlanFile(context.root, file);
  const release = await settledRelease(context.root, env, durationSeconds(env.timeout) * 1000);
  if (release.state === 'unreachable') throw new Error(`Cannot read release ${env.release} in ${env.namespace}: ${release.reason}`);
  const liveRevision = release.state === 'deployed' ? (release.revision ?? null) : null;
  const rendered = withoutHooks(await renderManifests(context.root, env, plan.values));
  const stale = staleReason(plan, env, liveRevision, manifestHash(rendered));
  if (stale) throw new Error(`Refusing --plan ${file}: ${stale}.`);
  const engine = await ContainerEngine.detect(options.engine ?? 'auto', context.root).catch(() => undefined);
  for (const service of plan.services) {
    if (engine && !(await findExistingImage(engine, service.after, { push: env.registry !== '', registry: env.registry }))) {
      throw new Error(`Refusing --plan ${file}: image ${formatImageRef(env.registry, service.after)} does not exist (was the plan made with --dry-run?); make the plan without --dry-run so it builds its images.`);
    }
  }
  const against = plan.revision ? `revision ${plan.revision}` : 'a first install';
  if (!plan.changes) {
    console.log(`Nothing to deploy: plan ${file} (made ${plan.createdAt} against ${against}) changes nothing; no helm upgrade.`);
    return;
  }
  console.log(`Applying plan ${file} (made ${plan.createdAt} against ${against}, still current):`);
  for (const service of plan.services) {
    console.log(`  ${service.service}: ${service.before ? formatImageRef(env.registry, service.before) : '(none)'} → ${formatImageRef(env.registry, service.after)} (${service.change})`);
  }
  const valuesFile = writeValuesFile(context.root, env, plan.values);
  await applyRelease(context.root, env, valuesFile, { previousRevision: liveRevision ?? undefined, verify: options.verify ?? env.verify });
}

async function planAndApply(context: ExecutorContext, projects: string[], options: DeployExecutorSchema, env: Environment): Promise<void> {
  const push = options.push ?? env.registry !== '';
  const deployables = deployableProjects(context);
  const candidates: ServiceCandidate[] = [];
  for (const deployable of deployables) {
    const image = await contentImage(context, deployable);
    const digest = push ? recordedDigest(context.root, deployable.project, env.registry, image) : undefined;
    candidates.push({
      project: deployable.project,
      service: deployable.config.service,
      contentImage: digest ? { ...image, digest } : image,
      inDeploySet: projects.includes(deployable.project),
    });
  }
  const { release, source } = await currentRelease(context, options, env);
  const plan = planServices(candidates, release);

  const engine = await ContainerEngine.detect(options.engine ?? 'auto', context.root).catch((error: Error) => {
    if (options.dryRun) return undefined;
    throw error;
  });
  for (const service of plan.filter((s) => s.deploying)) {
    const deployable = deployables.find((d) => d.project === service.project);
    if (!deployable) continue;
    if (options.dryRun) {
      const existing = engine ? await findExistingImage(engine, service.next, { push, registry: env.registry }) : undefined;
      service.build = existing ? 'skipped' : 'would build';
      continue;
    }
    const ensured = await ensureImage(context.root, engine as ContainerEngine, deployable, service.next, {
      push,
      registry: env.registry,
      labels: {},
    });
    service.next = ensured.image;
    service.build = ensured.status;
  }

  const { path, values } = writeReleaseValues(context.root, env, plan.map(toServiceRelease(deployables)));
  console.log(`\nDeploy plan: environment ${env.name}, release ${env.release}, namespace ${env.namespace}`);
  console.log(describeRelease(release, source));
  console.log(`${formatPlan(plan, env.registry)}\n`);
  const explained = options.explain
    ? await explainRelease(context, env, release, source, plan.map(toExplainedService(deployables, candidates)), engine)
    : undefined;
  if (explained) logger.info(`${explained}\n`);
  const { title, diff, next } = await manifestDiff(context.root, env, release, values);
  console.log(`Manifest diff (${title}):\n${diff.text}\n`);
  const drift = release.state === 'deployed' && release.manifest ? await readDrift(new Kubectl(context.root, env), release.manifest) : [];
  if (release.state === 'deployed' && release.manifest) console.log(`${formatDrift(drift, release.revision)}\n`);

  const changes = !(release.state === 'deployed' && changesNothing(diff, drift, release.values, values));
  const verdict = changes ? 'Verdict: changes (applying this plan upgrades the release).' : 'Verdict: no changes (the release already runs these images and values).';
  if (options.planOut) {
    const revision = release.state === 'deployed' ? release.revision : undefined;
    const summary = [
      `Deploy plan: environment ${env.name}, release ${env.release}, namespace ${env.namespace}`,
      describeRelease(release, source),
      formatPlan(plan, env.registry),
      ...(explained ? ['', explained] : []),
      '',
      `Manifest diff (${title}):\n${diff.text}`,
      release.state === 'deployed' && release.manifest ? `\n${formatDrift(drift, release.revision)}` : '',
      '',
      verdict,
    ].join('\n');
    const written = writePlanFile(context.root, options.planOut, buildPlanFile(env, revision, plan, next, values, changes), summary);
    console.log(verdict);
    console.log(`Plan written to ${written.json} (and ${written.text} to read); nothing was deployed.`);
    console.log(`Apply exactly this plan: npx nx run-many -t deploy --env ${env.name} --plan ${written.json}`);
    return;
  }

  if (options.dryRun) {
    const major = await helmMajorVersion(context.root);
    console.log(`Dry run: not deploying. Would run:\n$ ${formatCommand(helmBinary(context.root), upgradeArgs(env, path, major))}`);
    return;
  }
  if (release.state === 'deployed' && release.revision && !changes) {
    console.log(`Nothing to deploy: release ${env.release} revision ${release.revision} already runs these images and values; no helm upgrade.`);
    return;
  }
  await applyRelease(context.root, env, generatedValuesPath(env.name), {
    previousRevision: release.state === 'deployed' ? release.revision : undefined,
    verify: options.verify ?? env.verify,
  });
}

function toExplainedService(deployables: DeployableProject[], candidates: ServiceCandidate[]) {
  return (plan: PlannedService) => ({
    plan,
    deployable: deployables.find((d) => d.project === plan.project) as DeployableProject,
    contentImage: (candidates.find((c) => c.project === plan.project) as ServiceCandidate).contentImage,
  });
}

function toServiceRelease(deployables: ReturnType<typeof deployableProjects>) {
  return (service: PlannedService) => ({
    project: service.project,
    service: service.service,
    values: deployables.find((d) => d.project === service.project)?.config.values ?? {},
    image: service.next,
  });
}
