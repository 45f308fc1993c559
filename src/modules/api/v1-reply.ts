/**
 * What a v1 route answers when plain "200 with this JSON" is not enough: a status (201 on
 * create), headers (ETag, Idempotent-Replayed), or a byte stream as its body (a generation's
 * events, sent as it is with the content type in its headers). handleV1Request adds the rate-limit headers and
 * `cache-control: no-store` to it like to every answer.
 */
export class V1Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}
