// `docent models …`: the model manager from the command line, through the same handlers as the window.
//   list            the catalog, what is installed (and interrupted), and which model answers, embeds and reranks
//   pull ID         download a catalog model (resumable, verified), with bytes, rate and time left on stderr
//   import PATH     install a GGUF file or an ONNX / Model2Vec folder the user already has
//   use ID          make an installed model answer (chat), embed or rerank
//   rm ID           delete an installed model (its role falls back to the offline default when it was in use)
import path from 'node:path';
import { DocentError } from '../shared/api';
import type { ModelView, ModelsView } from '../shared/model';
import type { DocentApp } from './app/docent';
import { formatBytes } from './app/models/pull-model';

interface Output {
  json: boolean;
}

export async function modelsCommand(app: DocentApp, args: string[], out: Output): Promise<number> {
  const [sub, target] = args;
  const h = app.handlers;
  const print = (value: unknown, text: string) => process.stdout.write(out.json ? `${JSON.stringify(value)}\n` : `${text}\n`);
  const need = (what: string) => {
    if (!target) throw new DocentError('invalid-input', `models ${sub} takes ${what} (see docent --help)`);
    return target;
  };
  switch (sub) {
    case 'list': {
      const view = await h['models.list'](undefined);
      print(view, listText(view));
      return 0;
    }
    case 'pull': {
      const id = need('a model id from docent models list');
      if (!out.json) {
        app.onEvent('models', (e) => {
          if (e.type === 'progress' && e.id === id) process.stderr.write(`\r${id}: ${progressText(e)}        `);
        });
      }
      const manifest = await app.models.pull(id).done.finally(() => out.json || process.stderr.write('\n'));
      print(manifest, `installed ${manifest.id} (${formatBytes(manifest.files.reduce((n, f) => n + f.size, 0))}); use it with: docent models use ${manifest.id}`);
      return 0;
    }
    case 'import': {
      const source = path.resolve(need('the path of a GGUF file or a model folder'));
      const manifest = await app.models.import(source);
      print(manifest, `imported ${manifest.id} (${manifest.role}, ${manifest.format}): ${manifest.name}; use it with: docent models use ${manifest.id}`);
      return 0;
    }
    case 'use': {
      const id = need('an installed model id');
      const view = await h['models.use']({ id });
      const model = view.models.find((m) => m.id === id)!;
      print({ id, role: model.role, inUse: view.inUse }, `${model.name} now ${roleVerb(model.role)}`);
      return 0;
    }
    case 'rm': {
      const id = need('an installed model id');
      const before = await h['models.list'](undefined);
      const wasInUse = before.models.find((m) => m.id === id)?.inUse ?? false;
      const view = await h['models.remove']({ id });
      print({ removed: id, wasInUse, inUse: view.inUse }, `deleted ${id}${wasInUse ? '; its role is back to the offline default' : ''}`);
      return 0;
    }
    default:
      throw new DocentError('invalid-input', 'models takes list, pull, import, use or rm (see docent --help)');
  }
}

function listText(view: ModelsView): string {
  const line = (m: ModelView) => {
    const size = m.sizeBytes === undefined ? '' : formatBytes(m.sizeBytes);
    const state =
      m.state === 'interrupted' && m.download ? `interrupted at ${formatBytes(m.download.bytesDone)} (pull resumes)` : m.state === 'installed' && m.inUse ? 'installed, in use' : m.state;
    return `${m.inUse ? '*' : ' '} ${m.id.padEnd(32)} ${m.role.padEnd(6)} ${size.padStart(9)}  ${state}${m.suggested ? '  (suggested)' : ''}${m.source === 'import' ? '  (imported)' : ''}`;
  };
  const rows = view.models.map(line).join('\n');
  const inUse = `answers: ${view.inUse.chat || 'offline (extractive)'}; embeddings: ${view.inUse.embed || 'built-in'}; rerank: ${view.inUse.rerank || 'off'}`;
  return `${rows}\n\n${inUse}${view.mirror ? `\nmirror: ${view.mirror}` : ''}`;
}

function progressText(e: { bytesDone: number; bytesTotal: number; bytesPerSecond: number; secondsLeft?: number }): string {
  const rate = e.bytesPerSecond > 0 ? `, ${formatBytes(e.bytesPerSecond)}/s` : '';
  const left = e.secondsLeft === undefined ? '' : `, ${e.secondsLeft >= 90 ? `${Math.round(e.secondsLeft / 60)} min` : `${e.secondsLeft} s`} left`;
  return `${formatBytes(e.bytesDone)} of ${formatBytes(e.bytesTotal)}${rate}${left}`;
}

function roleVerb(role: ModelView['role']): string {
  return role === 'chat' ? 'answers your questions' : role === 'embed' ? 'embeds your documents' : 'reranks the passages found';
}
