import { createTaskSchema, withDueAtIn } from '@todo/domain';
import { insertTestUser } from '@todo/db/testing';
import { runChatTurn } from './lib/chat/run-chat-turn';
import { runUtteranceTable, type UtteranceDriver } from './lib/engine/utterance-check';
import { heldoutCases } from './lib/testing/heldout-scratch.fixture';
import { createLocalEngine } from './lib/engine/local/local-engine';
import { useTestStores } from './lib/testing/use-test-stores';

describe('held-out scratch', () => {
  const stores = useTestStores();
  const engine = createLocalEngine();

  const driver: UtteranceDriver = {
    async start(seed, timeZone) {
      const userId = await insertTestUser(stores.handle);
      const taskIds = new Map<string, number>();
      for (const input of seed) taskIds.set(input.title, (await stores.tasks.create(userId, createTaskSchema.parse(withDueAtIn(input, timeZone)))).id);
      let conversationId: number | undefined;
      return {
        taskIds,
        async say(message) {
          const response = await runChatTurn({
            tasks: stores.tasks,
            conversations: stores.conversations,
            userId,
            engine,
            timeZone,
            request: { message, ...(conversationId !== undefined && { conversation_id: conversationId }) },
          });
          conversationId = response.conversation_id;
          return response;
        },
      };
    },
  };

  it('held-out table', async () => {
    const report = await runUtteranceTable(driver, heldoutCases);
    const failures = report.failures.map(
      (f) =>
        `  [${f.topic}] "${f.say}": ${f.problem}\n      calls: ${JSON.stringify(f.response.tool_calls.map((c) => ({ n: c.name, a: c.arguments })))}\n      reply: ${f.response.response.replace(/\n/g, ' | ')}`,
    );
    require('fs').writeFileSync('/tmp/heldout-report.txt', `held-out: ${report.passed}/${report.total} = ${(report.score * 100).toFixed(1)}%\n${failures.join('\n')}\n`);
    expect(report.total).toBeGreaterThan(0);
  }, 300_000);
});
