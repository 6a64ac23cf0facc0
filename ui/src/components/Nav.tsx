import { t } from "../state/i18n";
import { href, SCREENS, type Screen } from "../state/route";
import "./Nav.css";

// Simple line icons (24×24, stroked); the label below each says what it is.
const ICONS: Record<Screen, string> = {
  today: "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5",
  checklist: "M4 6l2 2 3-3M4 13l2 2 3-3M4 20l2 2M12 7h8M12 14h8M12 21h8",
  rights: "M12 3l8 4v5c0 5-3.5 8-8 9-4.5-1-8-4-8-9V7zM9 12l2 2 4-4",
  local: "M12 21s-7-6.2-7-11a7 7 0 0114 0c0 4.8-7 11-7 11zM12 12.5a2.5 2.5 0 100-5 2.5 2.5 0 000 5z",
  search: "M10.5 17a6.5 6.5 0 100-13 6.5 6.5 0 000 13zM15.5 15.5L21 21",
  settings: "M4 7h10M18 7h2M4 17h4M12 17h8M14 4.5v5M8 14.5v5",
};

/** The bottom tab bar. */
export function Nav({ current }: { current: Screen | null }) {
  return (
    <nav class="tabbar">
      <ul>
        {SCREENS.map((screen) => (
          <li key={screen}>
            <a
              href={href({ name: screen })}
              data-testid={`nav-${screen}`}
              aria-current={current === screen ? "page" : undefined}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d={ICONS[screen]} />
              </svg>
              <span>{t(`nav-${screen}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
