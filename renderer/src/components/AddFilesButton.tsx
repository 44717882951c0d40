// "Add files": a button in front of a hidden multi-file input.
import { useRef } from 'react';
import { useAddFiles } from '../lib/use-add-files';
import { useTranslator } from '../i18n';

export const ACCEPTED_FILES = [
  '.pdf,.docx,.html,.htm,.md,.markdown,.txt,.csv,.text',
  // Office and e-book formats.
  '.pptx,.xlsx,.ods,.epub,.odt,.rtf',
  // Images, read by OCR.
  '.png,.jpg,.jpeg,.tif,.tiff',
].join(',');

export function AddFilesButton() {
  const input = useRef<HTMLInputElement>(null);
  const addFiles = useAddFiles();
  const tr = useTranslator();
  return (
    <>
      <button type="button" className="button primary small" onClick={() => input.current?.click()}>
        {tr.t('documents.add')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={ACCEPTED_FILES}
        data-testid="file-input"
        aria-label={tr.t('documents.chooseFiles')}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Reset so picking the same file again still fires a change.
          event.target.value = '';
          void addFiles(files);
        }}
      />
    </>
  );
}
