// End-to-end tests of the real Wegwijs binary in a real webview (WebKitGTK), driven through
// tauri-driver and WebKitWebDriver under Xvfb. Each test gets its own HOME, so its user.db and
// content.db are fresh files; screenshots at phone size go to artifacts/e2e/.
//
// Run by scripts/test.sh (xvfb-run node --test tests/e2e/). Needs WEGWIJS_APP (the binary
// built with `tauri build --no-bundle`) and tauri-driver on PATH.


import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync, writeFileSync, cpSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  application,
  artifacts,
  axeSource,
  byTestId,
  changedTitle,
  checkAccessibility,
  cliBinary,
  devKeys,
  firstRunInPolish,
  freePort,
  freshHome,
  launch,
  nginx,
  paintedShot,
  pickUpdateFile,
  publishChangedFeed,
  root,
  serveFeed,
  servers,
  setDate,
  shot,
  startInEnglish,
  todayText,
  updateErrorMessages,
  waitFor,
  wegwijs,
} from "./support.mjs";

before(() => {
  assert.ok(existsSync(application), `build the app first: ${application}`);
});

test("first run in Polish, then every screen passes an accessibility check", async () => {
  const home = freshHome();
  const { browser, stop } = await launch(home, { LANG: "pl_PL.UTF-8" });
  try {
    await waitFor(browser, "screen-first-run");
    await shot(browser, "01-first-run-language");
    await checkAccessibility(browser, "first run");
    await firstRunInPolish(browser);
    await shot(browser, "02-today-pl");
    const today = await (await byTestId(browser, "screen-today")).getText();
    assert.match(today, /BRP/);
    await checkAccessibility(browser, "today");
    for (const screen of ["checklist", "rights", "local", "search", "settings"]) {
      await (await byTestId(browser, `nav-${screen}`)).click();
      await waitFor(browser, `screen-${screen}`);
      await shot(browser, `03-${screen}-pl`);
      await checkAccessibility(browser, screen);
    }
  } finally {
    await stop();
  }
});

test("Local shows Helmond's ways to meet and take part and the national how-tos, in Polish", async () => {
  const home = freshHome();
  const { browser, stop } = await launch(home, { LANG: "pl_PL.UTF-8" });
  try {
    await firstRunInPolish(browser);
    await (await byTestId(browser, "nav-local")).click();
    const section = await waitFor(browser, "local-take-part");
    assert.match(await section.getText(), /Spotkania i udział/);
    assert.match(await section.getText(), /LEVgroep/);
    await waitFor(browser, "take-part-guide-sports-clubs");
    await shot(browser, "03-local-take-part-pl");
    await checkAccessibility(browser, "local, meet and take part");
    await (await byTestId(browser, "take-part-guide-volunteering")).click();
    await waitFor(browser, "screen-item");
    assert.match(await (await byTestId(browser, "item-title")).getText(), /Wolontariat/);
  } finally {
    await stop();
  }
});

test("checklist marks persist across a restart", async () => {
  const home = freshHome();
  let session = await launch(home);
  try {
    await firstRunInPolish(session.browser);
    await (await byTestId(session.browser, "nav-checklist")).click();
    const toggle = await waitFor(session.browser, "toggle-task-carry-id");
    await toggle.click();
    await session.browser.waitUntil(async () => (await toggle.getAttribute("aria-pressed")) === "true", { timeout: 5000 });
  } finally {
    await session.stop();
  }
  session = await launch(home);
  try {
    await waitFor(session.browser, "screen-today");
    await (await byTestId(session.browser, "nav-checklist")).click();
    const toggle = await waitFor(session.browser, "toggle-task-carry-id");
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    await shot(session.browser, "04-checklist-after-restart");
  } finally {
    await session.stop();
  }
});

