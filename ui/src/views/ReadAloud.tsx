import { useEffect, useRef, useState } from "preact/hooks";
import type { Lang, Sentence, SpeechSupport_Serialize } from "../ipc/bindings";
import { t } from "../state/i18n";
import { pickVoice } from "../state/logic";
import { nativeSpeechSupport, onSpeech, speakNatively, speechScript, stopSpeaking } from "../state/store";

/** The elements whose text is read, in reading order: leaf blocks only (a list item's own
 * paragraphs, not the item twice). */
export function textBlocks(root: HTMLElement): HTMLElement[] {
  const blocks = "h1, h2, h3, h4, p, li, dt, dd, th, td, blockquote, pre";
  return Array.from(root.querySelectorAll<HTMLElement>(blocks)).filter(
    (element) => !element.querySelector(blocks) && (element.textContent ?? "").trim() !== "",
  );
}

/** A DOM range over `[start, end)` of `element`'s text, counted in UTF-16 units like the core. */
function rangeIn(element: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && start <= seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

type Engine = { kind: "native"; support: SpeechSupport_Serialize } | { kind: "web"; voice: SpeechSynthesisVoice | null; instead: Lang | null };
type State = "idle" | "reading" | "paused";

/** The platform's voices (through the shell), or the webview's when the platform has none. */
function useEngine(language: Lang): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [webVoices, setWebVoices] = useState(0);
  useEffect(() => {
    const synth = typeof speechSynthesis === "undefined" ? null : speechSynthesis;
    const update = () => setWebVoices((n) => n + 1);
    synth?.addEventListener("voiceschanged", update);
    return () => synth?.removeEventListener("voiceschanged", update);
  }, []);
  useEffect(() => {
    let current = true;
    void nativeSpeechSupport(language).then((support) => {
      if (!current) return;
      if (support) {
        setEngine({ kind: "native", support });
        return;
      }
      const voices = typeof speechSynthesis === "undefined" ? [] : speechSynthesis.getVoices();
      const voice = pickVoice(voices, language);
      const instead = voice ? null : ((["en", "nl"] as const).find((other) => other !== language && pickVoice(voices, other)) ?? null);
      setEngine({ kind: "web", voice, instead });
    });
    return () => {
      current = false;
    };
  }, [language, webVoices]);
  return engine;
}

/**
 * Read aloud for an item page: the buttons, the reading itself sentence by sentence, and the
 * highlight of the sentence being read (`::highlight(reading)` where the webview has the CSS
 * Highlight API, and the block it is in, marked `data-reading`). `blocks` gives the page's text;
 * `page` changes when another item or language shows, which stops reading. Without a voice for
 * the language it offers the English or Dutch version through `onReadInstead`.
 */
