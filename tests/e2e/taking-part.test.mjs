// Optional taking-part steps (issue 21): after the legal steps on the checklist, hidden by the
// person and still hidden after a restart (user.db), and Today's one suggestion, which waits
// until no legal step is urgent.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, freshHome, waitFor, byTestId, checkAccessibility, shot, startInEnglish, firstRunInPolish } from "./support.mjs";

/** The optional steps shown (not hidden) on the checklist, by item id, in order. */
async function shownSteps(browser) {
  return browser.execute(() =>
    [...document.querySelectorAll('[data-testid="optional-steps"] [data-testid^="step-toggle-"]')].map((el) =>
      el.getAttribute("data-testid").slice("step-toggle-".length),
    ),
  );
}

/** The item id Today suggests, or null when it suggests none. */
async function suggestion(browser) {
  await (await byTestId(browser, "nav-today")).click();
  // The link to the checklist shows once Today's view has loaded.
  await waitFor(browser, "see-checklist");
  return browser.execute(() => {
    const link = document.querySelector('[data-testid^="take-part-step-"]');
    return link ? link.getAttribute("data-testid").slice("take-part-step-".length) : null;
  });
}

test("without dated legal steps Today suggests a taking-part step; a hidden step stays hidden after a restart", async () => {
  const home = freshHome();
  let session = await launch(home);
  let first;
  try {
    const { browser } = session;
    // Skipping set-up leaves no arrival date, so no legal deadline is urgent.
    await startInEnglish(browser);
    await waitFor(browser, "today-take-part");
    first = await suggestion(browser);
    assert.equal(first, "language-cafes", "the first optional step by title");
    await checkAccessibility(browser, "today with a taking-part step");
    await shot(browser, "60-today-take-part-en");

    await (await byTestId(browser, "nav-checklist")).click();
    await waitFor(browser, "optional-steps");
    const steps = await shownSteps(browser);
    assert.deepEqual(steps, ["language-cafes", "meeting-people", "sports-clubs", "volunteering"]);
    // The optional steps come after every legal step.
    const after = await browser.execute(() => {
      const tasks = [...document.querySelectorAll('[data-testid^="toggle-task-"]')];
      const section = document.querySelector('[data-testid="optional-steps"]');
      return tasks.length > 0 && tasks.every((t) => t.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(after, "optional steps follow the legal ones");
    await checkAccessibility(browser, "checklist with optional steps");

    await (await byTestId(browser, `step-hide-${first}`)).click();
    await waitFor(browser, "hidden-steps");
    assert.deepEqual(await shownSteps(browser), ["meeting-people", "sports-clubs", "volunteering"]);
    await (await byTestId(browser, "step-toggle-meeting-people")).click();
    const toggle = await byTestId(browser, "step-toggle-meeting-people");
    await browser.waitUntil(async () => (await toggle.getAttribute("aria-pressed")) === "true", { timeout: 5000 });
    await (await byTestId(browser, "hidden-steps")).click();
    await checkAccessibility(browser, "checklist with a hidden step");
    await shot(browser, "61-checklist-optional-steps-en");
    assert.equal(await suggestion(browser), "sports-clubs", "neither the hidden nor the done step is suggested");
  } finally {
    await session.stop();
  }

  session = await launch(home);
  try {
    const { browser } = session;
    await waitFor(browser, "screen-today");
    await (await byTestId(browser, "nav-checklist")).click();
    await waitFor(browser, "hidden-steps");
    assert.deepEqual(await shownSteps(browser), ["meeting-people", "sports-clubs", "volunteering"], "hidden after a restart");
    assert.equal(await (await byTestId(browser, "step-toggle-meeting-people")).getAttribute("aria-pressed"), "true");
    await (await byTestId(browser, "hidden-steps")).click();
    await (await waitFor(browser, `step-show-${first}`)).click();
    await browser.waitUntil(async () => (await shownSteps(browser)).includes(first), { timeout: 5000 });
    assert.equal(await (await byTestId(browser, "hidden-steps")).isExisting(), false);
  } finally {
    await session.stop();
  }
});

test("while registration is overdue Today suggests no taking-part step, in Polish", async () => {
  const home = freshHome();
  const { browser, stop } = await launch(home, { LANG: "pl_PL.UTF-8" });
  try {
    // Arrival on 20 November 2026: registering within 5 days is overdue.
    await firstRunInPolish(browser);
    await waitFor(browser, "next-step-task-register-brp");
    assert.equal(await suggestion(browser), null);
    await (await byTestId(browser, "nav-checklist")).click();
    const section = await waitFor(browser, "optional-steps");
    assert.match(await section.getText(), /Poznawaj ludzi/);
    await checkAccessibility(browser, "checklist with optional steps, Polish");
    await shot(browser, "62-checklist-optional-steps-pl");
  } finally {
    await stop();
  }
});
