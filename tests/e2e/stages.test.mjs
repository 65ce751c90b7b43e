// The boot in stages (src/app.rs `Stage`, docs/performance.md "Boot in stages"): in the browser
// the first view's parts below the first screen, then the footer, appear one stage per frame, top
// to bottom, and all of them do appear; the Monte Carlo ranges and the tornado, ULE's steel
// costs, compliance check and "how this is computed", the heavy-trucks panel and the comparison,
// share and export panels come when the split-out wasm is in (src/app.rs AfterSplit), above
// the footer. A link opens
// every panel with its state. No timing is
// asserted here (timings are for the benchmark, scripts/_tasks.mjs and scripts/lighthouse.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, expectClean } from './harness.mjs';

let browser;
let srv;
before(async () => { browser = await launch(); srv = await serve('/'); });
after(async () => { await srv?.close(); await browser?.close(); });

// One marker per stage, in page order (the app's copy, not the static first paint).
const STAGES = [
  '.ule-sectors',
  '#ule-inputs-title',
  '.ule-inputs .link-button',
  '#ule-results-title',
  '.ule-table',
  'footer.site-footer',
].map((s) => `body > .app ${s}`);
// What waits for the split-out wasm (src/app.rs AfterSplit), in page order: ULE's steel costs,
// compliance check, "how this is computed", the heavy-trucks panel, the comparison, share and
// export panels; after the footer in time, before it on the page.
const PANELS = ['.ule-cost', '.ule-compliance', '#ule-explain-title', '.ule-explain-sector', '.mc-method', '#trucks-title', '.trucks-results', '.trucks-method',
  'section.compare', 'section.share', 'section.export'].map((s) => `body > .app ${s}`);
const RANGES = ['#ule-mc-pm-p5', '.ule-results .tornado'].map((s) => `body > .app ${s}`);

// Watches the page from its first byte: for each marker, the number of the mutation batch
// (one per task that changed the DOM) in which it first appeared.
const WATCH = (sels) => {
  window.__stages = {};
  let batch = 0;
  new MutationObserver(() => {
    batch += 1;
    for (const s of sels) if (!(s in window.__stages) && document.querySelector(s)) window.__stages[s] = batch;
  }).observe(document, { childList: true, subtree: true });
};

