/** File content as given by callers (a string is UTF-8), as a Buffer without copying bytes. */
export const bytesOf = (data: Uint8Array | string): Buffer =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
