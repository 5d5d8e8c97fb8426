// The generated requests of compare-answers.mjs: every resource once, fixed edge cases, then `count` random requests
// from a fixed seed (the same list on every run with the same seed and content).

// mulberry32: a small seeded generator, so the list does not depend on Math.random.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const json = { 'Content-Type': 'application/json' };
const enc = encodeURIComponent;

export function generatedRequests({ seed, count, nutrients, guidelines, interactions, problems, doses }) {
  const rnd = random(seed);
  const pick = list => list[Math.floor(rnd() * list.length)];
  const chance = p => rnd() < p;
  const some = (list, min, max) => Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, () => pick(list));
  const language = () => pick([undefined, 'nl', 'en', 'en-GB', 'nl-BE', 'fr', 'de, en;q=0.5', '*', 'xx;q=abc']);
  const withLanguage = (headers = {}) => { const l = language(); return l ? { ...headers, 'Accept-Language': l } : headers; };

  const slugs = nutrients.map(n => n.slug);
  const names = nutrients.flatMap(n => [n.slug, n.name, n.englishName].filter(Boolean))
    .concat(nutrients.map(n => n.name.toUpperCase()), ['Vitamin D', 'vitamine d', 'Zinc', 'magnesium', 'unknown-nutrient', '', ' ', 'x'.repeat(101), '🍋'.repeat(50)]);
  const guidelineSlugs = guidelines.map(g => g.slug);
  const guidelineChoices = [...guidelineSlugs, ...guidelineSlugs, 'prikkelbare-darm', 'unknown', 'LEAKY-GUT', '', ' '];
  const medicines = ['J01MA02', 'J01MA', 'J01', 'C10AA', 'C10AA05', 'C03', 'C03AA03', 'statins', 'Statins',
    'fluoroquinolone antibiotics', 'unknown medicine', 'Z99', '', 'J01MA02J01MA02'];
  const units = ['g', 'mg', 'µg', 'mcg', 'ug', 'IU', 'IE', '[IU]', 'cfu', 'kve', '{CFU}', 'kg', 'ml', 'mg/d', '', 'MG'];
  const amounts = [30, 1, 0.5, 1500, 3000, 25, 1000, 1e9, 10, 0, -5, 1e15, 1e16, 0.0000000001, 12.123456789, '30', true, null];
  const wordings = ['30 mg', '1,5 g', '1.500 mg', '1.500-3.000 mg', '1500-3000 mg', 'Minimaal 1x10^9 cfu', 'minimaal 10 g',
    '1x10^9 cfu', '1x10⁹ kve', '25 µg (1000 IE)', '1000 IE (25 µg)', '25 µg (2000 IE)', '1000 IE', '2x100 mg', '1,500 mg',
    '10 g per dag', '5 g/d', '3-1 g', 'maximaal 40 mg', 'ten grams', '', '٣٠ mg', '30 mg*', 'x'.repeat(101)];

  // A realistic intake: a nutrient a guideline doses, below, at, within or above that dose, in its unit or a related one.
  const related = { g: ['g', 'mg', 'µg', 'mcg'], mg: ['mg', 'g', 'µg', 'ug'], ug: ['µg', 'mg', 'IU', 'IE', 'mcg'], '{CFU}': ['cfu', 'kve', '{CFU}'], '[IU]': ['IU', 'IE', 'µg'] };
  const factor = { g: 1, mg: 1e3, µg: 1e6, mcg: 1e6, ug: 1e6 };
  const realistic = () => {
    const d = pick(doses);
    const nutrient = pick([d.nutrient.slug, d.nutrient.name, d.nutrient.englishName].filter(Boolean));
    const base = Number(d.dose.minimum ?? d.dose.maximum);
    const amount = Number((base * pick([0.1, 0.5, 1, 1.5, 2, 10, 100])).toPrecision(6));
    const unit = pick(related[d.dose.unit] ?? [d.dose.unit]);
    const symbol = { '{CFU}': 'cfu', '[IU]': 'IU', ug: 'µg' }[d.dose.unit] ?? d.dose.unit;
    const inUnit = factor[unit] && factor[symbol] ? Number((amount * factor[unit] / factor[symbol]).toPrecision(6)) : amount;
    if (chance(0.3)) return { nutrient, dose: chance(0.2) ? d.dose.sourceText : `${chance(0.5) ? amount : String(amount).replace('.', ',')} ${symbol}` };
    return { nutrient, amount: inUnit, unit };
  };
  const intake = () => {
    if (doses.length && chance(0.7)) return realistic();
    const nutrient = pick(names);
    const r = rnd();
    if (r < 0.45) return { nutrient, amount: pick(amounts), unit: pick(units) };
    if (r < 0.85) return { nutrient, dose: pick(wordings) };
    if (r < 0.9) return { nutrient, amount: pick(amounts), unit: pick(units), dose: pick(wordings) };
    if (r < 0.95) return { nutrient };
    return { amount: pick(amounts), unit: pick(units) };
  };
  // Mostly the real guidelines each once; sometimes one twice, an unknown one added, or any list at all.
  const guidelineList = () => {
    const r = rnd();
    if (r < 0.7) return [...guidelineSlugs];
    if (r < 0.8) return [...guidelineSlugs, pick(guidelineSlugs)];
    if (r < 0.9) return [...guidelineSlugs, pick(guidelineChoices.slice(guidelineSlugs.length * 2))];
    return some(guidelineChoices, 0, 12);
  };

  const requests = [];
  const get = (path, headers, label = 'resource') => requests.push({ label, method: 'GET', path, headers });
  const post = (path, body, headers = json, label = 'check') =>
    requests.push({ label, method: 'POST', path, headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

  // Every resource once, and the ones that do not exist.
  for (const s of guidelineSlugs) { get(`/api/v1/guidelines/${s}`); get(`/api/v1/guidelines/${s}/recommendations`); }
  for (const s of slugs) { get(`/api/v1/nutrients/${s}`); get(`/api/v1/interactions?nutrient=${enc(s)}`); get(`/api/v1/guidelines?nutrient=${enc(s)}`); }
  for (const i of interactions) get(`/api/v1/interactions/${i.row}`);
  for (const p of problems.items ?? problems) get(`/problems/${enc(String(p.type ?? p.kind ?? p).split('/').pop())}`);
  for (const p of ['/api/v1/guidelines/unknown', '/api/v1/guidelines/unknown/recommendations', '/api/v1/guidelines/LEAKY-GUT',
    '/api/v1/nutrients/unknown', '/api/v1/nutrients/Zink', '/api/v1/interactions/0', '/api/v1/interactions/999',
    '/api/v1/interactions/-1', '/api/v1/interactions/abc', '/api/v1/interactions/+1', '/api/v1/interactions/1.0',
    '/api/v1/interactions?atc=J01', '/api/v1/interactions?atc=c10aa', '/api/v1/interactions?atc=C03', '/api/v1/interactions?atc=1',
    '/api/v1/interactions?atc=J01MA02X', '/api/v1/interactions?nutrient=unknown', '/api/v1/interactions?nutrient=zink&atc=J01MA',
    '/problems/unknown', '/problems', '/api/v1/evidence-levels', '/api/v1/nope', '/api', '/', '/nope',
    '/api/v1/guidelines/%zz', '/api/v1/guidelines/leaky-gut/', '/api/v1/guidelines//leaky-gut', '/api/v1/guidelines/leaky-gut;x=1',
    '/readyz', '/livez', '/v3/api-docs', '/v3/api-docs.yaml'])
    get(p, undefined, 'edge');

  // Methods, negotiation, caching and request ids.
  for (const [method, p] of [['HEAD', '/api/v1/guidelines/leaky-gut'], ['HEAD', '/api/v1/nutrients'], ['DELETE', '/api/v1/guidelines/leaky-gut'],
    ['PUT', '/api/v1/guidelines'], ['PATCH', '/api/v1/nutrients/zink'], ['GET', '/api/v1/dose-checks'], ['PUT', '/api/v1/regimens'],
    ['OPTIONS', '/api/v1/guidelines'], ['TRACE', '/api/v1/guidelines'], ['POST', '/api/v1/guidelines']])
    requests.push({ label: 'method', method, path: p, headers: {} });
  requests.push({ label: 'cors preflight', method: 'OPTIONS', path: '/api/v1/dose-checks',
    headers: { Origin: 'https://app.example.org', 'Access-Control-Request-Method': 'POST' } });
  requests.push({ label: 'cors', method: 'GET', path: '/api/v1/guidelines', headers: { Origin: 'https://app.example.org' } });
  for (const accept of ['foo', 'text/html', 'text/html;q=abc', 'application/json;q=2', 'application/json;q=0', '*/*;q=0',
    'application/problem+json', 'application/*', '*/*', 'application/xml', 'application/json, text/plain;q=0.5'])
    for (const p of ['/api/v1/guidelines/leaky-gut', '/api/v1/guidelines/unknown'])
      get(p, { Accept: accept }, 'accept');
  post('/api/v1/dose-checks', { guidelines: ['leaky-gut'], intakes: [{ nutrient: 'zink', amount: 30, unit: 'mg' }] },
    { ...json, Accept: 'text/html' }, 'accept');
  for (const p of ['/api/v1/guidelines/leaky-gut', '/api/v1/guidelines?q=darm', '/api/v1/nutrients/zink', '/problems/not-found']) {
    requests.push({ label: 'if-none-match', method: 'GET', path: p, headers: {}, conditional: 'etag' });
    requests.push({ label: 'if-modified-since', method: 'GET', path: p, headers: {}, conditional: 'since' });
    get(p, { 'If-None-Match': '"not-it"' }, 'if-none-match');
    get(p, { 'If-None-Match': '*' }, 'if-none-match');
    get(p, { 'If-Modified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT' }, 'if-modified-since');
    get(p, { 'If-Modified-Since': 'Fri, 01 Jan 2100 00:00:00 GMT' }, 'if-modified-since');
    get(p, { 'If-Modified-Since': 'yesterday' }, 'if-modified-since');
  }
  for (const id of [null, 'with space', 'x'.repeat(129), 'a:b/c+d=e.f_g-h', 'ok']) get('/api/v1/guidelines/unknown', { 'X-Request-Id': id }, 'request id');

  // Bodies that are not what an operation takes.
  for (const p of ['/api/v1/dose-checks', '/api/v1/regimens', '/api/v1/interaction-checks']) {
    for (const body of ['', '{', 'null', '[]', '"x"', '{}', '{"guidelines":"leaky-gut"}', '{"guidelines":["leaky-gut"],}',
      '{"guidelines":["leaky-gut"],"guidelines":["leaky-gut"]}', '{"guidelines":[null]}', '{"medicines":[1]}',
      '{"guidelines":["leaky-gut"],"intakes":[{"nutrient":5,"amount":"30","unit":"mg"}]}', '\uFEFF{}',
      JSON.stringify({ guidelines: Array(11).fill('leaky-gut') }), JSON.stringify({ medicines: Array(21).fill('statins'), nutrients: ['zink'] }),
      JSON.stringify({ guidelines: ['leaky-gut'], intakes: Array(51).fill({ nutrient: 'zink', amount: 1, unit: 'mg' }) }),
      JSON.stringify({ guidelines: ['leaky-gut'], padding: 'x'.repeat(70000) }), '{"a":' .repeat(2000) + '1' + '}'.repeat(2000)])
      post(p, body, json, 'bad body');
    post(p, '{"guidelines":["leaky-gut"]}', { 'Content-Type': 'text/plain' }, 'content type');
    post(p, '{"guidelines":["leaky-gut"]}', {}, 'content type');
    post(p, '{"guidelines":["leaky-gut"]}', { 'Content-Type': 'application/json; charset=ISO-8859-1' }, 'content type');
  }

  // Every sentence of the explanations: each dosed nutrient below, at, within and above its dose and far above it
  // (reference levels), in both languages; all nutrients at once and one twice (totals); every medicine.
  for (const language of ['nl', 'en']) {
    const headers = { ...json, 'Accept-Language': language };
    for (const d of doses) {
      const min = Number(d.dose.minimum ?? d.dose.maximum), max = Number(d.dose.maximum ?? d.dose.minimum);
      const unit = { '{CFU}': 'cfu', '[IU]': 'IU', ug: 'µg' }[d.dose.unit] ?? d.dose.unit;
      for (const amount of [min / 2, min, (min + max) / 2, max * 2, max * 100])
        post('/api/v1/dose-checks', { guidelines: guidelineSlugs, intakes: [{ nutrient: d.nutrient.slug, amount: Number(amount.toPrecision(6)), unit }] }, headers, 'explanation');
    }
    const all = doses.map(d => ({ nutrient: d.nutrient.slug, dose: d.dose.sourceText.replace(/^Minimaal\s+/i, '').replace(/^(\S+)-\S+/, '$1') }));
    post('/api/v1/dose-checks', { guidelines: guidelineSlugs, intakes: all }, headers, 'explanation');
    if (doses.length) post('/api/v1/dose-checks', { guidelines: guidelineSlugs, intakes: [all[0], all[0], all.at(-1)] }, headers, 'explanation');
    post('/api/v1/regimens', { guidelines: guidelineSlugs }, headers, 'explanation');
    for (const m of medicines.slice(0, 12)) post('/api/v1/interaction-checks', { medicines: [m], guideline: guidelineSlugs[0] ?? 'leaky-gut' }, headers, 'explanation');
  }

  // Random requests from the seed.
  for (let n = 0; n < count; n++) {
    const kind = rnd();
    if (kind < 0.25) {
      const params = [];
      if (chance(0.5)) params.push(['q', pick(['lekkende darm', 'darm', 'barriere', 'barrière', 'LEAKY', 'zink', 'gut', 'Darm', '', ' ',
        'x'.repeat(100), 'x'.repeat(101), '🍋'.repeat(100), '%', '_', "'", 'ü', 'leaky gut syndrome', 'z'])]);
      if (chance(0.3)) params.push(['nutrient', pick([...slugs, 'unknown', '', 'Zink'])]);
      if (chance(0.3)) params.push(['minEvidence', pick(['1', '2', '3', '4', '5', '0', '-1', 'abc', '+1', '1.0', '١', '99999999999'])]);
      if (chance(0.3)) params.push(['page', pick(['0', '1', '2', '100000', '100001', '-1', 'x', '0x1'])]);
      if (chance(0.3)) params.push(['size', pick(['1', '2', '20', '100', '101', '0', 'x', '１０'])]);
      if (chance(0.05)) params.push(['unknown', '1']);
      const base = pick(['/api/v1/guidelines', '/api/v1/guidelines', '/api/v1/nutrients']);
      get(base + (params.length ? '?' + params.map(([k, v]) => `${k}=${enc(v)}`).join('&') : ''), withLanguage(), 'random list');
    } else if (kind < 0.55) {
      const body = chance(0.95) ? { guidelines: guidelineList(), intakes: Array.from({ length: 1 + Math.floor(rnd() * 4) }, intake) } : { intakes: [intake()] };
      if (chance(0.15)) body.intakes.push(body.intakes[0]);
      post('/api/v1/dose-checks', body, withLanguage(json), 'random dose check');
    } else if (kind < 0.7) {
      post('/api/v1/regimens', chance(0.95) ? { guidelines: guidelineList() } : {}, withLanguage(json), 'random regimen');
    } else if (kind < 0.9) {
      const body = { medicines: chance(0.75) ? some(medicines.slice(0, 10), 1, 3) : some(medicines, chance(0.1) ? 0 : 1, 4) };
      const r = rnd();
      if (r < 0.4) body.nutrients = some(names, chance(0.05) ? 0 : 1, 5);
      else if (r < 0.65) body.guideline = pick(guidelineChoices);
      else if (r < 0.85) body.regimen = { guidelines: guidelineList() };
      else if (r < 0.95) { body.guideline = pick(guidelineChoices); body.nutrients = some(names, 1, 2); }
      post('/api/v1/interaction-checks', body, withLanguage(json), 'random interaction check');
    } else {
      const r = rnd();
      if (r < 0.4) get(`/api/v1/interactions?${chance(0.5) ? `atc=${enc(pick(medicines))}` : `nutrient=${enc(pick(names))}`}`, withLanguage(), 'random interactions');
      else if (r < 0.7) get(`/api/v1/nutrients/${enc(pick([...slugs, 'unknown', 'ZINK']))}`, withLanguage(), 'random nutrient');
      else get(`/api/v1/guidelines/${enc(pick(guidelineChoices) || 'x')}${chance(0.5) ? '/recommendations' : ''}`, withLanguage(), 'random guideline');
    }
  }
  return requests;
}
