import { z } from 'zod';

// Postgres text cannot hold NUL, and no one types other C0/C1 controls into a title or a tag.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Multi-line text keeps tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A single-line string: no control characters at all. */
export const singleLine = (field: string) =>
  z.string().refine((value) => !ANY_CONTROL.test(value), `${field} must not contain control characters`);

/** Free text that may span lines: tabs and line breaks pass, NUL and other controls do not. */
export const multiLine = (field: string) =>
  z.string().refine((value) => !CONTROL_EXCEPT_WHITESPACE.test(value), `${field} must not contain control characters`);
