// What the source panel says when a page or image could not be drawn, shared by the PDF and image views.
import { useTranslator } from '../i18n';

export function DrawFailed({ reason }: { reason: string }) {
  const tr = useTranslator();
  return (
    <p className="row-problem error" role="alert">
      {tr.t('source.drawFailed', { reason })}
    </p>
  );
}
