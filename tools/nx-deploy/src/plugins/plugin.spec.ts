import type { CreateNodesContext } from '@nx/devkit';
import { createNodes } from './plugin';
import { TempFs } from '../testing/temp-fs';

jest.mock('nx/src/utils/cache-directory', () => ({
  ...jest.requireActual('nx/src/utils/cache-directory'),
  workspaceDataDirectory: 'tmp/project-graph-cache',
}));

describe('@todo/nx-deploy plugin', () => {
  const createNodesFunction = createNodes[1];
  let fs: TempFs;
  let context: CreateNodesContext;
  let cwd: string;

  beforeEach(() => {
    fs = new TempFs('plugin');
    cwd = process.cwd();
    process.chdir(fs.root);
    context = {
      nxJsonConfiguration: {
        namedInputs: { default: ['{projectRoot}/**/*'], production: ['default', '!{projectRoot}/**/*.spec.ts'] },
      },
      workspaceRoot: fs.root,
    };
  });

  afterEach(() => {
    process.chdir(cwd);
    fs.cleanup();
  });

  it('adds docker-build, helm-values, deploy, rollback and teardown to a project with a Dockerfile and deploy.json', async () => {
    fs.writeMany({
      'apps/api/project.json': '{"name": "api"}',
      'apps/api/Dockerfile': 'FROM node:22-bookworm-slim',
      'apps/api/deploy.json': '{"service": "api"}',
    });
    expect(await createNodesFunction(['apps/api/deploy.json'], {}, context)).toMatchInlineSnapshot(`
[
  [
    "apps/api/deploy.json",
    {
      "projects": {
        "apps/api": {
          "metadata": {
            "targetGroups": {
              "Deploy": [
                "docker-build",
                "helm-values",
                "deploy",
                "rollback",
                "teardown",
              ],
            },
          },
          "release": {
            "docker": {
              "repositoryName": "todo-chatbot/api",
            },
          },
          "root": "apps/api",
          "targets": {
            "deploy": {
              "cache": false,
              "executor": "@todo/nx-deploy:deploy",
              "metadata": {
                "description": "Build what is missing, plan, diff and run one helm upgrade --install for every project deployed in this run",
                "help": {
                  "command": "helm upgrade --help",
                  "example": {
                    "options": {
                      "dryRun": true,
                      "env": "staging",
                    },
                  },
                },
                "technologies": [
                  "helm",
                  "docker",
                ],
              },
              "options": {
                "env": "local",
              },
            },
            "docker-build": {
              "cache": false,
              "dependsOn": [],
              "executor": "@todo/nx-deploy:docker-build",
              "inputs": [
                "production",
                "^production",
                "{workspaceRoot}/apps/api/Dockerfile",
                "{workspaceRoot}/package-lock.json",
                "{workspaceRoot}/package.json",
                "{workspaceRoot}/.dockerignore",
              ],
              "metadata": {
                "description": "Build the image from apps/api/Dockerfile, tagged with the content hash of its inputs (skipped when that tag exists)",
                "help": {
                  "command": "docker build --help",
                  "example": {
                    "options": {
                      "buildArgs": {
                        "NODE_ENV": "production",
                      },
                      "env": "staging",
                      "platform": "linux/amd64",
                      "push": true,
                    },
                  },
                },
                "technologies": [
                  "docker",
                ],
              },
              "options": {},
            },
            "helm-values": {
              "cache": false,
              "executor": "@todo/nx-deploy:helm-values",
              "inputs": [
                "{projectRoot}/deploy.json",
                "{workspaceRoot}/deploy/environments/*.yaml",
                "production",
                "^production",
              ],
              "metadata": {
                "description": "Render deploy/generated/<env>/values.yaml from every deploy config and image, validated by the chart schema",
                "help": {
                  "command": "helm template --help",
                  "example": {
                    "options": {
                      "env": "staging",
                    },
                  },
                },
                "technologies": [
                  "helm",
                ],
              },
              "options": {
                "env": "local",
              },
            },
            "nx-release-publish": {
              "executor": "@nx/docker:release-publish",
              "metadata": {
                "description": "Push the image under its release version (run by nx release)",
                "technologies": [
                  "docker",
                ],
              },
            },
            "rollback": {
              "cache": false,
              "executor": "@todo/nx-deploy:rollback",
              "metadata": {
                "description": "Roll the environment's release (all services) back one revision, or to --revision N",
                "help": {
                  "command": "helm rollback --help",
                  "example": {
                    "options": {
                      "env": "staging",
                      "revision": 3,
                    },
                  },
                },
                "technologies": [
                  "helm",
                ],
              },
              "options": {
                "env": "local",
              },
            },
            "teardown": {
              "cache": false,
              "executor": "@todo/nx-deploy:teardown",
              "metadata": {
                "description": "Remove a preview environment (deploy --env preview --name <branch>): uninstall its release, delete its namespace",
                "help": {
                  "command": "helm uninstall --help",
                  "example": {
                    "options": {
                      "env": "preview",
                      "name": "feature-login",
                    },
                  },
                },
                "technologies": [
                  "helm",
                ],
              },
              "options": {
                "env": "preview",
              },
            },
          },
        },
      },
    },
  ],
]
`);
  });

  it('infers nothing without a Dockerfile', async () => {
    fs.writeMany({ 'apps/docs/project.json': '{}', 'apps/docs/deploy.json': '{}' });
    expect(await createNodesFunction(['apps/docs/deploy.json'], {}, context)).toEqual([['apps/docs/deploy.json', {}]]);
  });

  it('follows a Dockerfile named in deploy.json, custom target names and docker-build dependencies', async () => {
    fs.writeMany({
      'apps/web/package.json': '{"name": "web"}',
      'docker/web.Dockerfile': 'FROM node:22-bookworm-slim',
      'apps/web/deploy.json': '{"dockerfile": "docker/web.Dockerfile"}',
    });
    const [[, result]] = await createNodesFunction(
      ['apps/web/deploy.json'],
      { dockerBuildTargetName: 'image', dockerBuildDependsOn: ['build'], defaultEnv: 'staging' },
      context,
    );
    const targets = result.projects?.['apps/web'].targets ?? {};
    expect(Object.keys(targets)).toEqual(['image', 'helm-values', 'deploy', 'rollback', 'nx-release-publish', 'teardown']);
    expect(targets.image.dependsOn).toEqual(['build']);
    expect(targets.image.inputs).toContain('{workspaceRoot}/docker/web.Dockerfile');
    expect(targets.deploy.options).toEqual({ env: 'staging' });
  });

  it('joins nx release: the image repository deploy.json names (or prefix/service), published by @nx/docker', async () => {
    fs.writeMany({
      'apps/web/project.json': '{}',
      'apps/web/Dockerfile': 'FROM node:22-bookworm-slim',
      'apps/web/deploy.json': '{"image": "acme/storefront"}',
      'apps/billing/project.json': '{}',
      'apps/billing/Dockerfile': 'FROM node:22-bookworm-slim',
      'apps/billing/deploy.json': '{"service": "invoices"}',
    });
    const results = await createNodesFunction(['apps/web/deploy.json', 'apps/billing/deploy.json'], { imagePrefix: 'shop' }, context);
    const project = (root: string) => results.find(([file]) => file === `${root}/deploy.json`)?.[1].projects?.[root];
    expect(project('apps/web')?.release).toEqual({ docker: { repositoryName: 'acme/storefront' } });
    expect(project('apps/billing')?.release).toEqual({ docker: { repositoryName: 'shop/invoices' } });
    expect(project('apps/web')?.targets?.['nx-release-publish']).toMatchObject({ executor: '@nx/docker:release-publish' });
  });
});
