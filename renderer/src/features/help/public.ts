/** What `app/` may use of «Справка»: the route the navigation links to. */
export const HELP_ROUTE = '/help';
