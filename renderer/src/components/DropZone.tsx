// The whole window takes dropped files: an overlay shows while files are dragged over it.
import { useEffect, useRef, useState } from 'react';
import { useAddFiles } from '../lib/use-add-files';
import { droppedEntries, filesOfEntries } from '../lib/folder-files';
import { isElectron } from '../platform';
import { useDocent } from '../state/store';
import { useTranslator } from '../i18n';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function DropZone() {
  const addFiles = useAddFiles();
  const tr = useTranslator();
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child element; count them to know when the drag really left the window.
  const depth = useRef(0);

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setOver(true);
    };
    const overHandler = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const drop = (event: DragEvent) => {
      // Never let the browser navigate to a dropped file.
      event.preventDefault();
      depth.current = 0;
      setOver(false);
      // A folder in a browser: its files are read and uploaded here (the desktop app is given the folder's path).
      const entries = isElectron() ? null : droppedEntries(event.dataTransfer);
      if (entries) {
        const { addFolderFiles, settings, toast } = useDocent.getState();
        void filesOfEntries(entries, settings?.ocr.enabled ?? true).then(addFolderFiles, (error: unknown) => toast('error', String(error)));
        return;
      }
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) void addFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [addFiles]);

  if (!over) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <strong>{tr.t('drop.title')}</strong>
        <span>{tr.t('drop.formats')}</span>
      </div>
    </div>
  );
}