test("search finds child benefit in Romanian, offline, and the item shows its source and date", async () => {
  const home = freshHome();
  const { browser, stop } = await launch(home, { LANG: "ro_RO.UTF-8" });
  try {
    await (await waitFor(browser, "lang-ro")).click();
    await (await waitFor(browser, "skip")).click();
    await waitFor(browser, "screen-today");
    await (await byTestId(browser, "nav-search")).click();
    await (await waitFor(browser, "search-input")).setValue("alocatie copii");
    const first = await browser.$('[data-testid^="search-result-"]');
    await first.waitForDisplayed({ timeout: 5000 });
    assert.equal(await first.getAttribute("data-testid"), "search-result-child-benefit");
    await shot(browser, "05-search-ro");
    await first.click();
    await waitFor(browser, "screen-item");
    const sources = await (await byTestId(browser, "item-sources")).$$("a");
    assert.ok(sources.length > 0, "the item lists its sources");
    assert.match(await sources[0].getAttribute("href"), /^https:\/\/(www\.)?svb\.nl\//);
    assert.match(await (await byTestId(browser, "item-verified")).getText(), /2026/);
    assert.ok((await (await byTestId(browser, "translation-state")).getText()).length > 0, "a translation says so");
    await shot(browser, "06-item-ro");
    await checkAccessibility(browser, "item");
    await (await byTestId(browser, "show-reference")).click();
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelector('[data-testid="item-body"]')?.getAttribute("lang"))) === "en", { timeout: 5000 });
  } finally {
    await stop();
  }
});

test("as on an Android phone's webview (no speech synthesis), items open and say no voice reads them", async () => {
  const home = freshHome();
  // Debug builds take away, before the UI loads, what the Android System WebView lacks.
  const { browser, stop } = await launch(home, { WEGWIJS_WEBVIEW: "android" });
  try {
    await (await waitFor(browser, "lang-en")).click();
    await (await waitFor(browser, "skip")).click();
    await waitFor(browser, "screen-today");
    assert.equal(await browser.execute(() => typeof window.speechSynthesis + typeof window.SpeechSynthesisUtterance), "undefinedundefined");
    await (await byTestId(browser, "nav-search")).click();
    await (await waitFor(browser, "search-input")).setValue("child benefit");
    const first = await browser.$('[data-testid^="search-result-"]');
    await first.waitForDisplayed({ timeout: 5000 });
    await first.click();
    await waitFor(browser, "screen-item");
    assert.ok((await (await byTestId(browser, "item-body")).getText()).length > 0, "the item's text shows");
    assert.equal(await (await byTestId(browser, "read-aloud")).isEnabled(), false);
    assert.ok(await (await browser.$("#no-voice")).isDisplayed(), "the item says no voice reads it");
    await shot(browser, "06b-item-android-webview");
    await checkAccessibility(browser, "item without speech synthesis");
  } finally {
    await stop();
  }
});

test("export writes my data to a file and delete-all removes it", async () => {
  const home = freshHome();
  const { browser, stop } = await launch(home);
  try {
    await firstRunInPolish(browser);
    await (await byTestId(browser, "nav-settings")).click();
    await (await waitFor(browser, "export")).click();
    const status = await waitFor(browser, "export-status");
    const path = (await status.getText()).match(/\/\S+\.json/)?.[0];
    assert.ok(path && existsSync(path), `export file ${path}`);
    const exported = JSON.parse(readFileSync(path, "utf8"));
    assert.equal(exported.profile.municipality, "GM0794");
    assert.equal(exported.profile.lang, "pl");
    await (await byTestId(browser, "delete-all")).click();
    await (await waitFor(browser, "confirm-delete")).click();
    await waitFor(browser, "screen-first-run");
    await shot(browser, "07-after-delete");
  } finally {
    await stop();
  }
});

