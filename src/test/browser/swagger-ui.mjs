// Swagger UI, clicked in a real browser (Debian's chromium): every operation, every request-body example (and every
// parameter example Swagger UI offers in a dropdown) is executed and must get the documented 2xx, shown with a
// documented media type and a body of that type (JSON; NDJSON lines with a slug each; CSV with the documented header).
// The document's own tests (OpenApiExamplesTest) send the examples from Java; this proves the page people use works.
// The editing operations run last, in the order of EDITING, with the tokens entered in the Authorize dialog.
// Usage: EDITOR_TOKEN=... PUBLISHER_TOKEN=... WEBHOOK_TOKEN=... node swagger-ui.mjs http://127.0.0.1:PORT
// (scripts/check-swagger-ui.sh starts the jar with a local key, mints the three tokens and runs this)
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { chromium } from 'playwright-core';
import * as ui from './swagger-ui-page.mjs';

const base = (process.argv[2] ?? process.env.BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/**
 * The editing operations in an order in which each documented example succeeds: the draft is created, read,
 * replaced with the ETag read, published by another person (four eyes), a second draft started and discarded, a
 * nutrient added, version 1 translated, and the guideline withdrawn with the ETag of its Dutch representation (read
 * through getGuideline), then the audit trail read, a sheet imported (another new draft); then, with the webhook
 * manager's token, an endpoint registered and read, listed, its log read, enabled and deleted. `ifMatch` names the
 * step whose answer's ETag is sent, `idFrom` the step whose answer's `webhook.id` fills the `id` parameter.
 */
const EDITING = [
  { id: 'createGuidelineDraft' },
  { id: 'getGuidelineDraft' },
  { id: 'replaceGuidelineDraft', ifMatch: 'getGuidelineDraft' },
  { id: 'publishGuidelineDraft', ifMatch: 'replaceGuidelineDraft' },
  { id: 'startGuidelineDraft' },
  { id: 'discardGuidelineDraft', ifMatch: 'startGuidelineDraft' },
  { id: 'addNutrient' },
  { id: 'putGuidelineTranslation' },
  { id: 'getGuideline', readFor: 'withdrawGuideline', fill: { 'Accept-Language': 'nl' } },
  { id: 'withdrawGuideline', ifMatch: 'getGuideline' },
  { id: 'listAuditRecords' },
  { id: 'importGuidelineSheet' },
  // The schema's example URL (hooks.example.org) does not resolve, so the SSRF guard refuses it: the check types a
  // loopback URL where nothing listens (the script allows loopback over http), as a person trying it locally would.
  { id: 'registerWebhook', body: (example) => ({ ...example, url: 'http://127.0.0.1:9/supplement-guidelines' }) },
  { id: 'listWebhooks' },
  { id: 'getWebhook', idFrom: 'registerWebhook' },
  { id: 'listWebhookDeliveries', idFrom: 'registerWebhook' },
  { id: 'enableWebhook', idFrom: 'registerWebhook' },
  { id: 'deleteWebhook', idFrom: 'registerWebhook' },
];
// Who clicks: the editor has guidelines:edit only, the publisher (another subject) guidelines:publish only, the
// webhook manager (a third subject) webhooks:manage only.
const TOKENS = { 'guidelines:edit': process.env.EDITOR_TOKEN, 'guidelines:publish': process.env.PUBLISHER_TOKEN,
  'webhooks:manage': process.env.WEBHOOK_TOKEN };
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
  // A request body has one media type here (application/json, or text/plain for the sheet import).
  const body = (op) => Object.entries(resolve(op.requestBody)?.content ?? {})[0] ?? [];
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item)
    .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method))
    .map(([method, op]) => ({
      id: op.operationId, method: method.toUpperCase(), path,
      success: Object.keys(op.responses).filter((s) => /^2/.test(s)).map(Number),
      // The media types documented for each 2xx, and their first example (the CSV's header row comes from it).
      media: Object.fromEntries(Object.entries(op.responses).filter(([s]) => /^2/.test(s))
        .map(([s, r]) => [s, Object.entries(resolve(r).content ?? {}).map(([type, c]) => ({
          type, example: c.example ?? Object.values(c.examples ?? {}).map(resolve)[0]?.value }))])),
      params: (op.parameters ?? []).map(resolve).map((p) => ({ ...p, example: exampleOf(p) })),
      scopes: [...new Set((op.security ?? []).flatMap((requirement) => Object.values(requirement).flat()))],
      bodyType: body(op)[0],
      bodyExample: body(op)[1]?.example,
      bodyExamples: Object.fromEntries(Object.entries(body(op)[1]?.examples ?? {}).map(([name, ex]) => [name, resolve(ex).value])),
    })));
}

