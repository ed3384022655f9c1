import { DEFAULT_TIME_ZONE, type ToolCallRecord } from '@todo/domain';
import OpenAI from 'openai';
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import { toolCallRecord, type TaskTools } from '../../tools/task-tools';
import type { ChatEngine, ChatEngineInput, ChatEngineReply } from '../chat-engine';

export interface OpenAiEngineOptions {
  model: string;
  apiKey?: string;
  baseUrl?: string;
  /** Model round trips per turn; each may run several tools. */
  maxSteps?: number;
  timeoutMs?: number;
}

/** The model failed; `toolCalls` holds what already ran, so a fallback must not run it again. */
export class ModelCallError extends Error {
  constructor(
    message: string,
    readonly toolCalls: ToolCallRecord[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ModelCallError';
  }
}

const systemPrompt = (now: Date, zone: string) =>
  [
    'You are a friendly assistant that manages the user\'s to-do list with the tools you are given.',
    'Use the tools for every change and answer in one or two short sentences, naming the task you acted on.',
    'To act on a task named in words, list tasks first to find its id. If two tasks match, ask which one.',
    'Never pass a user_id. Dates are ISO 8601; a plain date (YYYY-MM-DD) when no time is given.',
    `The user's time zone is ${zone}; it is now ${now.toLocaleString('sv-SE', { timeZone: zone }).replace(' ', 'T')} there (${now.toISOString()} UTC).`,
    'Write times with the offset of that zone, so "tomorrow at 9" is 9:00 on their clock.',
  ].join(' ');

const toolsFor = (tools: TaskTools): ChatCompletionTool[] =>
  tools.definitions.map(({ name, description, inputJsonSchema }) => {
    const { $schema: _, ...parameters } = inputJsonSchema;
    return { type: 'function', function: { name, description, parameters } };
  });

const parseArguments = (text: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(text || '{}');
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/** Tool calling against any OpenAI-compatible chat completions endpoint, with bounded steps and a timeout. */
export function createOpenAiEngine(options: OpenAiEngineOptions): ChatEngine {
  const client = new OpenAI({
    apiKey: options.apiKey || 'unused',
    baseURL: options.baseUrl,
    timeout: options.timeoutMs ?? 20_000,
    maxRetries: 1,
  });
  const maxSteps = options.maxSteps ?? 6;

  async function reply({ history, message, tools, now = new Date(), timeZone = DEFAULT_TIME_ZONE }: ChatEngineInput): Promise<ChatEngineReply> {
    const messages: ChatCompletionMessageParam[] = [
      { role: 'system', content: systemPrompt(now, timeZone) },
      ...history.map((earlier) => ({ role: earlier.role, content: earlier.content })),
      { role: 'user', content: message },
    ];
    const definitions = toolsFor(tools);
    const tool_calls: ToolCallRecord[] = [];
    for (let step = 0; step < maxSteps; step++) {
      let answer;
      try {
        const completion = await client.chat.completions.create({ model: options.model, messages, tools: definitions });
        answer = completion.choices[0]?.message;
      } catch (error) {
        throw new ModelCallError(`the model call failed: ${(error as Error).message}`, tool_calls, { cause: error });
      }
      if (!answer) throw new ModelCallError('the model returned no choices', tool_calls);
      const requested = (answer.tool_calls ?? []).filter((call) => call.type === 'function');
      if (requested.length === 0) return { response: answer.content?.trim() || 'Done.', tool_calls };
      messages.push({ role: 'assistant', content: answer.content ?? null, tool_calls: requested });
      for (const call of requested) {
        const args = parseArguments(call.function.arguments);
        const outcome = args
          ? await tools.run(call.function.name, args)
          : { ok: false as const, code: 'invalid_arguments' as const, error: 'the arguments were not a JSON object' };
        tool_calls.push(toolCallRecord(call.function.name, args ?? {}, outcome));
        messages.push({
          role: 'tool',
          tool_call_id: call.id,
          content: JSON.stringify(outcome.ok ? outcome.result : { error: outcome.error }),
        });
      }
    }
    throw new ModelCallError(`the model did not finish within ${maxSteps} steps`, tool_calls);
  }

  return { name: 'openai', reply };
}
