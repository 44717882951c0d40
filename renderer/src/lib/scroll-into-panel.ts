// Brings an element into view inside the panel that scrolls it, and nowhere else: Element.scrollIntoView would also
// scroll the window's own overflow-hidden containers sideways, pushing the sidebar out of sight.
export function scrollIntoPanel(el: HTMLElement): void {
  const panel = el.closest<HTMLElement>('.panel-scroll');
  if (!panel) return;
  const box = el.getBoundingClientRect();
  const view = panel.getBoundingClientRect();
  panel.scrollTop += box.top + box.height / 2 - (view.top + view.height / 2);
  if (box.left < view.left || box.right > view.right) panel.scrollLeft += box.left - view.left - 16;
}
