export { endOfDayIn, isAllDayIn, localDateIn, startOfDayIn } from './lib/calendar-day';
