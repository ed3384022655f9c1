import type { Command, SmallTalkTopic } from './command';

const topics: Array<[RegExp, SmallTalkTopic]> = [
  [/^(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|sup|what'?s up|hola)(?: there| again| assistant| bot)?$/i, 'greeting'],
  [/^(?:thanks?(?: you)?(?: so much| a lot| very much)?|thx|ty|cheers|great|awesome|perfect|cool|nice|ok(?:ay)?|got it|sounds good|good job|well done|amazing|that'?s (?:great|perfect|all))$/i, 'thanks'],
  [/^(?:bye|goodbye|see you(?: later)?|see ya|good ?night|later|cya|that'?s it(?: for now)?)$/i, 'bye'],
  [/^(?:help|help me|what can (?:you|i) do(?: here)?|what do you do|how does (?:this|it) work|how do i use (?:this|you)|(?:list |show )?(?:your )?commands|what can you help (?:me )?with|\?+|options)$/i, 'help'],
  [/^(?:(?:who|what) are you|are you (?:a bot|a robot|human|real|an ai|a person)|what'?s your name|what is your name)$/i, 'identity'],
  [/^(?:how are you(?: doing| today)?|how'?s it going|how do you do|what'?s new)$/i, 'wellbeing'],
  [/^(?:yes|yeah|yep|yup|sure|no|nope|nah|maybe)$/i, 'affirm'],
];

export function parseSmallTalk(text: string): Command | undefined {
  for (const [pattern, topic] of topics) if (pattern.test(text)) return { kind: 'small_talk', topic };
  return undefined;
}
