#!/usr/bin/python3
"""A WebSocket server on Python's `websockets` (Debian's python3-websockets) for ProtoViz's interop tests.

Listens on 127.0.0.1 (a free port, printed as "listening PORT"), wss:// with --certfile/--keyfile. For each
connection: echoes every message; answers the text "split" with the text "é€" sent as three frames that
cut both characters in two (C3 | A9 E2 | 82 AC), which Qt 6.4's own client would refuse; prints
"closed CODE" when a connection ends. With --deflate it
accepts permessage-deflate (websockets' defaults: 12-bit windows both ways) and prints "extensions VALUE", its
Sec-WebSocket-Extensions answer, for each connection. Exits after --connections connections or --timeout seconds.

usage: python_server.py [--certfile PEM --keyfile PEM] [--deflate] [--connections N] [--timeout SECONDS]
"""
import argparse
import asyncio
import ssl
import sys

import websockets

SPLIT_FRAGMENTS = [bytes.fromhex("c3"), bytes.fromhex("a9e2"), bytes.fromhex("82ac")]


async def send_split(socket):
    # websockets only fragments on character boundaries; write the frames one by one instead.
    write_frame = getattr(socket, "write_frame", None)
    if write_frame is None:
        await socket.send("é€")
        return
    for index, fragment in enumerate(SPLIT_FRAGMENTS):
        opcode = 0x1 if index == 0 else 0x0
        await write_frame(index == len(SPLIT_FRAGMENTS) - 1, opcode, fragment)


async def main(arguments):
    done = asyncio.Event()
    remaining = [arguments.connections]

    async def handler(socket, path=None):
        if arguments.deflate:
            print(f"extensions {socket.response_headers.get('Sec-WebSocket-Extensions', 'none')}", flush=True)
        try:
            async for message in socket:
                if message == "split":
                    await send_split(socket)
                else:
                    await socket.send(message)
        except websockets.ConnectionClosed:
            pass
        print(f"closed {socket.close_code}", flush=True)
        remaining[0] -= 1
        if remaining[0] <= 0:
            done.set()

    context = None
    if arguments.certfile:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(arguments.certfile, arguments.keyfile)
    async with websockets.serve(handler, "127.0.0.1", 0, ssl=context,
                                compression="deflate" if arguments.deflate else None) as server:
        port = server.sockets[0].getsockname()[1]
        print(f"listening {port}", flush=True)
        try:
            await asyncio.wait_for(done.wait(), arguments.timeout)
        except asyncio.TimeoutError:
            print("timeout", flush=True)
            return 1
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--certfile")
    parser.add_argument("--keyfile")
    parser.add_argument("--connections", type=int, default=1)
    parser.add_argument("--deflate", action="store_true")
    parser.add_argument("--timeout", type=float, default=30)
    sys.exit(asyncio.run(main(parser.parse_args())))
