import { useEffect, useRef } from "preact/hooks";

/** Moves focus and scroll to the screen's h1 when `key` changes (not on first show). */
export function useFocusHeading(key: unknown): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById("scroller")?.scrollTo(0, 0);
    const heading = document.querySelector<HTMLElement>("main h1");
    if (!heading) return;
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }, [key]);
}
