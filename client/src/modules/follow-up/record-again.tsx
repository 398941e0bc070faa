import { Alert, Stack, Title } from '@mantine/core';
import { Fragment, useState, type FormEvent, type ReactNode } from 'react';
import { FormStack } from '../../components/form-stack';
import { FormFailureAlert, type FormFailure } from './form-failure-alert';
import { useDescribeFailure } from './use-describe-failure';

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

/**
 * The save of a form recorded again and again: `submit(check, send)` is its onSubmit, which puts
 * what `check` finds on the fields, else sends and calls `onRecorded`; a refusal lands on the
 * fields the form shows (the server's path read through `toFormPath`), the rest above the form.
 */
export function useRecordAgainSave({ failed, toFormPath, shows, onRecorded }: { failed: string; toFormPath: (path: string) => string; shows: (formPath: string) => boolean; onRecorded: () => void }) {
  const describe = useDescribeFailure();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const submit = (check: () => Record<string, string>, send: () => Promise<unknown>) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const problems = check();
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      await send();
      onRecorded();
    } catch (error) {
      const described = describe(error, failed, (path) => shows(toFormPath(path)));
      setErrors(Object.fromEntries(Object.entries(described.placed).map(([path, message]) => [toFormPath(path), message])));
      setFailure(described.failure);
    }
  };
  return { errors, setErrors, failure, submit };
}

/** Such a form: its title, an optional hint, what went wrong with the last save, then its fields. */
export function RecordAgainForm({ testId, title, intro, failure, busy, onSubmit, children }: { testId: string; title: string; intro?: ReactNode; failure: FormFailure | null; busy: boolean; onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>; children: ReactNode }) {
  return (
    <FormStack onSubmit={onSubmit} busy={busy} gap="sm" testId={testId}>
      <Title order={4} size="h6">
        {title}
      </Title>
      {intro}
      {failure && <FormFailureAlert failure={failure} />}
      {children}
    </FormStack>
  );
}
