/** The options of a native select that starts at "Choose …" (an empty value), each named in the interface language. */
export function withChoice<Value extends string>(choose: string, values: readonly Value[], label: (value: Value) => string) {
  return [{ value: '', label: choose }, ...values.map((value) => ({ value, label: label(value) }))];
}
