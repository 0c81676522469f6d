/**
 * A column of the driver grid. Cells hold text: `text` is what an edit starts
 * from and what a copy takes, `parse` turns typed or pasted text back into
 * the row (null when it means nothing there, e.g. not one of the choices).
 */
export interface GridColumn<R> {
  key: string;
  title: string;
  width: number;
  align?: 'left' | 'right';
  /** Stays in view when the grid scrolls sideways (the line's name). */
  frozen?: boolean;
  /** `text`: typed in place; `select`: one of `options`; `dialog`: opens an editor of its own (`onOpen`). */
  editor: 'text' | 'select' | 'dialog';
  options?: readonly { value: string; label: string }[];
  /** What the cell shows, formatted for the language. */
  display: (row: R) => string;
  text: (row: R) => string;
  /** Whether this row takes a value here (month columns only on a monthly line, salaries only for those who see them). */
  editable: (row: R) => boolean;
  parse: (row: R, text: string) => R | null;
  onOpen?: (row: R) => void;
}

/** A row of the grid: its key names it in problems (`${key}:${column}`). */
export interface GridRow {
  key: string;
}
