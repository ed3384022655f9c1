import { createTaskSchema, withDueAtIn } from '@todo/domain';
import { insertTestUser } from '@todo/db/testing';
import { runChatTurn } from '../../chat/run-chat-turn';
import { runUtteranceTable, type UtteranceDriver } from '../utterance-check';
import { utteranceCases } from '../../testing/utterances.fixture';
import { everydayUtteranceCases } from '../../testing/everyday-utterances.fixture';
import { secondOpinionUtteranceCases } from '../../testing/second-opinion-utterances.fixture';
import { thirdOpinionUtteranceCases } from '../../testing/third-opinion-utterances.fixture';
import { createLocalEngine } from './local-engine';
import { useTestStores } from '../../testing/use-test-stores';

describe('the built-in engine against the utterance table', () => {
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

  it('understands at least 95% of the utterances', async () => {
    const report = await runUtteranceTable(driver, utteranceCases);
    const failures = report.failures.map((f) => `  [${f.topic}] "${f.say}": ${f.problem}\n      reply: ${f.response.response.split('\n')[0]}`);
    console.log(
      `utterance table (local engine): ${report.passed}/${report.total} = ${(report.score * 100).toFixed(1)}%\n${failures.join('\n')}`,
    );
    expect(report.total).toBeGreaterThanOrEqual(80);
    expect(report.score).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it.each([
    ['everyday phrasings outside that table', everydayUtteranceCases, 50],
    ["a reviewer's phrasings, written without reading the grammar", secondOpinionUtteranceCases, 100],
    ["a second reviewer's phrasings, written without reading the grammar or the tables", thirdOpinionUtteranceCases, 90],
  ])('understands at least 90%% of %s', async (name, cases, minimum) => {
    const report = await runUtteranceTable(driver, cases);
    const failures = report.failures.map((f) => `  [${f.topic}] "${f.say}": ${f.problem}\n      reply: ${f.response.response.split('\n')[0]}`);
    console.log(`${name} (local engine): ${report.passed}/${report.total} = ${(report.score * 100).toFixed(1)}%\n${failures.join('\n')}`);
    expect(report.total).toBeGreaterThanOrEqual(minimum);
    expect(report.score).toBeGreaterThanOrEqual(0.9);
  }, 90_000);
});
