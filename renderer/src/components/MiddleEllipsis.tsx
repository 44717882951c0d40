// A name shortened in its middle when it does not fit ("Quarterly report fo…2024-Q4.pdf"): its start and its end (the
// part that tells versions apart, and the extension) stay readable, and the whole name is the tooltip. Pure CSS: the
// head shrinks with an ellipsis, the tail never does, so it follows every resize without measuring.
import { tailOfName } from '../lib/middle-ellipsis';

export function MiddleEllipsis({ text, className = '' }: { text: string; className?: string }) {
  const [head, tail] = tailOfName(text);
  return (
    <bdi className={`middle-ellipsis ${className}`} title={text} dir="auto" data-full-name={text}>
      <span className="middle-ellipsis-head">{head}</span>
      <span className="middle-ellipsis-tail">{tail}</span>
    </bdi>
  );
}
