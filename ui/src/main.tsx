import "./app.css";
import { render } from "preact";
import { App } from "./App";
import { startRouter } from "./state/route";
import { boot, checkUpdatesAtStart, deliverReminders, reportFirstPaint, watchOpenedLinks } from "./state/store";

// Start-up is measured with performance marks (read by tests/e2e/startup.test.mjs): this one when
// the script starts, `wegwijs-bootstrap` when the core's data is in, `wegwijs-first-paint` once
// the first screen has painted.
performance.mark("wegwijs-start");

/** How often reminders are looked for while the app is open. */
const REMINDER_CHECK_MS = 10 * 60 * 1000;

startRouter();
void boot().then((started) => {
  if (!started) return;
  reportFirstPaint();
  void watchOpenedLinks();
  void checkUpdatesAtStart();
  void deliverReminders();
  setInterval(() => void deliverReminders(), REMINDER_CHECK_MS);
});
render(<App />, document.getElementById("app")!);
