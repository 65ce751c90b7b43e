// WCAG 2.1 contrast arithmetic shared by the accessibility tests (a11y.test.mjs,
// keyboard.test.mjs). Colours come from getComputedStyle, so they are `rgb(…)`/`rgba(…)` strings.

/** `rgb(1, 2, 3)` / `rgba(1, 2, 3, 0.5)` / `#abc` / `#aabbcc` → [r, g, b, a]. */
export function parseColor(s) {
  const t = String(s).trim();
  let m = t.match(/^rgba?\(([^)]+)\)$/);
  if (m) {
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  m = t.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
  if (m) {
    const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)).concat(1);
  }
  throw new Error(`unparsed colour ${s}`);
}

/** Relative luminance (WCAG 2.1, 1.4.3 definition). */
export function luminance([r, g, b]) {
  const lin = (c) => {
    const x = c / 255;
    return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio of two opaque colours (strings or arrays), 1…21. */
export function ratio(a, b) {
  const la = luminance(Array.isArray(a) ? a : parseColor(a));
  const lb = luminance(Array.isArray(b) ? b : parseColor(b));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Runs in the page: the opaque background colour behind `el` (the first ancestor with a
 * non-transparent background; the page's canvas colour if none). Pass to page.evaluate as
 * a string via `EFFECTIVE_BG_SRC`.
 */
export const EFFECTIVE_BG_SRC = `(el) => {
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
    const c = getComputedStyle(n).backgroundColor;
    const m = c.match(/rgba?\\(([^)]+)\\)/);
    if (m) {
      const p = m[1].split(/[\\s,/]+/).filter(Boolean).map(Number);
      if (p.length < 4 || p[3] > 0.99) return c;
    }
  }
  return getComputedStyle(document.documentElement).colorScheme.includes('dark') &&
    matchMedia('(prefers-color-scheme: dark)').matches ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)';
}`;
