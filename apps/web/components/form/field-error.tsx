type Errors = Record<string, string>;

/** aria wiring that ties an input to its hint and its error message. */
export function fieldProps(name: string, errors: Errors, hintId?: string, idPrefix = '') {
  const describedBy = [hintId, errors[name] ? `${idPrefix}${name}-error` : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': errors[name] ? true : undefined, 'aria-describedby': describedBy || undefined };
}

export function FieldError({ name, errors, idPrefix = '' }: { name: string; errors: Errors; idPrefix?: string }) {
  if (!errors[name]) return null;
  return (
    <p id={`${idPrefix}${name}-error`} className="field__error">
      {errors[name]}
    </p>
  );
}
