/**
 * Every text that is cut or sticks out: an element that clips (overflow hidden or an
 * ellipsis) holding more than it shows, a text wider than its own element, and the window
 * scrolling sideways. Scroll areas scroll by design; the figure and the chart are drawn (their
 * own tests check their labels); a box of a pixel or less is text for screen readers only.
 */
export const FIT_PROBLEMS = `(() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push('the window scrolls sideways by ' + (root.scrollWidth - root.clientWidth) + ' px');
  const name = (el) => '<' + el.tagName.toLowerCase() + '> ' + (el.textContent || '').trim().slice(0, 40);
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    const scrolls = /auto|scroll/.test(style.overflowX + style.overflowY);
    const clips = /hidden|clip/.test(style.overflowX + style.overflowY) || style.textOverflow === 'ellipsis';
    const hasText = (el.textContent || '').trim() !== '';
    if (clips && hasText && !scrolls && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
      problems.push(name(el) + ' is cut: it holds ' + el.scrollWidth + '×' + el.scrollHeight + ' in ' + el.clientWidth + '×' + el.clientHeight);
    }
    for (const node of el.childNodes) {
      if (node.nodeType !== 3 || !node.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const text = range.getBoundingClientRect();
      if (text.left < box.left - 1 || text.right > box.right + 1) {
        problems.push(name(el) + ' sticks out of its box by ' + Math.round(Math.max(box.left - text.left, text.right - box.right)) + ' px');
      }
    }
  }
  return problems;
})()`;

/** Single words the page breaks across lines ("Schlech-/ter"): a control too narrow for it. */
export const WORDS_BROKEN = `(() => {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    if (!text || /\\s/.test(text) || node.parentElement.closest('svg')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    if (lines.size > 1) broken.push(text);
  }
  return broken;
})()`;
