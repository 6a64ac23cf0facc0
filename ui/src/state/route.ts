// A tiny hash router: #/today, #/checklist, #/rights, #/item/<id>, #/local, #/search, #/settings,
// and #/work (My work and pay, reached from Today and the checklist rather than the tab bar).

import { signal } from "@preact/signals";

export type Screen = "today" | "checklist" | "rights" | "local" | "search" | "settings";
export type Route = { name: Screen } | { name: "item"; id: string } | { name: "work" };

/** The screens of the tab bar, in its order. */
export const SCREENS: readonly Screen[] = ["today", "checklist", "rights", "local", "search", "settings"];

const HOME: Route = { name: "today" };

function isScreen(name: string): name is Screen {
  return (SCREENS as readonly string[]).includes(name);
}

/** The route of a location hash; anything unknown is Today. */
export function parseHash(hash: string): Route {
  const [head = "", ...rest] = hash.replace(/^#/, "").replace(/^\/+/, "").split("/");
  if (head === "item") {
    try {
      const id = decodeURIComponent(rest.join("/"));
      return id ? { name: "item", id } : HOME;
    } catch {
      return HOME;
    }
  }
  if (head === "work") return { name: "work" };
  return isScreen(head) ? { name: head } : HOME;
}

/** The hash of a route, for links (`<a href={href(route)}>`). */
export function href(route: Route): string {
  return route.name === "item" ? `#/item/${encodeURIComponent(route.id)}` : `#/${route.name}`;
}

/** The current route. */
export const route = signal<Route>(parseHash(typeof location === "undefined" ? "" : location.hash));

/** Goes to `target`; the hashchange listener updates `route`. */
export function navigate(target: Route): void {
  const hash = href(target);
  if (location.hash === hash) route.value = parseHash(hash);
  else location.hash = hash;
}

/** Follows the location hash from now on; returns the function that stops it. */
export function startRouter(): () => void {
  const follow = () => {
    route.value = parseHash(location.hash);
  };
  follow();
  window.addEventListener("hashchange", follow);
  return () => window.removeEventListener("hashchange", follow);
}