test("an item whose body holds script and javascript: links shows them inert", async () => {
  const home = freshHome();
  const content = join(home, "content");
  cpSync(join(root, "assets/content"), content, { recursive: true });
  const hostile = join(content, "nl/hostile-test-item");
  mkdirSync(hostile, { recursive: true });
  writeFileSync(
    join(hostile, "item.toml"),
    'kind = "right"\nversion = 1\ntopics = ["help"]\nsources = ["https://www.government.nl/"]\nverified_on = 2026-11-01\n',
  );
  const body =
    '<script>window.__pwned = 1</script>\n\n<img src=x onerror="window.__pwned = 2">\n\n[click me](javascript:window.__pwned=3)\n\n<a href="javascript:window.__pwned=4">raw link</a>\n\nHostile text end.\n';
  for (const lang of ["nl", "en", "pl", "ro", "bg", "hu", "lt", "lv", "cs", "sk", "hr", "sr", "es"]) {
    const state = lang === "nl" || lang === "en" ? "reference" : "translated";
    writeFileSync(join(hostile, `${lang}.md`), `+++\ntitle = "Hostile test item"\nsummary = "Zzhostile summary."\nstate = "${state}"\n+++\n${body}`);
  }
  const { browser, stop } = await launch(home, { WEGWIJS_CONTENT_DIR: content });
  try {
    await (await waitFor(browser, "lang-en")).click();
    await (await waitFor(browser, "skip")).click();
    await (await byTestId(browser, "nav-search")).click();
    await (await waitFor(browser, "search-input")).setValue("zzhostile");
    const hit = await waitFor(browser, "search-result-hostile-test-item");
    await hit.click();
    const itemBody = await waitFor(browser, "item-body");
    // Raw HTML arrives as text, so only real elements and attributes are dangerous.
    const live = await browser.execute(
      () => document.querySelectorAll('[data-testid="item-body"] :is(script, img, iframe, [onerror], [onclick], a[href^="javascript:" i])').length,
    );
    assert.equal(live, 0);
    assert.match(await itemBody.getText(), /<script>window.__pwned = 1<\/script>/, "raw HTML shows as text");
    for (const link of await itemBody.$$("a")) {
      await link.click().catch(() => {});
    }
    assert.equal(await browser.execute(() => window.__pwned), null);
    await shot(browser, "08-hostile-item-inert");
  } finally {
    await stop();
  }
});

test("the window never leaves the app: navigations and new windows to other pages are refused", async () => {
  const { browser, stop } = await launch(freshHome());
  try {
    await waitFor(browser, "lang-en");
    const start = await browser.getUrl();
    const windows = (await browser.getWindowHandles()).length;
    // As a dragged link or a context menu's "open link" would; run after the command returns.
    await browser.execute(() => {
      setTimeout(() => window.open("https://example.com/", "_blank"), 0);
      setTimeout(() => (window.location.href = "https://example.com/"), 50);
    });
    await new Promise((r) => setTimeout(r, 2000));
    assert.equal(await browser.getUrl(), start, "the page is still the app's own");
    assert.equal((await browser.getWindowHandles()).length, windows, "no new window");
    await waitFor(browser, "lang-en");
  } finally {
    await stop();
  }
});

test("a link the app is opened with pre-fills first run, and only confirming saves it", async () => {
  const home = freshHome();
  // The employer name holds a URL: it must show as text, never as a link.
  const link =
    "wegwijs://onboard?v=1&lang=pl&gm=GM0794&arrived=2026-11-20&start=2026-11-23&employer=Kas%20BV%20https%3A%2F%2Fevil.example&contact=HR-balie%2C%20gebouw%202";
  let { browser, stop } = await launch(home, {}, [link]);
  try {
    await waitFor(browser, "onboarding-note");
    assert.equal(await browser.execute(() => document.documentElement.lang), "pl");
    assert.match(await (await byTestId(browser, "onboarding-employer")).getText(), /Kas BV https:\/\/evil\.example/);
    const linkCount = await browser.execute(() => [...document.querySelectorAll("a")].filter((a) => a.href.includes("evil")).length);
    assert.equal(linkCount, 0, "nothing in a link becomes a clickable link");
    await shot(browser, "20-onboarding-link-pl");
    await checkAccessibility(browser, "onboarding link");
    // Cancel: nothing is saved.
    await (await byTestId(browser, "cancel-link")).click();
    await waitFor(browser, "lang-pl");
    assert.equal(await (await byTestId(browser, "onboarding-note")).isExisting(), false);
  } finally {
    await stop();
  }

  ({ browser, stop } = await launch(home, {}, [link]));
  try {
    await waitFor(browser, "onboarding-note");
    await (await byTestId(browser, "next")).click();
    assert.equal(await (await waitFor(browser, "municipality-GM0794")).getAttribute("aria-pressed"), "true");
    await (await byTestId(browser, "next")).click();
    assert.equal(await (await waitFor(browser, "arrival")).getValue(), "2026-11-20");
    assert.equal(await (await byTestId(browser, "work-start")).getValue(), "2026-11-23");
    await (await byTestId(browser, "next")).click();
    await (await waitFor(browser, "stay-long")).click();
    await (await byTestId(browser, "finish-setup")).click();
    await waitFor(browser, "screen-today");
    assert.match(await (await waitFor(browser, "employer")).getText(), /HR-balie, gebouw 2/);
    await shot(browser, "21-today-after-link-pl");
  } finally {
    await stop();
  }

  // After a restart (no link this time) the confirmed profile is there.
  ({ browser, stop } = await launch(home));
  try {
    await waitFor(browser, "screen-today");
    await (await byTestId(browser, "nav-settings")).click();
    assert.equal(await (await waitFor(browser, "settings-municipality")).getValue(), "GM0794");
    assert.equal(await (await byTestId(browser, "settings-arrival")).getValue(), "2026-11-20");
  } finally {
    await stop();
  }
});

