// A document's format beside its name: short (lib/kind-label.ts), with the full kind on hover.
import { useTranslator } from '../i18n';
import { kindLabel } from '../lib/kind-label';

export function KindBadge({ kind }: { kind: string }) {
  const tr = useTranslator();
  const label = kind ? kindLabel(kind) : tr.t('documents.kindUnknown');
  return (
    <span className={`kind-badge kind-${kind}`} title={label === kind ? undefined : kind} data-kind={kind}>
      {label}
    </span>
  );
}
