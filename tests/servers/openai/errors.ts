// OpenAI's error responses, with the bodies and headers the real API sends.
import type { ServerResponse } from 'node:http';

export interface OpenAiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

export class OpenAiHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: OpenAiErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.error.message);
  }
}

export function sendError(res: ServerResponse, error: OpenAiHttpError): void {
  res.writeHead(error.status, { 'content-type': 'application/json', ...error.headers });
  res.end(JSON.stringify(error.body));
}

export const invalidApiKey = (key: string | undefined, echoWholeKey = false): OpenAiHttpError =>
  new OpenAiHttpError(401, {
    error: {
      message: key
        ? `Incorrect API key provided: ${echoWholeKey ? key : `${key.slice(0, 3)}***${key.slice(-4)}`}. You can find your API key at https://platform.openai.com/account/api-keys.`
        : "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
      type: 'invalid_request_error',
      param: null,
      code: key ? 'invalid_api_key' : null,
    },
  });

export const rateLimited = (retryAfterMs: number): OpenAiHttpError =>
  new OpenAiHttpError(
    429,
    {
      error: {
        message: 'Rate limit reached for requests. Please try again shortly.',
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      },
    },
    // retry-after-ms is what the openai client reads first; retry-after (whole seconds) is the standard header.
    { 'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1000))), 'retry-after-ms': String(retryAfterMs) },
  );

export const serverError = (): OpenAiHttpError =>
  new OpenAiHttpError(500, {
    error: {
      message: 'The server had an error while processing your request. Sorry about that!',
      type: 'server_error',
      param: null,
      code: null,
    },
  });

export const invalidRequest = (message: string, param: string | null = null): OpenAiHttpError =>
  new OpenAiHttpError(400, { error: { message, type: 'invalid_request_error', param, code: null } });

export const modelNotFound = (model: string): OpenAiHttpError =>
  new OpenAiHttpError(404, {
    error: {
      message: `The model \`${model}\` does not exist or you do not have access to it.`,
      type: 'invalid_request_error',
      param: null,
      code: 'model_not_found',
    },
  });

export const notFound = (method: string, path: string): OpenAiHttpError =>
  new OpenAiHttpError(404, {
    error: { message: `Invalid URL (${method} ${path})`, type: 'invalid_request_error', param: null, code: null },
  });
