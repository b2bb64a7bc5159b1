import type { ComponentType } from 'react';
import type { TFunction } from 'i18next';
import type { FieldValues, Resolver, UseFormReturn } from 'react-hook-form';
import type { Id } from '@shared/domain';
import type { RuleError } from '@shared/errors';
import type { Column } from '../../../ui';

export interface DirectoryRecord {
  id: Id;
  archived: boolean;
}

/**
 * One directory of the section (mentors, places): what differs between them — reads, commands, columns and
 * form fields — while the list page, the edit page, the not-found page and the form scaffold are shared.
 * `kind` is both the route (`/programs/<kind>`) and the prefix of its words in the `programs` namespace.
 */
export interface DirectoryKind<T extends DirectoryRecord, V extends FieldValues> {
  kind: 'mentors' | 'places';
  useList: () => T[] | undefined;
  useRecord: (id: Id) => T | null | undefined;
  nameOf: (record: T) => string;
  /** The text a search matches by word prefixes. */
  searchText: (record: T) => string;
  /** The columns before the archive status, which every directory shows last. */
  columns: (t: TFunction) => Column<T>[];
  initialSort: string;
  resolver: Resolver<V>;
  empty: V;
  toForm: (record: T) => V;
  save: (values: V, id: Id | null) => Promise<T>;
  setArchived: (id: Id, archived: boolean) => Promise<void>;
  remove: (id: Id) => Promise<void>;
  refusal: (id: Id) => Promise<RuleError | null>;
  /** The form's sections. */
  Fields: ComponentType<{ form: UseFormReturn<V> }>;
}
