import { Route, Routes } from 'react-router';
import { ParticipantsListPage } from './list/participants-list-page';
import { ParticipantCardPage } from './card/participant-card-page';
import { NewParticipantPage } from './card/new-participant-page';
import { SchoolsPage } from './schools/schools-page';
import { ImportWizardPage } from './import/import-wizard-page';

/** «Участники»: the list, a participant's card, schools, and the import wizard. */
export default function ParticipantsSection() {
  return (
    <Routes>
      <Route index element={<ParticipantsListPage />} />
      <Route path="import" element={<ImportWizardPage />} />
      <Route path="schools" element={<SchoolsPage />} />
      <Route path="new" element={<NewParticipantPage />} />
      <Route path=":id" element={<ParticipantCardPage />} />
    </Routes>
  );
}
