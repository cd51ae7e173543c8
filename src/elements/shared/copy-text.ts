/**
 * Copies text to the clipboard; where the Clipboard API is missing or refused (no permission,
 * insecure context, iframe policy), selects the text in the given textarea so the user can copy it.
 * Resolves to true when the clipboard write succeeded.
 */
export async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (typeof globalThis.navigator?.clipboard?.writeText === "function") {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to selection.
  }
  if (fallback) {
    fallback.value = text;
    fallback.focus();
    fallback.select();
  }
  return false;
}