test("a pasted bad link is refused with a message; the calendar export writes an .ics file", async () => {
  const home = freshHome();
  const { browser, stop } = await launch(home, { LANG: "ro_RO.UTF-8" });
  try {
    await (await waitFor(browser, "onboarding-link")).setValue("wegwijs://onboard?v=1&lang=ro&run=rm");
    await (await byTestId(browser, "use-link")).click();
    const banner = await browser.$('[role="alert"]');
    await browser.waitUntil(async () => (await banner.getText()).length > 0, { timeout: 10000 });
    assert.match(await banner.getText(), /Wegwijs/);
    assert.equal(await (await byTestId(browser, "onboarding-note")).isExisting(), false);

    await (await byTestId(browser, "onboarding-link")).setValue("wegwijs://onboard?v=1&lang=ro&gm=GM1894&start=2026-12-01");
    await (await byTestId(browser, "use-link")).click();
    await waitFor(browser, "onboarding-note");
    await (await byTestId(browser, "skip")).click();
    await waitFor(browser, "screen-today");
    await (await byTestId(browser, "nav-settings")).click();
    await (await waitFor(browser, "export-calendar")).click();
    await waitFor(browser, "calendar-status");
    const ics = readFileSync(join(home, "Downloads/wegwijs-checklist.ics"), "utf8");
    assert.match(ics, /BEGIN:VCALENDAR/);
    assert.match(ics, /UID:task-[a-z-]+@checklist\.wegwijs\.nl/);
    assert.match(ics, /DTSTART;TZID=Europe\/Amsterdam:2026/);
  } finally {
    await stop();
  }
});
test("an update from the feed on a web server shows its size first, then the changed title", async () => {
  const { dir, feed } = publishChangedFeed();
  const server = await serveFeed(dir, feed);
  const home = freshHome();
  const { browser, stop } = await launch(home, { WEGWIJS_FEED_URL: server.url });
  try {
    await startInEnglish(browser);
    assert.doesNotMatch(await todayText(browser), /new from the feed/);
    // The check at start asks the feed what is new; Today offers the update, nothing is downloaded.
    const ready = await waitFor(browser, "update-ready", 30000);
    assert.match(await ready.getText(), /An update is ready: [\d,.]+ [kM]B/);
    await paintedShot(browser, "30-today-update-ready", "update-ready");
    await (await byTestId(browser, "update-ready-open")).click();
    const size = await waitFor(browser, "update-size");
    assert.match(await size.getText(), /^[\d,.]+ [kM]B to download$/);
    assert.match(await (await byTestId(browser, "update-last-check")).getText(), /^Last checked: /);
    await paintedShot(browser, "31-settings-update-size", "update-state");
    await checkAccessibility(browser, "settings with an update");

    await (await byTestId(browser, "update-now")).click();
    await waitFor(browser, "update-done", 30000);
    await paintedShot(browser, "32-settings-updated", "update-state");
    assert.match(await todayText(browser), new RegExp(changedTitle.replace(/[()]/g, "\\$&")));
    await paintedShot(browser, "33-today-changed-title", "next-step-task-carry-id");
  } finally {
    await stop();
    await server.stop();
  }
});

