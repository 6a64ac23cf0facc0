import "./app.css";
import { render } from "preact";
import { App } from "./App";
import { startRouter } from "./state/route";
import { boot, checkUpdatesAtStart, deliverReminders, reportFirstPaint, watchOpenedLinks } from "./state/store";

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
