// Drives the client portal in Debian's chromium (playwright-core, headless) for one scenario
// of tests/portal/portal_browser_tests.cpp, which starts the real server and SMTP server and
// checks what arrived at the firm. Usage: node scenario.mjs NAME '{"url": ..., ...}'.
// Prints one JSON line: {"ok": true, ...} or {"ok": false, "error": "..."}; saves
// screenshots at desktop and phone widths into args.shots.
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [name, rawArgs] = process.argv.slice(2);
const args = JSON.parse(rawArgs || '{}');
const Widths = { desktop: { width: 1280, height: 860 }, phone: { width: 390, height: 844 } };

function chromiumPath() {
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    try {
      readFileSync(candidate, { flag: 'r' });
      return candidate;
    } catch { /* next */ }
  }
  throw new Error('Debian chromium is not installed (scripts/bootstrap installs it)');
}

// The newest security code mailed to the client (the subject carries it).
async function codeFromMail(maildir, after = 0, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = [];
    for (const folder of ['new', 'cur']) {
      let names = [];
      try {
        names = readdirSync(join(maildir, folder));
      } catch { /* not there yet */ }
      for (const file of names) {
        const text = readFileSync(join(maildir, folder, file), 'latin1');
        const match = text.match(/^Subject: Your security code: ([0-9]{6})$/m);
        if (match) found.push(match[1]);
      }
    }
    if (found.length > after) return { code: found[found.length - 1], count: found.length };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('no security code arrived by email');
}

