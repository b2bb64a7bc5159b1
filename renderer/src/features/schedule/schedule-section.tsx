import { Navigate, Route, Routes } from 'react-router';
import { CalendarPage } from './calendar-page';
import { GroupListPage } from './group-list-page';
import { GroupNewPage } from './group-new-page';
import { GroupPage } from './group-page';
import { SessionPage } from './session-page';
import { EnrollSelectionPage } from './enroll-selection-page';

export default function ScheduleSection() {
  return (
    <Routes>
      <Route index element={<CalendarPage />} />
      <Route path="groups" element={<GroupListPage />} />
      <Route path="enroll" element={<EnrollSelectionPage />} />
      <Route path="groups/new" element={<GroupNewPage />} />
      <Route path="groups/:groupId" element={<GroupPage />} />
      <Route path="groups/:groupId/sessions/:sessionId" element={<SessionPage />} />
      <Route path="*" element={<Navigate to="/schedule" replace />} />
    </Routes>
  );
}
