#!/usr/bin/python3
"""A WebSocket client on Python's `websockets` (Debian's python3-websockets) for ProtoViz's interop tests.

Connects to URL, sends each MESSAGE (a text message; "bin:" followed by hex sends those bytes as a binary
message), expects each back (the /chat room of `protoviz-cli serve` echoes to every member, the sender
included), closes with 1000 and prints one line per message and the close code it saw. Exits 0 only if
every message came back intact.

With --deflate it offers permessage-deflate (websockets' default offer) and prints "extensions VALUE", the
server's Sec-WebSocket-Extensions answer ("extensions none" without one).

usage: python_client.py URL [--cafile PEM] [--timeout SECONDS] [--deflate] MESSAGE...
"""
import argparse
import asyncio
import ssl
import sys

import websockets


def parse_message(text):
    return bytes.fromhex(text[4:]) if text.startswith("bin:") else text


async def run(arguments):
    context = None
    if arguments.url.startswith("wss://"):
        context = ssl.create_default_context(cafile=arguments.cafile)
    # No compression unless asked: most tests want plain frames on the wire.
    compression = "deflate" if arguments.deflate else None
    async with websockets.connect(arguments.url, ssl=context, compression=compression,
                                  open_timeout=arguments.timeout, close_timeout=arguments.timeout) as socket:
        if arguments.deflate:
            print(f"extensions {socket.response_headers.get('Sec-WebSocket-Extensions', 'none')}", flush=True)
        ok = True
        for text in arguments.messages:
            message = parse_message(text)
            await socket.send(message)
            answer = await asyncio.wait_for(socket.recv(), arguments.timeout)
            same = answer == message
            ok = ok and same
            print(f"{'echo' if same else 'MISMATCH'} {type(message).__name__} {len(message)}", flush=True)
        await socket.close(code=1000, reason="done")
        print(f"closed {socket.close_code}", flush=True)
        return ok and socket.close_code == 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--cafile")
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--deflate", action="store_true")
    parser.add_argument("messages", nargs="+")
    arguments = parser.parse_args()
    try:
        ok = asyncio.run(asyncio.wait_for(run(arguments), arguments.timeout * 3))
    except Exception as error:  # the test reads the reason from the output
        print(f"error {type(error).__name__}: {error}", flush=True)
        return 1
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