test("an update file: a tampered one is refused with a message, the real one changes the content", async () => {
  const { dir, feed } = publishChangedFeed();
  const bundle = join(dir, "update.wegwijs");
  wegwijs("feed", "bundle", "--feed", feed, "--out", bundle);
  // Flip one byte well inside the file (in the packs, after the metadata).
  const bytes = readFileSync(bundle);
  const tamperedBytes = Buffer.from(bytes);
  const at = Math.floor(bytes.length * 0.9);
  tamperedBytes[at] ^= 0xff;
  const tampered = join(dir, "tampered.wegwijs");
  writeFileSync(tampered, tamperedBytes);

  const home = freshHome();
  const { browser, stop } = await launch(home);
  try {
    await startInEnglish(browser);
    await (await byTestId(browser, "nav-settings")).click();
    await waitFor(browser, "update-import");
    // No feed is set: the section offers the file, not the network.
    assert.equal(await (await byTestId(browser, "update-check")).isExisting(), false);

    await pickUpdateFile(browser, tampered);
    const banner = await browser.$('[role="alert"]');
    await browser.waitUntil(async () => (await banner.getText()).length > 0, { timeout: 20000 });
    const shown = await banner.getText();
    const known = updateErrorMessages().find(({ text }) => shown.includes(text));
    assert.equal(known?.id, "error-update-tampered", `the translated message for a tampered file, got: ${shown}`);
    await paintedShot(browser, "34-update-file-tampered");
    assert.doesNotMatch(await todayText(browser), /new from the feed/);

    await (await byTestId(browser, "nav-settings")).click();
    await waitFor(browser, "update-import");
    await pickUpdateFile(browser, bundle);
    await waitFor(browser, "update-done", 30000);
    await paintedShot(browser, "35-update-file-imported", "update-state");
    assert.match(await todayText(browser), new RegExp(changedTitle.replace(/[()]/g, "\\$&")));

    // The phone can now pass the update on.
    await (await byTestId(browser, "nav-settings")).click();
    await (await waitFor(browser, "update-share")).click();
    const status = await waitFor(browser, "share-status");
    const path = (await status.getText()).match(/\/\S+\.wegwijs/)?.[0];
    assert.ok(path && existsSync(path), `shared file ${path}`);
    await paintedShot(browser, "36-update-shared", "share-status");
  } finally {
    await stop();
  }
});

test("offline, the app keeps its information and says it could not check, without an error banner", async () => {
  const closed = await freePort();
  const home = freshHome();
  const { browser, stop } = await launch(home, { WEGWIJS_FEED_URL: `http://127.0.0.1:${closed}` });
  try {
    await startInEnglish(browser);
    const line = await waitFor(browser, "content-date");
    await browser.waitUntil(async () => /^Could not check for newer information/.test(await line.getText()), { timeout: 20000 });
    assert.equal(await (await browser.$('[role="alert"]')).getText(), "", "a failed check at start is not an error banner");
    assert.equal(await (await byTestId(browser, "update-ready")).isExisting(), false);
    await paintedShot(browser, "37-today-could-not-check", "content-date");
    await (await byTestId(browser, "nav-settings")).click();
    const problem = await waitFor(browser, "update-problem");
    const unreachable = updateErrorMessages().find(({ id }) => id === "error-update-unreachable");
    assert.match(await problem.getText(), new RegExp(unreachable.text.slice(0, 40)));
    await paintedShot(browser, "38-settings-could-not-check", "update-problem");
  } finally {
    await stop();
  }
});

/** Logs `count` days from `first` (08:00–16:30, 30 minutes' break: 8 hours each). */
async function logDays(browser, first, count) {
  await (await waitFor(browser, "work-tab-hours")).click();
  await setDate(browser, "day-date", first);
  for (let n = 0; n < count; n++) {
    const before = await browser.execute(() => document.querySelectorAll(".work-day").length);
    await (await byTestId(browser, "day-save")).click();
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelectorAll(".work-day").length)) > before);
  }
}

