// An accessible progress bar: role=progressbar with its value, maximum and a spoken label.
interface ProgressBarProps {
  label: string;
  value: number;
  max: number;
  /** What to show beside the bar (defaults to the percent). */
  text?: string;
  /** How far is not known yet: a moving bar, and no value for assistive technology (ARIA's indeterminate state). */
  indeterminate?: boolean;
}

export function ProgressBar({ label, value, max, text, indeterminate = false }: ProgressBarProps) {
  const safeMax = Math.max(1, max);
  const safeValue = Math.min(safeMax, Math.max(0, value));
  const percent = Math.round((safeValue / safeMax) * 100);
  return (
    <div className="progress">
      <div className="progress-label">
        <span>{label}</span>
        <span className="progress-text">{text ?? (indeterminate ? '' : `${percent}%`)}</span>
      </div>
      <div
        className={`progress-track ${indeterminate ? 'indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={safeMax}
        aria-valuenow={indeterminate ? undefined : safeValue}
        aria-valuetext={indeterminate ? text : (text ?? `${percent}%`)}
        data-indeterminate={indeterminate || undefined}
      >
        <div className="progress-fill" style={indeterminate ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}
