// What an update changed: a feed published by the real CLI with two items changed (their
// versions raised, as editors do) and one new, served by nginx; the app applies it and Today
// sums it up, lists mark the items until they are opened, and an item page says since when.

import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  root,
  devKeys,
  wegwijs,
  serveFeed,
  launch,
  freshHome,
  waitFor,
  byTestId,
  checkAccessibility,
  paintedShot,
  startInEnglish,
} from "./support.mjs";

const MARK = "Changed:";

/** Raises the version of national item `id` and puts `MARK` before its title in every language. */
function changeItem(content, id) {
  const folder = join(content, "nl", id);
  const toml = readFileSync(join(folder, "item.toml"), "utf8");
  writeFileSync(join(folder, "item.toml"), toml.replace(/^version = (\d+)$/m, (_, v) => `version = ${Number(v) + 1}`));
  for (const lang of ["en", "nl", "pl", "ro", "bg", "hu", "lt", "lv", "cs", "sk", "hr", "sr", "es"]) {
    const file = join(folder, `${lang}.md`);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title = "/m, `title = "${MARK} `));
  }
}

/** A feed of the bundled content with two items changed and one new. */
function publishFeedWithChanges() {
  const dir = mkdtempSync(join(tmpdir(), "wegwijs-changes-"));
  chmodSync(dir, 0o755);
  const content = join(dir, "content");
  cpSync(join(root, "assets/content"), content, { recursive: true });
  changeItem(content, "task-carry-id");
  changeItem(content, "sports-clubs");
  cpSync(join(content, "nl/language-cafes"), join(content, "nl/language-cafes-online"), { recursive: true });
  const feed = join(dir, "feed");
  wegwijs("feed", "init", "--feed", feed, "--keys", devKeys);
  wegwijs("feed", "publish", "--content", content, "--feed", feed, "--keys", devKeys);
  return { dir, feed };
}

test("after an update Today says what changed, lists mark it until it is opened, the item says since when", async () => {
  const { dir, feed } = publishFeedWithChanges();
  const server = await serveFeed(dir, feed);
  const home = freshHome();
  const { browser, stop } = await launch(home, { WEGWIJS_FEED_URL: server.url });
  try {
    await startInEnglish(browser);
    assert.equal(await (await byTestId(browser, "what-changed")).isExisting(), false, "no summary before an update");
    await (await waitFor(browser, "update-ready", 30000)).waitForDisplayed();
    await (await byTestId(browser, "update-ready-open")).click();
    await (await waitFor(browser, "update-now")).click();
    await waitFor(browser, "update-done", 30000);

    await (await byTestId(browser, "nav-today")).click();
    const summary = await waitFor(browser, "what-changed");
    assert.equal(await (await summary.$("h2")).getText(), "Updated: 2 changed, 1 new");
    const named = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid^="what-changed-"] a')].map((link) => link.textContent),
    );
    assert.equal(named.length, 3, JSON.stringify(named));
    // The task on the checklist first (the order among the rest is the core's, tested there).
    assert.match(named[0], /^Changed: Carry your passport/);
    assert.ok(named.some((title) => /^Changed: Sports clubs/i.test(title)), JSON.stringify(named));
    assert.ok(named.some((title) => /^Language cafés|^Language cafes/i.test(title)), JSON.stringify(named));
    await paintedShot(browser, "60-today-what-changed", "what-changed");
    await checkAccessibility(browser, "today with what changed");

    // Rights marks the changed item; opening it clears the mark and the page says since when.
    await (await byTestId(browser, "nav-rights")).click();
    const mark = await waitFor(browser, "change-mark-sports-clubs");
    assert.equal(await mark.getText(), "updated");
    await waitFor(browser, "change-mark-language-cafes-online");
    assert.equal(await (await byTestId(browser, "change-mark-language-cafes-online")).getText(), "new");
    await paintedShot(browser, "61-rights-updated-marks", "change-mark-sports-clubs");
    await checkAccessibility(browser, "rights with updated marks");
    await (await byTestId(browser, "item-link-sports-clubs")).click();
    const since = await waitFor(browser, "item-updated-on");
    const today = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(new Date());
    assert.equal(await since.getText(), `Updated on this phone on ${today}.`);
    await paintedShot(browser, "62-item-updated-on", "item-updated-on");
    await checkAccessibility(browser, "an updated item");

    await (await byTestId(browser, "nav-rights")).click();
    await waitFor(browser, "item-link-sports-clubs");
    await browser.waitUntil(async () => !(await (await byTestId(browser, "change-mark-sports-clubs")).isExisting()), {
      timeout: 10000,
      timeoutMsg: "the mark stays after the item was opened",
    });
    assert.ok(await (await byTestId(browser, "change-mark-language-cafes-online")).isExisting(), "the unopened one keeps it");
    await (await byTestId(browser, "nav-today")).click();
    await waitFor(browser, "what-changed");
    assert.equal(
      await (await byTestId(browser, "change-mark-sports-clubs")).isExisting(),
      false,
      "Today's list no longer marks it",
    );
  } finally {
    await stop();
    await server.stop();
  }
});
