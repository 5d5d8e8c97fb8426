// Swagger UI, clicked in a real browser (Debian's chromium): every operation, every request-body example (and every
// parameter example Swagger UI offers in a dropdown) is executed and must get the documented 2xx with a JSON body.
// The document's own tests (OpenApiExamplesTest) send the examples from Java; this proves the page people use works.
// Usage: node swagger-ui.mjs http://127.0.0.1:PORT   (scripts/check-swagger-ui.sh starts the jar and runs this)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { chromium } from 'playwright-core';
import * as ui from './swagger-ui-page.mjs';

const base = (process.argv[2] ?? process.env.BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
let passed = 0;
let failed = 0;

const started = Date.now();
function report(ok, line) {
  if (ok) passed++; else failed++;
  console.log(`${ok ? "PASS" : "FAIL"} ${line}${process.env.TIMING ? ` (${Date.now() - started} ms)` : ""}`);
}

/** The document's operations, with what the check needs of each: success statuses, parameters, body examples. */
function operations(doc) {
  const resolve = (x) => (x?.$ref ? x.$ref.split('/').slice(1).reduce((o, k) => o[k], doc) : x);
  const exampleOf = (p) => p.example ?? Object.values(p.examples ?? {}).map(resolve)[0]?.value
    ?? p.schema?.example ?? p.schema?.examples?.[0];
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item)
    .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method))
    .map(([method, op]) => ({
      id: op.operationId, method: method.toUpperCase(), path,
      success: Object.keys(op.responses).filter((s) => /^2/.test(s)).map(Number),
      params: (op.parameters ?? []).map(resolve).map((p) => ({ ...p, example: exampleOf(p) })),
      bodyExamples: Object.fromEntries(Object.entries(resolve(op.requestBody)?.content?.['application/json']
        ?.examples ?? {}).map(([name, ex]) => [name, resolve(ex).value])),
    })));
}

/** Sets the body example and parameters of one run, executes it and checks what the UI shows. */
async function run(page, block, op, variant) {
  const label = `${op.id} ${op.method} ${op.path}${variant.body ? ` body example "${variant.body}"` : ''}`
    + (variant.param ? ` parameter ${variant.param.name} example "${variant.option}"` : '');
  const problems = [];
  if (variant.body) {
    await ui.selectBodyExample(block, variant.body);
    const text = await ui.bodyText(block);
    let shown;
    try { shown = JSON.parse(text); } catch { problems.push('the body text area is not JSON'); }
    if (shown !== undefined && !isDeepStrictEqual(shown, op.bodyExamples[variant.body])) {
      problems.push('the body text area differs from the documented example');
    }
  }
  for (const row of await ui.parameterRows(block)) {
    const documented = op.params.find((p) => p.name === row.name && p.in === row.in);
    if (row.examples.length > 0) {
      await ui.selectParameterExample(block, row, variant.param?.name === row.name ? variant.option : row.examples[0]);
    } else if (documented?.required && row.value === '') {
      if (documented.example === undefined) problems.push(`required parameter ${row.name} has no documented example`);
      else await ui.fillParameter(block, row, documented.example);
    }
  }
  const shown = await ui.execute(page, block);
  if (!op.success.includes(shown.status)) problems.push(`UI shows ${shown.status}, documented ${op.success.join('/')}`);
  if (shown.networkStatus !== shown.status) problems.push(`network saw ${shown.networkStatus}`);
  if (!/content-type: application\/([\w.-]+\+)?json/i.test(shown.headers)) problems.push('no JSON content-type shown');
  try {
    if (JSON.parse(shown.body ?? '') === null) problems.push('the body shown is JSON null');
  } catch { problems.push(`the body shown is not JSON: ${String(shown.body).slice(0, 80)}`); }
  report(problems.length === 0, `${label} -> ${shown.status} for ${op.method} ${shown.url.pathname}${shown.url.search}${problems.length ? `: ${problems.join('; ')}` : ''}`);
}

async function checkOperation(page, op) {
  const block = await ui.openTryItOut(page, op.id);
  const { options } = await ui.bodyExamples(block);
  const documented = Object.keys(op.bodyExamples);
  if (!isDeepStrictEqual(options, documented)) {
    report(false, `${op.id} dropdown offers [${options}], the document has [${documented}]`);
  }
  const variants = (options.length ? options : [null]).map((body) => ({ body }));
  for (const row of await ui.parameterRows(block)) {
    row.examples.slice(1).forEach((option) => variants.push({ body: options[0] ?? null, param: row, option }));
  }
  for (const variant of variants) await run(page, block, op, variant);
  await ui.close(block);
}

/** Loads the UI in a new tab and returns the example Swagger UI selects first for checkDoses. */
async function firstCheckDosesExample(context) {
  const page = await context.newPage();
  await page.goto(`${base}/swagger-ui.html`);
  await page.locator('.opblock').first().waitFor();
  const { selected } = await ui.bodyExamples(await ui.openTryItOut(page, 'checkDoses'));
  await page.close();
  return selected;
}

const doc = await (await fetch(`${base}/v3/api-docs`)).json();
const ops = operations(doc);
const profile = mkdtempSync(join(tmpdir(), 'swagger-ui-check-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
});
const consoleErrors = [];
const badResponses = [];
context.on('page', (page) => {
  page.setDefaultTimeout(15_000);
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(`uncaught ${e.message}`));
});
context.on('response', (r) => { if (r.status() >= 400) badResponses.push(`${r.status()} ${r.request().method()} ${r.url()}`); });
context.on('requestfailed', (r) => badResponses.push(`failed ${r.method()} ${r.url()}: ${r.failure()?.errorText}`));
try {
  const first = await firstCheckDosesExample(context);
  const page = await context.newPage();
  await page.goto(`${base}/swagger-ui.html`);
  await page.locator('.opblock').first().waitFor();
  const shownIds = await page.locator('.opblock').evaluateAll((els) => els.map((e) => e.id.split('-').pop()));
  const missing = ops.filter((op) => !shownIds.includes(op.id)).map((op) => op.id);
  report(missing.length === 0 && shownIds.length === ops.length,
    `Swagger UI shows ${shownIds.length} operations, the document has ${ops.length}${missing.length ? `; missing ${missing}` : ''}`);
  for (const op of ops) {
    try { await checkOperation(page, op); } catch (e) { report(false, `${op.id}: ${e.message.split('\n')[0]}`); }
  }
  const second = await firstCheckDosesExample(context);
  const documentedFirst = Object.keys(ops.find((op) => op.id === 'checkDoses')?.bodyExamples ?? {})[0];
  report(first === second && first === documentedFirst,
    `checkDoses first example: "${first}" on the first load, "${second}" on the second (document: "${documentedFirst}")`);
} catch (e) {
  report(false, `the check stopped: ${e.message.split('\n')[0]}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
report(consoleErrors.length === 0, `console errors: ${consoleErrors.length ? consoleErrors.join(' | ') : 'none'}`);
report(badResponses.length === 0, `4xx/5xx or failed requests: ${badResponses.length ? badResponses.join(' | ') : 'none'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
