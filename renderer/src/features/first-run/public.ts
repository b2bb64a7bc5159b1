/** What other features and the app shell may use of the first-run screen. */

/** Where the app sends a person while the database holds no venue (and after the demo venue is removed). */
export const FIRST_RUN_ROUTE = '/welcome';
