import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ChecklistRow_Serialize, CommandError, SearchHit } from "../ipc/bindings";

vi.mock("../ipc/bindings", () => ({
  commands: {
    bootstrap: vi.fn(),
    messages: vi.fn(),
    setTaskState: vi.fn(),
    saveSettings: vi.fn(),
    saveProfile: vi.fn(),
    search: vi.fn(),
    item: vi.fn(),
    previewOnboarding: vi.fn(),
    acceptOnboarding: vi.fn(),
  },
}));
vi.mock("@tauri-apps/plugin-opener", () => ({ openUrl: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn() }));

const { commands } = await import("../ipc/bindings");
const { openUrl } = await import("@tauri-apps/plugin-opener");
const store = await import("./store");

type Answer<T> = { status: "ok"; data: T } | { status: "error"; error: CommandError };

/** A promise the test settles by hand, to look at the view while the backend is busy. */
function deferred<T>() {
  let resolve!: (value: Answer<T>) => void;
  const promise = new Promise<Answer<T>>((r) => (resolve = r));
  return { promise, resolve };
}

const ok = <T>(data: T): Answer<T> => ({ status: "ok", data });
const failure: Answer<never> = { status: "error", error: { code: "error-database", message: "Nie udało się zapisać." } };

function row(task_id: string, change: Partial<ChecklistRow_Serialize> = {}): ChecklistRow_Serialize {
  return {
    task_id,
    order: 10,
    applies: true,
    state: "todo",
    due: null,
    missing_anchor: null,
    rights: [],
    title: task_id,
    summary: "",
    lang: "pl",
    services: [],
    ...change,
  };
}

function hit(id: string): SearchHit {
  return { id, kind: "right", scope: "nl", title: id, matched_lang: "ro", snippet: [], score: 1 };
}

beforeEach(() => {
  vi.clearAllMocks();
  store.error.value = null;
  store.checklist.value = null;
  store.results.value = null;
  store.query.value = "";
});

afterEach(() => {
  vi.useRealTimers();
});

describe("marking a task", () => {
  it("shows the mark at once and keeps it when the write succeeds", async () => {
    store.checklist.value = [row("task-carry-id"), row("task-digid")];
    const pending = deferred<null>();
    vi.mocked(commands.setTaskState).mockReturnValue(pending.promise);

    const done = store.setTaskState("task-carry-id", "done");
    expect(store.checklist.value.map((r) => r.state)).toEqual(["done", "todo"]);

    pending.resolve(ok(null));
    expect(await done).toBe(true);
    expect(commands.setTaskState).toHaveBeenCalledWith("task-carry-id", "done");
    expect(store.checklist.value[0]!.state).toBe("done");
    expect(store.error.value).toBeNull();
  });

  it("puts the old state back and shows the message when the write fails", async () => {
    store.checklist.value = [row("task-carry-id", { state: "done" })];
    const pending = deferred<null>();
    vi.mocked(commands.setTaskState).mockReturnValue(pending.promise);

    const done = store.setTaskState("task-carry-id", null);
    expect(store.checklist.value[0]!.state).toBe("todo");

    pending.resolve(failure);
    expect(await done).toBe(false);
    expect(store.checklist.value[0]!.state).toBe("done");
    expect(store.error.value).toEqual(failure.error);
  });

  it("reports a broken IPC channel as an error instead of throwing", async () => {
    store.checklist.value = [row("a")];
    vi.mocked(commands.setTaskState).mockRejectedValue(new Error("ipc gone"));
    vi.spyOn(console, "error").mockImplementation(() => {});

    expect(await store.setTaskState("a", "done")).toBe(false);
    expect(store.checklist.value[0]!.state).toBe("todo");
    expect(store.error.value?.code).toBe("error-database");
  });

  it("sends writes one after the other, in the order made", async () => {
    store.checklist.value = [row("a"), row("b")];
    const first = deferred<null>();
    const second = deferred<null>();
    vi.mocked(commands.setTaskState).mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);

    const one = store.setTaskState("a", "done");
    const two = store.setTaskState("b", "done");
    await Promise.resolve();
    await Promise.resolve();
    expect(commands.setTaskState).toHaveBeenCalledTimes(1);

    first.resolve(ok(null));
    await one;
    await vi.waitFor(() => expect(commands.setTaskState).toHaveBeenCalledTimes(2));
    second.resolve(ok(null));
    expect(await two).toBe(true);
    expect(vi.mocked(commands.setTaskState).mock.calls.map((call) => call[0])).toEqual(["a", "b"]);
  });
});

