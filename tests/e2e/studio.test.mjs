// Wegwijs Studio end to end in a real browser (Debian's chromium and chromedriver, headless):
// a new municipality folder -> its name and first item in Dutch and English -> Polish XLIFF
// exported, translated and imported -> preview in Polish -> publish -> a phone (`wegwijs sync`)
// has the item. Screenshots in artifacts/studio/, axe on every screen.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { remote, root, cliBinary, checkAccessibility, freePort } from "./support.mjs";

const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);
const chromedriver = ["/usr/bin/chromedriver"].find(existsSync);
const shots = join(root, "artifacts/studio");
mkdirSync(shots, { recursive: true });
const running = new Set();
after(() => running.forEach((child) => child.kill("SIGKILL")));

function run(command, args, cwd, env = process.env) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env });
  assert.equal(result.status, 0, `${command} ${args.join(" ")}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The studio's pages and the CLI that embeds them, built as a fresh clone needs (unless
 * WEGWIJS_CLI names a binary built already). */
function buildStudio() {
  if (process.env.WEGWIJS_CLI) return;
  run("npx", ["vite", "build", "--config", "vite.studio.config.ts", "--logLevel", "warn"], join(root, "ui"));
  run("cargo", ["build", "--quiet", "-p", "wegwijs-cli"], root);
}

async function startStudio(dir) {
  // Without the passphrase in its environment: the editor types it on the publish screen.
  const { WEGWIJS_KEY_PASSPHRASE: _, ...env } = process.env;
  const studio = spawn(cliBinary, ["studio", "GM9999", "--feed", "feed", "--keys", "gm9999-keys", "--keys", "keys", "--no-open"], { cwd: dir, env });
  running.add(studio);
  const url = await new Promise((resolve, reject) => {
    let out = "";
    studio.stdout.on("data", (chunk) => {
      out += chunk;
      const found = out.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/);
      if (found) resolve(found[0]);
    });
    studio.on("exit", (code) => reject(new Error(`studio exited ${code}: ${out}`)));
  });
  return url;
}

async function startBrowser() {
  const port = await freePort();
  const driver = spawn(chromedriver, [`--port=${port}`], { stdio: "ignore" });
  running.add(driver);
  for (let attempt = 0; ; attempt++) {
    try {
      return await remote({
        hostname: "127.0.0.1",
        port,
        path: "/",
        logLevel: "silent",
        connectionRetryCount: 0,
        capabilities: {
          browserName: "chrome",
          "goog:chromeOptions": { binary: chromium, args: ["--headless=new", "--no-sandbox", "--window-size=1280,1100", "--lang=en"] },
        },
      });
    } catch (error) {
      if (attempt > 40) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

const testid = (browser, id) => browser.$(`[data-testid="${id}"]`);
async function waitFor(browser, id) {
  const element = await testid(browser, id);
  await element.waitForDisplayed({ timeout: 15000 });
  return element;
}
async function type(browser, id, value) {
  const element = await waitFor(browser, id);
  await element.clearValue();
  await element.setValue(value);
}
/** Sets a field's value as a paste or a picker does (long texts, dates). */
async function fill(browser, id, value) {
  await browser.execute(
    (testId, text) => {
      const input = document.querySelector(`[data-testid="${testId}"]`);
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), "value").set;
      setter.call(input, text);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    },
    id,
    value,
  );
}
async function screen(browser, name) {
  await browser.saveScreenshot(join(shots, `${name}.png`));
  await checkAccessibility(browser, name);
}

const passphrase = "dorpsplein en kerktoren";

const polish = {
  "Municipality desk": "Okienko w gminie",
  "At the desk we help you with your registration.": "Przy okienku pomożemy Ci w rejestracji.",
  "Come to the desk. Bring your passport.": "Przyjdź do okienka. Weź ze sobą paszport.",
};

test("a new municipality writes, translates, previews and publishes its first item, and a phone gets it", { skip: !chromium || !chromedriver ? "chromium and chromedriver are needed (scripts/setup.sh)" : false, timeout: 900000 }, async () => {
  buildStudio();
  const dir = mkdtempSync(join(tmpdir(), "wegwijs-studio-"));
  mkdirSync(join(dir, "GM9999"));
  // The national editor's part: a feed, and GM9999 delegated to its own key, which the
  // municipality keeps in its own folder, encrypted with its passphrase.
  for (const name of ["root", "targets", "snapshot", "timestamp"]) run(cliBinary, ["keys", "generate", name], dir);
  run(cliBinary, ["keys", "generate", "GM9999", "--keys", "gm9999-keys", "--encrypt"], dir, { ...process.env, WEGWIJS_KEY_PASSPHRASE: passphrase });
  run(cliBinary, ["feed", "init"], dir);
  run(cliBinary, ["feed", "delegate", "GM9999", "--key", "gm9999-keys/GM9999.pub"], dir);

  const url = await startStudio(dir);
  const browser = await startBrowser();
  try {
    await browser.url(url);
    // 1. The empty folder asks for the municipality's name.
    await waitFor(browser, "scope-name");
    await screen(browser, "01-welcome");
    await type(browser, "scope-name", "Proefdorp");
    await (await testid(browser, "scope-save")).click();
    // 2. The guided first item, Dutch and English.
    await type(browser, "field-id", "gm9999-desk");
    await type(browser, "field-source-0", "https://www.government.nl/topics/municipalities");
    await type(browser, "field-hours", "24/7");
    await (await waitFor(browser, "field-language-nl")).click();
    await (await waitFor(browser, "field-language-pl")).click();
    await (await waitFor(browser, "field-appointment")).selectByAttribute("value", "true");
    // The core reads the hours as they are typed; open around the clock is open now.
    const hours = await waitFor(browser, "hours-preview");
    await browser.waitUntil(async () => /Open now/.test(await hours.getText()), { timeoutMsg: "no open-now preview" });
    await type(browser, "text-nl-title", "Balie van de gemeente");
    await type(browser, "text-nl-summary", "Aan de balie helpen wij je met je inschrijving.");
    await fill(browser, "text-nl-body", "Kom naar de balie. Neem je paspoort mee.");
    await type(browser, "text-en-title", "Municipality desk");
    await type(browser, "text-en-summary", "At the desk we help you with your registration.");
    await fill(browser, "text-en-body", "Come to the desk. Bring your passport.");
    await screen(browser, "02-first-item");
    await (await testid(browser, "save")).click();
    assert.match(await (await waitFor(browser, "notice")).getText(), /Saved: 3 files/);
    assert.deepEqual(readdirSync(join(dir, "GM9999/gm9999-desk")).sort(), ["en.md", "item.toml", "nl.md"]);
    const itemToml = readFileSync(join(dir, "GM9999/gm9999-desk/item.toml"), "utf8");
    assert.match(itemToml, /languages = \["nl", "pl"\]/);
    assert.match(itemToml, /appointment = true/);
    // 3. Polish through XLIFF: export, a translator fills the targets, import.
    await (await testid(browser, "tab-translate")).click();
    await (await waitFor(browser, "xliff-export")).click();
    await browser.waitUntil(async () => (await (await testid(browser, "xliff-text")).getValue()).includes("<xliff"));
    let xliff = await (await testid(browser, "xliff-text")).getValue();
    assert.match(xliff, /trgLang="pl"/);
    for (const [english, translated] of Object.entries(polish)) {
      xliff = xliff.replace(`<source>${english}</source>`, `<source>${english}</source><target>${translated}</target>`);
    }
    await fill(browser, "xliff-text", xliff);
    await screen(browser, "03-translate");
    await (await testid(browser, "xliff-import")).click();
    assert.match(await (await waitFor(browser, "notice")).getText(), /Imported 1 translated items in pl/);
    // 4. The overview, then the item's preview in Polish in the phone frame.
    await (await testid(browser, "tab-overview")).click();
    await waitFor(browser, "overview");
    await screen(browser, "04-overview");
    await (await testid(browser, "item-gm9999-desk")).click();
    await (await waitFor(browser, "preview")).click();
    const title = await waitFor(browser, "phone-title");
    await browser.waitUntil(async () => (await title.getText()) === "Okienko w gminie");
    await screen(browser, "05-preview-pl");
    // 5. Publish: first what phones will download, then sign and write.
    await (await testid(browser, "tab-publish")).click();
    assert.match(await (await waitFor(browser, "publish-plan")).getText(), /GM9999: 1 items changed/);
    await type(browser, "key-passphrase", "not the passphrase");
    await (await testid(browser, "publish")).click();
    assert.match(await (await waitFor(browser, "problem")).getText(), /does not open the key of GM9999/);
    await type(browser, "key-passphrase", passphrase);
    await screen(browser, "06-publish-plan");
    await (await testid(browser, "publish")).click();
    assert.match(await (await waitFor(browser, "notice")).getText(), /Published 1 scopes/);
    await browser.waitUntil(async () => (await (await testid(browser, "history")).getText()).includes("GM9999"));
    await screen(browser, "07-published");
  } finally {
    await browser.deleteSession().catch(() => {});
  }
  // 6. A phone that follows GM9999 gets the item.
  const synced = JSON.parse(run(cliBinary, ["sync", "--from", "feed", "--data", "phone", "--municipality", "GM9999", "--root", "feed/1.root.json", "--json"], dir));
  assert.deepEqual(synced.applied, [["GM9999", 1]]);
  assert.ok(synced.pack_bytes > 0);
});

test("a municipality without a key makes an encrypted one on the publish screen and sends its public key", { skip: !chromium || !chromedriver ? "chromium and chromedriver are needed (scripts/setup.sh)" : false, timeout: 600000 }, async () => {
  buildStudio();
  const dir = mkdtempSync(join(tmpdir(), "wegwijs-studio-key-"));
  mkdirSync(join(dir, "GM9999"));
  for (const name of ["root", "targets", "snapshot", "timestamp"]) run(cliBinary, ["keys", "generate", name], dir);
  run(cliBinary, ["feed", "init"], dir);
  const url = await startStudio(dir);
  const browser = await startBrowser();
  let publicKey;
  try {
    await browser.url(url);
    await type(browser, "scope-name", "Proefdorp");
    await (await testid(browser, "scope-save")).click();
    await (await waitFor(browser, "tab-publish")).click();
    await waitFor(browser, "new-key");
    await type(browser, "new-key-passphrase", passphrase);
    await type(browser, "new-key-repeated", `${passphrase}!`);
    await (await testid(browser, "new-key-create")).click();
    const problem = await waitFor(browser, "problem");
    await browser.waitUntil(async () => /not the same/.test(await problem.getText()), { timeoutMsg: "no mismatch message" });
    assert.ok(!existsSync(join(dir, "gm9999-keys/GM9999.key")));
    await type(browser, "new-key-passphrase", passphrase);
    await type(browser, "new-key-repeated", passphrase);
    await (await testid(browser, "new-key-create")).click();
    assert.match(await (await waitFor(browser, "notice")).getText(), /Your key is made/);
    await waitFor(browser, "public-key");
    await screen(browser, "08-new-key");
    // What the link downloads, fetched as the page does.
    publicKey = await browser.execute(async () => (await fetch("/api/key/public", { credentials: "same-origin" })).text());
  } finally {
    await browser.deleteSession().catch(() => {});
  }
  // The key is stored encrypted, never in clear.
  assert.ok(readFileSync(join(dir, "gm9999-keys/GM9999.key"), "utf8").startsWith("age-encryption.org/v1\n"));
  assert.equal(publicKey, readFileSync(join(dir, "gm9999-keys/GM9999.pub"), "utf8"));
  // The national editor delegates GM9999 to the public key file it was sent.
  writeFileSync(join(dir, "sent-GM9999.pub"), publicKey);
  run(cliBinary, ["feed", "delegate", "GM9999", "--key", "sent-GM9999.pub"], dir);
});