export function ReadAloud({
  language,
  page,
  blocks: readBlocks,
  startWhenReady,
  onReadInstead,
}: {
  language: Lang;
  page: string;
  blocks: () => HTMLElement[];
  startWhenReady: boolean;
  onReadInstead: (other: Lang) => void;
}) {
  const engine = useEngine(language);
  const [state, setState] = useState<State>("idle");
  const script = useRef<{ sentences: Sentence[]; blocks: HTMLElement[]; current: number } | null>(null);
  const marked = useRef<HTMLElement | null>(null);

  const highlight = (index: number | null) => {
    marked.current?.removeAttribute("data-reading");
    marked.current = null;
    const highlights = typeof CSS !== "undefined" && "highlights" in CSS ? CSS.highlights : null;
    highlights?.delete("reading");
    const read = script.current;
    if (index === null || !read) return;
    read.current = index;
    const sentence = read.sentences[index];
    const block = sentence ? read.blocks[sentence.block] : undefined;
    if (!sentence || !block) return;
    block.setAttribute("data-reading", String(index));
    marked.current = block;
    const range = rangeIn(block, sentence.start, sentence.end);
    if (range && highlights) highlights.set("reading", new Highlight(range));
    block.scrollIntoView({ block: "nearest" });
  };

  const finish = () => {
    highlight(null);
    script.current = null;
    setState("idle");
  };

  // Native reading reports each sentence as the voice reaches it.
  useEffect(
    () =>
      onSpeech((event) => {
        if (!script.current) return;
        if (event.phase === "begin") highlight(event.sentence);
        else if (event.phase === "done") finish();
      }),
    [],
  );

  // Another page or language: stop.
  useEffect(
    () => () => {
      if (script.current) void stopReading();
    },
    [page],
  );

  const speakFrom = async (first: number) => {
    const read = script.current;
    if (!read || !engine) return;
    const spoken = read.sentences.slice(first).map((sentence) => sentence.spoken);
    setState("reading");
    highlight(first);
    if (engine.kind === "native") {
      if (!(await speakNatively(language, spoken, first))) finish();
      return;
    }
    const synth = speechSynthesis;
    synth.cancel();
    spoken.forEach((text, offset) => {
      const utterance = new SpeechSynthesisUtterance(text);
      if (engine.voice) {
        utterance.voice = engine.voice;
        utterance.lang = engine.voice.lang;
      }
      utterance.onstart = () => highlight(first + offset);
      if (offset === spoken.length - 1) utterance.onend = finish;
      utterance.onerror = (event) => {
        if (event.error !== "interrupted" && event.error !== "canceled") finish();
      };
      synth.speak(utterance);
    });
  };

  const start = async () => {
    const blocks = readBlocks();
    const sentences = await speechScript(
      language,
      blocks.map((block) => block.textContent ?? ""),
    );
    if (sentences.length === 0) return;
    script.current = { sentences, blocks, current: 0 };
    await speakFrom(0);
  };

  const pause = async () => {
    setState("paused");
    if (engine?.kind === "native") await stopSpeaking();
    else speechSynthesis.cancel();
  };

  const stopReading = async () => {
    finish();
    if (engine?.kind === "native") await stopSpeaking();
    else if (typeof speechSynthesis !== "undefined") speechSynthesis.cancel();
  };

  const canRead = engine !== null && (engine.kind === "native" ? engine.support.voice !== null || engine.support.system_voice : engine.voice !== null);
  const instead = engine === null ? null : engine.kind === "native" ? engine.support.instead : engine.instead;

  // The English or Dutch version was asked for to be read: read it once it shows.
  useEffect(() => {
    if (startWhenReady && canRead && state === "idle") void start();
  }, [startWhenReady, canRead, page]);

  return (
    <div class="button-row read-aloud" data-testid="read-aloud-controls" data-state={state}>
      {state === "idle" ? (
        <button
          type="button"
          class="button button-quiet"
          data-testid="read-aloud"
          disabled={!canRead}
          aria-describedby={canRead || engine === null ? undefined : "no-voice"}
          onClick={() => void start()}
        >
          {t("read-aloud")}
        </button>
      ) : (
        <>
          <button
            type="button"
            class="button button-quiet"
            data-testid={state === "reading" ? "pause-reading" : "resume-reading"}
            onClick={() => void (state === "reading" ? pause() : speakFrom(script.current?.current ?? 0))}
          >
            {t(state === "reading" ? "pause-reading" : "resume-reading")}
          </button>
          <button type="button" class="button button-quiet" data-testid="stop-reading" onClick={() => void stopReading()}>
            {t("stop-reading")}
          </button>
        </>
      )}
      {engine !== null && !canRead && (
        <>
          <p class="muted" id="no-voice" data-testid="no-voice">
            {t("no-voice")} {instead && t(`voice-instead-${instead}`)}
          </p>
          {instead && (
            <button type="button" class="button button-quiet" data-testid={`read-instead-${instead}`} onClick={() => onReadInstead(instead)}>
              {t(instead === "en" ? "read-english-aloud" : "read-dutch-aloud")}
            </button>
          )}
        </>
      )}
    </div>
  );
}