test('the first view and the panels appear in stages, top to bottom, and all of them appear', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US', viewport: { width: 412, height: 823 } }, {
    prepare: (c) => c.addInitScript(WATCH, [...STAGES, ...PANELS, ...RANGES]),
  });
  // The ranges and the tornado (the analysis runs in short steps) and every sector's details.
  for (const s of RANGES) await page.waitForSelector(s);
  const seen = await page.evaluate(() => window.__stages);
  const batches = STAGES.map((s) => seen[s]);
  assert.ok(batches.every((b) => Number.isInteger(b)), `every stage appeared: ${JSON.stringify(seen)}`);
  for (let i = 1; i < batches.length; i += 1) {
    assert.ok(batches[i] >= batches[i - 1], `${STAGES[i]} (batch ${batches[i]}) appeared before ${STAGES[i - 1]} (batch ${batches[i - 1]})`);
  }
  assert.ok(batches.at(-1) > batches[0], 'the footer came in a later task than the first screen');
  // The Monte Carlo ranges and the tornado wait for the split module too (the engine is in it).
  for (const s of RANGES) assert.ok(seen[s] > batches.at(-1), `${s} (batch ${seen[s]}) came after the footer (batch ${batches.at(-1)})`);
  const panels = PANELS.map((s) => seen[s]);
  assert.ok(panels.every((b) => Number.isInteger(b) && b > batches.at(-1)), `the parts that wait for the split module came after the footer: ${JSON.stringify(seen)}`);
  for (let i = 1; i < panels.length; i += 1) {
    assert.ok(panels[i] >= panels[i - 1], `${PANELS[i]} (batch ${panels[i]}) appeared before ${PANELS[i - 1]} (batch ${panels[i - 1]})`);
  }
  const panelOrder = await page.evaluate((sels) => {
    const els = sels.map((s) => document.querySelector(s));
    return els.slice(1).map((el, i) => Boolean(els[i].compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
  }, [...PANELS, 'body > .app footer.site-footer']);
  assert.ok(panelOrder.every(Boolean), `they sit above the footer, in order: ${JSON.stringify(panelOrder)}`);
  // In page order too, and everything is there at the end.
  const order = await page.evaluate((sels) => {
    const els = sels.map((s) => document.querySelector(s));
    return els.slice(1).map((el, i) => Boolean(els[i].compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
  }, STAGES);
  assert.ok(order.every(Boolean), `page order: ${JSON.stringify(order)}`);
  assert.equal(await page.locator('body > .app .ule-explain-sector').count(), 3);
  assert.equal(await page.locator('body > .app .mc-pending').count(), 0, 'no range still pending');
  expectClean(problems);
  await context.close();
});

test('a link opens every panel with its state, after the stages', async () => {
  // A scenario with a variant to compare: open the page, add one, and reload its link.
  const first = await openPage(browser, srv.url, { locale: 'en-US' });
  await first.page.click('#compare-keep');
  await first.page.waitForFunction(() => location.hash.length > 1);
  const link = await first.page.evaluate(() => location.href);
  const rows = await first.page.locator('section.compare ul.variants li').count();
  await first.context.close();

  const { context, page, problems } = await openPage(browser, link, { locale: 'en-US' });
  assert.ok(rows > 0, 'a variant was kept');
  assert.equal(await page.locator('section.compare ul.variants li').count(), rows, 'the comparison is back');
  assert.ok((await page.locator('section.share').innerText()).length > 0);
  assert.ok(await page.locator('section.share svg').count() > 0, 'the QR code of the link');
  await page.waitForSelector('body > .app .trucks-method');
  expectClean(problems);
  await context.close();
});

test('a view switch paints the new heading in the click’s frame and the content a frame later', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
  try {
    for (const [nav, title] of [['#nav-tp', 'Total phosphorus kept out of rivers and lakes'], ['#nav-ule', 'What ultra-low-emission retrofits cut']]) {
      const seen = await page.evaluate(async (nav) => {
        const look = () => {
          const content = document.querySelector('section.view > .view-content');
          return { title: document.querySelector('main h1').textContent, hidden: content.hidden, view: content.firstElementChild?.className };
        };
        document.querySelector(nav).click();
        // The click's frame: the app has rendered (a microtask after the click), the content
        // waits for the frame after it (src/components/views.rs).
        await new Promise((r) => requestAnimationFrame(r));
        const first = look();
        await new Promise((r) => setTimeout(r, 300));
        return { first, later: look() };
      }, nav);
      assert.equal(seen.first.title, title, `${nav}: the heading in the click's frame`);
      assert.equal(seen.first.hidden, true, `${nav}: the content waits, hidden (the previous view's until it goes)`);
      assert.equal(seen.later.title, title);
      assert.equal(seen.later.hidden, false, `${nav}: then the content shows`);
      assert.equal(seen.later.view, nav === '#nav-tp' ? 'tp' : 'ule', `${nav}: the new view's content`);
    }
    // There and back before the next frame: the content of the view the reader ends on.
    const settled = await page.evaluate(async () => {
      document.querySelector('#nav-tp').click();
      await new Promise((r) => setTimeout(r, 0)); // the app renders TP's heading, not its content
      document.querySelector('#nav-ule').click();
      await new Promise((r) => setTimeout(r, 500));
      const content = document.querySelector('section.view > .view-content');
      return { title: document.querySelector('main h1').textContent, hidden: content.hidden, ule: !!content.querySelector('#ule-results-title') };
    });
    assert.deepEqual(settled, { title: 'What ultra-low-emission retrofits cut', hidden: false, ule: true });
    expectClean(problems);
  } finally {
    await context.close();
  }
});