describe("settings", () => {
  it("goes back to the old settings when saving fails", async () => {
    store.settings.value = { wifi_only: false, text_size: "normal", reminders: true, high_contrast: false };
    const pending = deferred<null>();
    vi.mocked(commands.saveSettings).mockReturnValue(pending.promise);

    const saved = store.saveSettings({ wifi_only: false, text_size: "larger", reminders: true, high_contrast: false });
    expect(store.settings.value.text_size).toBe("larger");
    pending.resolve(failure);
    expect(await saved).toBe(false);
    expect(store.settings.value.text_size).toBe("normal");
  });
});

describe("search as you type", () => {
  it("waits for the typing to pause and asks once", async () => {
    vi.useFakeTimers();
    vi.mocked(commands.search).mockResolvedValue(ok([hit("child-benefit")]));

    store.search("a");
    store.search("al");
    store.search("alocatie");
    await vi.advanceTimersByTimeAsync(119);
    expect(commands.search).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(commands.search).toHaveBeenCalledTimes(1);
    expect(commands.search).toHaveBeenCalledWith("alocatie");
    await vi.waitFor(() => expect(store.results.value?.map((h) => h.id)).toEqual(["child-benefit"]));
  });

  it("drops an answer that comes after the answer to a newer query", async () => {
    vi.useFakeTimers();
    const old = deferred<SearchHit[]>();
    const fresh = deferred<SearchHit[]>();
    vi.mocked(commands.search).mockReturnValueOnce(old.promise).mockReturnValueOnce(fresh.promise);

    store.search("copii");
    await vi.advanceTimersByTimeAsync(120);
    store.search("alocatie copii");
    await vi.advanceTimersByTimeAsync(120);

    fresh.resolve(ok([hit("child-benefit")]));
    await vi.waitFor(() => expect(store.results.value?.map((h) => h.id)).toEqual(["child-benefit"]));
    old.resolve(ok([hit("school-obligation")]));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.results.value?.map((h) => h.id)).toEqual(["child-benefit"]);
  });

  it("clears the results for an empty query without asking", async () => {
    store.results.value = [hit("x")];
    store.search("   ");
    expect(store.results.value).toBeNull();
    expect(commands.search).not.toHaveBeenCalled();
  });
});

describe("opening links", () => {
  it("hands only https, tel, mailto and geo links to the system", async () => {
    await store.openExternal("javascript:window.__pwned=1");
    await store.openExternal("http://example.nl/");
    expect(openUrl).not.toHaveBeenCalled();
    await store.openExternal("https://www.svb.nl/");
    expect(openUrl).toHaveBeenCalledWith("https://www.svb.nl/");
  });
});

describe("onboarding links", () => {
  const link = "wegwijs://onboard?v=1&lang=en&gm=GM0794&employer=De%20Kas";
  const preview = {
    link: { lang: "en" as const, municipality: "GM0794", arrival: null, work_start: null, employer: "De Kas", contact: null },
    municipality_name: "Helmond",
  };

  beforeEach(() => {
    store.pendingLink.value = null;
    store.lang.value = "en";
  });

  it("keeps a checked link pending and saves nothing before the person confirms", async () => {
    vi.mocked(commands.previewOnboarding).mockResolvedValue(ok(preview));
    expect(await store.openOnboardingLink(`  ${link} `)).toBe(true);
    expect(store.pendingLink.value).toEqual({ link, preview });
    expect(commands.acceptOnboarding).not.toHaveBeenCalled();
    expect(commands.saveProfile).not.toHaveBeenCalled();
  });

  it("shows the core's message for a refused link and keeps nothing pending", async () => {
    const refused = { code: "error-invalid-link", message: "To nie jest poprawny link Wegwijs." };
    vi.mocked(commands.previewOnboarding).mockResolvedValue({ status: "error", error: refused });
    expect(await store.openOnboardingLink("wegwijs://onboard?v=1&evil=1")).toBe(false);
    expect(store.pendingLink.value).toBeNull();
    expect(store.error.value).toEqual(refused);
  });

  it("keeps the link pending when saving the confirmed details fails", async () => {
    store.pendingLink.value = { link, preview };
    vi.mocked(commands.acceptOnboarding).mockResolvedValue(failure);
    const draft = { lang: "en" as const, municipality: "GM0794", children_in_nl: 0, children_abroad: 0 };
    expect(await store.acceptOnboardingLink(draft)).toBe(false);
    expect(commands.acceptOnboarding).toHaveBeenCalledWith(link, draft);
    expect(store.pendingLink.value).not.toBeNull();
  });
});
