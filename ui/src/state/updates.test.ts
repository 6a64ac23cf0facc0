import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CommandError, UpdateStatus_Serialize } from "../ipc/bindings";

vi.mock("../ipc/bindings", () => ({
  commands: {
    about: vi.fn(),
    bootstrap: vi.fn(),
    updateStatus: vi.fn(),
    checkUpdates: vi.fn(),
    updateNow: vi.fn(),
    importUpdate: vi.fn(),
    shareUpdate: vi.fn(),
    item: vi.fn(),
  },
}));
vi.mock("@tauri-apps/plugin-opener", () => ({ openUrl: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn() }));

const { commands } = await import("../ipc/bindings");
const store = await import("./store");

type Answer<T> = { status: "ok"; data: T } | { status: "error"; error: CommandError };
const ok = <T>(data: T): Answer<T> => ({ status: "ok", data });
const refused = (code: string, message: string): Answer<never> => ({ status: "error", error: { code, message } });

function status(change: Partial<UpdateStatus_Serialize> = {}): UpdateStatus_Serialize {
  return {
    has_source: true,
    last_check: null,
    content_date: "2026-11-01",
    download_bytes: null,
    wifi_only: false,
    can_share: false,
    skipped: [],
    what_changed: null,
    unseen: [],
    ...change,
  };
}

function onConnection(type: string | undefined): void {
  vi.stubGlobal("navigator", { userAgent: "test", connection: type ? { type } : undefined });
}

beforeEach(() => {
  vi.clearAllMocks();
  onConnection(undefined);
  store.error.value = null;
  store.updates.value = null;
  store.updateProblem.value = null;
  store.checkFailed.value = false;
  store.updateDone.value = false;
  store.sharePath.value = null;
  store.settings.value = { wifi_only: false, text_size: "normal", reminders: true, high_contrast: false };
  vi.mocked(commands.about).mockResolvedValue(ok({} as never));
  vi.mocked(commands.bootstrap).mockResolvedValue(ok({ municipalities: [], content_date: "2026-11-20" } as never));
});

describe("checking at start", () => {
  it("asks the feed when there is one, and downloads nothing", async () => {
    vi.mocked(commands.updateStatus).mockResolvedValue(ok(status()));
    vi.mocked(commands.checkUpdates).mockResolvedValue(ok(status({ download_bytes: 240_000 })));
    await store.checkUpdatesAtStart();
    expect(commands.checkUpdates).toHaveBeenCalledTimes(1);
    expect(commands.updateNow).not.toHaveBeenCalled();
    expect(store.updates.value?.download_bytes).toBe(240_000);
  });

  it("does not ask without a feed", async () => {
    vi.mocked(commands.updateStatus).mockResolvedValue(ok(status({ has_source: false })));
    await store.checkUpdatesAtStart();
    expect(commands.checkUpdates).not.toHaveBeenCalled();
  });

  it("does not ask on mobile data when the person wants Wi-Fi only", async () => {
    onConnection("cellular");
    store.settings.value = { ...store.settings.value, wifi_only: true };
    vi.mocked(commands.updateStatus).mockResolvedValue(ok(status({ wifi_only: true })));
    await store.checkUpdatesAtStart();
    expect(commands.checkUpdates).not.toHaveBeenCalled();
  });

  it("keeps a failed check out of the banner: offline is normal", async () => {
    vi.mocked(commands.updateStatus).mockResolvedValue(ok(status()));
    vi.mocked(commands.checkUpdates).mockResolvedValue(refused("error-update-unreachable", "Nie udało się połączyć."));
    await store.checkUpdatesAtStart();
    expect(store.error.value).toBeNull();
    expect(store.updateProblem.value?.code).toBe("error-update-unreachable");
    expect(store.checkFailed.value).toBe(true);
  });
});

