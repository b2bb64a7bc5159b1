import { Navigate, Route, Routes } from 'react-router';
import { GroupOverviewPage } from './group-overview-page';
import { SessionPage } from './session-page';
import { SessionsListPage } from './sessions-list-page';

/**
 * «Посещаемость». Other sections link to `/attendance/sessions/<sessionId>`: keep that route stable.
 */
export default function AttendanceSection() {
  return (
    <Routes>
      <Route index element={<SessionsListPage />} />
      <Route path="sessions/:id" element={<SessionPage />} />
      {/* The QR scanner: its own route, because the desktop shell allows the camera to this page only. */}
      <Route path="sessions/:id/scan" element={<SessionPage scanning />} />
      <Route path="groups/:id" element={<GroupOverviewPage />} />
      <Route path="*" element={<Navigate to="/attendance" replace />} />
    </Routes>
  );
}
