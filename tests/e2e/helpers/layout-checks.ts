// What a user of a small window runs into: a pane that scrolls sideways (cutting off what is beside it), and a button
// that cannot be clicked because it lies outside the window or under something else.
import type { Page } from 'playwright-core';

/** The window's scroll containers that are wider than they show, or scrolled sideways, as "selector: scrollWidth/clientWidth+scrollLeft". */
export function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const containers = ['html', 'body', '#root', '.app', '.workspace', '.panes', '.sidebar', '.documents-panel', '.chat-panel', '.chat-log', '.source-panel', '.panel-scroll', '.composer', '.topbar'];
    const found: string[] = [];
    for (const selector of containers) {
      for (const el of document.querySelectorAll(selector)) {
        if (el.getClientRects().length === 0) continue; // not displayed
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollLeft !== 0) found.push(`${selector}: ${el.scrollWidth}/${el.clientWidth}+${el.scrollLeft}`);
      }
    }
    return found;
  });
}

/**
 * Every button shown (displayed and visible) that a click cannot reach: partly outside the window's width, or, once
 * scrolled into view, covered at its centre by something else. Returned as "label (why)". `within` (a selector) limits
 * the check to one part, such as a drawer open over the rest.
 */
export function unreachableButtons(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((scope) => {
    const found: string[] = [];
    for (const button of document.querySelectorAll(`${scope} button`)) {
      // (No helper function here: the test runner's transform would name it with a helper the page does not have.)
      const label = (button.getAttribute('aria-label') || button.textContent || '').trim().slice(0, 60);
      if (!button.checkVisibility({ checkVisibilityCSS: true })) continue;
      const before = button.getBoundingClientRect();
      if (before.width === 0 || before.height === 0) continue;
      if (before.left < -0.5 || before.right > window.innerWidth + 0.5) {
        found.push(`${label} (x ${Math.round(before.left)}–${Math.round(before.right)} outside 0–${window.innerWidth})`);
        continue;
      }
      button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const rect = button.getBoundingClientRect();
      if (rect.top < -0.5 || rect.bottom > window.innerHeight + 0.5) {
        found.push(`${label} (y ${Math.round(rect.top)}–${Math.round(rect.bottom)} outside 0–${window.innerHeight})`);
        continue;
      }
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      if (!hit || !(hit === button || button.contains(hit))) found.push(`${label} (covered by ${hit?.className || hit?.tagName || 'nothing'})`);
    }
    return found;
  }, within);
}