describe("update actions", () => {
  it("shows the translated error of a check the person asked for", async () => {
    const expired = refused("error-update-expired", "Aplikacja nie mogła sprawdzić, czy są nowsze informacje.");
    vi.mocked(commands.checkUpdates).mockResolvedValue(expired);
    expect(await store.checkUpdates()).toBe(false);
    expect(store.error.value?.message).toBe("Aplikacja nie mogła sprawdzić, czy są nowsze informacje.");
    expect(store.updateProblem.value?.code).toBe("error-update-expired");
    expect(store.updateBusy.value).toBeNull();
  });

  it("after an update, forgets every screen's data so the new information shows", async () => {
    store.today.value = { next_steps: [] } as never;
    store.updateProblem.value = { code: "error-update-unreachable", message: "…" };
    store.checkFailed.value = true;
    vi.mocked(commands.updateNow).mockResolvedValue(ok(status({ download_bytes: 0, content_date: "2026-11-20" })));
    expect(await store.updateNow()).toBe(true);
    expect(store.today.value).toBeNull();
    expect(store.updateDone.value).toBe(true);
    expect(store.updateProblem.value).toBeNull();
    expect(store.checkFailed.value).toBe(false);
    expect(store.updates.value?.content_date).toBe("2026-11-20");
  });

  it("runs one action at a time", async () => {
    let finish!: (answer: Answer<UpdateStatus_Serialize>) => void;
    vi.mocked(commands.updateNow).mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const first = store.updateNow();
    expect(store.updateBusy.value).toBe("update");
    expect(await store.checkUpdates()).toBe(false);
    expect(commands.checkUpdates).not.toHaveBeenCalled();
    finish(ok(status({ download_bytes: 0 })));
    expect(await first).toBe(true);
  });

  it("sends a picked file as base64 and keeps the content when the core refuses it", async () => {
    store.today.value = { next_steps: [] } as never;
    const tampered = refused("error-update-tampered", "De update is onderweg veranderd of beschadigd.");
    vi.mocked(commands.importUpdate).mockResolvedValue(tampered);
    const file = new Blob([new TextEncoder().encode("wegwijs")]);
    expect(await store.importUpdateFile(file)).toBe(false);
    expect(commands.importUpdate).toHaveBeenCalledWith("d2Vnd2lqcw==");
    expect(store.error.value?.code).toBe("error-update-tampered");
    expect(store.today.value).not.toBeNull();
    // A bad file says nothing about the feed: Today does not say "could not check".
    expect(store.checkFailed.value).toBe(false);
  });

  it("refuses a file over the core's limit before reading or encoding it", async () => {
    const arrayBuffer = vi.fn();
    const huge = { size: store.MAX_UPDATE_FILE_BYTES + 1, arrayBuffer } as unknown as Blob;
    expect(await store.importUpdateFile(huge)).toBe(false);
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(commands.importUpdate).not.toHaveBeenCalled();
    expect(store.error.value?.code).toBe("error-update-file-too-large");
  });

  it("puts the shared file's path where Settings shows it", async () => {
    vi.mocked(commands.shareUpdate).mockResolvedValue(ok("/home/ana/Downloads/wegwijs-update-2026-11-29.wegwijs"));
    await store.shareUpdate();
    expect(store.sharePath.value).toBe("/home/ana/Downloads/wegwijs-update-2026-11-29.wegwijs");
  });
});

describe("what an update changed", () => {
  const changed = status({
    unseen: [
      { id: "language-cafes-online", change: "new" },
      { id: "sports-clubs", change: "changed" },
    ],
  });

  it("marks what the update brought, by id, from the status it answers with", async () => {
    vi.mocked(commands.updateNow).mockResolvedValue(ok(changed));
    expect(await store.updateNow()).toBe(true);
    expect([...store.unseenChanges.value]).toEqual([
      ["language-cafes-online", "new"],
      ["sports-clubs", "changed"],
    ]);
  });

  it("reloads the marks after opening a marked item, and only then", async () => {
    store.updates.value = changed;
    vi.mocked(commands.item).mockResolvedValue(ok({ view: { id: "sports-clubs" } } as never));
    vi.mocked(commands.updateStatus).mockResolvedValue(ok(status({ unseen: [{ id: "language-cafes-online", change: "new" }] })));
    await store.loadItem("sports-clubs", null);
    await vi.waitFor(() => expect(store.unseenChanges.value.has("sports-clubs")).toBe(false));
    expect(commands.updateStatus).toHaveBeenCalledTimes(1);
    await store.loadItem("digid", null);
    expect(commands.updateStatus).toHaveBeenCalledTimes(1);
  });
});
