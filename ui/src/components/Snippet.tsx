import type { SnippetPart } from "../ipc/bindings";

/** A search snippet: matched parts in <mark>, all of it as text nodes (never HTML). */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return <>{parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}
