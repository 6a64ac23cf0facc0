// A machine translation is labelled on the phone: a feed published by the real CLI marks the
// Polish text of one item `state = "machine"` (as the studio's XLIFF import does when the
// editor says so); after the update, the item page in Polish says it is a machine translation
// not checked by a person, and offers the English and Dutch texts.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  root,
  publishEditedFeed,
  serveFeed,
  launch,
  freshHome,
  waitFor,
  byTestId,
  checkAccessibility,
  paintedShot,
  firstRunInPolish,
} from "./support.mjs";

const ITEM = "sports-clubs";

/** A feed of the bundled content in which the Polish text of `ITEM` is a machine translation. */
function publishMachineTranslation() {
  return publishEditedFeed(ITEM, (folder) => {
    const polish = readFileSync(join(folder, "pl.md"), "utf8");
    assert.match(polish, /^state = "(translated|reviewed)"$/m);
    writeFileSync(join(folder, "pl.md"), polish.replace(/^state = ".*"$/m, 'state = "machine"'));
  });
}

/** The Polish message `id` from locales/pl/main.ftl. */
function polishMessage(id) {
  const line = readFileSync(join(root, "locales/pl/main.ftl"), "utf8").match(new RegExp(`^${id} = (.+)$`, "m"));
  assert.ok(line, id);
  return line[1];
}

test("a machine-translated text says so on the item page, in the person's language", async () => {
  const { dir, feed } = publishMachineTranslation();
  const server = await serveFeed(dir, feed);
  const { browser, stop } = await launch(freshHome(), { WEGWIJS_FEED_URL: server.url });
  try {
    await firstRunInPolish(browser);
    await (await waitFor(browser, "update-ready", 30000)).waitForDisplayed();
    // Before the update the bundled Polish text is a person's translation.
    await (await byTestId(browser, "nav-rights")).click();
    await (await waitFor(browser, `item-link-${ITEM}`)).click();
    const before = await waitFor(browser, "translation-state");
    assert.notEqual(await before.getText(), "");
    assert.ok(!(await before.getText()).includes(polishMessage("state-machine")));

    await (await byTestId(browser, "nav-today")).click();
    await (await waitFor(browser, "update-ready-open")).click();
    await (await waitFor(browser, "update-now")).click();
    await waitFor(browser, "update-done", 30000);

    await (await byTestId(browser, "nav-rights")).click();
    await (await waitFor(browser, `item-link-${ITEM}`)).click();
    const note = await waitFor(browser, "translation-state");
    await browser.waitUntil(async () => (await note.getText()).includes(polishMessage("state-machine")), {
      timeout: 10000,
      timeoutMsg: `the item page does not say machine translation: ${await note.getText()}`,
    });
    assert.ok(await (await byTestId(browser, "show-reference")).isExisting(), "the English text is one tap away");
    await paintedShot(browser, "78-item-machine-translation", "translation-state");
    await checkAccessibility(browser, "an item in machine translation");
  } finally {
    await stop();
    await server.stop();
  }
});
