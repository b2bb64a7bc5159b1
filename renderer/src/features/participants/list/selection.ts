/**
 * The participant list's selection, kept outside React state so a tick re-renders only its check box, not the
 * table (whose columns, and so its sorting, stay the same). Shift-click selects the range between the last
 * clicked row and this one in the order the table shows (`order`).
 */
export class RowSelection {
  private selected = new Set<string>();
  private anchor: string | null = null;
  private listeners = new Set<() => void>();
  private version = 0;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever the selection does (for useSyncExternalStore). */
  getVersion = (): number => this.version;

  has(key: string): boolean {
    return this.selected.has(key);
  }

  get size(): number {
    return this.selected.size;
  }

  keys(): string[] {
    return [...this.selected];
  }

  /**
   * A click on a row's box: toggles it, or with Shift sets the whole range from the last clicked row to this one
   * (in `order`) to this row's new state.
   */
  click(key: string, shift: boolean, order: readonly string[]): void {
    const on = !this.selected.has(key);
    const from = this.anchor === null ? -1 : order.indexOf(this.anchor);
    const to = order.indexOf(key);
    if (shift && from >= 0 && to >= 0) {
      const [a, b] = from < to ? [from, to] : [to, from];
      for (const k of order.slice(a, b + 1)) {
        if (on) this.selected.add(k);
        else this.selected.delete(k);
      }
    } else if (on) this.selected.add(key);
    else this.selected.delete(key);
    this.anchor = key;
    this.changed();
  }

  /** «Выбрать всех показанных»: every row the filters leave, or none. */
  setAll(keys: readonly string[], on: boolean): void {
    if (on) for (const k of keys) this.selected.add(k);
    else for (const k of keys) this.selected.delete(k);
    this.changed();
  }

  /** Drops what the filters no longer show, so the count always means rows on the screen. */
  keepOnly(keys: ReadonlySet<string>): void {
    const before = this.selected.size;
    for (const k of this.selected) if (!keys.has(k)) this.selected.delete(k);
    if (this.selected.size !== before) this.changed();
  }

  clear(): void {
    if (this.selected.size === 0) return;
    this.selected.clear();
    this.anchor = null;
    this.changed();
  }

  private changed(): void {
    this.version += 1;
    for (const l of this.listeners) l();
  }
}
