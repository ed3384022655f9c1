/** The `<option>`s of a select, one per value of a domain list, in its order, with the UI's label for each. */
export function OptionList<V extends string>({ values, labels }: { values: readonly V[]; labels: Record<V, string> }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {labels[value]}
    </option>
  ));
}
