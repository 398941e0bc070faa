import { act, fireEvent, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_VISIBLE_MS, NoticeAlert } from './notice-alert';

describe('a notice of success', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const show = (onClose: () => void) =>
    render(
      <MantineProvider env="test">
        <NoticeAlert notice="Referral accepted" onClose={onClose} testId="notice" />
      </MantineProvider>,
    );

  it('goes away by itself after a few seconds', () => {
    const onClose = vi.fn();
    show(onClose);
    expect(screen.getByTestId('notice')).toHaveRole('status');
    act(() => vi.advanceTimersByTime(NOTICE_VISIBLE_MS - 1));
    expect(onClose).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('stays while the pointer rests on it, and leaves after it moves away', () => {
    const onClose = vi.fn();
    show(onClose);
    fireEvent.mouseEnter(screen.getByTestId('notice'));
    act(() => vi.advanceTimersByTime(NOTICE_VISIBLE_MS * 3));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.mouseLeave(screen.getByTestId('notice'));
    act(() => vi.advanceTimersByTime(NOTICE_VISIBLE_MS));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('a notice that offers a way on (a link) stays until closed', () => {
    const onClose = vi.fn();
    render(
      <MantineProvider env="test">
        <NoticeAlert notice={<a href="/cases/1">Open the case</a>} onClose={onClose} testId="notice" />
      </MantineProvider>,
    );
    act(() => vi.advanceTimersByTime(NOTICE_VISIBLE_MS * 5));
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Open the case' })).toBeInTheDocument();
  });
});
