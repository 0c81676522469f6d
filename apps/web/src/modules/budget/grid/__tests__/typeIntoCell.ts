import { fireEvent, within } from '@testing-library/react';

/** Types into a budget grid cell as a person does: focus the cell, type, Enter. */
export function typeIntoCell(grid: HTMLElement, cell: HTMLElement, text: string) {
  fireEvent.mouseDown(cell);
  fireEvent.keyDown(grid, { key: text[0] });
  const editor = within(grid).getByTestId('grid-cell-editor') as HTMLInputElement;
  fireEvent.change(editor, { target: { value: text } });
  fireEvent.keyDown(editor, { key: 'Enter' });
}
