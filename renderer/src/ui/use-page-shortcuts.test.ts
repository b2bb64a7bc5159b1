// @vitest-environment jsdom
import { act, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cancelPageShortcut,
  requestPageShortcut,
  runPageShortcut,
  usePageShortcut,
} from './use-page-shortcuts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Page({ onPrint }: { onPrint?: () => void }): ReactNode {
  usePageShortcut('print', onPrint);
  return null;
}

const roots: ReturnType<typeof createRoot>[] = [];
function mount(node: ReactNode) {
  const root = createRoot(document.createElement('div'));
  roots.push(root);
  act(() => root.render(node));
  return root;
}
afterEach(() => {
  for (const r of roots.splice(0)) act(() => r.unmount());
  cancelPageShortcut('print');
});

describe('usePageShortcut', () => {
  it('runs the mounted page’s handler and nothing once it is gone', () => {
    const print = vi.fn();
    const root = mount(createElement(Page, { onPrint: print }));
    expect(runPageShortcut('print')).toBe(true);
    expect(print).toHaveBeenCalledTimes(1);
    act(() => root.unmount());
    expect(runPageShortcut('print')).toBe(false);
  });

  it('the last registered handler wins (a dialog over a page)', () => {
    const page = vi.fn();
    const dialog = vi.fn();
    mount(createElement(Page, { onPrint: page }));
    const over = mount(createElement(Page, { onPrint: dialog }));
    runPageShortcut('print');
    expect(dialog).toHaveBeenCalledTimes(1);
    act(() => over.unmount());
    runPageShortcut('print');
    expect(page).toHaveBeenCalledTimes(1);
  });

  it('a page without a handler does not register', () => {
    mount(createElement(Page, {}));
    expect(runPageShortcut('print')).toBe(false);
  });

  it('a request made before the page is there runs when it registers, once', () => {
    const print = vi.fn();
    requestPageShortcut('print');
    expect(print).not.toHaveBeenCalled();
    mount(createElement(Page, { onPrint: print }));
    expect(print).toHaveBeenCalledTimes(1);
    mount(createElement(Page, { onPrint: print }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
