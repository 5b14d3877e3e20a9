/**
 * What an operator chain returns when plain data is not enough: another success status
 * (201 created, 207 partial failure with a message) or a stream sent as is (NDJSON export).
 */
export class Respond {
  private constructor(
    readonly status: number,
    readonly data: unknown,
    readonly message = '',
    readonly stream?: { body: NodeJS.ReadableStream; contentType: string },
  ) {}
  static created = (data: unknown) => new Respond(201, data);
  /** Some items failed and the others were stored: 207 with a message counting the failures. */
  static partial = (data: unknown, message: string) => new Respond(207, data, message);
  static stream = (body: NodeJS.ReadableStream, contentType: string) => new Respond(200, null, '', { body, contentType });
}
