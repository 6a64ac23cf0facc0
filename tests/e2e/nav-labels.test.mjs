// The bottom navigation at 320 px in every language (issue 20): the six tabs stay in one row and
// every label fits on one line inside its tab. Measured in the real webview, not judged by eye:
// the tabs' tops, each label's scrollWidth against its width, and the lines its text occupies.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { launch, freshHome, waitFor, byTestId, shot, startInEnglish, root } from "./support.mjs";

const LANGS = readdirSync(join(root, "locales"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Per tab: its label, whether it shares the first tab's row, how wide it is and how many lines its text takes. */
async function measureTabs(browser) {
  return browser.execute(() => {
    const tabs = [...document.querySelectorAll(".tabbar a")];
    const firstTop = tabs[0].getBoundingClientRect().top;
    return tabs.map((tab) => {
      const label = tab.querySelector("span");
      const range = document.createRange();
      range.selectNodeContents(label);
      // One rectangle per line box the text sits on (a wrapped label has two tops or more).
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      const tabBox = tab.getBoundingClientRect();
      const labelBox = label.getBoundingClientRect();
      return {
        id: tab.dataset.testid,
        text: label.textContent,
        sameRow: Math.abs(tabBox.top - firstTop) < 1,
        lines: tops.size,
        overflow: label.scrollWidth - label.clientWidth,
        inside: labelBox.left >= tabBox.left - 0.5 && labelBox.right <= tabBox.right + 0.5,
        width: Math.round(labelBox.width),
        tabWidth: Math.round(tabBox.width),
      };
    });
  });
}

/** What is wrong with one language's tabs, as sentences naming the label. */
function problemsOf(lang, tabs) {
  const problems = [];
  if (tabs.length !== 6) problems.push(`${lang}: ${tabs.length} tabs instead of 6`);
  for (const tab of tabs) {
    const what = `${lang} ${tab.id} "${tab.text}" (${tab.width} px in a ${tab.tabWidth} px tab)`;
    if (!tab.sameRow) problems.push(`${what}: wrapped onto a second row of tabs`);
    if (tab.lines !== 1) problems.push(`${what}: takes ${tab.lines} lines`);
    if (tab.overflow > 0) problems.push(`${what}: ${tab.overflow} px cut off`);
    if (!tab.inside) problems.push(`${what}: sticks out of its tab`);
  }
  return problems;
}

test("the measuring helper notices a label on two lines, a cut-off label and a second row", () => {
  const fits = { id: "nav-today", text: "Today", sameRow: true, lines: 1, overflow: 0, inside: true, width: 30, tabWidth: 53 };
  assert.deepEqual(problemsOf("en", Array(6).fill(fits)), []);
  const bad = [{ ...fits, lines: 2 }, { ...fits, overflow: 7 }, { ...fits, sameRow: false }, { ...fits, inside: false }, fits, fits];
  assert.equal(problemsOf("nl", bad).length, 4);
  assert.equal(problemsOf("nl", [fits]).length, 1);
});

test("at 320 px the bottom navigation's six labels fit on one line in all 13 languages, at the normal and the largest text size", async () => {
  assert.equal(LANGS.length, 13, `locales/ holds ${LANGS.join(", ")}`);
  const { browser, stop } = await launch(freshHome());
  try {
    await startInEnglish(browser);
    await browser.setWindowSize(320, 640);
    await browser.waitUntil(async () => (await browser.execute(() => window.innerWidth)) <= 320, { timeout: 5000, timeoutMsg: "the window did not become 320 px wide" });
    const problems = [];
    for (const size of ["normal", "larger"]) {
      if (size === "larger") {
        await (await byTestId(browser, "nav-settings")).click();
        await (await waitFor(browser, "text-size-larger")).click();
        await browser.waitUntil(() => browser.execute(() => document.documentElement.classList.contains("text-larger")), { timeout: 5000 });
      }
      for (const lang of LANGS) {
        await (await byTestId(browser, "nav-settings")).click();
        await (await waitFor(browser, `lang-${lang}`)).click();
        await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === lang, { timeout: 5000 });
        // The current tab has its own style; measure with Settings current, as here.
        await waitFor(browser, "screen-settings");
        const tabs = await measureTabs(browser);
        problems.push(...problemsOf(`${lang} (${size} text)`, tabs));
        if (size === "normal") await shot(browser, `60-nav-labels-${lang}`);
      }
    }
    assert.deepEqual(problems, [], problems.join("\n"));
  } finally {
    await stop();
  }
});
