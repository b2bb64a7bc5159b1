import { useEffect, useRef } from 'react';

/**
 * The app-wide shortcuts a page answers itself: Ctrl+P prints the page's document, Ctrl+S saves its form,
 * Ctrl+F searches pupils (answered by the participant list). The layout owns the keys; a page registers what
 * the key does there with `usePageShortcut`. The last registered handler of a kind wins (a dialog over a
 * page), and a request made before the page is there (Ctrl+F from another section navigates first) runs as
 * soon as the page registers.
 */
export type PageShortcut = 'print' | 'save' | 'search';

const handlers: Record<PageShortcut, (() => void)[]> = { print: [], save: [], search: [] };
const pending = new Set<PageShortcut>();

/** Registers what `kind` does on this page while the component is mounted (and `handler` is given). */
export function usePageShortcut(kind: PageShortcut, handler: (() => void) | undefined): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const enabled = handler !== undefined;
  useEffect(() => {
    if (!enabled) return;
    const run = () => latest.current?.();
    handlers[kind].push(run);
    if (pending.delete(kind)) run();
    return () => {
      const list = handlers[kind];
      const at = list.lastIndexOf(run);
      if (at >= 0) list.splice(at, 1);
    };
  }, [kind, enabled]);
}

/** Runs the page's handler of `kind`; false when the page has none. */
export function runPageShortcut(kind: PageShortcut): boolean {
  const run = handlers[kind].at(-1);
  if (!run) return false;
  run();
  return true;
}

/** Runs the handler of `kind` now, or as soon as a page registers one (after a navigation). */
export function requestPageShortcut(kind: PageShortcut): void {
  if (!runPageShortcut(kind)) pending.add(kind);
}

/** Forgets a request nobody answered (the navigation it waited for went elsewhere). */
export function cancelPageShortcut(kind: PageShortcut): void {
  pending.delete(kind);
}
