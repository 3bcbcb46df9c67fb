"""What the browser checks evaluate in the page (tests/design/test_a11y_browser.py)."""

TAP_TARGETS = r"""() => {
  const small = [];
  const seen = new Set();
  for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
    let target = el;
    if (el.matches('input[type=checkbox], input[type=radio]')) target = el.closest('label') || el;
    if (seen.has(target)) continue;
    seen.add(target);
    const style = getComputedStyle(target);
    if (style.visibility === 'hidden' || target.closest('[hidden], .visually-hidden, .skip-link')) continue;
    const box = target.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right <= 0 || box.bottom <= 0) continue;  // off-screen on purpose (the honeypot)
    if (el.tagName === 'A') {
      // A link inside a sentence keeps the line height (WCAG 2.5.8 inline exception).
      const parent = el.parentElement;
      const own = el.textContent.trim();
      const around = parent ? parent.textContent.replace(/\s+/g, '').replace(own.replace(/\s+/g, ''), '') : '';
      if (around.replace(/[·、，,|()（）]/g, '').length > 0 && getComputedStyle(el).display === 'inline') continue;
    }
    if (box.width < 43.5 || box.height < 43.5) {
      small.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.value || el.name || '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
  }
  return small;
}"""

SMALL_TEXT = r"""(minimum) => {
  const small = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent.trim()) continue;
    const el = node.parentElement;
    if (!el || el.closest('[hidden], .visually-hidden, .skip-link, script, style, noscript, [aria-hidden=true]')) continue;
    if (!el.getClientRects().length) continue;
    // Text in an SVG chart is drawn at the chart's scale: the size on screen counts.
    const matrix = el.closest('svg') ? el.getScreenCTM() : null;
    const size = parseFloat(getComputedStyle(el).fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) : 1);
    if (size + 0.01 < minimum) small.add(`${el.tagName.toLowerCase()}.${el.getAttribute('class') || ''} ${size.toFixed(1)}px "${node.textContent.trim().slice(0, 20)}"`);
  }
  return [...small].slice(0, 15);
}"""


CHART_LABELS = r"""() => {
  // Labels of the server-drawn charts (core/charts.py): inside the chart, not on each other.
  const problems = [];
  for (const svg of document.querySelectorAll('svg.chart')) {
    const box = svg.getBoundingClientRect();
    if (!box.width) continue;
    const texts = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()]);
    for (const [text, r] of texts) {
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        problems.push(`"${text}" cut off`);
      }
    }
    texts.forEach(([a, ra], i) => texts.slice(i + 1).forEach(([b, rb]) => {
      const across = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const down = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      // Glyph boxes include the line's leading: a quarter of a line is not an overlap.
      if (across > 1 && down > 0.25 * Math.min(ra.height, rb.height)) problems.push(`"${a}" on "${b}"`);
    }));
  }
  return problems.slice(0, 10);
}"""
