import { useCallback, useState } from 'react';

/**
 * A dialog a page opens, for one item (a user, a consent) or for nothing in particular (`true`),
 * and what closes it: `close` when the person cancels, `done(sentence, then)` when its work is
 * done, which also says what was done in the page's notice (see NoticeAlert), then runs `then`
 * (reloading what the dialog changed).
 */
export function useNoticeDialog<Item = true>(setNotice: (notice: string) => void) {
  const [item, setItem] = useState<Item | null>(null);
  const close = useCallback(() => setItem(null), []);
  const done =
    <Result = void>(sentence: (result: Result) => string, then?: () => Promise<unknown>) =>
    async (result: Result) => {
      close();
      setNotice(sentence(result));
      await then?.();
    };
  return { item, opened: item !== null, open: setItem, close, done };
}
