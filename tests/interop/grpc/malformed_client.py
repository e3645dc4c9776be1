#!/usr/bin/python3
"""A raw HTTP/2 peer for ProtoViz's interop tests: python3-h2 sending gRPC requests that a gRPC library
would never produce — a message whose length runs beyond the data, compressed flags that are not
allowed, a content-type that is not gRPC's — to a ProtoViz server over h2c, and checking the status
each gets (grpc-status 13 INTERNAL for framing, HTTP 415 for the content-type). Prints "PASS name" or
"FAIL name: why" per request and exits with 0 only when all passed.

Usage: malformed_client.py --port PORT
"""

import argparse
import socket
import sys

import h2.config
import h2.connection
import h2.events

GET_ITEM = b"/protoviz.lesson.v1.Lesson/GetItem"
# ItemRequest{id: 1}, framed: flag 0, length 2, then the message.
REQUEST = bytes([0x08, 0x01])


def framed(message, flag=0, length=None):
    length = len(message) if length is None else length
    return bytes([flag]) + length.to_bytes(4, "big") + message


CASES = [
    ("length beyond the data", "application/grpc", framed(REQUEST, length=40), "200", "13"),
    ("compressed flag 7", "application/grpc", framed(REQUEST, flag=7), "200", "13"),
    ("compressed without grpc-encoding", "application/grpc", framed(REQUEST, flag=1), "200", "13"),
    ("wrong content-type", "application/json", b'{"id": 1}', "415", None),
]


def exchange(port, content_type, body):
    """Sends one request on a fresh connection; returns the response's header fields (trailers too)."""
    connection = h2.connection.H2Connection(config=h2.config.H2Configuration(client_side=True))
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        connection.initiate_connection()
        stream = connection.get_next_available_stream_id()
        connection.send_headers(stream, [(":method", "POST"), (":scheme", "http"), (":path", GET_ITEM),
                                         (":authority", "127.0.0.1:%d" % port), ("te", "trailers"),
                                         ("content-type", content_type)])
        connection.send_data(stream, body, end_stream=True)
        sock.sendall(connection.data_to_send())
        fields = {}
        while True:
            data = sock.recv(65536)
            if not data:
                return fields
            for event in connection.receive_data(data):
                if isinstance(event, (h2.events.ResponseReceived, h2.events.TrailersReceived)):
                    fields.update({name.decode(): value.decode() for name, value in event.headers})
                elif isinstance(event, h2.events.DataReceived):
                    connection.acknowledge_received_data(event.flow_controlled_length, stream)
                if isinstance(event, (h2.events.StreamEnded, h2.events.StreamReset)):
                    connection.close_connection()
                    sock.sendall(connection.data_to_send())
                    return fields
            sock.sendall(connection.data_to_send())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    port = parser.parse_args().port
    failures = 0
    for name, content_type, body, status, grpc_status in CASES:
        try:
            fields = exchange(port, content_type, body)
            assert fields.get(":status") == status, fields
            if grpc_status is not None:
                assert fields.get("grpc-status") == grpc_status, fields
                assert fields.get("grpc-message"), fields
            print("PASS %s" % name, flush=True)
        except Exception as error:  # every failure is reported, none stops the others
            failures += 1
            print("FAIL %s: %r" % (name, error), flush=True)
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
