import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Environment } from './environment';
import { runCommand } from './exec-command';

/** kubectl reads the live objects helm does not report: workload status, pods, events, leases. */
export function kubectlBinary(workspaceRoot: string): string {
  if (process.env.KUBECTL_BIN) return process.env.KUBECTL_BIN;
  const toolchainKubectl = join('.toolchain', 'bin', 'kubectl');
  return existsSync(join(workspaceRoot, toolchainKubectl)) ? `./${toolchainKubectl}` : 'kubectl';
}

export function kubectlClusterArgs(env: Environment): string[] {
  return ['--namespace', env.namespace, ...(env.kubeContext ? ['--context', env.kubeContext] : [])];
}

export interface KubeObject {
  apiVersion?: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    generation?: number;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: { kind: string; name: string; uid?: string }[];
    creationTimestamp?: string;
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [field: string]: unknown;
}

export class Kubectl {
  constructor(
    private readonly workspaceRoot: string,
    private readonly env: Environment,
  ) {}

  async run(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const binary = kubectlBinary(this.workspaceRoot);
    try {
      return await runCommand(binary, [...kubectlClusterArgs(this.env), ...args], { cwd: this.workspaceRoot, input });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      throw new Error(`${binary} was not found: deploys read live objects with kubectl. Run node tools/scripts/install-helm.mjs (it installs helm and kubectl into .toolchain/bin) or set KUBECTL_BIN.`);
    }
  }

  /** `kubectl get … -o json` as a list of objects; throws with kubectl's own message on failure. */
  async list(resources: string, selector?: string): Promise<KubeObject[]> {
    const { code, stdout, stderr } = await this.run(['get', resources, ...(selector ? ['--selector', selector] : []), '--output', 'json']);
    if (code !== 0) throw new Error(`kubectl get ${resources} failed: ${lastLine(stderr) || `exit code ${code}`}`);
    const parsed = JSON.parse(stdout) as { items?: KubeObject[] } & KubeObject;
    return parsed.items ?? [parsed];
  }
}

export const lastLine = (text: string) => text.trim().split('\n').pop() ?? '';
