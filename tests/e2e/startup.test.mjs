// Start-up time: from starting the app (tauri-driver asked for a session, which spawns the
// process) to the first painted screen, read from the UI's performance marks (`wegwijs-start`,
// `wegwijs-bootstrap`, `wegwijs-first-paint`, see ui/src/main.tsx). Measured on a first start
// (no content.db: the bundled content is built into one) and a second start of the same HOME,
// written to artifacts/e2e/startup.json. The build is the debug e2e build, so the figures are
// this machine's and that build's, not a phone's.

import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { application, artifacts, launch, freshHome, waitFor, startInEnglish } from "./support.mjs";

/** Starts the app in `home`; returns the marks as milliseconds after the launch began. */
async function measuredStart(home) {
  const launched = Date.now();
  const { browser, stop } = await launch(home);
  try {
    const marks = await browser.waitUntil(
      () =>
        browser.execute(() => {
          const painted = performance.getEntriesByName("wegwijs-first-paint")[0];
          if (!painted) return false;
          const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
          return {
            timeOrigin: performance.timeOrigin,
            start: at("wegwijs-start"),
            bootstrap: at("wegwijs-bootstrap"),
            firstPaint: painted.startTime,
          };
        }),
      { timeout: 30000, timeoutMsg: "the first screen never painted" },
    );
    const sinceLaunch = (offset) => (offset === null ? null : Math.round(marks.timeOrigin + offset - launched));
    return {
      browser,
      stop,
      figures: {
        // The whole cold start as a person sees it (process, webview, core, first screen).
        launch_to_first_paint_ms: sinceLaunch(marks.firstPaint),
        // Inside the page: the webview's navigation start to each mark.
        page_to_script_ms: Math.round(marks.start),
        page_to_bootstrap_ms: Math.round(marks.bootstrap),
        page_to_first_paint_ms: Math.round(marks.firstPaint),
        launch_to_page_ms: sinceLaunch(0),
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

test("start-up to the first painted screen, first and second start", async () => {
  const home = freshHome();
  const first = await measuredStart(home);
  try {
    await waitFor(first.browser, "lang-en");
    await startInEnglish(first.browser);
  } finally {
    await first.stop();
  }
  const second = await measuredStart(home);
  try {
    await waitFor(second.browser, "screen-today");
  } finally {
    await second.stop();
  }
  const report = {
    application,
    measured_at: new Date().toISOString(),
    note: "debug e2e build under Xvfb on the CI machine; launch_* include tauri-driver starting the process",
    first_start: first.figures,
    second_start: second.figures,
  };
  writeFileSync(join(artifacts, "startup.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`startup: ${JSON.stringify(report)}`);
  for (const figures of [first.figures, second.figures]) {
    for (const [name, value] of Object.entries(figures)) {
      assert.ok(Number.isFinite(value) && value >= 0, `${name} is a time: ${value}`);
    }
    assert.ok(figures.page_to_bootstrap_ms <= figures.page_to_first_paint_ms, "data before paint");
  }
});
