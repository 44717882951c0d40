// Work the user did not start but should see: the base library's first indexing, re-embedding after a switch.
import { useDocent } from '../state/store';
import { ProgressBar } from './ProgressBar';

export function BackgroundStatus() {
  const background = useDocent((s) => s.background);
  if (!background.baseSync && !background.reembed) return null;
  return (
    <div className="background-status" role="status">
      {background.baseSync && (
        <ProgressBar
          label={`Indexing the base library${background.baseSync.fileName ? `: ${background.baseSync.fileName}` : ''}`}
          value={background.baseSync.done}
          max={background.baseSync.total}
          text={`${background.baseSync.done}/${background.baseSync.total}`}
        />
      )}
      {background.reembed && (
        <ProgressBar
          label="Re-embedding documents for the new embedder"
          value={background.reembed.done}
          max={background.reembed.total}
          text={`${background.reembed.done}/${background.reembed.total}`}
        />
      )}
    </div>
  );
}
