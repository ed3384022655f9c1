import type { Recurrence } from '@todo/domain';

/** "Repeats every month", "Repeats every 2 weeks". */
export const recurrenceLabel = ({ every, interval }: Pick<Recurrence, 'every' | 'interval'>) =>
  `Repeats every ${interval > 1 ? `${interval} ${every}s` : every}`;
