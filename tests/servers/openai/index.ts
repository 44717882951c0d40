export { startOpenAiServer, DEFAULT_MODELS, type OpenAiServer, type OpenAiServerOptions, type RecordedRequest } from './server';
export { defaultChatScript, messageText, type ChatRequest, type ChatMessage, type MidStreamFailure } from './chat';
export { hashedEmbedding } from './hashed-embedding';