/** The operation ids of the document's OpenAPI 3.1 `webhooks`: requests this service sends, which Swagger UI lists too. */
function webhookOperationIds(doc) {
  return Object.values(doc.webhooks ?? {}).flatMap((item) => Object.entries(item)
    .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method)).map(([, op]) => op.operationId));
}

const isJson = (type) => /^application\/([\w.-]+\+)?json$/i.test(type);
/** What the text area shows, as the example it should be: JSON parsed, any other media type as text. */
function shownBody(op, text) {
  if (!isJson(op.bodyType)) return text;
  try { return JSON.parse(text); } catch { return undefined; }
}

/** Why the body shown (or for NDJSON, the body received) is not a plausible answer of its media type, or null. */
function bodyProblem(type, body, documented, received) {
  if (isJson(type)) {
    try { return JSON.parse(body) === null ? 'the body shown is JSON null' : null; } catch { return `the body shown is not JSON: ${body.slice(0, 80)}`; }
  }
  if (type === 'application/x-ndjson') {
    // Swagger UI pretty-prints a body whose type says json, so one line is shown as one indented document and more
    // as "can't parse JSON. Raw result:" and the text: the lines are read from the body received, and what the page
    // shows must be that body in one of those two forms.
    const lines = received.split('\n').filter((line) => line.trim() !== '');
    let same;
    try { same = lines.length === 1 && isDeepStrictEqual(JSON.parse(body), JSON.parse(lines[0])); } catch { same = false; }
    same ||= body.replace(/^can't parse JSON\.\s+Raw result:\s*/, '').trim() === received.trim();
    if (!same) return `the body shown is not the NDJSON received: ${body.slice(0, 80)}`;
    if (lines.length === 0) return 'the NDJSON body shown has no line';
    for (const [i, line] of lines.entries()) {
      let value;
      try { value = JSON.parse(line); } catch { return `NDJSON line ${i + 1} is not JSON: ${line.slice(0, 80)}`; }
      if (typeof value?.slug !== 'string' || value.slug === '') return `NDJSON line ${i + 1} has no slug`;
    }
    return null;
  }
  if (type === 'text/csv') {
    const header = String(documented ?? '').split(/\r?\n/)[0];
    const rows = body.split(/\r?\n/).filter((row) => row !== '');
    if (!header) return 'the CSV has no documented example to take the header row from';
    if (rows[0] !== header) return `the CSV's first row is not the documented header: ${String(rows[0]).slice(0, 80)}`;
    return rows.length < 2 ? 'the CSV shown has the header only' : null;
  }
  return `no check for a body of type ${type}`;
}

/** Sets the body example and parameters of one run, executes it and checks what the UI shows. */
async function run(page, block, op, variant) {
  const label = `${op.id} ${op.method} ${op.path}${variant.body ? ` body example "${variant.body}"` : ''}`
    + (variant.param ? ` parameter ${variant.param.name} example "${variant.option}"` : '');
  const problems = [];
  if (variant.body) {
    await ui.selectBodyExample(block, variant.body);
    const shown = shownBody(op, await ui.bodyText(block));
    if (shown === undefined) problems.push('the body text area is not JSON');
    else if (!isDeepStrictEqual(shown, op.bodyExamples[variant.body])) {
      problems.push('the body text area differs from the documented example');
    }
  } else if (op.bodyExample !== undefined && !isDeepStrictEqual(shownBody(op, await ui.bodyText(block)), op.bodyExample)) {
    problems.push('the body text area differs from the documented example');
  }
  if (variant.edit) {
    const example = shownBody(op, await ui.bodyText(block));
    if (example === undefined) problems.push('the body text area is not JSON');
    else await ui.fillBody(block, JSON.stringify(variant.edit(example), null, 2));
  }
  for (const row of await ui.parameterRows(block)) {
    const documented = op.params.find((p) => p.name === row.name && p.in === row.in);
    if (row.examples.length > 0) {
      await ui.selectParameterExample(block, row, variant.param?.name === row.name ? variant.option : row.examples[0]);
    } else if (documented?.required && row.value === '') {
      if (documented.example === undefined) problems.push(`required parameter ${row.name} has no documented example`);
      else await ui.fillParameter(block, row, documented.example);
    }
    // One key per request, as the parameter says: a documented key reused by a second POST would be a 422.
    if (row.name === 'Idempotency-Key') await ui.fillParameter(block, row, randomUUID());
    if (variant.fill?.[row.name] !== undefined) await ui.fillParameter(block, row, variant.fill[row.name]);
  }
  for (const name of Object.keys(variant.fill ?? {})) {
    if (!(await ui.parameterRows(block)).some((row) => row.name === name)) problems.push(`no parameter ${name} to fill`);
  }
  const shown = await ui.execute(page, block);
  if (!op.success.includes(shown.status)) problems.push(`UI shows ${shown.status}, documented ${op.success.join('/')}`);
  if (shown.networkStatus !== shown.status) problems.push(`network saw ${shown.networkStatus}`);
  const expected = op.scopes.length ? `Bearer ${TOKENS[op.scopes[0]]}` : null;
  if (shown.authorization !== expected) {
    problems.push(expected ? `not sent with the ${op.scopes[0]} token of the Authorize dialog` : 'a public operation sent Authorization');
  }
  if (shown.status === 204) {
    if ((shown.body ?? '').trim() !== '') problems.push('a 204 shows a body');
  } else {
    const type = /content-type: ([^;\s]+)/i.exec(shown.headers)?.[1]?.toLowerCase();
    const documented = (op.media[shown.status] ?? []).find((m) => m.type.split(';')[0].trim().toLowerCase() === type);
    if (!type) problems.push('no content-type shown');
    else if (!documented) {
      problems.push(`content-type ${type} shown, documented ${(op.media[shown.status] ?? []).map((m) => m.type).join(', ') || 'none'}`);
    } else {
      const why = bodyProblem(type, shown.body ?? '', documented.example, shown.received);
      if (why) problems.push(why);
    }
  }
  const sent = Object.entries(variant.fill ?? {}).map(([name, value]) => `${name}: ${value}`).join(', ');
  report(problems.length === 0, `${label} -> ${shown.status} for ${op.method} ${shown.url.pathname}${shown.url.search}`
    + `${sent ? ` (${sent})` : ''}${problems.length ? `: ${problems.join('; ')}` : ''}`);
  return shown;
}

async function checkOperation(page, op, fill, edit) {
  const block = await ui.openTryItOut(page, op.id);
  const { options } = await ui.bodyExamples(block);
  const documented = Object.keys(op.bodyExamples);
  if (!isDeepStrictEqual(options, documented)) {
    report(false, `${op.id} dropdown offers [${options}], the document has [${documented}]`);
  }
  const variants = (options.length ? options : [null]).map((body) => ({ body, fill, edit }));
  for (const row of await ui.parameterRows(block)) {
    row.examples.slice(1).forEach((option) => variants.push({ body: options[0] ?? null, param: row, option }));
  }
  let first;
  for (const variant of variants) {
    const shown = await run(page, block, op, variant);
    first ??= shown;
  }
  await ui.close(block);
  return first;
}

/** Enters the token of the operation's scope in the Authorize dialog when another one is entered now. */
let authorized = null;
async function authorizeFor(page, op) {
  const token = op.scopes.length ? TOKENS[op.scopes[0]] : null;
  if (token === null || token === authorized) return;
  if (!token) throw new Error(`no token for ${op.scopes[0]} (EDITOR_TOKEN, PUBLISHER_TOKEN, WEBHOOK_TOKEN)`);
  await ui.authorizeBearer(page, 'bearer', token);
  authorized = token;
}

/** The editing steps in order; an ETag a step needs comes from the answer of the step it names, as the UI shows it. */
async function checkEditing(page, ops) {
  const shown = {};
  const unsequenced = ops.filter((op) => op.scopes.length && !EDITING.some((step) => step.id === op.id)).map((op) => op.id);
  report(unsequenced.length === 0, `every secured operation is in the editing sequence${unsequenced.length ? `; not: ${unsequenced}` : ''}`);
  for (const step of EDITING) {
    const op = ops.find((o) => o.id === step.id);
    if (!op) { report(false, `${step.id}: not in the document`); continue; }
    const fill = { ...step.fill };
    if (step.idFrom) {
      let id;
      try { id = JSON.parse(shown[step.idFrom]?.body ?? '')?.webhook?.id; } catch { /* reported below */ }
      if (!id) { report(false, `${step.id}: the answer of ${step.idFrom} showed no webhook.id`); continue; }
      fill.id = id;
    }
    if (step.readFor) fill.slug = ops.find((o) => o.id === step.readFor).params.find((p) => p.name === 'slug').example;
    if (step.ifMatch) {
      const etag = shown[step.ifMatch] && ui.shownETag(shown[step.ifMatch].headers);
      if (!etag) { report(false, `${step.id}: the answer of ${step.ifMatch} showed no ETag for If-Match`); continue; }
      fill['If-Match'] = etag;
    }
    try {
      await authorizeFor(page, op);
      shown[step.id] = await checkOperation(page, op, fill, step.body);
    } catch (e) { report(false, `${op.id}: ${e.message.split('\n')[0]}`); }
  }
}

/**
 * The client-credentials scheme's scopes as the Authorize dialog lists them, with the document's descriptions: all
 * of them, and the document's must include every scope an operation requires.
 */
async function checkScopesShown(page, doc, ops) {
  const [name, scheme] = Object.entries(doc.components?.securitySchemes ?? {}).find(([, s]) => s.flows?.clientCredentials) ?? [];
  const documented = Object.entries(scheme?.flows.clientCredentials.scopes ?? {}).map(([n, d]) => ({ name: n, description: d }));
  const shown = await ui.clientCredentialsScopes(page, name);
  const required = [...new Set(ops.flatMap((op) => op.scopes))];
  const undocumented = required.filter((scope) => !documented.some((s) => s.name === scope));
  report(required.length > 0 && undocumented.length === 0 && isDeepStrictEqual(shown, documented),
    `Authorize dialog, ${name} client credentials, shows the scopes ${shown.map((s) => `${s.name} ("${s.description}")`).join(', ')}`
    + ` (document: ${documented.map((s) => s.name).join(', ')}${undocumented.length ? `; not documented: ${undocumented}` : ''})`);
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
  // Counted on both sides alike: the paths' operations and the webhooks' (shown, never executed: the service sends them).
  const documentedIds = [...ops.map((op) => op.id), ...webhookOperationIds(doc)];
  const missing = documentedIds.filter((id) => !shownIds.includes(id));
  report(missing.length === 0 && shownIds.length === documentedIds.length,
    `Swagger UI shows ${shownIds.length} operations, the document has ${documentedIds.length}`
    + ` (${ops.length} paths, ${documentedIds.length - ops.length} webhooks)${missing.length ? `; missing ${missing}` : ''}`);
  for (const op of ops.filter((o) => o.scopes.length === 0)) {
    try { await checkOperation(page, op); } catch (e) { report(false, `${op.id}: ${e.message.split('\n')[0]}`); }
  }
  await checkScopesShown(page, doc, ops);
  await checkEditing(page, ops);
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
