// Turns File objects (dropped or picked) into paths the main process gave out, then starts ingestion.
import { useCallback } from 'react';
import { pathsForDroppedFiles } from '../platform';
import { useDocent } from '../state/store';
import { errorMessage, errorSayable } from './errors';
import { activeTranslator } from '../i18n';

export function useAddFiles(): (files: File[]) => Promise<void> {
  return useCallback(async (files: File[]) => {
    if (files.length === 0) return;
    const { addFiles, toast } = useDocent.getState();
    try {
      await addFiles(await pathsForDroppedFiles(files));
    } catch (error) {
      // A worded refusal names the file and says what to do (its cause behind Details); a bare one is wrapped.
      const said = errorSayable(error);
      toast('error', said.code ? said : activeTranslator().t('errors.addFiles', { reason: errorMessage(error) }));
    }
  }, []);
}
