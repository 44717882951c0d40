// An accessible progress bar: role=progressbar with its value, maximum and a spoken label.
interface ProgressBarProps {
  label: string;
  value: number;
  max: number;
  /** What to show beside the bar (defaults to the percent). */
  text?: string;
}

export function ProgressBar({ label, value, max, text }: ProgressBarProps) {
  const safeMax = Math.max(1, max);
  const safeValue = Math.min(safeMax, Math.max(0, value));
  const percent = Math.round((safeValue / safeMax) * 100);
  return (
    <div className="progress">
      <div className="progress-label">
        <span>{label}</span>
        <span className="progress-text">{text ?? `${percent}%`}</span>
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={safeMax}
        aria-valuenow={safeValue}
        aria-valuetext={text ?? `${percent}%`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
