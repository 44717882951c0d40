// The shapes of the loopback Pinecone server's answers, following the real service's bodies (PINECONE.md §2, §3, §7).

export interface Reply {
  status: number;
  /** A JSON-serialisable body, or a string sent as text/plain (401 and 429 are plain text on the real service). */
  body: unknown;
}

/** gRPC status codes the vector endpoints put in `code`. */
export const GrpcCode = { invalidArgument: 3, notFound: 5, alreadyExists: 6, internal: 13, unavailable: 14 } as const;

export function ok(body: unknown = {}): Reply {
  return { status: 200, body };
}

/** A vector-endpoint error: `{"code","message","details":[]}`. */
export function vectorError(status: number, code: number, message: string): Reply {
  return { status, body: { code, message, details: [] } };
}

export function badRequest(message: string): Reply {
  return vectorError(400, GrpcCode.invalidArgument, message);
}

/** A control-plane error: `{"error":{"code","message"},"status"}`. */
export function controlError(status: number, code: string, message: string): Reply {
  return { status, body: { error: { code, message }, status } };
}
