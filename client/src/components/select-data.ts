/** The options of a native select that starts at "Choose …" (an empty value), each named in the interface language. */
export function withChoice<Value extends string>(choose: string, values: readonly Value[], label: (value: Value) => string) {
  return [{ value: '', label: choose }, ...values.map((value) => ({ value, label: label(value) }))];
}

/** Organisations or people as options, by id and name. */
export function optionsOf(items: readonly { id: string; name: string }[]) {
  return items.map((item) => ({ value: item.id, label: item.name }));
}

/** The same, starting at "Choose …" (an empty value). */
export function withChoiceOf(choose: string, items: readonly { id: string; name: string }[]) {
  return [{ value: '', label: choose }, ...optionsOf(items)];
}
