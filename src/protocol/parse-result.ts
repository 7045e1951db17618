export type ParseResult<T> = { ok: true; message: T } | { ok: false; error: string };
