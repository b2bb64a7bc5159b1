export { PageHeader, type Crumb } from './page-header';
export { EmptyState } from './empty-state';
export { notifySaved, notifyError, errorMessage } from './notify';
export { confirmDanger } from './confirm';
export { ProgressDialog, type ProgressState } from './progress';
export { UnsavedChangesGuard } from './unsaved-guard';
export { DateField } from './date-field';
export { DataTable, type Column } from './data-table';
export { SearchInput } from './search-input';
export { fieldErrorText } from './notify';
export { RecordPage } from './record-page';
export { useAction, type ActionOptions } from './use-action';
export { DialogFooter } from './dialog-footer';
export { FilterBar } from './filter-bar';
export { FormSection } from './form-section';
export { EnumSelect } from './enum-select';
export { withErrorWords } from './form-resolver';
export { enumLabel, enumOptions, type EnumName, type EnumValues } from './enum-label';
export {
  usePageShortcut,
  runPageShortcut,
  requestPageShortcut,
  cancelPageShortcut,
  type PageShortcut,
} from './use-page-shortcuts';
