import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { Icon } from './icon';

export interface SearchText {
  text: string;
  /** Shows a new text at once and applies it to the list after a pause. */
  type: (value: string) => void;
  /** Empties the field at once (when the filters are cleared). */
  reset: () => void;
}

/**
 * The search text of a list whose filters live in the address bar: typed freely, applied after a
 * pause to the filters as they are then (not as they were typed), and put back when the address
 * bar changes on its own (back button, a shared link).
 */
export function useSearchText<P extends { text: string }>(
  params: P,
  onChange: (next: P) => void,
  withText: (params: P, text: string) => P = (current, text) => ({ ...current, text }),
): SearchText {
  const [text, setText] = useState(params.text);
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const commit = useDebouncedCallback((value: string) => onChange(withText(latest.current, value)), 350);
  useEffect(() => setText(params.text), [params.text]);
  return {
    text,
    type: (value) => {
      setText(value);
      commit(value);
    },
    reset: () => setText(''),
  };
}

interface SearchTextInputProps {
  search: SearchText;
  label: string;
  placeholder?: string;
  description?: string;
  testId: string;
}

/** The search field of a list, with its magnifying glass. */
export function SearchTextInput({ search, label, placeholder, description, testId }: SearchTextInputProps) {
  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      description={description}
      leftSection={<Icon name="search" size={16} />}
      value={search.text}
      data-testid={testId}
      onChange={(event) => search.type(event.currentTarget.value)}
    />
  );
}
