/** Whether a key press is typing into a field: the page's and the grid's shortcuts then stay out of the way. */
export function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}
