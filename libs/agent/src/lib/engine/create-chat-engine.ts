import type { ChatEngine } from './chat-engine';
import { createLocalEngine } from './local/local-engine';
import { createOpenAiEngine, ModelCallError } from './openai/openai-engine';

export interface ChatEngineConfig {
  /** `CHAT_PROVIDER`: local (default) or openai. */
  provider?: 'local' | 'openai';
  /** `OPENAI_API_KEY` */
  apiKey?: string;
  /** `OPENAI_BASE_URL`: any OpenAI-compatible server. */
  baseUrl?: string;
  /** `CHAT_MODEL` */
  model?: string;
  timeoutMs?: number;
  maxSteps?: number;
}

/** The part of a pino logger the engines use. */
export interface EngineLogger {
  warn(details: object, message: string): void;
}

export const DEFAULT_CHAT_MODEL = 'gpt-4o-mini';

/** Wraps a model engine so a failed model call is answered by the built-in engine, with a warning in the log. */
export function withFallback(primary: ChatEngine, fallback: ChatEngine, logger: EngineLogger): ChatEngine {
  return {
    name: primary.name,
    async reply(input) {
      try {
        return await primary.reply(input);
      } catch (error) {
        const done = error instanceof ModelCallError ? error.toolCalls : [];
        logger.warn(
          { err: error, engine: primary.name, fallback: done.length === 0 ? fallback.name : 'none' },
          `chat engine ${primary.name} failed; ${done.length === 0 ? `answering with the ${fallback.name} engine` : 'tools had already run'}`,
        );
        // Tools that already ran must not run twice: report them instead of starting over.
        if (done.length > 0) {
          return { response: 'I made some changes but the assistant stopped before finishing. Please check your tasks.', tool_calls: done };
        }
        return fallback.reply(input);
      }
    },
  };
}

/** The engine `CHAT_PROVIDER` asks for: local, or openai falling back to local when the model call fails. */
export function createChatEngine(config: ChatEngineConfig, logger: EngineLogger): ChatEngine {
  const local = createLocalEngine();
  if ((config.provider ?? 'local') === 'local') return local;
  if (!config.apiKey && !config.baseUrl) {
    logger.warn({ provider: config.provider }, 'CHAT_PROVIDER=openai needs OPENAI_API_KEY or OPENAI_BASE_URL; using the local engine');
    return local;
  }
  const openai = createOpenAiEngine({
    model: config.model || DEFAULT_CHAT_MODEL,
    apiKey: config.apiKey,
    baseUrl: config.baseUrl,
    timeoutMs: config.timeoutMs,
    maxSteps: config.maxSteps,
  });
  return withFallback(openai, local, logger);
}