async function shoot(page, label) {
  if (!args.shots) return;
  for (const [width, size] of Object.entries(Widths)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(args.shots, `portal-${label}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(Widths.desktop);
}

// Tells the test where the scenario is and waits for its line on standard input.
async function step(what) {
  process.stdout.write(`${JSON.stringify(what)}\n`);
  await new Promise((resolve) => process.stdin.once('data', resolve));
}

async function enterCode(page, code) {
  await page.getByLabel('Security code').fill(code);
  await page.getByRole('button', { name: 'Open' }).click();
}

const scenarios = {
  // Invitation → (MFA) → read → reply with a file → the reply is shown as sent.
  async flow(page) {
    await page.goto(`${args.url}/portal/invite/${args.token}`);
    const result = {};
    if (args.mfa) {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shoot(page, 'mfa');
      await page.getByRole('button', { name: 'Email me a code' }).click();
      await page.getByText('We emailed you a 6-digit code').waitFor();
      const { code } = await codeFromMail(args.maildir);
      await enterCode(page, code);
    }
    await page.getByText(args.expect).waitFor();
    result.url = page.url();
    await shoot(page, args.mfa ? 'conversation-protected' : 'conversation');
    await page.getByRole('tab', { name: 'Status' }).click();
    result.statusShown = await page.getByText(args.expectStatus || '—').count();
    await shoot(page, 'status');
    await page.getByRole('tab', { name: 'Documents' }).click();
    result.documents = await page.locator('#panel-documents tbody tr').count();
    await shoot(page, 'documents');
    await page.getByRole('tab', { name: 'Messages' }).click();
    await page.getByLabel('Your reply').fill(args.reply);
    if (args.file) await page.locator('#files').setInputFiles(args.file);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Sent.', { exact: true }).waitFor({ timeout: 120000 });
    await shoot(page, 'replied');
    // The test posts a new firm message now: the dashboard must show it unread.
    await step({ step: 'replied' });
    await page.getByRole('link', { name: 'My conversations' }).click();
    await page.getByRole('heading', { name: 'Your conversations' }).waitFor();
    result.titles = await page.locator('ul.conversations .title').allTextContents();
    result.boldTitles = await page.locator('li.unread .title').allTextContents();
    result.unreadBadges = await page.locator('li.unread .badge.count').allTextContents();
    await shoot(page, 'dashboard');
    return result;
  },

  // An expired or used link explains itself; an expired one asks for a fresh link.
  async problem(page) {
    await page.goto(`${args.url}/portal/invite/${args.token}`);
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    const result = { heading, address: new URL(page.url()).pathname };
    await shoot(page, args.label);
    const ask = page.getByRole('button', { name: 'Email me a fresh link' });
    if (args.askFresh) {
      await ask.click();
      await page.getByText('A fresh link is on its way').waitFor();
      result.asked = true;
    }
    return result;
  },

  // Wrong codes until the conversation locks.
  async lockout(page) {
    await page.goto(`${args.url}/portal/invite/${args.token}`);
    await page.getByRole('button', { name: 'Email me a code' }).click();
    const { code } = await codeFromMail(args.maildir);
    const wrong = code === '000000' ? '111111' : '000000';
    const messages = [];
    for (let i = 0; i < 5; i += 1) {
      await enterCode(page, wrong);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      // The previous attempt's alert stays until this answer replaces it: wait for new text.
      const previous = i === 0 ? null : messages[i - 1];
      await page.waitForFunction(
        (before) => {
          const shown = document.querySelector('[role="alert"]');
          return shown !== null && shown.textContent !== before;
        },
        previous,
      );
      messages.push(await alert.textContent());
      if (i < 4) await page.getByRole('button', { name: 'Open' }).waitFor({ state: 'visible' });
    }
    await shoot(page, 'locked');
    const openDisabled = await page.getByRole('button', { name: 'Open' }).isDisabled();
    return { messages, openDisabled, protectedShown: await page.getByText(args.secret).count() };
  },

  // Signed in, the client opens another client's conversation by its address, then signs out.
  async foreign(page) {
    await page.goto(`${args.url}/portal/invite/${args.token}`);
    await page.getByText(args.expect).waitFor();
    await page.goto(`${args.url}/portal/c/${args.foreign}`);
    await page.getByRole('heading', { name: 'Not available' }).waitFor();
    const leaked = await page.getByText(args.foreignText).count();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to your client portal' }).waitFor();
    await shoot(page, 'signin');
    await page.goto(`${args.url}/portal/c/${args.own}`);
    const afterSignOut = await page.getByRole('heading', { level: 1 }).textContent();
    return { leaked, afterSignOut };
  },

  // A 30 MB file on a slow line; the test kills the server a third of the way through and
  // starts it again: the upload asks where it stands and goes on from there.
  async resume(page) {
    await page.goto(`${args.url}/portal/invite/${args.token}`);
    await page.getByText(args.expect).waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 5, downloadThroughput: -1, uploadThroughput: 3 * 1024 * 1024,
    });
    await page.getByLabel('Your reply').fill(args.reply);
    await page.locator('#files').setInputFiles(args.file);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForFunction(() => {
      const bar = document.querySelector('progress');
      return bar && bar.value > bar.max / 3;
    }, null, { timeout: 60000, polling: 100 });
    const atCut = await page.evaluate(() => document.querySelector('progress').value);
    await shoot(page, 'uploading');
    await step({ step: 'uploading', at: atCut });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1,
    });
    await page.getByText('Sent.', { exact: true }).waitFor({ timeout: 120000 });
    const errors = await page.getByRole('alert').count();
    return { atCut, errors };
  },

  // A shared document is listed; once sharing stops, it is gone on the next load.
  async share(page) {
    await page.goto(`${args.url}/portal/invite/${args.token}`);
    await page.getByText(args.expect).waitFor();
    await page.getByRole('tab', { name: 'Documents' }).click();
    const before = await page.locator('#panel-documents').getByText(args.document).count();
    await shoot(page, 'shared-document');
    // The test stops the share now; the next load must not offer the document.
    await step({ step: 'listed', before });
    await page.reload();
    await page.getByText(args.expect).waitFor();
    await page.getByRole('tab', { name: 'Documents' }).click();
    const after = await page.locator('#panel-documents a').filter({ hasText: args.document }).count();
    return { before, after };
  },

  // A message the firm deletes reads "This message was deleted." at the next load.
  async deleted(page) {
    await page.goto(`${args.url}/portal/invite/${args.token}`);
    await page.getByText(args.expect).waitFor();
    await step({ step: 'shown' });
    await page.reload();
    await page.getByText('This message was deleted.').waitFor();
    await shoot(page, 'deleted-message');
    return { stillShown: await page.getByText(args.expect).count() };
  },

  // Once the firm closes the matter, the conversation stays readable without a composer.
  async closed(page) {
    await page.goto(`${args.url}/portal/invite/${args.token}`);
    await page.getByText(args.expect).waitFor();
    const composerBefore = await page.locator('form.composer').count();
    await step({ step: 'shown' });
    await page.reload();
    await page.locator('#closed-notice').waitFor();
    await shoot(page, 'closed-conversation');
    return {
      composerBefore,
      composerAfter: await page.locator('form.composer').count(),
      stillShown: await page.getByText(args.expect).count(),
      notice: await page.locator('#closed-notice').innerText(),
    };
  },
};

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true,
  args: ['--no-sandbox'] });
let output;
try {
  const context = await browser.newContext({ viewport: Widths.desktop });
  const page = await context.newPage();
  const thirdParty = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(args.url) && !request.url().startsWith('blob:')
        && !request.url().startsWith('data:')) thirdParty.push(request.url());
  });
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.setDefaultTimeout(20000);
  const result = await scenarios[name](page);
  output = { ok: true, ...result, thirdParty, consoleErrors };
} catch (error) {
  output = { ok: false, error: String(error && error.stack || error) };
} finally {
  process.stdin.destroy();
  await browser.close();
}
process.stdout.write(`${JSON.stringify(output)}\n`);