/** Enters the payslip: two weeks of January 2026, 80 hours at €13,24 (10% under the
 * minimum of €14,71), €400 for housing (the cap is 25% of 80 × €14,71 = €294,20). */
async function enterUnderpaidPayslip(browser) {
  await (await byTestId(browser, "work-tab-payslips")).click();
  await waitFor(browser, "payslip-form");
  await setDate(browser, "pay-period_start", "2026-01-12");
  await setDate(browser, "pay-period_end", "2026-01-25");
  const fields = { age: "30", hours_paid: "80", hourly_wage: "13,24", gross: "1059,20", holiday_allowance: "84,74", housing: "400", net: "659,20" };
  for (const [field, value] of Object.entries(fields)) await (await byTestId(browser, `pay-${field}`)).setValue(value);
  await (await byTestId(browser, "payslip-save")).click();
  await waitFor(browser, "payslip-2026-01-12");
}

for (const { lang, locale, minimumWage, housing, summary } of [
  { lang: "pl", locale: "pl_PL.UTF-8", minimumWage: /13,24 €.*14,71 €/s, housing: /400,00 €.*294,20 €/s, summary: /Podsumowanie sprawdzenia/ },
  { lang: "ro", locale: "ro_RO.UTF-8", minimumWage: /13,24 €.*14,71 €/s, housing: /400,00 €.*294,20 €/s, summary: /Rezumatul verificării/ },
]) {
  test(`My work in ${lang}: two weeks logged, an underpaid payslip shows both findings with sources, and the summary prints in Dutch and ${lang}`, async () => {
    const home = freshHome();
    const { browser, stop } = await launch(home, { LANG: locale });
    try {
      if (lang === "pl") await firstRunInPolish(browser);
      else {
        await (await waitFor(browser, `lang-${lang}`)).click();
        await (await waitFor(browser, "skip")).click();
        await waitFor(browser, "screen-today");
      }
      await (await waitFor(browser, "open-work")).click();
      await waitFor(browser, "screen-work");
      await checkAccessibility(browser, `my work, hours, ${lang}`);
      await logDays(browser, "2026-01-12", 10);
      // Monday 12 to Wednesday 21 January: 7 days in the first week, 3 in the second.
      const weeks = await (await byTestId(browser, "work-weeks")).getText();
      assert.match(weeks, /56/);
      assert.match(weeks, /24/);
      await shot(browser, `40-work-hours-${lang}`);
      await enterUnderpaidPayslip(browser);
      const wage = await waitFor(browser, "finding-minimum-wage");
      assert.match(await wage.getText(), minimumWage);
      assert.match(await wage.getText(), /business\.gov\.nl/);
      const housingFinding = await byTestId(browser, "finding-housing-deduction");
      assert.match(await housingFinding.getText(), housing);
      assert.equal(await (await byTestId(browser, "finding-hours-paid")).isExisting(), false, "80 hours logged, 80 paid");
      await shot(browser, `41-work-findings-${lang}`);
      await checkAccessibility(browser, `my work, payslips, ${lang}`);
      // The print dialog would wait for a person: count the call instead.
      await browser.execute(() => {
        window.__printed = 0;
        window.print = () => {
          window.__printed += 1;
        };
      });
      await (await byTestId(browser, "payslip-print-2026-01-12")).click();
      await browser.waitUntil(() => browser.execute(() => window.__printed === 1));
      const printed = await browser.execute(() => document.querySelector('[data-testid="work-summary"]').textContent);
      assert.match(printed, /Samenvatting loonstrookcheck/);
      assert.match(printed, /Op de loonstrook staat € 13,24 per uur/);
      assert.match(printed, summary);
    } finally {
      await stop();
    }
  });
}

/**
 * Fails unless the screen holds at the window's width: neither the page nor the scroller scrolls
 * sideways, nothing sticks out of the window, and every touch target outside running text is at
 * least 44 by 44 px.
 */
