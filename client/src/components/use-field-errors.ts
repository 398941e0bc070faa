import { useCallback, useRef, useState, type FormEvent } from 'react';
import { placeFieldErrors, type FieldErrors } from '../core/errors/field-errors';

/** Messages by field: any path for a form of `data-path` fields, else only the form's own fields. */
export type ErrorsOf<Field extends string> = string extends Field ? FieldErrors : Partial<Record<Field, string>>;

export interface FieldErrorsOptions<Field extends string> {
  /**
   * The form's fields top to bottom, found by their `name`; without it, the fields are the elements
   * with a `data-path` attribute, in the order of the page.
   */
  order?: readonly Field[];
  /** The element to focus for a field that has no `name` (a checkbox group, a multi-select). */
  focusTarget?: (field: Field, form: HTMLFormElement) => HTMLElement | null | undefined;
}

export interface FieldErrorsState<Field extends string> {
  formRef: React.RefObject<HTMLFormElement | null>;
  errors: ErrorsOf<Field>;
  /** Server messages about fields the form does not show (`data-path` forms): said above the form. */
  unplaced: string[];
  /** Puts these messages on their fields, in place of the ones shown, and moves focus to the first; true when there are none. */
  show: (found: ErrorsOf<Field>) => boolean;
  /** Takes the messages off the fields that match (a field, or a test of its path). */
  clear: (matches: Field | ((path: string) => boolean)) => void;
  /** Puts the server's refusals on the fields the form shows; returns how many it placed. */
  showRefused: (refused: FieldErrors) => number;
  resetUnplaced: () => void;
  /**
   * A form's onSubmit: says on the fields what `check` finds (and forgets the server's earlier
   * messages above the form); when it finds nothing, sends, and places what the server refuses.
   */
  submitChecked: (check: () => ErrorsOf<Field>, send: () => Promise<FieldErrors | void>) => (event: FormEvent<HTMLFormElement>) => Promise<void>;
}

/** A form's own findings by field path, each reason put into words. */
export function reasonMessages<Reason extends string>(found: Partial<Record<string, Reason>>, say: (reason: Reason) => string): FieldErrors {
  return Object.fromEntries(Object.entries(found).flatMap(([path, reason]) => (reason === undefined ? [] : [[path, say(reason)]])));
}

/**
 * Errors on a form's fields, from its own checks or the server's refusals (core/errors/field-errors):
 * each lands on its field and focus goes to the first, so keyboard and screen reader users hear it.
 */
export function useFieldErrors<Field extends string = string>(options: FieldErrorsOptions<Field> = {}): FieldErrorsState<Field> {
  const formRef = useRef<HTMLFormElement>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const [errors, setErrors] = useState<ErrorsOf<Field>>({} as ErrorsOf<Field>);
  const [unplaced, setUnplaced] = useState<string[]>([]);

  const shownPaths = useCallback((): string[] => {
    const { order } = optionsRef.current;
    if (order) return [...order];
    return [...(formRef.current?.querySelectorAll<HTMLElement>('[data-path]') ?? [])].flatMap((field) => (field.dataset.path ? [field.dataset.path] : []));
  }, []);

  const show = useCallback((found: ErrorsOf<Field>) => {
    setErrors(found);
    const { order, focusTarget } = optionsRef.current;
    if (order) {
      const first = order.find((field) => (found as Partial<Record<Field, string>>)[field]);
      if (!first) return true;
      requestAnimationFrame(() => {
        const form = formRef.current;
        if (form) (focusTarget?.(first, form) ?? form.querySelector<HTMLElement>(`[name="${first}"]`))?.focus();
      });
      return false;
    }
    if (Object.keys(found).length === 0) return true;
    requestAnimationFrame(() => {
      const fields = [...(formRef.current?.querySelectorAll<HTMLElement>('[data-path]') ?? [])];
      fields.find((field) => field.dataset.path && (found as FieldErrors)[field.dataset.path])?.focus();
    });
    return false;
  }, []);

  const clear = useCallback((matches: Field | ((path: string) => boolean)) => {
    const test = typeof matches === 'function' ? matches : (path: string) => path === matches;
    setErrors((current) =>
      Object.keys(current).some((path) => test(path) && (current as FieldErrors)[path] !== undefined)
        ? (Object.fromEntries(Object.entries(current).filter(([path]) => !test(path))) as ErrorsOf<Field>)
        : current,
    );
  }, []);

  const showRefused = useCallback(
    (refused: FieldErrors) => {
      const shown = new Set(shownPaths());
      const { placed, unplaced: rest } = placeFieldErrors(refused, (path) => shown.has(path));
      show(placed as ErrorsOf<Field>);
      setUnplaced(rest);
      return Object.keys(placed).length;
    },
    [show, shownPaths],
  );

  const resetUnplaced = useCallback(() => setUnplaced([]), []);

  const submitChecked = (check: () => ErrorsOf<Field>, send: () => Promise<FieldErrors | void>) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const valid = show(check());
    resetUnplaced();
    if (!valid) return;
    const refused = await send();
    if (refused) showRefused(refused);
  };

  return { formRef, errors, unplaced, show, clear, showRefused, resetUnplaced, submitChecked };
}
