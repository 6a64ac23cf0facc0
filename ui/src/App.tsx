import type { FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { ErrorBanner } from "./components/ErrorBanner";
import { Nav } from "./components/Nav";
import { t } from "./state/i18n";
import { href, route, type Route } from "./state/route";
import { bootstrap, dismissError, enter, error, lang, pendingLink } from "./state/store";
import { Checklist } from "./views/Checklist";
import { FirstRun } from "./views/FirstRun";
import { useFocusHeading } from "./views/focus";
import { Item } from "./views/Item";
import { Local } from "./views/Local";
import { Rights } from "./views/Rights";
import { Search } from "./views/Search";
import { Settings } from "./views/Settings";
import { Today } from "./views/Today";

/** My work and pay, loaded the first time it is opened: the start of the app does not carry it. */
function LazyWork() {
  const [View, setView] = useState<FunctionComponent | null>(null);
  useEffect(() => {
    void import("./views/Work").then((module) => setView(() => module.Work));
  }, []);
  return View ? <View /> : <p class="muted">{t("loading")}</p>;
}

function Screen({ current }: { current: Route }) {
  switch (current.name) {
    case "today":
      return <Today />;
    case "checklist":
      return <Checklist />;
    case "rights":
      return <Rights />;
    case "item":
      return <Item id={current.id} />;
    case "local":
      return <Local />;
    case "search":
      return <Search />;
    case "settings":
      return <Settings />;
    case "work":
      return <LazyWork />;
  }
}

/** Header, the screen of the route (or first run), the error banner and the tab bar. */
export function App() {
  const start = bootstrap.value;
  const current = route.value;
  const key = href(current);
  const pending = pendingLink.value;
  const ready = start?.setup_done === true && !pending;
  const [restoredSeen, setRestoredSeen] = useState(false);

  // Load a screen's data when it is entered, and again after a restart, language or profile change.
  useEffect(() => {
    if (!ready) return;
    dismissError();
    enter(current);
  }, [key, start, lang.value]);
  useFocusHeading(key);

  return (
    <div class="app">
      <div class="scroller" id="scroller">
        <header class="topbar">
          <span class="brand">{start ? t("app-name") : ""}</span>
        </header>
        <main class="main">
          <ErrorBanner error={error.value} onClose={start ? dismissError : undefined} />
          {start?.content_restored && !restoredSeen && (
            <div class="note note-row">
              <p>{t("error-content-corrupt")}</p>
              <button type="button" class="button button-quiet" onClick={() => setRestoredSeen(true)}>
                {t("action-close")}
              </button>
            </div>
          )}
          {start &&
            (pending ? (
              <FirstRun key={pending.link} start={start} onboarding={pending} />
            ) : ready ? (
              <Screen current={current} />
            ) : (
              <FirstRun start={start} />
            ))}
        </main>
      </div>
      {ready && <Nav current={current.name === "item" || current.name === "work" ? null : current.name} />}
    </div>
  );
}