async function checkNarrowLayout(browser, screen) {
  const problems = await browser.execute(() => {
    const found = [];
    const name = (el) =>
      el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    for (const [el, what] of [[document.scrollingElement, "the page"], [document.querySelector(".scroller"), "the scroller"]]) {
      if (el && el.scrollWidth > el.clientWidth) found.push(`${what} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    const width = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll("body *")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest(".sr-only")) continue;
      if (box.right > width + 1 || box.left < -1) found.push(`out of the window: ${name(el)} ${Math.round(box.left)} to ${Math.round(box.right)}`);
    }
    const targets = "a[href], button, select, summary, .field-check, input:not([type=checkbox]):not([type=radio]):not([type=file])";
    for (const el of document.querySelectorAll(targets)) {
      // Links inside sentences are exempt, as WCAG's target size criterion allows.
      if (el.closest(".sr-only, .item-body, p:not(.note)")) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < 44 || box.height < 44) found.push(`small target: ${name(el)} ${Math.round(box.width)} x ${Math.round(box.height)}`);
    }
    return found.slice(0, 20);
  });
  assert.deepEqual(problems, [], `${screen}: ${problems.join("; ")}`);
}

/**
 * Text at 200%, as WCAG 1.4.4 asks: the system's text size doubled, as a phone's largest font
 * scale or a browser's text zoom does, by doubling the default font size everything in rem
 * follows (the app's own text size setting stays at normal: it multiplies on top). Fails
 * unless running text is really twice as large as before.
 */
async function doubleSystemText(browser) {
  const size = () => browser.execute(() => parseFloat(getComputedStyle(document.querySelector("main p, p")).fontSize));
  const before = await size();
  // Through the CSSOM: the app's CSP refuses inline style sheets.
  await browser.execute(() => document.documentElement.style.setProperty("font-size", "200%", "important"));
  assert.equal(await browser.execute(() => getComputedStyle(document.documentElement).fontSize), "32px");
  assert.equal(await size(), 2 * before, "running text is twice its normal size");
}

test("at 320 px, 200% text and high contrast, every screen holds in Polish, Hungarian and Dutch and passes axe at AAA contrast", async () => {
  const home = freshHome();
  const { browser, stop } = await launch(home, { LANG: "pl_PL.UTF-8" });
  try {
    await firstRunInPolish(browser);
    await (await byTestId(browser, "nav-settings")).click();
    await (await waitFor(browser, "high-contrast")).click();
    await browser.waitUntil(() => browser.execute(() => document.documentElement.classList.contains("high-contrast")), { timeout: 5000 });
    await doubleSystemText(browser);
    await browser.setWindowSize(320, 640);
    await browser.waitUntil(async () => (await browser.execute(() => window.innerWidth)) <= 320, { timeout: 5000, timeoutMsg: "the window did not become 320 px wide" });
    for (const lang of ["pl", "hu", "nl"]) {
      await (await byTestId(browser, "nav-settings")).click();
      await (await waitFor(browser, `lang-${lang}`)).click();
      await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === lang, { timeout: 5000 });
      for (const screen of ["today", "checklist", "rights", "local", "search", "settings"]) {
        await (await byTestId(browser, `nav-${screen}`)).click();
        await waitFor(browser, `screen-${screen}`);
        if (screen === "search") {
          await (await waitFor(browser, "search-input")).setValue("BRP");
          await browser.$('[data-testid^="search-result-"]').waitForDisplayed({ timeout: 5000 }).catch(() => {});
        }
        await shot(browser, `50-narrow-${lang}-${screen}`);
        await checkNarrowLayout(browser, `${screen} (${lang})`);
        await checkAccessibility(browser, `${screen} in high contrast (${lang})`, { "color-contrast-enhanced": { enabled: true } });
      }
      await (await byTestId(browser, "nav-today")).click();
      await (await browser.$(".next-step-title")).click();
      await waitFor(browser, "screen-item");
      await shot(browser, `50-narrow-${lang}-item`);
      await checkNarrowLayout(browser, `item (${lang})`);
      await checkAccessibility(browser, `item in high contrast (${lang})`, { "color-contrast-enhanced": { enabled: true } });
    }
  } finally {
    await stop();
  }
});
