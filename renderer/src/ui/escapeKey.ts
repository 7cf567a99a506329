/**
 * Whether Esc may leave the screen. Not while typing: Chinese input methods use Esc to cancel a composition,
 * and in a field Esc means "never mind this field", not "throw away what I typed". A control that handled Esc
 * itself (a dropdown closing) marks the event handled.
 */
export function escapeLeaves(e: Pick<KeyboardEvent, 'key' | 'isComposing' | 'keyCode' | 'defaultPrevented' | 'target'>): boolean {
  if (e.key !== 'Escape' || e.isComposing || e.keyCode === 229 || e.defaultPrevented) return false;
  const el = e.target as (Element & { isContentEditable?: boolean }) | null;
  if (!el || typeof el.closest !== 'function') return true;
  return el.isContentEditable !== true && el.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]') === null;
}
