// "Add folder…": the desktop app asks main to show its own folder dialog (the folder is then added whole, walked by
// main); in a browser a folder input hands the page the folder's files, which are uploaded.
import { useEffect, useRef } from 'react';
import { isElectron } from '../platform';
import { useDocent } from '../state/store';
import { filesOfDirectoryInput } from '../lib/folder-files';
import { useTranslator } from '../i18n';

export function AddFolderButton() {
  const input = useRef<HTMLInputElement>(null);
  const chooseFolder = useDocent((s) => s.chooseFolder);
  const addFolderFiles = useDocent((s) => s.addFolderFiles);
  const ocrEnabled = useDocent((s) => s.settings?.ocr.enabled ?? true);
  const tr = useTranslator();

  useEffect(() => {
    // Not in React's typings: the attribute that makes a file input choose a folder.
    input.current?.setAttribute('webkitdirectory', '');
  }, []);

  return (
    <>
      <button type="button" className="button small" data-testid="add-folder" onClick={() => (isElectron() ? void chooseFolder() : input.current?.click())}>
        {tr.t('documents.addFolder')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="folder-input"
        aria-label={tr.t('documents.chooseFolder')}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) void addFolderFiles(filesOfDirectoryInput(files, ocrEnabled));
        }}
      />
    </>
  );
}
