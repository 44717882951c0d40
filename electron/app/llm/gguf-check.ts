// Checks a GGUF file before llama.cpp is asked to load it, so a wrong or damaged file gets a clear message naming it
// instead of a native error: not a GGUF at all, cut short (an interrupted copy), or an architecture this llama.cpp does
// not know. Runs in the inference process (node-llama-cpp's header parser is pure JavaScript).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { GgufInsights, readGgufFileInfo, type GgufFileInfo, type Llama } from 'node-llama-cpp';
import { LlmError } from './llm-error';

export interface CheckedGguf {
  info: GgufFileInfo;
  insights: GgufInsights;
  architecture: string;
  fileSize: number;
}

export async function checkGguf(file: string, llama: Llama): Promise<CheckedGguf> {
  const name = path.basename(file);
  let fileSize: number;
  try {
    const stats = await stat(file);
    if (!stats.isFile()) throw new Error('not a file');
    fileSize = stats.size;
  } catch {
    throw new LlmError('model-file-missing', `The model file ${file} is missing.`, { file: name, path: file });
  }

  let info: GgufFileInfo;
  try {
    info = await readGgufFileInfo(file, { sourceType: 'filesystem', logWarnings: false });
  } catch (error) {
    const reason = (error as Error).message ?? String(error);
    if ((error as Error).name === 'InvalidGgufMagicError' || /magic/i.test(reason)) {
      throw new LlmError('model-not-gguf', `${name} is not a GGUF model file (it does not start with the GGUF signature).`, { file: name, path: file }, { cause: error });
    }
    // A header that ends before its declared metadata is a file cut short.
    if (/out of range|beyond|end of (the )?(file|buffer)|RangeError|offset/i.test(`${(error as Error).name} ${reason}`)) {
      throw new LlmError('model-truncated', `${name} is incomplete: the file ends inside its header (${fileSize} bytes).`, { file: name, path: file, size: fileSize }, { cause: error });
    }
    throw new LlmError('model-unreadable', `${name} could not be read as a GGUF model: ${reason}`, { file: name, path: file, reason }, { cause: error });
  }

  const architecture = String(info.metadata?.general?.architecture ?? '');
  const insights = await GgufInsights.from(info, llama);
  if (!architecture || !insights.isSupportedByLlamaCpp) {
    throw new LlmError(
      'model-unknown-architecture',
      `${name} is a model of architecture "${architecture || 'unknown'}", which this version of llama.cpp cannot run.`,
      { file: name, path: file, architecture: architecture || 'unknown' },
    );
  }

  // The tensors' bytes follow the header; a file shorter than header + tensors was cut short.
  const tensors = info.fullTensorInfo ?? info.tensorInfo ?? [];
  const dataStart = tensors.reduce((min, t) => Math.min(min, Number(t.fileOffset)), Number.POSITIVE_INFINITY);
  const expected = Number.isFinite(dataStart) ? dataStart + insights.modelSize : 0;
  if (expected > fileSize) {
    throw new LlmError(
      'model-truncated',
      `${name} is incomplete: it holds ${fileSize} bytes but its tensors need ${expected}. Download or copy it again.`,
      { file: name, path: file, size: fileSize, expected },
    );
  }
  return { info, insights, architecture, fileSize };
}
