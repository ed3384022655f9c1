// Test support: the utterance table, stores on a test database, a named fake OpenAI server.
// Production code cannot import this entry (lint rule).
export { utteranceCases } from './lib/testing/utterances.fixture';
export { everydayUtteranceCases } from './lib/testing/everyday-utterances.fixture';
export { useTestStores } from './lib/testing/use-test-stores';
export { startFakeOpenAiServer, type FakeOpenAiServer } from './lib/testing/fake-openai-server';
