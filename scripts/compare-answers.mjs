// Sends the same requests to two running instances of the API and compares the answers (see compare-answers.sh).
// node scripts/compare-answers.mjs --base URL --head URL [--out DIR] [--seed N] [--generated N] [--show N] [--timeout MS]
// No npm dependencies: node:http for exact control of methods, paths and headers (fetch rewrites some of them).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { generatedRequests } from './compare-requests.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const BASE = args.base, HEAD = args.head;
if (!BASE || !HEAD) { console.error('usage: compare-answers.mjs --base URL --head URL'); process.exit(2); }
const OUT = args.out ?? 'target/compare';
const SEED = Number(args.seed ?? 9), GENERATED = Number(args.generated ?? 300);
const SHOW = Number(args.show ?? 5), TIMEOUT = Number(args.timeout ?? 10000);
const LANGUAGES = [undefined, 'nl', 'en'];
const RESENDS = Number(args.resends ?? 8);

// One connection per side, kept alive, so both sides see the same sequence on one connection.
const agents = { [BASE]: new http.Agent({ keepAlive: true, maxSockets: 1 }), [HEAD]: new http.Agent({ keepAlive: true, maxSockets: 1 }) };

function send(origin, req) {
  const url = new URL(origin);
  const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf8');
  const headers = { ...(req.headers ?? {}) };
  if (body !== undefined && !Object.keys(headers).some(h => h.toLowerCase() === 'content-length')) headers['Content-Length'] = body.length;
  return new Promise(resolve => {
    const r = http.request({ host: url.hostname, port: url.port, method: req.method, path: req.path, headers,
      agent: agents[origin], timeout: TIMEOUT }, res => {
      const chunks = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }));
      res.on('error', e => resolve({ error: `response: ${e.message}` }));
    });
    r.on('timeout', () => r.destroy(new Error(`no answer within ${TIMEOUT} ms`)));
    r.on('error', e => resolve({ error: e.message }));
    if (body !== undefined) r.write(body);
    r.end();
  });
}

// Two changes count as none: values that differ on every request or build. Everything else is compared exactly.
function normalise(req, res) {
  if (res.error) return { error: res.error };
  const sentId = Object.entries(req.headers ?? {}).find(([k]) => k.toLowerCase() === 'x-request-id')?.[1];
  const headers = {};
  for (let i = 0; i < res.rawHeaders.length; i += 2) {
    const name = res.rawHeaders[i].toLowerCase();
    let value = res.rawHeaders[i + 1];
    if (name === 'date' || name === 'keep-alive') continue;
    if (name === 'x-request-id' && value !== sentId) value = '<generated>';
    if (name === 'last-modified') value = '<present>'; // compared on its own: it is never earlier than the build
    if (name === 'ratelimit') value = value.replace(/;r=\d+/, ';r=<r>').replace(/;t=\d+/, ';t=<t>'); // refills with time
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  let text = res.body.toString('utf8');
  if (!res.body.equals(Buffer.from(text, 'utf8'))) text = `<binary ${res.body.toString('base64')}>`;
  text = text.replace(/("requestId"\s*:\s*)"([^"\\]*)"/g, (all, key, id) => id === sentId ? all : `${key}"<generated>"`);
  if (res.status >= 500) text = text.replace(/("reference"\s*:\s*)"[^"\\]*"/g, '$1"<reference>"');
  const sorted = Object.fromEntries(Object.entries(headers).sort(([a], [b]) => a.localeCompare(b)));
  return { status: res.status, headers: sorted, body: text };
}

// Bean Validation reports the violations of a 400 as a hash set: their order in `errors` and `detail` can change
// from one server start (or send) to the next with the same code, so a 400 that differs only in that order counts.
function errorOrderOnly(a, b) {
  const canonical = answer => {
    if (answer.status !== 400) return undefined;
    try {
      const body = JSON.parse(answer.body);
      if (!Array.isArray(body.errors)) return undefined;
      body.errors = body.errors.map(e => JSON.stringify(e)).sort();
      if (typeof body.detail === 'string') body.detail = body.detail.replace(/\.$/, '').split('; ').sort();
      return JSON.stringify({ ...answer, body });
    } catch { return undefined; }
  };
  const x = canonical(a);
  return x !== undefined && x === canonical(b);
}

function lastModified(res) {
  for (let i = 0; i < (res.rawHeaders ?? []).length; i += 2) if (res.rawHeaders[i].toLowerCase() === 'last-modified') return res.rawHeaders[i + 1];
  return undefined;
}

function pretty(answer) {
  const lines = [`status ${answer.status ?? answer.error}`];
  for (const [k, v] of Object.entries(answer.headers ?? {})) lines.push(`${k}: ${v}`);
  lines.push('');
  let body = answer.body ?? '';
  try { if (body) body = JSON.stringify(JSON.parse(body), null, 2); } catch { /* not JSON: as it came */ }
  return lines.concat(body.split('\n'));
}

