import type { CommandError } from "../ipc/bindings";
import { t } from "../state/i18n";

/** The last error, as the core translated it. */
export function ErrorBanner({ error, onClose }: { error: CommandError | null; onClose?: () => void }) {
  return (
    <div role="alert" class={error ? "banner banner-error" : "banner-empty"}>
      {error && (
        <>
          <p>{error.message}</p>
          {onClose && (
            <button type="button" class="button button-quiet" onClick={onClose}>
              {t("action-close")}
            </button>
          )}
        </>
      )}
    </div>
  );
}
