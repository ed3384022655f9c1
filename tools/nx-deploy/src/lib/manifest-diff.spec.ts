import { diffManifests, lineDiff } from './manifest-diff';

const deployment = (name: string, image: string) => `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    spec:
      containers:
        - name: app
          image: ${image}
`;

describe('lineDiff', () => {
  it('lists removed and added lines only', () => {
    expect(lineDiff('a\nb\nc', 'a\nx\nc')).toEqual(['- b', '+ x']);
  });
});

describe('diffManifests', () => {
  it('shows the one Deployment whose image changed, and nothing for the other', () => {
    const before = deployment('r-api', 'todo-chatbot/api:1') + deployment('r-web', 'todo-chatbot/web:1');
    const after = deployment('r-api', 'todo-chatbot/api:2') + deployment('r-web', 'todo-chatbot/web:1');
    expect(diffManifests(before, after).text).toMatchInlineSnapshot(`
      "~ Deployment/r-api
          -           image: todo-chatbot/api:1
          +           image: todo-chatbot/api:2"
    `);
  });

  it('lists new and removed resources and hides Secret contents', () => {
    const secret = (value: string) => `---\nkind: Secret\nmetadata:\n  name: s\ndata:\n  AUTH_SECRET: ${value}\n`;
    const diff = diffManifests(secret('b2xk'), secret('bmV3') + deployment('r-billing', 'todo-chatbot/billing:1'));
    expect(diff.text).toBe('+ Deployment/r-billing\n~ Secret/s\n      (contents hidden)');
    expect(diff.text).not.toContain('bmV3');
  });

  it('says so when nothing changes', () => {
    expect(diffManifests(deployment('a', 'x:1'), deployment('a', 'x:1')).text).toBe('No manifest changes.');
  });
});
