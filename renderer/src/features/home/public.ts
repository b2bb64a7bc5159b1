/** What other features may use of «Главная»: its live figures and the week's sessions. */
export { useDashboardStats } from './use-dashboard-stats';
export { useNextSession, useWeekSessions } from './use-week-sessions';
export type { SessionOverview } from '../../db/queries/home';
