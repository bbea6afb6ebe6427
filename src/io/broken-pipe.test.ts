import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { dropOutputAfterBrokenPipe } from "./broken-pipe.js";

const errno = (code: string) => Object.assign(new Error(code), { code });

describe("dropOutputAfterBrokenPipe", () => {
  it("drops EPIPE and the writes after it, and still throws any other error", () => {
    const stream = new Writable({ write: (_chunk, _encoding, done) => done() });
    dropOutputAfterBrokenPipe(stream);
    expect(() => stream.emit("error", errno("EPIPE"))).not.toThrow();
    expect(() => stream.emit("error", errno("ERR_STREAM_DESTROYED"))).not.toThrow();
    expect(() => stream.emit("error", errno("EIO"))).toThrow("EIO");
  });
});
