import type { Locator } from '@playwright/test';

/**
 * Type into a number field the way a coordinator does: select what is there, then press the
 * keys one by one. `fill` pastes the whole value at once and so never shows the field the
 * half-typed text ("1.", "") that used to be saved as 5, 0 or 10. An empty `text` clears the field.
 */
export const typeNumber = async (field: Locator, text: string): Promise<void> => {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  if (text !== '') await field.pressSequentially(text);
};

/** Put the caret at the end, take the last character away with Backspace, then type `text`. */
export const backspaceThenType = async (field: Locator, text: string): Promise<void> => {
  await field.click();
  await field.press('End');
  await field.press('Backspace');
  await field.pressSequentially(text);
};
