// What a person does in Swagger UI, as Playwright steps on one operation block. Kept apart from the check itself
// so that swagger-ui.mjs reads as the list of things we assert.

/**
 * Opens the operation's block and presses "Try it out" unless it is in try-it-out mode already (the block stays in
 * it once pressed; pressing it again, then "Cancel", would leave it).
 */
export async function openTryItOut(page, operationId) {
  const block = page.locator(`.opblock[id$="-${operationId}"]`);
  await block.locator('.opblock-summary').first().click();
  const tryOut = block.locator('button.try-out__btn');
  await tryOut.waitFor();
  if (!(await tryOut.evaluate((b) => b.classList.contains('cancel')))) await tryOut.click();
  await block.locator('button.execute').waitFor();
  return block;
}

/** The options of the request body's examples dropdown, and the one selected now ([] when there is no dropdown). */
export async function bodyExamples(block) {
  const select = block.locator('.opblock-section-request-body select.examples-select-element');
  if ((await select.count()) === 0) return { options: [], selected: null };
  return {
    options: await select.locator('option').evaluateAll((os) => os.map((o) => o.value)),
    selected: await select.inputValue(),
  };
}

export async function selectBodyExample(block, name) {
  await block.locator('.opblock-section-request-body select.examples-select-element').selectOption(name);
}

/** The request body as the text area shows it, which is what Swagger UI sends. */
export async function bodyText(block) {
  const area = block.locator('.opblock-section-request-body textarea.body-param__text');
  return (await area.count()) === 0 ? null : area.inputValue();
}

/** Replaces the request body's text, as a person typing in the text area would. */
export async function fillBody(block, text) {
  await block.locator('.opblock-section-request-body textarea.body-param__text').fill(text);
}

/** Each parameter row: its name, location, input value and the options of its examples dropdown, if it has one. */
export async function parameterRows(block) {
  return block.locator('.parameters tr[data-param-name]').evaluateAll((rows) =>
    rows.map((row) => ({
      name: row.dataset.paramName,
      in: row.dataset.paramIn,
      value: row.querySelector('input[type=text], textarea')?.value ?? '',
      examples: [...row.querySelectorAll('select.examples-select-element option')].map((o) => o.value),
    })));
}

function parameterRow(block, param) {
  return block.locator(`.parameters tr[data-param-name="${param.name}"][data-param-in="${param.in}"]`);
}

export async function fillParameter(block, param, value) {
  await parameterRow(block, param).locator('input[type=text], textarea').first().fill(String(value));
}

export async function selectParameterExample(block, param, name) {
  await parameterRow(block, param).locator('select.examples-select-element').selectOption(name);
}

/**
 * Presses "Clear" (so no earlier answer can be read by mistake), then "Execute", and returns the live response as
 * the UI shows it (status, response headers, body) with the status and body the network saw.
 */
export async function execute(page, block) {
  const clear = block.locator('button.btn-clear');
  if ((await clear.count()) > 0) await clear.click();
  const [network] = await Promise.all([
    page.waitForResponse((r) => r.request().resourceType() === 'fetch' && !r.url().includes('/v3/api-docs')),
    block.locator('button.execute').click(),
  ]);
  const row = block.locator('.live-responses-table tbody tr.response').first();
  await row.waitFor();
  const status = Number((await row.locator('td.response-col_status').textContent()).trim());
  const parts = await row.evaluate((r) => {
    // The details cell has an <h5> heading before each part ("Response body", "Response headers").
    const part = (title) => [...r.querySelectorAll('h5')].find((h) => h.textContent.trim() === title)
      ?.nextElementSibling;
    const text = (el) => (el ? (el.querySelector('pre') ?? el).textContent : null);
    return { body: text(part('Response body')), headers: text(part('Response headers')) ?? '' };
  });
  return { networkStatus: network.status(), url: new URL(network.url()), status, ...parts, received: await network.text(),
    authorization: network.request().headers().authorization ?? null };
}

/** The ETag among the response headers as the UI shows them (" etag: \"1764590400000.2\" ", one span each), or null. */
export function shownETag(headers) {
  return /(?:^|\s)etag: ((?:W\/)?"[^"]*")/i.exec(headers)?.[1] ?? null;
}

async function openAuthorize(page) {
  await page.locator('.scheme-container .auth-wrapper > button.authorize').click();
  const dialog = page.locator('.dialog-ux .modal-ux');
  await dialog.waitFor();
  return dialog;
}

async function closeAuthorize(dialog) {
  await dialog.locator('button.close-modal').click();
  await dialog.waitFor({ state: 'detached' });
}

/**
 * The bearer part of the Authorize dialog: "Logout" of the token entered before, the new token in "Value", "Authorize"
 * (the dialog then says "Authorized"), and the dialog closed again.
 */
export async function authorizeBearer(page, scheme, token) {
  const dialog = await openAuthorize(page);
  const form = dialog.locator('.auth-container form').filter({ has: page.locator(`h4 code:text-is("${scheme}")`) });
  const logout = form.locator('button', { hasText: 'Logout' });
  if ((await logout.count()) > 0) await logout.click();
  await form.locator(`input#auth-${scheme}-value`).fill(token);
  await form.locator('button[type=submit]').click();
  await form.locator('h6', { hasText: 'Authorized' }).waitFor();
  await closeAuthorize(dialog);
}

/** The scopes the Authorize dialog offers for a client-credentials scheme: [{name, description}]. */
export async function clientCredentialsScopes(page, scheme) {
  const dialog = await openAuthorize(page);
  const container = dialog.locator('.auth-container').filter({ hasText: `${scheme} (OAuth2, clientCredentials)` });
  const scopes = await container.locator('.scopes .checkbox').evaluateAll((boxes) => boxes.map((box) => ({
    name: box.querySelector('p.name')?.textContent.trim(), description: box.querySelector('p.description')?.textContent.trim(),
  })));
  await closeAuthorize(dialog);
  return scopes;
}

/** Clears the answer and collapses the block again: open blocks with big answers make every later step slower. */
export async function close(block) {
  const clear = block.locator('button.btn-clear');
  if ((await clear.count()) > 0) await clear.click();
  await block.locator('.opblock-summary').first().click();
  await block.locator('.opblock-body').waitFor({ state: 'detached' });
}
