#!/usr/bin/python3
"""A gRPC peer for ProtoViz's interop tests: Debian's python3-grpcio calling the lesson service
(resources/proto/lesson.proto) on a ProtoViz server, with each of the four call types, a deadline that
passes and a method that does not exist.

grpcio's generic API carries the calls; the message classes come from protoc --python_out (the
protobuf-compiler package), generated into a temporary folder at run time. Prints one line per check,
"PASS name" or "FAIL name: why", and exits with 0 only when every check passed.

Usage: lesson_client.py --target 127.0.0.1:PORT [--ca ca.pem] --proto resources/proto/lesson.proto
"""

import argparse
import importlib
import os
import subprocess
import sys
import tempfile

import grpc

SERVICE = "/protoviz.lesson.v1.Lesson/"


def load_messages(proto_path, folder):
    proto_dir, proto_file = os.path.split(os.path.abspath(proto_path))
    subprocess.run(["protoc", "--proto_path", proto_dir, "--python_out", folder, proto_file], check=True)
    sys.path.insert(0, folder)
    return importlib.import_module(os.path.splitext(proto_file)[0] + "_pb2")


def open_channel(target, ca_path):
    if not ca_path:
        return grpc.insecure_channel(target)
    with open(ca_path, "rb") as ca:
        credentials = grpc.ssl_channel_credentials(root_certificates=ca.read())
    # The server's certificate names localhost; the target is the address it listens on.
    return grpc.secure_channel(target, credentials, options=[("grpc.ssl_target_name_override", "localhost")])


def run_checks(channel, pb):
    results = []

    def check(name, function):
        try:
            function()
            results.append((name, None))
        except Exception as error:  # every failure is reported, none stops the others
            results.append((name, repr(error)))

    def unary():
        call = channel.unary_unary(SERVICE + "GetItem", request_serializer=pb.ItemRequest.SerializeToString,
                                   response_deserializer=pb.Item.FromString)
        item = call(pb.ItemRequest(id=7, thumbnail_size=300), timeout=10)
        assert item.id == 7, item.id
        assert item.name == "Item 7", item.name
        assert len(item.thumbnail) == 300, len(item.thumbnail)
        assert item.size.width == 96, item.size.width

    def server_streaming():
        call = channel.unary_stream(SERVICE + "ListItems", request_serializer=pb.ListRequest.SerializeToString,
                                    response_deserializer=pb.Item.FromString)
        ids = [item.id for item in call(pb.ListRequest(first_id=10, count=5, thumbnail_size=64), timeout=10)]
        assert ids == [10, 11, 12, 13, 14], ids

    def client_streaming():
        call = channel.stream_unary(SERVICE + "UploadItems", request_serializer=pb.Item.SerializeToString,
                                    response_deserializer=pb.UploadSummary.FromString)
        items = [pb.Item(id=i, name="upload %d" % i, thumbnail=bytes(100)) for i in range(4)]
        summary = call(iter(items), timeout=10)
        assert summary.count == 4, summary.count
        assert list(summary.ids) == [0, 1, 2, 3], list(summary.ids)
        assert summary.total_bytes == sum(item.ByteSize() for item in items), summary.total_bytes

    def bidirectional():
        call = channel.stream_stream(SERVICE + "Exchange", request_serializer=pb.Item.SerializeToString,
                                     response_deserializer=pb.Ack.FromString)
        items = [pb.Item(id=i, thumbnail=bytes(10 * i)) for i in range(3)]
        acks = list(call(iter(items), timeout=10))
        assert [ack.id for ack in acks] == [0, 1, 2], [ack.id for ack in acks]
        assert [ack.received_bytes for ack in acks] == [item.ByteSize() for item in items]

    def deadline():
        call = channel.unary_unary(SERVICE + "GetItem", request_serializer=pb.ItemRequest.SerializeToString,
                                   response_deserializer=pb.Item.FromString)
        try:
            call(pb.ItemRequest(id=1, delay_ms=3000), timeout=0.3)
        except grpc.RpcError as error:
            assert error.code() == grpc.StatusCode.DEADLINE_EXCEEDED, error.code()
            return
        raise AssertionError("the call outlived its deadline")

    def unknown_method():
        for path in (SERVICE + "Teleport", "/protoviz.lesson.v1.Elsewhere/GetItem"):
            call = channel.unary_unary(path, request_serializer=lambda _: b"", response_deserializer=bytes)
            try:
                call(None, timeout=10)
            except grpc.RpcError as error:
                assert error.code() == grpc.StatusCode.UNIMPLEMENTED, (path, error.code())
                continue
            raise AssertionError("%s answered" % path)

    check("unary", unary)
    check("server-streaming", server_streaming)
    check("client-streaming", client_streaming)
    check("bidirectional", bidirectional)
    check("deadline", deadline)
    check("unknown-method", unknown_method)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", required=True)
    parser.add_argument("--ca")
    parser.add_argument("--proto", required=True)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pb = load_messages(arguments.proto, folder)
        with open_channel(arguments.target, arguments.ca) as channel:
            results = run_checks(channel, pb)
    for name, failure in results:
        print("PASS %s" % name if failure is None else "FAIL %s: %s" % (name, failure), flush=True)
    return 0 if all(failure is None for _, failure in results) else 1


if __name__ == "__main__":
    sys.exit(main())
