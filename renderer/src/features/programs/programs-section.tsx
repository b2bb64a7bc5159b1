import { Route, Routes } from 'react-router';
import { ProgramListPage } from './program-list-page';
import { ProgramEditPage, ProgramNewPage } from './program-form/program-form-page';
import { MentorEditPage, MentorListPage, MentorNewPage } from './mentor-pages';
import { PlaceEditPage, PlaceListPage, PlaceNewPage } from './place-pages';

/**
 * «Программы»: the programme catalogue and the two directories the schedule needs (mentors and places), as
 * tabs of one section.
 */
export default function ProgramsSection() {
  return (
    <Routes>
      <Route index element={<ProgramListPage />} />
      <Route path="new" element={<ProgramNewPage />} />
      <Route path="mentors" element={<MentorListPage />} />
      <Route path="mentors/new" element={<MentorNewPage />} />
      <Route path="mentors/:id" element={<MentorEditPage />} />
      <Route path="places" element={<PlaceListPage />} />
      <Route path="places/new" element={<PlaceNewPage />} />
      <Route path="places/:id" element={<PlaceEditPage />} />
      <Route path=":id" element={<ProgramEditPage />} />
    </Routes>
  );
}
