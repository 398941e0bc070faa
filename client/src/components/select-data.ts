/** The options of a native select that starts at "Choose …" (an empty value), each named in the interface language. */
export function withChoice<Value extends string>(choose: string, values: readonly Value[], label: (value: Value) => string) {
  return [{ value: '', label: choose }, ...values.map((value) => ({ value, label: label(value) }))];
}

type Named = { id: string; name: string };

/** Organisations or people as options, by id and name; `label` names them in the reader's script (useReadableNames().label). */
export function optionsOf<Item extends Named>(items: readonly Item[], label: (item: Item) => string = (item) => item.name) {
  return items.map((item) => ({ value: item.id, label: label(item) }));
}

/** The same, starting at "Choose …" (an empty value). */
export function withChoiceOf<Item extends Named>(choose: string, items: readonly Item[], label?: (item: Item) => string) {
  return [{ value: '', label: choose }, ...optionsOf(items, label)];
}
