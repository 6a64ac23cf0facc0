import { describe, expect, it } from "vitest";
import { href, parseHash, SCREENS, type Route } from "./route";

describe("parseHash", () => {
  it("reads every tab screen", () => {
    for (const screen of SCREENS) expect(parseHash(`#/${screen}`)).toEqual({ name: screen });
  });

  it("reads an item id", () => {
    expect(parseHash("#/item/child-benefit")).toEqual({ name: "item", id: "child-benefit" });
    expect(parseHash("#/item/gm0794-municipality-desk")).toEqual({ name: "item", id: "gm0794-municipality-desk" });
  });

  it("falls back to Today for empty, unknown and broken hashes", () => {
    expect(parseHash("")).toEqual({ name: "today" });
    expect(parseHash("#")).toEqual({ name: "today" });
    expect(parseHash("#/nowhere")).toEqual({ name: "today" });
    expect(parseHash("#/item/")).toEqual({ name: "today" });
    expect(parseHash("#/item/%E0%A4%A")).toEqual({ name: "today" });
  });

  it("accepts a hash without the leading slash", () => {
    expect(parseHash("#checklist")).toEqual({ name: "checklist" });
  });
});

describe("href", () => {
  it("round-trips through parseHash", () => {
    const routes: Route[] = [
      { name: "today" },
      { name: "settings" },
      { name: "work" },
      { name: "item", id: "task-register-brp" },
      { name: "item", id: "odd id/with?chars#" },
    ];
    for (const route of routes) expect(parseHash(href(route))).toEqual(route);
  });

  it("encodes item ids so they cannot add path parts", () => {
    expect(href({ name: "item", id: "a/b" })).toBe("#/item/a%2Fb");
  });
});
