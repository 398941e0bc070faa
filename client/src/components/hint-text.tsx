import { Text, type ElementProps, type TextProps } from '@mantine/core';

/** A quiet sentence beside the content: a form's intro, a consequence, "nothing recorded yet". */
export function HintText(props: TextProps & ElementProps<'p', keyof TextProps>) {
  return <Text size="sm" c="dimmed" {...props} />;
}
