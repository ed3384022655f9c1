import { runCommand, execCommand } from './exec-command';

export type EngineName = 'docker' | 'podman';

export interface ImageBuild {
  dockerfile: string;
  /** Every tag the image gets, registry included when there is one. */
  refs: string[];
  context: string;
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  platform?: string;
  target?: string;
  cacheFrom: string[];
  cacheTo: string[];
}

export function buildArgs(build: ImageBuild): string[] {
  const args = ['build', '--file', build.dockerfile];
  for (const ref of build.refs) args.push('--tag', ref);
  for (const [key, value] of Object.entries(build.labels)) args.push('--label', `${key}=${value}`);
  for (const [key, value] of Object.entries(build.buildArgs)) args.push('--build-arg', `${key}=${value}`);
  if (build.platform) args.push('--platform', build.platform);
  if (build.target) args.push('--target', build.target);
  for (const from of build.cacheFrom) args.push('--cache-from', from);
  for (const to of build.cacheTo) args.push('--cache-to', to);
  args.push(build.context);
  return args;
}

/** Registries on the loopback host speak plain HTTP; dockerd trusts them, the manifest CLI must be told. */
export function isLoopbackRegistry(ref: string): boolean {
  const host = ref.split('/')[0];
  return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
}

export function manifestInspectArgs(engine: EngineName, ref: string): string[] {
  if (!isLoopbackRegistry(ref)) return ['manifest', 'inspect', ref];
  return engine === 'docker' ? ['manifest', 'inspect', '--insecure', ref] : ['manifest', 'inspect', '--tls-verify=false', ref];
}

/** docker or podman, found on PATH and answering; everything the executors ask of an engine. */
export class ContainerEngine {
  private constructor(
    readonly name: EngineName,
    private readonly cwd: string,
  ) {}

  static async detect(preferred: EngineName | 'auto', cwd: string): Promise<ContainerEngine> {
    const candidates: EngineName[] = preferred === 'auto' ? ['docker', 'podman'] : [preferred];
    const failures: string[] = [];
    for (const name of candidates) {
      try {
        // docker's `version` fails when no server answers (some clients' `info` exits 0 with client
        // details only); podman runs locally, where `info` is the check that needs its runtime.
        const probe = name === 'docker' ? ['version', '--format', '{{.Server.Version}}'] : ['info', '--format', '{{.Host.Arch}}'];
        const version = await runCommand(name, probe, { cwd });
        if (version.code === 0 && version.stdout.trim()) return new ContainerEngine(name, cwd);
        const reason = version.stderr.trim().split('\n')[0] || 'no server version reported';
        failures.push(`${name} is installed but its engine does not answer: ${reason}`);
      } catch {
        failures.push(`${name} is not on PATH`);
      }
    }
    throw new Error(`No container engine to build with. ${failures.join('; ')}.`);
  }

  private get env(): NodeJS.ProcessEnv {
    return this.name === 'docker' ? { ...process.env, DOCKER_BUILDKIT: '1' } : process.env;
  }

  async hasLocalImage(ref: string): Promise<boolean> {
    return (await runCommand(this.name, ['image', 'inspect', ref], { cwd: this.cwd })).code === 0;
  }

  async hasRemoteImage(ref: string): Promise<boolean> {
    return (await runCommand(this.name, manifestInspectArgs(this.name, ref), { cwd: this.cwd })).code === 0;
  }

  async build(build: ImageBuild): Promise<void> {
    await execCommand(this.name, buildArgs(build), { cwd: this.cwd, stream: true, env: this.env });
  }

  async tag(source: string, target: string): Promise<void> {
    if (source !== target) await execCommand(this.name, ['tag', source, target], { cwd: this.cwd });
  }

  async push(ref: string): Promise<void> {
    await execCommand(this.name, ['push', ref], { cwd: this.cwd, stream: true });
  }

  /** A label of a local image; undefined when the image is not here or lacks the label. */
  async imageLabel(ref: string, key: string): Promise<string | undefined> {
    const result = await runCommand(this.name, ['image', 'inspect', '--format', '{{json .Config.Labels}}', ref], { cwd: this.cwd });
    if (result.code !== 0) return undefined;
    const labels: Record<string, string> | null = JSON.parse(result.stdout.trim() || 'null');
    return labels?.[key];
  }

  /** `repo@sha256:…` once the image has been pushed or pulled, else undefined. */
  async repoDigest(ref: string): Promise<string | undefined> {
    const result = await runCommand(this.name, ['image', 'inspect', '--format', '{{json .RepoDigests}}', ref], { cwd: this.cwd });
    if (result.code !== 0) return undefined;
    const repository = ref.slice(0, ref.lastIndexOf(':'));
    const digests: string[] = JSON.parse(result.stdout.trim() || '[]') ?? [];
    return digests.find((digest) => digest.startsWith(`${repository}@`))?.slice(repository.length + 1);
  }
}
