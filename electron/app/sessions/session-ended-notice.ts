// The information notice that confirms a session was ended, with what was erased (code `session-ended`; the window
// words it in its language from the params, the CLI and older windows read `message`).
import type { ErasedSession } from '../../../shared/model';
import { userMessage, type UserMessage } from '../user-message';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function sessionEndedNotice(erased: ErasedSession): UserMessage {
  const name = erased.title ? `Session “${erased.title}”` : 'The untitled session';
  const what = `${count(erased.documents, 'document', 'documents')}, ${count(erased.passages, 'passage', 'passages')} and ${count(
    erased.messages,
    'chat message',
    'chat messages',
  )}`;
  return userMessage('session-ended', `${name} ended: ${what} erased.`, {
    title: erased.title,
    documents: erased.documents,
    passages: erased.passages,
    messages: erased.messages,
  });
}
