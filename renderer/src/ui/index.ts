export { PageHeader, type Crumb } from './page-header';
export { EmptyState } from './empty-state';
export { notifySaved, notifyError, errorMessage } from './notify';
export { confirmDanger } from './confirm';
export { ProgressDialog, type ProgressState } from './progress';
export { UnsavedChangesGuard } from './unsaved-guard';
export { DateField } from './date-field';
export { DataTable, type Column } from './data-table';
export { SearchInput } from './search-input';
