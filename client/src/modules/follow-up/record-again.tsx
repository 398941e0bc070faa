import { Alert, Stack } from '@mantine/core';
import { Fragment, useState, type ReactNode } from 'react';

interface RecordAgainProps {
  /** Said after a save, until the person closes it or types again. */
  done: string;
  testId: string;
  onRecorded: () => void;
  children: (form: { onEdited: () => void; onRecorded: () => void }) => ReactNode;
}

/** A form filled in again and again (a visit, an assessment): after a save it says so and starts empty. */
export function RecordAgain({ done, testId, onRecorded, children }: RecordAgainProps) {
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState(false);
  return (
    <Stack gap="sm">
      {saved && (
        <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setSaved(false)} data-testid={testId}>
          {done}
        </Alert>
      )}
      <Fragment key={generation}>
        {children({
          onEdited: () => setSaved(false),
          onRecorded: () => {
            setSaved(true);
            setGeneration((value) => value + 1);
            onRecorded();
          },
        })}
      </Fragment>
    </Stack>
  );
}
