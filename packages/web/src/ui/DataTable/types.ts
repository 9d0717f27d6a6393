import type { ReactNode } from 'react';

export interface DataTableColumn<Row> {
  /** Stable id, used in the URL's list of columns: `cols=name,kind`. */
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** The server's sort field for this column; the header sorts when given. */
  sortKey?: string;
  /** The value in a CSV export; the column is left out of exports without it. */
  csv?: (row: Row) => string | number | boolean | null | undefined;
  /** Not shown until chosen in "Columns". */
  hiddenByDefault?: boolean;
  /** Cannot be hidden (the column that names the row). */
  alwaysVisible?: boolean;
  /** Header and cell alignment. */
  align?: 'left' | 'right' | 'center';
  width?: number | string;
}

export interface DataTableSelection<Row> {
  /** Keys (rowKey) of the selected rows of this page. */
  selected: string[];
  onChange(keys: string[]): void;
  /** Buttons shown while rows are selected, given those rows. */
  actions(rows: Row[]): ReactNode;
}

export interface DataTableEmpty {
  title: string;
  description?: ReactNode;
  /** The call to action: "New organization", "Clear the filters" … */
  action?: ReactNode;
}
