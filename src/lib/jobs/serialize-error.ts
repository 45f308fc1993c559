import type { SerializedError } from './types';

function isValues(value: unknown): value is Record<string, string | number> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}

/**
 * An error as it survives between attempts and reaches a failure handler: name, message, stack
 * and, for our AppErrors, the code (so a handler can tell "the user's document is invalid" from
 * "our storage was down") and the message key with its values (so a reason stored for people can
 * be shown in their language). Both adapters use this shape.
 */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    const code: unknown = Reflect.get(error, 'code');
    const key: unknown = Reflect.get(error, 'key');
    const values: unknown = Reflect.get(error, 'values');
    return {
      name: error.name,
      message: error.message,
      ...(typeof code === 'string' ? { code } : {}),
      ...(typeof key === 'string' ? { key } : {}),
      ...(isValues(values) ? { values } : {}),
      ...(error.stack ? { stack: error.stack } : {}),
    };
  }
  return { name: 'Error', message: typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error)) };
}