// A unified diff (LCS over lines; answers are at most a few thousand lines) with 3 lines of context.
function unifiedDiff(a, b, labelA, labelB) {
  const n = a.length, m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--)
    dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const ops = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { ops.push([' ', a[i], i, j]); i++; j++; }
    else if (i < n && (j === m || dp[i + 1][j] >= dp[i][j + 1])) { ops.push(['-', a[i], i, j]); i++; }
    else { ops.push(['+', b[j], i, j]); j++; }
  }
  const out = [`--- ${labelA}`, `+++ ${labelB}`];
  const changed = ops.map((op, k) => op[0] !== ' ' ? k : -1).filter(k => k >= 0);
  let k = 0;
  while (k < changed.length) {
    let start = Math.max(0, changed[k] - 3), end = Math.min(ops.length, changed[k] + 4);
    while (k + 1 < changed.length && changed[k + 1] - 3 <= end) { k++; end = Math.min(ops.length, changed[k] + 4); }
    const hunk = ops.slice(start, end);
    const aLen = hunk.filter(o => o[0] !== '+').length, bLen = hunk.filter(o => o[0] !== '-').length;
    out.push(`@@ -${hunk[0][2] + 1},${aLen} +${hunk[0][3] + 1},${bLen} @@`);
    for (const o of hunk) out.push(o[0] + o[1]);
    k++;
  }
  return out.join('\n');
}

async function json(origin, p) {
  const res = await send(origin, { method: 'GET', path: p, headers: { Accept: 'application/json' } });
  if (res.error || res.status !== 200) throw new Error(`GET ${origin}${p}: ${res.error ?? res.status}`);
  return JSON.parse(res.body.toString('utf8'));
}

const exampleOf = p => p.example ?? Object.values(p.examples ?? {})[0]?.value ?? p.schema?.example ?? p.schema?.examples?.[0];

