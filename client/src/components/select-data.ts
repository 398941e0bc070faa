/** The options of a native select that starts at "Choose …" (an empty value), each named in the interface language. */
export function withChoice<Value extends string>(choose: string, values: readonly Value[], label: (value: Value) => string) {
  return [{ value: '', label: choose }, ...values.map((value) => ({ value, label: label(value) }))];
}

/** The same for organisations or people, by id and name. */
export function withChoiceOf(choose: string, items: readonly { id: string; name: string }[]) {
  return [{ value: '', label: choose }, ...items.map((item) => ({ value: item.id, label: item.name }))];
}
