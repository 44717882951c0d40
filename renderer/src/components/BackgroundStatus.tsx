// Work the user did not start but should see: the base library's first indexing, re-embedding after a switch.
import { useDocent } from '../state/store';
import { ProgressBar } from './ProgressBar';
import { useTranslator } from '../i18n';

export function BackgroundStatus() {
  const background = useDocent((s) => s.background);
  const tr = useTranslator();
  if (!background.baseSync && !background.reembed) return null;
  return (
    <div className="background-status" role="status">
      {background.baseSync && (
        <ProgressBar
          label={background.baseSync.fileName ? tr.t('background.baseSyncFile', { file: background.baseSync.fileName }) : tr.t('background.baseSync')}
          value={background.baseSync.done}
          max={background.baseSync.total}
          text={`${tr.number(background.baseSync.done)}/${tr.number(background.baseSync.total)}`}
        />
      )}
      {background.reembed && (
        <ProgressBar
          label={tr.t('background.reembed')}
          value={background.reembed.done}
          max={background.reembed.total}
          text={`${tr.number(background.reembed.done)}/${tr.number(background.reembed.total)}`}
        />
      )}
    </div>
  );
}