// Every operation of the document with every documented example: path parameters filled in, optional query
// parameters none, all and each alone, every request-body example; each without Accept-Language, with nl and en.
function documentedRequests(doc) {
  const requests = [];
  for (const [template, operations] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(operations)) {
      if (!['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method)) continue;
      const params = op.parameters ?? [];
      const pathValue = template.replace(/\{([^}]+)\}/g, (_, name) => {
        const p = params.find(x => x.in === 'path' && x.name === name);
        return encodeURIComponent(String(p ? exampleOf(p) : name));
      });
      const query = params.filter(p => p.in === 'query' && exampleOf(p) !== undefined);
      const qs = list => list.length ? '?' + list.map(p => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(exampleOf(p)))}`).join('&') : '';
      const variants = [qs(query.filter(p => p.required))];
      if (query.length) variants.push(qs(query));
      if (query.length > 1) for (const p of query) variants.push(qs([...query.filter(x => x.required && x !== p), p]));
      const bodies = [];
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        if (media.example !== undefined) bodies.push([type, 'example', media.example]);
        for (const [name, ex] of Object.entries(media.examples ?? {})) if (ex.value !== undefined) bodies.push([type, name, ex.value]);
      }
      for (const language of LANGUAGES) {
        const langHeader = language ? { 'Accept-Language': language } : {};
        for (const q of [...new Set(variants)]) {
          if (bodies.length === 0) {
            requests.push({ label: `${op.operationId} ${q || '(no parameters)'}`, method: method.toUpperCase(), path: pathValue + q, headers: { ...langHeader } });
          }
          for (const [type, name, value] of bodies) {
            requests.push({ label: `${op.operationId} example ${name}`, method: method.toUpperCase(), path: pathValue + q,
              headers: { ...langHeader, 'Content-Type': type }, body: JSON.stringify(value) });
          }
        }
      }
    }
  }
  return requests;
}

// One exchange; a conditional request first asks for the validator this side gives, then revalidates with it.
async function exchange(origin, req) {
  let sent = req;
  if (req.conditional) {
    const first = await send(origin, req);
    sent = { ...req, headers: { ...req.headers, ...(req.conditional === 'etag'
      ? { 'If-None-Match': lastHeader(first, 'etag') ?? '"none"' }
      : { 'If-Modified-Since': lastModified(first) ?? 'Thu, 01 Jan 1970 00:00:00 GMT' }) } };
  }
  return { sent, res: await send(origin, sent) };
}

async function main() {
  const doc = await json(BASE, '/v3/api-docs');
  const nutrients = (await json(BASE, '/api/v1/nutrients?size=100')).items;
  const guidelines = (await json(BASE, '/api/v1/guidelines?size=100')).items;
  const interactions = (await json(BASE, '/api/v1/interactions')).items;
  const problems = await json(BASE, '/problems');
  const doses = [];
  for (const g of guidelines) for (const r of (await json(BASE, `/api/v1/guidelines/${g.slug}/recommendations`)).items)
    if (r.dailyDose) doses.push({ nutrient: r.nutrient, dose: r.dailyDose });
  const requests = [
    ...documentedRequests(doc).map(r => ({ ...r, source: 'documented' })),
    ...generatedRequests({ seed: SEED, count: GENERATED, nutrients, guidelines, interactions, problems, doses }).map(r => ({ ...r, source: 'generated' })),
  ].map((r, i) => ({ id: i + 1, ...r, headers: { 'X-Request-Id': `cmp-${i + 1}`, ...(r.headers ?? {}) } }));
  for (const r of requests) for (const [k, v] of Object.entries(r.headers)) if (v === null) delete r.headers[k];

  const records = { base: [], head: [] };
  const lastModifiedDiffers = [];
  const differ = [], unstable = [], unordered = [];
  for (const req of requests) {
    const sides = {};
    for (const [name, origin] of [['base', BASE], ['head', HEAD]]) {
      const { sent, res } = await exchange(origin, req);
      sides[name] = { raw: res, answer: normalise(sent, res) };
      records[name].push({ id: req.id, source: req.source, label: req.label, request: { method: sent.method, path: sent.path, headers: sent.headers, body: sent.body }, answer: sides[name].answer, lastModified: lastModified(res) });
    }
    const a = JSON.stringify(sides.base.answer), b = JSON.stringify(sides.head.answer);
    if (a !== b) {
      // Some answers vary from one send to the next on the same server (an order of errors): send again, and
      // count the request as identical when both sides can give the same answer.
      const seen = { base: new Set([a]), head: new Set([b]) };
      for (let k = 0; k < RESENDS && ![...seen.base].some(x => seen.head.has(x)); k++) {
        for (const [name, origin] of [['base', BASE], ['head', HEAD]]) {
          const { sent, res } = await exchange(origin, req);
          seen[name].add(JSON.stringify(normalise(sent, res)));
        }
      }
      if ([...seen.base].some(x => seen.head.has(x))) unstable.push(req);
      else if (errorOrderOnly(sides.base.answer, sides.head.answer)) unordered.push(req);
      else differ.push(req);
    }
    const lmA = lastModified(sides.base.raw), lmB = lastModified(sides.head.raw);
    if (lmA !== lmB) lastModifiedDiffers.push({ id: req.id, base: lmA, head: lmB });
  }

  fs.mkdirSync(OUT, { recursive: true });
  for (const name of ['base', 'head']) fs.writeFileSync(path.join(OUT, `${name}.json`), JSON.stringify(records[name], null, 1) + '\n');
  const byId = name => new Map(records[name].map(r => [r.id, r]));
  const baseById = byId('base'), headById = byId('head');
  const diffOf = req => {
    const label = `#${req.id} ${req.method} ${req.path}${req.headers['Accept-Language'] ? ` (Accept-Language: ${req.headers['Accept-Language']})` : ''} [${req.label}]`;
    return `${label}\n${unifiedDiff(pretty(baseById.get(req.id).answer), pretty(headById.get(req.id).answer), 'base', 'head')}\n`;
  };
  const diffs = differ.map(diffOf);
  fs.writeFileSync(path.join(OUT, 'differences.diff'), diffs.join('\n'));
  fs.writeFileSync(path.join(OUT, 'unstable.diff'), unstable.map(diffOf).join('\n'));
  fs.writeFileSync(path.join(OUT, 'error-order.diff'), unordered.map(diffOf).join('\n'));

  const documented = requests.filter(r => r.source === 'documented').length;
  console.log(`${requests.length} requests (${documented} documented examples, ${requests.length - documented} generated, seed ${SEED}), ` +
    `${requests.length - differ.length} identical, ${differ.length} differ`);
  if (unstable.length) {
    console.log(`${unstable.length} of the identical answers vary from one send to the next on the same server, and both sides gave ` +
      `the same one when sent again (#${unstable.slice(0, 8).map(r => r.id).join(', #')}${unstable.length > 8 ? ', ...' : ''}; ` +
      `the first answers: ${path.join(OUT, 'unstable.diff')})`);
  }
  if (unordered.length) {
    console.log(`${unordered.length} of the identical answers are 400s whose errors came in another order, as they can from one start ` +
      `of the same jar to the next (#${unordered.slice(0, 8).map(r => r.id).join(', #')}${unordered.length > 8 ? ', ...' : ''}; ` +
      `${path.join(OUT, 'error-order.diff')})`);
  }
  if (lastModifiedDiffers.length) {
    const first = lastModifiedDiffers[0];
    console.log(`Last-Modified differs in ${lastModifiedDiffers.length} answers (not counted: it is when each start ran its migrations, never earlier than its build; ` +
      `e.g. #${first.id}: base ${first.base}, head ${first.head})`);
  }
  for (const d of diffs.slice(0, SHOW)) console.log('\n' + d);
  if (diffs.length > SHOW) console.log(`... ${diffs.length - SHOW} more in ${path.join(OUT, 'differences.diff')}`);
  console.log(`records: ${path.join(OUT, 'base.json')}, ${path.join(OUT, 'head.json')}`);
  return differ.length ? 1 : 0;
}

function lastHeader(res, wanted) {
  let found;
  for (let i = 0; i < (res.rawHeaders ?? []).length; i += 2) if (res.rawHeaders[i].toLowerCase() === wanted) found = res.rawHeaders[i + 1];
  return found;
}

main().then(code => { for (const a of Object.values(agents)) a.destroy(); process.exitCode = code; },
  e => { console.error(`compare-answers: ${e.stack ?? e}`); process.exitCode = 2; for (const a of Object.values(agents)) a.destroy(); });
