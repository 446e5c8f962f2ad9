import { Fragment } from "react";
import type { SearchHighlight } from "./types";

/** A value with its matched ranges wrapped in <mark>. */
export function Highlighted({ value, ranges }: { value: string; ranges: SearchHighlight["ranges"] }) {
  const parts: JSX.Element[] = [];
  let at = 0;
  ranges.forEach(({ start, length }, i) => {
    if (start > at) parts.push(<Fragment key={`t${i}`}>{value.slice(at, start)}</Fragment>);
    parts.push(<mark key={`m${i}`}>{value.slice(start, start + length)}</mark>);
    at = start + length;
  });
  if (at < value.length) parts.push(<Fragment key="rest">{value.slice(at)}</Fragment>);
  return <>{parts}</>;
}

/** Shows `value` highlighted when a highlight of `field` covers exactly this value. */
export function MaybeHighlighted({ highlights, field, value }: { highlights: SearchHighlight[]; field: string; value: string }) {
  const match = highlights.find((h) => h.field === field && h.value === value);
  return match ? <Highlighted value={value} ranges={match.ranges} /> : <>{value}</>;
}
