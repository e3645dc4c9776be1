<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 pushed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % saved (%2 of %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments lost / held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Loads a page and the objects it references from any HTTP server, as a browser would, through the emulated link; prints what was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page, e.g. https://127.0.0.1:8443/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HTTP/1.1 (a pool of connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HTTP/2 (the default): over TLS by ALPN, over http:// with prior knowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the authorities in this PEM file (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 connections per host (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let HTTP/1.1 pipeline requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which events to print: all, errors or none (default none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recording of every event to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try `protoviz-cli fetch --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch takes one address, such as https://127.0.0.1:8443/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--events takes all, errors or none, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --http1.1 or --http2, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 with %2 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the TLS secrets to this file (SSLKEYLOGFILE format, for Wireshark).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrpcCommand</name>
    <message>
        <source>ProtoViz&apos;s schema does not know this method, so it cannot write JSON messages for it; give them with --message-hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--message-hex takes hexadecimal digits, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls a gRPC method on any server with ProtoViz&apos;s own gRPC client (HTTP/2 on nghttp2): sends the request messages, half-closes, prints every response message as JSON and the status the call ended with. Exits with 0 when the status is OK, 1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server: http://host:port (h2c) or https://host:port (TLS, ALPN h2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method&apos;s path, e.g. /protoviz.lesson.v1.Lesson/GetItem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request message in Protobuf&apos;s JSON mapping, e.g. &apos;{&quot;id&quot;: 3}&apos;; repeat for a stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request message as hexadecimal protobuf bytes; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s deadline in milliseconds (sent as grpc-timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the call (RST_STREAM CANCEL) after this many responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra request header, name:value; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the authorities in this PEM file (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which events to print: all, errors or none (default none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recording of every event to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try `protoviz-cli grpc --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grpc takes a server and a method, such as http://127.0.0.1:8080 /protoviz.lesson.v1.Lesson/GetItem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address with an IP address or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a positive number of milliseconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cancel-after takes a number of responses, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metadata takes name:value, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--events takes all, errors or none, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC over HTTP/2 and TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC over HTTP/2 cleartext (h2c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call did not end: the server neither answered nor closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrpcEventLog</name>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in ProtoViz&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (malformed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message (no schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 request %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 response %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes of protobuf + 5 bytes of prefix; %3 bytes as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes of protobuf + 5 bytes of prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailers-Only: the status came in the response&apos;s only header block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream was reset (RST_STREAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this side, without a status from the peer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrpcMessageReader</name>
    <message>
        <source>The compressed flag of a message is %1; gRPC allows only 0 (plain) and 1 (compressed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message has the compressed flag set, but the stream&apos;s grpc-encoding is identity: there is no compression it could have used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message announces %1 bytes, more than the %2 bytes this endpoint accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The stream ended inside a message prefix: %n of its 5 bytes arrived.</source>
        <translation>
            <numerusform>The stream ended inside a message prefix: %n of its 5 bytes arrived.</numerusform>
            <numerusform>The stream ended inside a message prefix: %n of its 5 bytes arrived.</numerusform>
        </translation>
    </message>
    <message>
        <source>A message announces %1 bytes, but the stream ended after %2 of them: the length is beyond the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (not compressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (compressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (invalid: only 0 and 1 are defined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrpcMethod</name>
    <message>
        <source>unary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bidirectional streaming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrpcScenarios</name>
    <message>
        <source>REST/JSON over HTTP/1.1 against gRPC over HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same items from the same server: A reads each as a JSON document from a REST API (GET /api/items/N) over a browser&apos;s pool of HTTP/1.1 connections; B asks for each with a unary gRPC call (GetItem), every call a stream on one HTTP/2 connection, every item a protobuf message. Items carry --object-size bytes of thumbnail, which JSON must write as base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC: one message per exchange against streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four gRPC call types moving the same items down and back up over one HTTP/2 connection. A waits for every answer: a unary call (GetItem) per item, one after another, then each item back through a bidirectional stream (Exchange), the next sent once the last was acknowledged. B streams: every item in one server-streaming call (ListItems), then all back in one client-streaming call (UploadItems), answered once. A pays a round trip and, for the unary calls, a header block and trailers per item; B pays them once per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, one message per exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, streams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrpcSchema</name>
    <message>
        <source>varint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length-delimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not a value of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field tag at byte %1 is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte %1 holds field number %2, which no message can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (unknown field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1, wire type %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The varint of %1 at byte %2 is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 at byte %2 is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of %1 at byte %2 is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2 announces %3 bytes, but only %4 follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte %1 starts a group (wire type %2), an encoding proto3 no longer writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte %1 holds wire type %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>packed, %n byte(s)</source>
        <translation>
            <numerusform>packed, %n byte</numerusform>
            <numerusform>packed, %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s)</source>
        <translation>
            <numerusform>%1, %n byte</numerusform>
            <numerusform>%1, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages nest deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A packed value of %1 is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>packed, %n value(s)</source>
        <translation>
            <numerusform>packed, %n value</numerusform>
            <numerusform>packed, %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more field(s) not listed</source>
        <translation>
            <numerusform>%n more field not listed</numerusform>
            <numerusform>%n more fields not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>The bytes are not a valid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes are not a valid %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema has no message type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is not a %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrpcSessionConfig</name>
    <message>
        <source>Between 1 and %1 items can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items may carry between 0 and %1 bytes, so that each fits in gRPC&apos;s default 4 MiB message limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One stream may carry at most %1 MiB of items; ask for fewer or smaller items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REST API only fetches items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 may use between 1 and %1 connections per host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST/JSON over HTTP/1.1 and TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST/JSON over HTTP/1.1 cleartext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC over HTTP/2 and TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC over HTTP/2 cleartext (h2c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 bytes</source>
        <translation>
            <numerusform>%n item of %1 bytes</numerusform>
            <numerusform>%n items of %1 bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Items: %1, fetched as JSON documents (GET /api/items/N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1, fetched with unary calls (GetItem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1, fetched one call at a time (GetItem), then sent back through one bidirectional stream, each waiting for its acknowledgement (Exchange).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1, fetched in one server-streaming call (ListItems), then sent back in one client-streaming call (UploadItems).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrpcStatus</name>
    <message>
        <source>The server answered with HTTP status %1 instead of 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the stream (RST_STREAM REFUSED_STREAM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream was cancelled (RST_STREAM CANCEL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to slow down (RST_STREAM ENHANCE_YOUR_CALM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s security is inadequate (INADEQUATE_SECURITY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream was reset with HTTP/2 error code %1 before the call had a status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrpcTimeout</name>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Http2FrameDissector</name>
    <message>
        <source>header block</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of HPACK</source>
        <translation>
            <numerusform>%n byte of HPACK</numerusform>
            <numerusform>%n bytes of HPACK</numerusform>
        </translation>
    </message>
    <message>
        <source>table size update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static table entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic table entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>value Huffman-coded in %n byte(s)</source>
        <translation>
            <numerusform>value Huffman-coded in %n byte</numerusform>
            <numerusform>value Huffman-coded in %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>value as %n plain byte(s)</source>
        <translation>
            <numerusform>value as %n plain byte</numerusform>
            <numerusform>value as %n plain bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block ends inside a representation (continued in a CONTINUATION frame, or malformed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error: a graceful shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer broke a rule of the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer hit an internal problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer sent more data than the flow-control window allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer did not acknowledge SETTINGS in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame arrived for a stream that was already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame had an invalid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream was refused before any processing; it is safe to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream is no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header compression state could not be kept in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CONNECT tunnel was reset or closed abnormally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer is generating excessive load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS connection does not meet HTTP/2&apos;s security requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer wants HTTP/1.1 for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error code this version does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection preface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding or fixed fields run past the end of the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pad length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promised stream id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opaque data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last stream id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debug data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window size increment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorDescription</name>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN: the client opens TCP connection %1; it reaches the server at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN-ACK: the server accepts connection %1; it reaches the client at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK: the client completes the three-way handshake of connection %1; it reaches the server at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 is established: the client may send from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP segment %1 leaves the %2 with %3 of payload; it is due at the %4 at %5, after %6 on the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP segment %1 (%2) from the %3 is lost on the link; it is sent again at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP segment %1 (%2) reaches the %3: it left at %4, %5 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It arrived earlier but had to wait behind a lost segment: head-of-line blocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt is a retransmission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN: the %1 has finished sending on connection %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST: connection %1 is aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link could not carry connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 request head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 request head: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 response head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 response head: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 body: %1 of content and %2 of chunked framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 body: %1 of content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 message %1 is complete: %2 of body in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session starts; the link&apos;s round-trip time is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is over: the workload completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is over: it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is over: it was given up after its time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is over: it was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for the page (the HTML document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announces that it pushes page object %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for page object %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page (the HTML document) has arrived: %1 of body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed page object %1 has arrived: %2 of body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page object %1 has arrived: %2 of body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 reaches a client %2 after the server published it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the link, client → server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the link, server → client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream 0 (the connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, all of them framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of them framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link records when each segment travels and how big it is, not what it carries: its bytes are decoded in the TLS, HTTP and WebSocket events at either end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session event describes the page or the run, not bytes on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bytes were kept for this unit (%1 on its layer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event marks a moment of the session rather than bytes; what is known about it is listed in the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event carries no bytes of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 of this unit&apos;s %2 were kept (the timeline&apos;s byte limit); fields beyond them have no bytes to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnobParser</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a time in milliseconds, such as 100 or 2.5, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time of the emulated link in milliseconds (0-2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random variation of each segment&apos;s delay, up to ± this many ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth in both directions, e.g. 10mbit, 512kbit, unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth from client to server (overrides --bandwidth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth from server to client (overrides --bandwidth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of data segments lost, as 0.01 or 1% (at most 50%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for loss and jitter, to repeat a run exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects on the page (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of each object, e.g. 4096, 4k, 1M (default 4k).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 connections per host (default 6, as browsers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let HTTP/1.1 pipeline requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the HTTP/2 server push the page&apos;s objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without TLS (HTTP/2 then uses h2c with prior knowledge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a session up after this many seconds (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--loss takes a share from 0 to 0.5 (or 0% to 50%), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--object-size takes a size up to 64M, such as 4096 or 4k, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ± %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 down, %2 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, loss %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest TLS version clients offer: 1.2 or 1.3 (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-version takes 1.2 or 1.3, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <source>alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (upgrade to WebSocket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket upgrade request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderPrinter</name>
    <message>
        <source>Handshake ladder of %1 (time since the session started; 1 RTT = %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake ladder of %1 (time since the session started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Agreed: %1, %2, group %3, ALPN %4; session resumed: %5; early data: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Server certificate chain, as the client verified it (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The client sent the alert %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The server sent the alert %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The session failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  First response byte after %1 round trips (%2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  First response byte after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Live, measured visualisations of web protocols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this scenario (see protoviz-cli scenarios).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected scenario at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show lanes, ladder, tiles or events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen, large fonts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current view as an image (PNG or SVG) once the run is over, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: use lanes, ladder, tiles or events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: use light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;: protoviz-cli scenarios lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run and --open exclude each other: a window shows either a new run or a recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screenshot &quot;%1&quot; must end in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonService</name>
    <message>
        <source>The lesson service does not implement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumbnail_size %1 is above the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay_ms %1 is above the limit of %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is beyond the service&apos;s limits: at most %1 items, %2 bytes of thumbnails in all, %3 ms between items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: protoviz-cli &lt;command&gt; [options]

Commands:
  run        Run a scenario live, A against B, and print what was measured
  serve      Serve ProtoViz&apos;s page to real clients (curl, nghttp, browsers)
  fetch      Load a page from any HTTP server through the emulated link
  grpc       Call a gRPC method on any server with ProtoViz&apos;s gRPC client
  scenarios  List the scenarios

`protoviz-cli &lt;command&gt; --help` describes a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollingReport</name>
    <message>
        <source>Polling against WebSocket: clients that get every update (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling against WebSocket: ticker updates, or chat messages, a second (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling against WebSocket: seconds the updates go on (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short polling: milliseconds between one client&apos;s polls (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  min / max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP head bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame header bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control frame bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update payload bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead per update delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire bytes per update delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency: from the server having an update to the client having it. Overhead: HTTP heads, WebSocket frame headers and control frames, counted once, as the clients saw them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollingScenarios</name>
    <message>
        <source>A ticker: the server publishes --updates-per-second updates a second for --duration seconds, and each of --clients clients must get every one. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat: --clients clients take turns posting --updates-per-second messages a second for --duration seconds, and the server sends each to every client. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured per update: the delay from the server having it to the client having it, and the bytes of HTTP headers or frame headers it cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A asks with HTTP/1.1 short polling (a request every --poll-interval ms, answered at once, often empty); B keeps a WebSocket open and the server pushes each update as a message. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A asks with HTTP/1.1 long polling (the server holds each request until there is news, the client asks again at once); B keeps a WebSocket open and the server pushes each update. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polls every --poll-interval ms (short polling); B long-polls, the server holding each request until there is news. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticker: HTTP short polling against WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticker: HTTP long polling against WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticker: HTTP short polling against long polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat: HTTP short polling against WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat: HTTP long polling against WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat: HTTP short polling against long polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no polling scenario &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollingSessionConfig</name>
    <message>
        <source>There must be between 1 and %1 clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 1 and %1 updates a second can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The updates must last between 1 second and %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poll interval must be between %1 ms and %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit (%1 s) must be longer than the updates last (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket over TLS (wss://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket (ws://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS short polling every %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 short polling every %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS long polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 long polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ticker, %1 updates a second for %2 s to %n client(s)</source>
        <translation>
            <numerusform>ticker, %1 updates a second for %2 s to %n client</numerusform>
            <numerusform>ticker, %1 updates a second for %2 s to %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chat, %1 messages a second for %2 s between %n client(s)</source>
        <translation>
            <numerusform>chat, %1 messages a second for %2 s with %n client</numerusform>
            <numerusform>chat, %1 messages a second for %2 s between %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>event %1 of session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown origin &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown direction &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;bytes&quot; is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field must be [name, value, offset, length, depth]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; points outside the event&apos;s bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ProtoViz recording: the JSON is broken at byte %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ProtoViz recording (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording has format version %1; this ProtoViz reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording holds no sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is damaged: event %1 of session %2 goes back in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestApi</name>
    <message>
        <source>Not found: the API has /api/items/&lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items are read with GET.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Runs a scenario&apos;s two sessions live, side by side, over the emulated link, and prints what was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario to run (see `protoviz-cli scenarios`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recording (every event of both sessions) to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try `protoviz-cli run --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page: %n object(s) of %1 bytes.</source>
        <translation>
            <numerusform>Page: %n object of %1 bytes.</numerusform>
            <numerusform>Page: %n objects of %1 bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running A (%1) and B (%2) live on 127.0.0.1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event (%1 in A, %2 in B) is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n gRPC call(s), %2 ended OK; %3 messages sent, %4 received.</source>
        <translation>
            <numerusform>%1: %n gRPC call, %2 ended OK; %3 messages sent, %4 received.</numerusform>
            <numerusform>%1: %n gRPC calls, %2 ended OK; %3 messages sent, %4 received.</numerusform>
        </translation>
    </message>
    <message>
        <source>   Messages: %1 bytes of protobuf and %2 bytes of length prefixes; as JSON they would take %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the TLS secrets of every session to this file (SSLKEYLOGFILE format, for Wireshark). Without it, the file the SSLKEYLOGFILE variable names, as browsers do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioCatalog</name>
    <message>
        <source>HTTP/1.1 against HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same page of objects loaded over HTTP/1.1 (a browser&apos;s pool of connections per host) and over HTTP/2 (one connection, every request a multiplexed stream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 without and with server push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 loading the page, once asking for every object and once with the server pushing them along with the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 without and with pipelining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 over one connection, waiting for each response before the next request, against sending requests back to back (pipelining), where responses still come back in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario &quot;%1&quot;. Scenarios: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with server push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, one connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, one connection, pipelined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>--%1 takes a port number from 0 (any free port) to 65535, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves ProtoViz&apos;s page over HTTP/1.1 and HTTP/2, cleartext and TLS, so that real clients can be pointed at it; prints every event as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1: loopback only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port for HTTP/1.1 and h2c (default 8080; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port for HTTPS (default 8443; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not serve HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not serve cleartext HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the generated CA certificate, certificate and key here (default: a new temporary folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which events to print: all, errors or none (none also records nothing, for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On exit, write the recording of every event to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: run until Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try `protoviz-cli serve --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen takes an IP address such as 127.0.0.1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With both --no-tls and --no-cleartext there is nothing to serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--events takes all, errors or none, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration takes a whole number of seconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProtoViz is serving a page of %1 objects of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  http://%1:%2/   HTTP/1.1, and HTTP/2 with prior knowledge (h2c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  https://%1:%2/   HTTPS: ALPN h2 and http/1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  CA certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Emulated link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Warning: listening beyond loopback, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after serving %n connection(s).</source>
        <translation>
            <numerusform>Stopped after serving %n connection.</numerusform>
            <numerusform>Stopped after serving %n connections.</numerusform>
        </translation>
    </message>
    <message>
        <source>Append the TLS secrets of every connection to this file (SSLKEYLOGFILE format, for Wireshark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse TLS 1.3 early data (0-RTT), which is accepted by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  TLS 1.3 early data (0-RTT) accepted, up to %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  TLS secrets appended to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1/chat   WebSocket chat room (wss:// on the HTTPS port); a browser test page at %2/websocket-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  gRPC: the service protoviz.lesson.v1.Lesson on the HTTP/2 ports (resources/proto/lesson.proto)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionConfig</name>
    <message>
        <source>The page must have between 1 and %1 objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects must be between 0 bytes and %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 may use between 1 and %1 connections per host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address&apos;s scheme and the TLS setting disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server push exists only in HTTP/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 cleartext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 cleartext (h2c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 over TLS 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 over TLS 1.2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsHandshakeConfig</name>
    <message>
        <source>The page must have between 1 and %1 objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects must be between 0 bytes and %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest TLS version is above the highest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early data (0-RTT) exists only in TLS 1.3: both sides must allow TLS 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>one HTTPS GET / (a page listing %n object(s))</source>
        <translation>
            <numerusform>one HTTPS GET / (a page listing %n object)</numerusform>
            <numerusform>one HTTPS GET / (a page listing %n objects)</numerusform>
        </translation>
    </message>
    <message>
        <source>full handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumes a session from a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumes a session and sends the request as 0-RTT early data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client groups %1 (key share for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server groups %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client does not trust the server&apos;s certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsScenarios</name>
    <message>
        <source>TLS 1.2 against TLS 1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One HTTPS request after a full handshake: TLS 1.2 needs two round trips before the request may go, TLS 1.3 one, because its ClientHello already carries a key share. The first response byte arrives after 4 and 3 round trips (TCP included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2: full handshake against session ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 with a full handshake, against one resuming a session from a ticket obtained before: the server skips its certificate and key exchange, and the handshake takes one round trip instead of two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3: full handshake against resumption (PSK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 with a full handshake, against one resuming a session from a ticket (a pre-shared key): no certificate crosses the wire, yet it still takes one round trip; the gain is bytes and signature work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3: resumption against 0-RTT early data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both resume a session; B also sends its request as early data with the ClientHello, so the response comes one round trip sooner (2 instead of 3). Early data has no forward secrecy and can be replayed, which is why the server must allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 against a HelloRetryRequest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends an X25519 key share. In A the server takes it; in B the server accepts only P-256 and answers with a HelloRetryRequest, so the client must send a second ClientHello: one round trip more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 against an untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusts the authority that signed the server&apos;s certificate; B trusts another one, so its client refuses the certificate with the unknown_ca alert and the handshake fails (B fails on purpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 against a version mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&apos;s client and server share TLS 1.3; B&apos;s client allows TLS 1.2 at most while its server requires TLS 1.3, so the server answers the ClientHello with the protocol_version alert (B fails on purpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; is about TLS: it cannot run as cleartext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2, full handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2, resumed (session ticket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3, full handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3, resumed (PSK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3, resumed, 0-RTT early data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3, key share accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3, HelloRetryRequest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3, trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3, untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client TLS 1.2 at most, server TLS 1.3 only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz</name>
    <message>
        <source>The connection was already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response although no request was outstanding, so the client dropped the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed after a response that announced the close (Connection: close).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server could be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line ended with a lone CR or LF. HTTP/1.1 ends every line of the head and of the chunk framing with CR LF; accepting other endings lets two parsers disagree about where a message ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request line is longer than %1 bytes, so the server refuses it with 414 URI Too Long instead of buffering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status line is longer than %1 bytes; no real server sends such a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes, so the server refuses it with 431 Request Header Fields Too Large instead of buffering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response head is larger than %1 bytes, so the client gave up on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has more than %1 header fields, which the receiver refuses (431 Request Header Fields Too Large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request line is not &quot;method target version&quot; separated by single spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method is empty or holds characters a method may not contain (it must be a token such as GET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request target is empty or holds spaces, control characters or bytes outside ASCII.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol version is malformed: HTTP/1.1 expects exactly &quot;HTTP/1.1&quot; (a digit, a dot, a digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message announces HTTP major version %1; this endpoint speaks HTTP/1.x only (505 HTTP Version Not Supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status line is not &quot;version status-code reason&quot; with a three-digit status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header field name is empty, holds characters a name may not contain, or has whitespace before its colon (a classic request smuggling trick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header field value holds control characters (such as NUL), which could hide or split fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header line starts with whitespace: the obsolete line folding that HTTP/1.1 forbids, because receivers disagree on how to join the lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/1.1 request has no Host field; HTTP/1.1 requires it so that one server can host many sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has more than one Host field, so it is unclear which site it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length is not a plain decimal number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message carries Content-Length values that disagree. Two receivers could pick different lengths and split the stream differently (request smuggling), so it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has both Content-Length and Transfer-Encoding. Receivers that trust different ones would split the stream differently (request smuggling), so it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s Transfer-Encoding does not end with chunked, so its body length cannot be determined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request uses a transfer coding other than chunked, which this server does not implement (501 Not Implemented).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes, so the server refuses it with 413 Content Too Large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body is larger than %1 bytes, the most this client accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chunk size is not a hexadecimal number, or too large to be real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extensions after a chunk size are malformed (they must be &quot;;name=value&quot; pairs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chunk size line is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of a chunk is not followed by CR LF, so the chunk sizes and the data disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended in the middle of a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended in the middle of a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the HTTP/1.1 connection after %1 s without a request (idle timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not complete after %1 s without progress, so the server answered 408 Request Timeout and closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal, added to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal, not indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal, never indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic table size update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame announced a %1-byte payload, more than the %2 bytes the receiver allows (SETTINGS_MAX_FRAME_SIZE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round-trip time cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round-trip time can be at most %1 ms; %2 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jitter cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A jitter of %1 is more than half the round-trip time (%2): a segment would have to arrive before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss rate must be between 0 % and %1 %; %2 % was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum segment size must be between %1 and %2 bytes; %3 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial congestion window must be at least one segment; %1 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a bandwidth such as 10mbit, 512kbit or unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bandwidth cannot be negative: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a bandwidth; write a number and a unit, such as 10mbit or 2.5mbit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ambiguous: tools disagree whether “b” and “bps” mean bits or bytes. Write the unit in bits, such as 10mbit (or 80mbit for ten megabytes per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a unit of bandwidth; use bit, kbit, mbit or gbit (per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the link can emulate (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than one bit per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the local certificate authority failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address for the certificate is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS client needs the server&apos;s name to check the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest TLS version is above the highest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not create a TLS context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted certificate authorities are not readable PEM certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPN protocol names must be 1 to 255 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL refused the ALPN list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n-byte public key</source>
        <translation>
            <numerusform>%1, %n-byte public key</numerusform>
            <numerusform>%1, %n-byte public key</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty: the server accepted the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity %1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %n byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %n bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n padding byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n padding bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server supports TLS 1.3 but chose an older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n cipher suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n cipher suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the key log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has finished sending and closes the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received a message it did not expect at this point of the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received a record that failed its integrity check: it was altered or not protected with the agreed keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not decrypt a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received a record longer than TLS allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not decompress a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found no acceptable set of security parameters among those %2 offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no suitable certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received a certificate that is corrupt or whose signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received a certificate of a type it does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received a certificate that its signer has revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received a certificate that has expired or is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not accept %3 certificate for another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received a handshake field whose value is out of range or inconsistent with the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not trust the certificate authority that signed %3 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the certificate but denies access to the identity in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not decode a message: a length or a field was out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not verify a signature or the Finished message of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses an export-grade parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supports none of the TLS versions %2 offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires stronger security parameters than %2 offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hit an internal error unrelated to its peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 detected a downgrade: %2 retried with a lower version than both support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses to renegotiate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needed an extension that %2 did not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received an extension it did not offer or cannot accept in that message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not fetch a certificate from the URL it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no certificate for the server name (SNI) %2 asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received an invalid certificate status (OCSP) response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received a certificate whose hash does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the pre-shared key %2 proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires a certificate from %2, which sent none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supports none of the application protocols (ALPN) %2 offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an alert this program does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS server needs a certificate and a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate is not a readable PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s private key is not a readable, unencrypted PEM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL refused the server identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s private key does not belong to its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not set up the TLS connection (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not take the received bytes (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before the TLS handshake completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closed the connection before the TLS handshake completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed in the middle of a TLS record: the last data arrived incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer closed the connection without a close_notify alert: the receiver cannot tell this end from a cut connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake complete (session resumed): %1, %2, group %3, ALPN %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake complete: %1, %2, group %3, ALPN %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was signed by a certificate authority that %1 does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is self-signed, and %1 does not trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its chain ends at a certificate authority that %1 does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid yet (do the clocks agree?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was not issued for the name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was not issued for the address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not meant for this use (its extended key usage does not allow it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was signed by a certificate that is not a certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL gave no reason (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent the alert %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected: %2 (OpenSSL: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sent a plain-text HTTP request to this TLS port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes from %1 are not TLS records: it may not speak TLS on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client and the server have no TLS version in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client and the server have no cipher suite in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client and the server have no key exchange group in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client and the server have no application protocol (ALPN) in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record from %1 failed its integrity check: its bytes were altered or not protected with the agreed keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a message that does not belong at this point of the protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message from %1 is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL reports: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inside the encryption: only the endpoints see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record, %2 bytes in the clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted record carrying %1; on the wire it shows as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted %1 record, %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChangeCipherSpec: a TLS 1.3 compatibility message that the peer ignores; it makes the handshake look like TLS 1.2 to middleboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChangeCipherSpec: from here on %1 encrypts its records with the agreed keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection did not start with the HTTP/2 client preface (&quot;PRI * HTTP/2.0&quot;): this peer is not speaking HTTP/2 (HTTP/1.1, perhaps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake complete at the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>early data (%n byte(s))</source>
        <translation>
            <numerusform>early data (%n byte)</numerusform>
            <numerusform>early data (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>first response byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key exchange group name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL does not know all of the key exchange groups %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL refused to accept early data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record cut short: %2 of the %3 bytes its header announces arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>0-RTT early data: %n byte(s) of application data sent with the ClientHello, before the handshake completes, under a key from the resumed session (no forward secrecy; an attacker could replay them)</source>
        <translation>
            <numerusform>0-RTT early data: %n byte of application data sent with the ClientHello, before the handshake completes, under a key from the resumed session (no forward secrecy; an attacker could replay it)</numerusform>
            <numerusform>0-RTT early data: %n bytes of application data sent with the ClientHello, before the handshake completes, under a key from the resumed session (no forward secrecy; an attacker could replay them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server accepted the %n byte(s) of early data: its answer could leave before the handshake completed, a round trip sooner</source>
        <translation>
            <numerusform>The server accepted the %n byte of early data: its answer could leave before the handshake completed, a round trip sooner</numerusform>
            <numerusform>The server accepted the %n bytes of early data: its answer could leave before the handshake completed, a round trip sooner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>0-RTT early data: the server accepted %n byte(s) before the handshake completed and may answer at once</source>
        <translation>
            <numerusform>0-RTT early data: the server accepted %n byte before the handshake completed and may answer at once</numerusform>
            <numerusform>0-RTT early data: the server accepted %n bytes before the handshake completed and may answer at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server rejected the early data: the %n byte(s) are sent again now that the handshake is complete, which costs the round trip 0-RTT was meant to save</source>
        <translation>
            <numerusform>The server rejected the early data: the %n byte is sent again now that the handshake is complete, which costs the round trip 0-RTT was meant to save</numerusform>
            <numerusform>The server rejected the early data: the %n bytes are sent again now that the handshake is complete, which costs the round trip 0-RTT was meant to save</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>accepted (%n byte(s))</source>
        <translation>
            <numerusform>accepted (%n byte)</numerusform>
            <numerusform>accepted (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rejected (%n byte(s))</source>
        <translation>
            <numerusform>rejected (%n byte)</numerusform>
            <numerusform>rejected (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>7-bit length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>126, then a 16-bit length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127, then a 64-bit length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to switch the connection to WebSocket (version %2, Sec-WebSocket-Key %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>101 Switching Protocols: from here on the connection carries WebSocket frames. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 instead of 101 Switching Protocols: the connection stays HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (final fragment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (more fragments follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (not masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masking key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>payload (unmasked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, more to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, masked (key 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 B header + %2 B payload (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 message %2 in %n frame(s), %3 B: %4</source>
        <translation>
            <numerusform>%1 message %2 in %n frame, %3 B: %4</numerusform>
            <numerusform>%1 message %2 in %n frames, %3 B: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>This side closes: %1 (%2)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer closes: %1 (%2)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid payload data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandatory extension missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered for libraries and frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private use by applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid close code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame arrived after the Close frame, and nothing may follow a Close frame (RFC 6455 section 5.5.1): a protocol error, close code 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame sets %1, but no extension was negotiated that could give the bit a meaning (RFC 6455 section 5.2): a protocol error, close code 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame uses opcode 0x%1, which RFC 6455 reserves for future use: a protocol error, close code 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 frame has FIN set to 0, but control frames must not be fragmented (RFC 6455 section 5.5): a protocol error, close code 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 frame announces an extended payload length, but control frames carry at most 125 bytes (RFC 6455 section 5.5): a protocol error, close code 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sent a %1 frame without a mask. Every frame from client to server must be masked (RFC 6455 section 5.1), so the server fails the connection with close code 1002 (protocol error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a masked %1 frame, but frames from server to client must not be masked (RFC 6455 section 5.1): a protocol error, close code 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A continuation frame arrived, but no fragmented message was in progress (RFC 6455 section 5.4): a protocol error, close code 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new %1 message began while a fragmented message was still in progress; only its continuation frames and control frames may come before its final fragment (RFC 6455 section 5.4): a protocol error, close code 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 64-bit payload length has its most significant bit set, which RFC 6455 section 5.2 forbids: a protocol error, close code 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message would be at least %1 bytes long, more than the %2 bytes this endpoint accepts: close code 1009 (message too big).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte %1 of text message %2 (0x%3) cannot be part of valid UTF-8, so the message is refused at once with close code 1007 (invalid payload data), without waiting for the rest of the frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Close frame&apos;s payload is a single byte, but a close code takes two (RFC 6455 section 5.5.1): a protocol error, close code 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Close frame carries code %1 (%2), which may not be sent in a Close frame (RFC 6455 section 7.4): a protocol error, close code 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Close frame&apos;s reason is not valid UTF-8: close code 1007 (invalid payload data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text message %1 ends in the middle of a UTF-8 character (%n byte(s) of it arrived): close code 1007 (invalid payload data).</source>
        <translation>
            <numerusform>Text message %1 ends in the middle of a UTF-8 character (%n byte of it arrived): close code 1007 (invalid payload data).</numerusform>
            <numerusform>Text message %1 ends in the middle of a UTF-8 character (%n bytes of it arrived): close code 1007 (invalid payload data).</numerusform>
        </translation>
    </message>
    <message>
        <source>This address speaks WebSocket only, and the request did not ask to upgrade (&quot;Upgrade: websocket&quot; is missing), so the server answers 426 Upgrade Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebSocket opening handshake must be a GET request (RFC 6455 section 4.1), not %1: 400 Bad Request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request asks for &quot;Upgrade: websocket&quot; without &quot;Connection: Upgrade&quot;, which RFC 6455 section 4.1 requires: 400 Bad Request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade request carries no Sec-WebSocket-Version field; RFC 6455 requires version 13: 400 Bad Request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for WebSocket version %1, but this server speaks only version 13 (RFC 6455), so it answers 426 Upgrade Required with &quot;Sec-WebSocket-Version: 13&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade request carries no Sec-WebSocket-Key, so the server has nothing to prove it read the handshake with (RFC 6455 section 4.1): 400 Bad Request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade request carries more than one Sec-WebSocket-Key: 400 Bad Request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sec-WebSocket-Key &quot;%1&quot; is not 16 random bytes in base64 (RFC 6455 section 4.1): 400 Bad Request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec-WebSocket-Key (client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key + GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 of key + GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64 of the SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (wrong: expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept %1 = base64(SHA-1(&quot;%2&quot; + &quot;%3&quot;)): the server proves it read this handshake&apos;s key; the value matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is &quot;%1&quot;, but base64(SHA-1(&quot;%2&quot; + &quot;%3&quot;)) is %4: the server did not answer this handshake, and the client must fail the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProtoViz&apos;s own Qt WebSockets endpoint sent invalid data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended during the WebSocket opening handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP connection ended without a complete closing handshake (Close frame %1, %2): close code 1006, abnormal closure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt WebSockets dropped the connection before completing its side of the opening handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the opening handshake is not an HTTP response head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the WebSocket upgrade with status %1; the connection stays HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 101 response lacks &quot;Upgrade: websocket&quot; or &quot;Connection: Upgrade&quot; (RFC 6455 section 4.1): the client fails the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted an extension the client did not offer (Sec-WebSocket-Extensions): the client fails the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt WebSockets refused the opening handshake that ProtoViz accepted (&quot;%1&quot;); the server closes the connection with 1011 (internal error).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::FieldTreeModel</name>
    <message>
        <source>%1 (1 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 (%3 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes %1 to %2 of the unit (%3 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived by the engine; not a run of bytes in the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcChannel</name>
    <message>
        <source>The connection closed before HTTP/2 could start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not agree to HTTP/2 in the TLS handshake (ALPN chose &quot;%1&quot;); gRPC needs HTTP/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/2 connection ended with the call in progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcClientCall</name>
    <message>
        <source>The deadline of %1 passed before the call finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be sent on the HTTP/2 connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client cancelled the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s trailers carry no grpc-status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grpc-status &quot;%1&quot; is not a status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response&apos;s content-type is &quot;%1&quot;, not application/grpc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response message %1 is not a valid %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 method, which answers with one message; a second one arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the stream without trailers, so the call has no status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream closed before the server sent a status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcServerCall</name>
    <message>
        <source>The client&apos;s deadline of %1 passed before the call finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response headers could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request message %1 is not a valid %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 method, which takes exactly one request message; a second one arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 method, which takes exactly one request message; the client sent none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client cancelled the call (RST_STREAM CANCEL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s deadline of %1 passed; it reset the stream (RST_STREAM CANCEL) as it gave up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended before the call finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcServerConnection</name>
    <message>
        <source>The request to %1 has no content-type; gRPC requests must say application/grpc. A gRPC server answers HTTP 415 so that no plain HTTP client takes the answer for success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 has content-type &quot;%2&quot;, not application/grpc. A gRPC server answers HTTP 415 so that no plain HTTP client takes the answer for success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC calls are POST requests; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request lacks &quot;te: trailers&quot;, which gRPC requires so that proxies know the client understands trailers; the call is served anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client compresses its messages with &quot;%1&quot;; this server only speaks the identity encoding (it says so in grpc-accept-encoding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grpc-timeout &quot;%1&quot; is malformed: it must be at most eight digits and a unit (H, M, S, m, u or n).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no service &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a method as /package.Service/Method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service %1 has no method &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcSession</name>
    <message numerus="yes">
        <source>The items were not all moved within %n second(s).</source>
        <translation>
            <numerusform>The items were not all moved within %n second.</numerusform>
            <numerusform>The items were not all moved within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWorkload</name>
    <message>
        <source>GetItem for item %1 answered another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetItem for item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetItem for item %1 answered no item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange acknowledged another item than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exchange ended with %n item(s) unacknowledged.</source>
        <translation>
            <numerusform>Exchange ended with %n item unacknowledged.</numerusform>
            <numerusform>Exchange ended with %n items unacknowledged.</numerusform>
        </translation>
    </message>
    <message>
        <source>ListItems sent another item than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListItems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListItems ended after %1 of %2 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UploadItems did not count the %1 items sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UploadItems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UploadItems ended without its summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::HexView</name>
    <message>
        <source>Byte %1: 0x%2 = %3 = %4 in bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As text: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select the field it belongs to; click again for the fields around it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::Http2Client</name>
    <message>
        <source>The HTTP/2 connection has failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before HTTP/2 could start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not agree to HTTP/2 in the TLS handshake (ALPN chose &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1 was reset (error code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/2 connection ended with requests outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for %1 could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::Http2Session</name>
    <message>
        <source>The header list on stream %1 is %2 bytes, more than the %3 bytes this endpoint accepts (SETTINGS_MAX_HEADER_LIST_SIZE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 frame for stream %2 was not sent: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer sent an invalid %1 frame on stream %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nghttp2 reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request header fields too large: %1 bytes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client connection preface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on stream %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 bytes of HPACK for %2 bytes of header text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>: %n byte(s) of data</source>
        <translation>
            <numerusform>: %n byte of data</numerusform>
            <numerusform>: %n bytes of data</numerusform>
        </translation>
    </message>
    <message>
        <source>: +%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be submitted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response on stream %1 could not be submitted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s bytes broke HTTP/2 framing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 output failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed in the middle of a frame: %1 of its %2 bytes had arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection closed in the middle of a frame header (%n byte(s) had arrived).</source>
        <translation>
            <numerusform>The connection closed in the middle of a frame header (%n byte had arrived).</numerusform>
            <numerusform>The connection closed in the middle of a frame header (%n bytes had arrived).</numerusform>
        </translation>
    </message>
    <message>
        <source>This endpoint ended the connection: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer ended the connection: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It says: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::InspectorView</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an event in any view (a block in the lanes, an arrow in the ladder, a row of the events table) to see its decoded fields and its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes of the selected event appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy field bytes as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all bytes as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy hex dump</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::LadderView</name>
    <message>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n connection(s)</source>
        <translation>
            <numerusform>%1 on %n connection</numerusform>
            <numerusform>%1 on %n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>sent together (zoom in to separate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>Round trips: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RTT elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s), connection %2</source>
        <translation>
            <numerusform>%1, %n byte, connection %2</numerusform>
            <numerusform>%1, %n bytes, connection %2</numerusform>
        </translation>
    </message>
    <message>
        <source>From the client to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the server to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at %1 ms, received at %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency %1 ms = %2 RTT (one way takes RTT/2 = %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight at the playback position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at %1 ms; not seen arriving before the session ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at %1 ms; still in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks to open a TCP connection; nothing else can be sent before the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server agrees to open the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client confirms; from now on it may send, so its first data follows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side has finished sending on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS alert: a warning, an error, or the end of the secure session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake: client and server agree on keys before the first request may go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP/1.1 request: this connection carries nothing else until its response is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server switches this connection from HTTP to the WebSocket protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response&apos;s status line and header fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body bytes of the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP/2 frame of stream %1: many streams share one connection, so requests need not wait for each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP/2 frame that concerns the whole connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebSocket frame: once upgraded, either side sends whenever it has something, unasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gRPC message: a 5-byte prefix and a Protobuf body, carried in HTTP/2 DATA frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) from the client to the server, %1</source>
        <translation>
            <numerusform>%n unit from the client to the server, %1</numerusform>
            <numerusform>%n units from the client to the server, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) from the server to the client, %1</source>
        <translation>
            <numerusform>%n unit from the server to the client, %1</numerusform>
            <numerusform>%n units from the server to the client, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent between %1 and %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received between %1 and %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They left close together: zoom in (mouse wheel) to see each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::LanesView</name>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleartext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streams %1…%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake (waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held back behind a lost segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper half: client → server, lower half: server → client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a scenario: its connections appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n stream</numerusform>
            <numerusform>%n streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n row(s)</source>
        <translation>
            <numerusform>in %n row</numerusform>
            <numerusform>in %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP handshake · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 handshake · %n round trip(s)</source>
        <translation>
            <numerusform>%1 handshake · %n round trip</numerusform>
            <numerusform>%1 handshake · %n round trips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n RTT</source>
        <translation>
            <numerusform>%1 · %n RTT</numerusform>
            <numerusform>%1 · %n RTT</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 handshake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the response · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a lost segment · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost segment · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN: the client opens the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN-ACK: the server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK: the handshake is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN: this side has finished sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST: the connection was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link could not carry the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 request head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 response head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket %1 frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC call %1 starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC call ends: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client → server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server → client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, %2 of them framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left at %1 · delivered at %2 · %3 on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent at %1 · received at %2 · %3 on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Lost on the way: the receiver never got this copy. The sender resent it at %1, once its retransmission timer ran out.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Never received: the connection closed before the other side read it.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;On its way at %1.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;A retransmission: an earlier copy was lost.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Waited %1 behind a lost segment: it had arrived, but TCP hands bytes over only in order (head-of-line blocking).&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Waited up to %1 behind a lost segment: its bytes had arrived, but TCP hands them over only in order (head-of-line blocking).&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;TCP handshake&lt;/b&gt;: %1, from %2&lt;br&gt;SYN, SYN-ACK, ACK: the client may send only after a round trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 handshake failed&lt;/b&gt; after %2&lt;br&gt;An alert or an error ended it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 handshake&lt;/b&gt; under way for %2&lt;br&gt;The client cannot send its request before the keys are agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 handshake&lt;/b&gt;: %2, %n round trip(s)&lt;br&gt;The client cannot send its request before the keys are agreed.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 handshake&lt;/b&gt;: %2, %n round trip&lt;br&gt;The client cannot send its request before the keys are agreed.</numerusform>
            <numerusform>&lt;b&gt;%1 handshake&lt;/b&gt;: %2, %n round trips&lt;br&gt;The client cannot send its request before the keys are agreed.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for the response&lt;/b&gt;: %1, from %2&lt;br&gt;The request is out and nothing has come back yet: at least one round trip, plus the server&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Waiting for a lost segment&lt;/b&gt;: %1, from %2&lt;br&gt;%n segment(s) came late: the lost one had to be resent, and the ones after it, though they had arrived, waited for it because TCP hands bytes over only in order (head-of-line blocking).</source>
        <translation>
            <numerusform>&lt;b&gt;Waiting for a lost segment&lt;/b&gt;: %1, from %2&lt;br&gt;%n segment came late: the lost one had to be resent, and any after it, though they had arrived, waited for it because TCP hands bytes over only in order (head-of-line blocking).</numerusform>
            <numerusform>&lt;b&gt;Waiting for a lost segment&lt;/b&gt;: %1, from %2&lt;br&gt;%n segments came late: the lost one had to be resent, and the ones after it, though they had arrived, waited for it because TCP hands bytes over only in order (head-of-line blocking).</numerusform>
        </translation>
    </message>
    <message>
        <source>opened at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) so far, in %1 row(s)</source>
        <translation>
            <numerusform>%n stream so far, in %1 row</numerusform>
            <numerusform>%n streams so far, in %1 row(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>closed at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::Link</name>
    <message>
        <source>The link could not listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::MainWindow</name>
    <message>
        <source>ProtoViz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run both sessions live (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a scenario and press Run. Sessions run live on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ProtoViz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ProtoViz&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Live sessions on real protocol stacks (OpenSSL, nghttp2, Qt WebSockets, Protobuf) over an emulated link on 127.0.0.1. Every view is drawn from the events the session recorded: nothing is a canned animation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProtoViz — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running sessions (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export view as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;dder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections and streams over time (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sent what, when: the sequence diagram (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s objects filling in (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event as a list (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in on time (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole session (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen with large fonts, for a projector (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light, high contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark, high contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;back to the previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;forward to the next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ProtoViz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 live…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished. Press Space to replay, ← and → to step through the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n session(s).</source>
        <translation>
            <numerusform>Opened %1: %n session.</numerusform>
            <numerusform>Opened %1: %n sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProtoViz recordings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProtoViz recordings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::PageLoadSession</name>
    <message numerus="yes">
        <source>The page did not finish loading within %n second(s).</source>
        <translation>
            <numerusform>The page did not finish loading within %n second.</numerusform>
            <numerusform>The page did not finish loading within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the server as an IP address or localhost, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::PageLoader</name>
    <message>
        <source>The server answered %1 for request %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::PlaybackBar</name>
    <message>
        <source>Previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back to the previous event of either session (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward to the next event of either session (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the sessions as they run, in real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to any moment of the run: every view shows what had happened by then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playback position and the end of the run, on the sessions&apos; shared clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay speed: below 1× slows the run down so that each event can be followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the replay (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the run from here (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::PollingClient</name>
    <message>
        <source>Client %1&apos;s connection closed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::PollingServer</name>
    <message>
        <source>The polling server cannot listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::PollingSession</name>
    <message numerus="yes">
        <source>Not every update reached every client within %n second(s).</source>
        <translation>
            <numerusform>Not every update reached every client within %n second.</numerusform>
            <numerusform>Not every update reached every client within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %1 clients are subscribed: the server publishes %2 updates a second for %n second(s).</source>
        <translation>
            <numerusform>All %1 clients are subscribed: the server publishes %2 updates a second for %n second.</numerusform>
            <numerusform>All %1 clients are subscribed: the server publishes %2 updates a second for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %1 clients are subscribed: they post %2 chat messages a second, taking turns, for %n second(s).</source>
        <translation>
            <numerusform>All %1 clients are subscribed: they post %2 chat messages a second, taking turns, for %n second.</numerusform>
            <numerusform>All %1 clients are subscribed: they post %2 chat messages a second, taking turns, for %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::RelayedConnection</name>
    <message>
        <source>The link could not open a socket towards the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link could not connect to the server at %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::RestWorkload</name>
    <message>
        <source>Item %1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 did not answer the JSON of item %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::ScenarioControls</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time: how long a packet takes there and back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each segment&apos;s delay varies randomly by up to this much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth in each direction, e.g. 10mbit, 512kbit or unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of data segments lost; TCP resends each after a timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the random losses and jitter to repeat a run exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many HTTP/1.1 connections a browser opens to one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 pipelining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 server push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page and protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates (polling, WebSocket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest TLS version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates a second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest TLS version the client offers in page loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients that each receive every update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short polling asks this often whether there is news.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::SessionPane</name>
    <message>
        <source>%1: no session yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · total %2 · first byte %3 · %n connection(s)</source>
        <translation>
            <numerusform>%1 · total %2 · first byte %3 · %n connection</numerusform>
            <numerusform>%1 · total %2 · first byte %3 · %n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n round trip(s)</source>
        <translation>
            <numerusform> · %n round trip</numerusform>
            <numerusform> · %n round trips</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 bytes on the wire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured from both sessions&apos; events up to the playhead at %1 ms (of %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % less time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the updates reached their client within %1 with %2, within %3 with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each update cost %1 of protocol overhead with %2, %3 with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent %2 HTTP requests and %3 WebSocket frames, %4 %5 and %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took %2: %3 than %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened %2 connections and waited %3 round trips; %4 %5 and %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent its items as JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s items took %2 as Protobuf; as JSON they would take %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK saved %1 % of %2&apos;s header text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent its headers as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th pct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections, requests, frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WS frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload and overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes per delivered update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections and round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes on the wire by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: as sent and as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header compression (HPACK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of header text saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header text saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B against A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 distinct updates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, 95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update payload bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP head bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket frame header bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control frame bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead per delivered update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire bytes per delivered update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 pushed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  client → server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  server → client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  HTTP framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header text saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments lost / held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC calls (OK of all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC messages sent / received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protobuf message bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same messages as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by ProtoViz from two live sessions&apos; events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the drawing %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::TilesView</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published, no client has it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached some clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked for yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for, request not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called, no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request sent, no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strip: the connection that carried it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a scenario: the page&apos;s objects fill in here as each one arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario loads no page of objects: it makes a single request, and what it teaches happens in the handshake before it. The ladder and the lanes show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 updates at every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked for yet: the page has not come to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by the server at %1 (PUSH_PROMISE on stream %2 of connection %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent at %1 as HTTP/2 stream %2 on connection %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent at %1 on connection %2, request %3 on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waited %1 in the browser for a free connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First byte of the answer at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete at %1: %2 bytes; took %3 from being asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving: %1 % of the body so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer: %1 so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in the browser: %1 so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent it along with the page, before the browser could ask: no request, no round trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 carries one request at a time on a connection: this one waits until a connection is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 multiplexes every request as its own stream on one connection: none waits for another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1: this connection carried nothing else until the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by the server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client has it yet: %1 so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached %1 of %2 clients; the first after %3, the latest after %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes of payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delay from the server having the update to a client having it: polling waits for the next request, a WebSocket carries it at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::TimelineCanvas</name>
    <message>
        <source>Cannot write the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by ProtoViz from a live session&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the drawing %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::TimelineModel</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::TlsHandshakeSession</name>
    <message numerus="yes">
        <source>The handshake and its request did not finish within %n second(s).</source>
        <translation>
            <numerusform>The handshake and its request did not finish within %n second.</numerusform>
            <numerusform>The handshake and its request did not finish within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first connection, made to obtain a session ticket, did not get one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s session ticket does not allow early data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the clock started, a first connection (straight to the server, not recorded) completed a full handshake and received a session ticket. This connection resumes that session: the server sends no certificate, and the keys grow from the secret the ticket stands for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its request travels as 0-RTT early data, together with the ClientHello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::ViewTheme</name>
    <message>
        <source>HEADERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SETTINGS, preface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUSH_PROMISE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINDOW_UPDATE, PING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST_STREAM, GOAWAY, errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request or response head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP handshake, FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call headers, trailers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::WebServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The client sent %n byte(s) that begin the HTTP/2 preface, then nothing for %1 seconds; the connection is closed.</source>
        <translation>
            <numerusform>The client sent %n byte that begins the HTTP/2 preface, then nothing for %1 seconds; the connection is closed.</numerusform>
            <numerusform>The client sent %n bytes that begin the HTTP/2 preface, then nothing for %1 seconds; the connection is closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>protoviz::WebSocketClient</name>
    <message>
        <source>The WebSocket client cannot listen on loopback: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::WebSocketParticipant</name>
    <message>
        <source>Client %1&apos;s WebSocket closed unexpectedly (close code %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
