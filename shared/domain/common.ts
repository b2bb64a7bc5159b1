/** ISO local calendar date, `YYYY-MM-DD`; never converted through a time zone. */
export type IsoDate = string;
/** Local wall-clock time, `HH:MM` (24 h). */
export type LocalTime = string;
/** An instant (creation and update stamps), `Date.prototype.toISOString()`. */
export type IsoDateTime = string;

export type Id = string;

/** Russian labels of enumerations, so every screen, PDF and report names a value the same way. */
export type Labels<T extends string> = Readonly<Record<T, string>>;

export function newId(): Id {
  return crypto.randomUUID();
}
