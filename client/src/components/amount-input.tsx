import { Group, NativeSelect, TextInput } from '@mantine/core';

/**
 * A sum of money as people type it (the amount as text, in left-to-right digits whatever the
 * language) with its currency beside it: the case's support granted and the plan's budget.
 */
export function AmountInput<C extends string>({
  label,
  description,
  currencyLabel,
  amount,
  currency,
  currencies,
  onAmountChange,
  onCurrencyChange,
  error,
  amountProps,
  currencyProps,
}: {
  label: string;
  description: string;
  currencyLabel: string;
  amount: string;
  currency: C;
  currencies: readonly C[];
  onAmountChange: (amount: string) => void;
  onCurrencyChange: (currency: C) => void;
  error?: string;
  /** Test ids and data paths of the two fields. */
  amountProps?: Record<`data-${string}`, string>;
  currencyProps?: Record<`data-${string}`, string>;
}) {
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <TextInput
        label={label}
        description={description}
        inputMode="decimal"
        dir="ltr"
        autoComplete="off"
        value={amount}
        onChange={(event) => onAmountChange(event.currentTarget.value)}
        error={error}
        style={{ flex: '1 1 12rem' }}
        {...amountProps}
      />
      <NativeSelect
        label={currencyLabel}
        value={currency}
        onChange={(event) => {
          const chosen = currencies.find((code) => code === event.currentTarget.value);
          if (chosen) onCurrencyChange(chosen);
        }}
        data={[...currencies]}
        w={110}
        {...currencyProps}
      />
    </Group>
  );
}
