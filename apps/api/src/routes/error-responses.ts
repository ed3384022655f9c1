import { errorBodySchema } from '@todo/domain';

/** The contract's error body, documented on every route: `{error, message, details?}`. */
export const errorResponses = {
  '4xx': errorBodySchema.describe('The request was refused: `error` is a machine code, `message` a sentence for people'),
};
