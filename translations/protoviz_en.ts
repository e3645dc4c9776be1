<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BalancingScenarios</name>
    <message>
        <source>Balancing long polling: round robin against sticky sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients follow a ticker by long polling over cleartext HTTP/1.1 (the balancer must read every request, so there is no TLS here). A layer 7 load balancer sends their requests to two server instances. Each instance keeps per-client sessions, as Socket.IO does: a client&apos;s first request (the handshake) gets a session id, and every poll must bring it back to the instance that issued it; any other instance answers 400 and the client must start over, missing the updates published meanwhile. The ticker publishes every update to both instances, so the balancing rule is the only difference: A sends each request to the next instance (round robin), B sets a cookie on the first response and routes by it (sticky sessions). Measured: failed polls, new handshakes, the share of deliveries that arrived and their latency, and where the balancer sent each request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no balancing scenario &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balancer must read every request to route it, so this scenario runs in cleartext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long polling asks again as soon as an answer comes: no side polls at an interval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalancingSessionConfig</name>
    <message>
        <source>A layer 7 balancer reads every request, so this scenario runs over cleartext HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ticker, %1 updates a second for %2 s, long-polled by %n client(s) through a layer 7 balancer over %3 instances</source>
        <translation type="unfinished">
            <numerusform>ticker, %1 updates a second for %2 s, long-polled by %n client through a layer 7 balancer over %3 instances</numerusform>
            <numerusform>ticker, %1 updates a second for %2 s, long-polled by %n clients through a layer 7 balancer over %3 instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Sticky sessions (balancer cookie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin per request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Behind the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s), %1 bytes</source>
        <translation type="unfinished">
            <numerusform>%n connection, %1 bytes</numerusform>
            <numerusform>%n connections, %1 bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Datagrams lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eavesdropper</name>
    <message>
        <source>ChangeCipherSpec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection from %1 port %2 to %3 port %4: addresses and ports are in every packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) in the clear that do not read as HTTP</source>
        <translation type="unfinished">
            <numerusform>%n byte in the clear that do not read as HTTP</numerusform>
            <numerusform>%n bytes in the clear that do not read as HTTP</numerusform>
        </translation>
    </message>
    <message>
        <source>start line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>form field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the clear: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the clear: %1 — secrets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that do not frame as TLS records</source>
        <translation type="unfinished">
            <numerusform>%n byte that do not frame as TLS records</numerusform>
            <numerusform>%n bytes that do not frame as TLS records</numerusform>
        </translation>
    </message>
    <message>
        <source>content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChangeCipherSpec in the clear: a TLS 1.3 compatibility record that carries nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChangeCipherSpec in the clear: from here this side&apos;s records are encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 record, %n byte(s) of ciphertext: only its size and time can be read</source>
        <translation type="unfinished">
            <numerusform>%1 record, %n byte of ciphertext: only its size and time can be read</numerusform>
            <numerusform>%1 record, %n bytes of ciphertext: only its size and time can be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypted record, %n byte(s): TLS 1.3 hides even what kind of message it carries</source>
        <translation type="unfinished">
            <numerusform>Encrypted record, %n byte: TLS 1.3 hides even what kind of message it carries</numerusform>
            <numerusform>Encrypted record, %n bytes: TLS 1.3 hides even what kind of message it carries</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert in the clear: level %1, description %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Handshake record in the clear (part of a message), %n byte(s)</source>
        <translation type="unfinished">
            <numerusform>Handshake record in the clear (part of a message), %n byte</numerusform>
            <numerusform>Handshake record in the clear (part of a message), %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Handshake in the clear: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 record, %n byte(s)</source>
        <translation type="unfinished">
            <numerusform>%1 record, %n byte</numerusform>
            <numerusform>%1 record, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>server name (SNI) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name (SNI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPN protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cipher suite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cipher suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate of %1, issued by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EavesdropperPrinter</name>
    <message>
        <source>server → client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client → server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — what the eavesdropper on the link read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ALTERED] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[SECRET] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no eavesdropper on this link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n observation(s), %1 with a secret.</source>
        <translation type="unfinished">
            <numerusform>  %n observation, %1 with a secret.</numerusform>
            <numerusform>  %n observations, %1 with a secret.</numerusform>
        </translation>
    </message>
    <message>
        <source>  Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>an event filter is empty (it starts with LAYER.KIND, such as tls.Alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LAYER.KIND (layers: session, wire, tls, http1, http2, websocket, grpc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of event of the %2 layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the event filter &quot;%2&quot; is none of client, server, link, c2s, s2c, flags=N, opcode=N, stream=N, value=N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventSentence</name>
    <message>
        <source>%1 saw %2</source>
        <extracomment>%1 is &quot;link&quot;, %2 a unit such as &quot;a segment&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carried %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent %2</source>
        <extracomment>%1 is &quot;client&quot; or &quot;server&quot;, %2 a unit such as &quot;a segment&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at column %2 of &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression ends too soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;)&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;)&quot; is missing after the arguments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number</source>
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
    <message>
        <source>--http3 needs an https:// address such as https://127.0.0.1:8443/: HTTP/3 runs over QUIC, whose TLS is part of the protocol, so there is no cleartext HTTP/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connections and --pipelining are HTTP/1.1&apos;s: HTTP/3 uses one connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server&apos;s certificate comes from an authority this system does not trust (as serve&apos;s does), give that authority with --cacert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HTTP/3 over QUIC (https:// only): one connection, the page&apos;s objects as streams on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --http3: write the body of the address&apos;s own response to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --http1.1, --http2 and --http3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output works with --http3 only.</source>
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
    <name>GrpcDescriptor</name>
    <message>
        <source>gRPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
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
        <source>stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of a gRPC call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gRPC call&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gRPC message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hit a gRPC framing error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream 0</source>
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
    <message>
        <source>REST/JSON over HTTP/1.1 against gRPC over HTTP/2, and the steps between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gRPC call shares one HTTP/2 connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same items from the same server, four ways, laid out as a square: left to right the HTTP version changes, top to bottom the encoding. A reads each item as a JSON document from a REST API (GET /api/items/N) over a browser&apos;s pool of HTTP/1.1 connections. B changes only the transport: the same JSON requests, each a stream on one HTTP/2 connection. C changes only the encoding: the same HTTP/1.1 pool, asking for Protobuf (Accept: application/x-protobuf). D changes both: a unary gRPC call (GetItem) per item on one HTTP/2 connection, every item a Protobuf message. Each item carries a thumbnail of the Object size knob&apos;s bytes, which JSON must write as base64.</source>
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
    <message>
        <source>REST/JSON over HTTP/2 and TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST/JSON over HTTP/2 cleartext (h2c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST/Protobuf over HTTP/1.1 and TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST/Protobuf over HTTP/1.1 cleartext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1, fetched as JSON documents (GET /api/items/N) over a pool of HTTP/1.1 connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1, fetched as JSON documents (GET /api/items/N), every request a stream on one HTTP/2 connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1, fetched as Protobuf (GET /api/items/N, Accept: application/x-protobuf) over a pool of HTTP/1.1 connections.</source>
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
    <name>GrpcWebCodec</name>
    <message>
        <source>A trailer line holds a stray CR or LF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trailer line &quot;%1&quot; is not &quot;name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow the trailer frame, which must end the body.</source>
        <translation type="unfinished">
            <numerusform>%n byte follow the trailer frame, which must end the body.</numerusform>
            <numerusform>%n bytes follow the trailer frame, which must end the body.</numerusform>
        </translation>
    </message>
    <message>
        <source>The body ends inside a frame&apos;s 5-byte prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame flag byte is 0x%1; only 0x00 (message) and 0x80 (trailers) are defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame is marked compressed, but no compression was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame announces %1 bytes, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The body ends %n byte(s) short of the frame its prefix announces.</source>
        <translation type="unfinished">
            <numerusform>The body ends %n byte short of the frame its prefix announces.</numerusform>
            <numerusform>The body ends %n bytes short of the frame its prefix announces.</numerusform>
        </translation>
    </message>
    <message>
        <source>The body has no trailer frame (flag 0x80), so the call has no status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x%1: trailer frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrpcWebScenarios</name>
    <message>
        <source>gRPC-Web through a proxy against native gRPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same unary GetItem calls. A is a browser: it cannot read HTTP/2 trailers, so it speaks gRPC-Web over HTTP/1.1 to a translating proxy, which calls the server with gRPC over HTTP/2 and writes the status into a trailer frame (flag 0x80) at the end of the response body. B calls the server natively over one HTTP/2 connection. A deadline gives each call a time limit (sent as grpc-timeout), the server&apos;s work grows from nothing on the first call to the full time on the last, and a cancel time gives up on calls still running: DEADLINE_EXCEEDED and CANCELLED, by RST_STREAM on HTTP/2 and by closing the connection on HTTP/1.1. Cleartext, so every byte can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC-Web against native gRPC runs in cleartext, so every byte can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrpcWebSessionConfig</name>
    <message>
        <source>Between 1 and %1 gRPC calls can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items may carry between 0 and %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 may use between 1 and %1 connections per host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gRPC deadline must be between 0 (none) and %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s work per call must be between 0 and %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after must be between 0 (never) and %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC-Web via a proxy (HTTP/1.1, then HTTP/2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native gRPC over HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unary GetItem call(s)</source>
        <translation type="unfinished">
            <numerusform>%n unary GetItem call</numerusform>
            <numerusform>%n unary GetItem calls</numerusform>
        </translation>
    </message>
    <message>
        <source>, the server working 0 to %1 ms on each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, a %1 ms deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cancelled after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; a browser&apos;s HTTP/1.1 pool of %2 to the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; one HTTP/2 connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Http1Descriptor</name>
    <message>
        <source>HTTP/1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
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
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request line and headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status line and headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP/1.1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused malformed HTTP/1.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Http2Descriptor</name>
    <message>
        <source>HTTP/2</source>
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
        <source>stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream 0 (the connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection preface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame of an extension type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 frame</source>
        <extracomment>%1 is the frame type as the standard names it: DATA, HEADERS, SETTINGS...</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hit an HTTP/2 protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream 0</source>
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
    <name>Http3Descriptor</name>
    <message>
        <source>HTTP/3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/3 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP/3 frame travels encrypted inside QUIC packets: the packets that carried it show its bytes, decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header fields of a HEADERS frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP/3 frame of a reserved or extension type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP/3 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP/3 %1 frame</source>
        <extracomment>%1 is the frame type as the standard names it: DATA, HEADERS, SETTINGS...</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saw the connection closed with an HTTP/3 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control streams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Http3Scenarios</name>
    <message>
        <source>Both sides use one connection: HTTP/2 multiplexes on TCP, HTTP/3 on QUIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/3 always encrypts (QUIC carries TLS), so both sides use TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUIC always uses TLS 1.3, so both sides use TLS 1.3 and only the transport differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 against HTTP/3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same page over HTTP/2 on TLS (one TCP connection) and over HTTP/3 (one QUIC connection). Both multiplex every request on their one connection, but TCP delivers bytes only in order: one lost TCP segment stalls every HTTP/2 stream until it is sent again. QUIC knows its streams apart, so a lost QUIC packet stalls only the streams whose data it carried. QUIC also folds the TLS handshake into its own, one round trip instead of two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/3 first visit against 0-RTT resumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A is a first visit: a fresh QUIC connection, whose handshake takes one round trip before the request may go. B is a returning client: it resumes the TLS session of an earlier connection (made before the clock started) and sends its request as 0-RTT early data with its very first packet, so the response comes one round trip sooner. Early data can be replayed by an attacker, which is why only safe requests such as GET should travel in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/3, first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/3, returning with 0-RTT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IgnoredKnobs</name>
    <message>
        <source>Only page loads and API calls have objects; here the updates make the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only page loads have a large first object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario opens no pool of HTTP/1.1 connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only page loads and the eavesdropper scenarios let you choose the newest TLS version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTP/1.1 against HTTP/2 lets you choose pipelining (the pipelining scenario sets it itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTP/1.1 against HTTP/2 lets you choose server push (the push scenario sets it itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario decides itself which side uses TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the polling, WebSocket and shoot-out scenarios have updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only short polling asks at an interval; here no side polls that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only gRPC-Web against native gRPC sets deadlines, server work and cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No side of this scenario speaks WebSocket, so there are no messages to compress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorDescription</name>
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
        <source>Bytes shown: the first %1 of %2.</source>
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
        <source>count</source>
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
    <message>
        <source>A mixed page: make the first object this large, e.g. 1M (default 0, none), to see the small ones wait behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC calls get this deadline, sent as grpc-timeout (default 0, none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gRPC server works on each call from 0 ms (first call) up to this (last call) (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC clients cancel calls still running after this long (default 0, never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--large-object takes a size up to 64M, such as 1M or 512k, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects on the page, or items or calls (default: the scenario&apos;s own, 100 for a page load).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of each object, e.g. 4096, 4k, 1M (default: the scenario&apos;s own, mostly 4k).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: --%1 does not apply to %2 and is ignored. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnobSettings</name>
    <message>
        <source>&quot;%1&quot; is not a knob setting: write NAME=VALUE, such as rtt=100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes milliseconds from 0 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on or off, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bandwidth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss takes a share from 0 to 50%, such as 2% or 0.02, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed takes a whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tlsVersion is 1.2 or 1.3, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no knob &quot;%1&quot; (knobs: rtt, jitter, bandwidth, loss, seed, objects, objectSize, largeObjectSize, connections, pipelining, push, tls, tlsVersion, grpcDeadline, grpcWork, grpcCancelAfter, clients, updatesPerSecond, duration, pollInterval)</source>
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
    <message>
        <source>Start this lesson (see protoviz-cli lesson list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the lesson at this step (from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step needs --lesson: it is a step of a lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown lesson &quot;%1&quot;: protoviz-cli lesson list lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; waits for the scenario &quot;%2&quot;, which ProtoViz does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; has steps 1 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lesson runs what its steps show: leave out --run and --open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show lanes, ladder, tiles, events or eavesdropper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: use lanes, ladder, tiles, events or eavesdropper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonCommand</name>
    <message>
        <source>Usage: protoviz-cli lesson list
       protoviz-cli lesson show ID            the lesson&apos;s text, steps and questions
       protoviz-cli lesson run ID [--ask]     runs it live and fills in the measured answers;
                                              --ask asks for your answer before each reveal
       protoviz-cli lesson check [FOLDER]     checks every lesson file (default: the built-in ones)
       protoviz-cli lesson strings [FOLDER]   the lessons&apos; texts as C++ for lupdate (translators)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n min)</source>
        <translation>
            <numerusform>%1 (%2, %n min)</numerusform>
            <numerusform>%1 (%2, %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the scenario &quot;%1&quot;, which ProtoViz does not have yet: not counted, not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knobs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Topic: %1 · about %n minute(s)</source>
        <translation>
            <numerusform>Topic: %1 · about %n minute</numerusform>
            <numerusform>Topic: %1 · about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; waits for the scenario &quot;%2&quot;, which ProtoViz does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such event in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms to %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the answer is measured when the lesson runs: protoviz-cli lesson run %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for your answer before revealing each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show, run, check or strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lessons (%2 waiting for a scenario), %3 quiz questions, %4 glossary terms, %5 trade-off cards: all read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lesson &quot;%1&quot;. Lessons: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the field %1 of the selected event in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <source>%1: there are no lessons in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>a tab: indent with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not SIDE FILTER, such as &quot;b tls.Alert&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question is &quot;number&quot; or &quot;choice&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tolerance is a number or a percentage, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;when:&quot; belongs under a choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1:&quot; belongs to a question of the quiz bank, not of a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question has no &quot;ask:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question has no &quot;explain:&quot; (say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number question needs &quot;answer:&quot;, an expression over the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number question has no choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice question needs at least two choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice question has exactly one &quot;correct:&quot;, or a &quot;when:&quot; under every choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question of the quiz bank needs an &quot;id:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a topic (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a live question of the quiz bank needs the &quot;scenario:&quot; it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no scenario &quot;%1&quot; (a lesson waiting for one says &quot;needs:&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;run&quot; takes nothing after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no view &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom takes FROM .. TO, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson file starts with &quot;lesson: ID&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson&apos;s id is lower-case letters, digits and &apos;-&apos;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson takes 5 to 15 minutes, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1:&quot; belongs before the step&apos;s question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a run before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step has one question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this question&apos;s answer is measured, but no run comes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1:&quot; does not belong in a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1:&quot; does not belong before the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson needs &quot;title:&quot;, &quot;summary:&quot; and &quot;minutes:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step needs a title and &quot;text:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;question:&quot;, not &quot;%1:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; has no &quot;means:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a glossary has &quot;term:&quot;, &quot;aka:&quot; and &quot;means:&quot;, not &quot;%1:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cards file starts with &quot;card: ID&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card has &quot;title:&quot;, &quot;pick:&quot;, &quot;avoid:&quot;, &quot;run:&quot; under a claim and &quot;say:&quot;, not &quot;%1:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card &quot;%1&quot; needs a title, pick, avoid and say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;field&quot; takes the name of a field of the selected event, such as key_share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no action &quot;%1&quot; (scenario, knobs, run, pause-at, view, select, field, zoom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;field&quot; picks a field of the event a &quot;select&quot; before it in the step chose</source>
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
    <name>LessonState</name>
    <message>
        <source>there is no run to zoom into yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Choosing a protocol: HTTP, HTTPS, gRPC or WebSockets</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workload over HTTP, HTTPS, gRPC and WebSockets side by side, then what each is good at, what it costs, and how to argue a choice in a design interview.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workload, four protocols</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the four can a script in a web page not use directly?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC</source>
        <extracomment>choosing-a-protocol.lesson
----------
quiz.questions
----------
tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSockets</source>
        <extracomment>choosing-a-protocol.lesson
----------
quiz.questions
----------
tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What TLS adds</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the first two columns, **HTTP** (side A) and **HTTPS** (side B). Same requests, same
answers; B first runs a TLS handshake on every connection. With TLS 1.3 that handshake costs
**one round trip** before the first request may go (TLS 1.2 costs two), plus the bytes of the
certificate and key exchange, plus a few bytes of record header and authentication tag on every
record afterwards.

On the public internet this is not a choice: browsers mark plain HTTP as not secure, HTTP/2 in
browsers requires TLS, and any network between the user and the server can read and change
cleartext. The question is only how to make TLS cheap: TLS 1.3, resumption, and few, long-lived
connections.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many more round trips did HTTPS (B) wait for than plain HTTP (A)?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round trips</source>
        <extracomment>choosing-a-protocol.lesson
----------
grpc.lesson
----------
head-of-line-blocking.lesson
----------
http-basics.lesson
----------
http2-multiplexing.lesson
----------
quiz.questions
----------
tls-handshakes.lesson
----------
tls-resumption.lesson
----------
websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B needed {b.roundTrips} round trips and A {a.roundTrips}: the difference is the TLS 1.3 handshake, one round trip per connection before the first request. It also cost {b.tlsBytes} bytes of TLS on the wire, and the first byte came {b.timeToFirstByteMs - a.timeToFirstByteMs:0} ms later.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC: contracts and streams between services</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many TCP connections did the REST side (A) open to fetch the items?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections</source>
        <extracomment>choosing-a-protocol.lesson
----------
http2-multiplexing.lesson
----------
quiz.questions
----------
websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSockets: when the server must speak first</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**WebSockets** are for data that flows **both ways, whenever it is ready**: chat, collaborative
editing, multiplayer games, live dashboards that also send commands. After one HTTP upgrade a
message costs a few bytes of frame header and arrives after the one-way delay.

Their costs: a long-lived, **stateful** connection per client, which makes load balancing,
deploys and fan-out across servers real work (see the lesson on scaling WebSockets); no HTTP
caching; message formats and acknowledgements that you design yourself; and some proxies and
corporate networks that still interfere.

In this chat, side A polls over HTTP and side B uses WebSockets.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What mean delivery latency did the WebSocket side (B) reach?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>choosing-a-protocol.lesson
----------
http2-multiplexing.lesson
----------
polling-vs-push.lesson
----------
quiz.questions
----------
server-push.lesson
----------
tls-handshakes.lesson
----------
websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&apos;s messages arrived {b.polling.latencyMeanMs:0} ms after the server had them, about the one-way delay of {knob.rttMs / 2} ms. Polling, with a poll every {knob.pollIntervalMs} ms, needed {a.polling.latencyMeanMs:0} ms on average and {a.polling.connections} connections against {b.polling.connections}.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP is still the default</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For most public APIs and web pages, **HTTP request and response over HTTPS** remains the right
default. It is understood by every client, proxy, CDN, cache and tool (`curl`, browsers&apos;
developer tools, logs); it is **stateless**, so any server can answer any request; and GET
responses can be cached close to the user.

When the server needs to push only in one direction, **Server-Sent Events** stay within plain
HTTP: one long response streaming events, with reconnection built into browsers. Choose
something else when you need what HTTP cannot give: push both ways at low latency (WebSockets), or
typed, streaming calls between services (gRPC).</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You publish an API for outside developers, who will call it from every language and tool. Which fits best?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A REST API with JSON over HTTPS</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC only, with the .proto file on request</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebSocket per developer, carrying JSON commands</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP without TLS, to keep it simple</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside developers need the lowest barrier: any HTTP client can call REST and read JSON, responses can be cached, and errors are ordinary HTTP statuses. gRPC can be offered as well, but it asks for code generation, HTTP/2 and trailers; a WebSocket adds state and a protocol of your own; cleartext is out of the question on the internet. In the chat above, even the polling side managed with plain HTTP, at {a.polling.latencyMeanMs:0} ms per message: acceptable for an API, not for a chat.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguing a choice in an interview</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good answer names the **forces**, then the choice, then its costs:

- **Who is the client?** A browser (HTTP, WebSockets, SSE; gRPC only through gRPC-Web) or a
  service you control (anything, gRPC is strong).
- **Which way does data flow?** Request and response; server push only; both ways at any time;
  long streams.
- **How fresh must it be, and how often does it change?** Polling is fine for minutes, not for
  milliseconds.
- **What is in between?** CDNs and caches favour plain HTTP; long-lived connections need load
  balancers, timeouts and deploys that handle them.
- **What does it cost per message, and per connection?** Heads against frame headers; stateless
  requests against stateful sockets.

Real systems mix them: REST at the public edge, WebSockets or SSE for live updates to browsers,
gRPC between the services behind them.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A browser app needs live updates, and all back-end services already talk gRPC to each other. Which design is sound?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep gRPC between the services, and give the browser a WebSocket or SSE (or gRPC-Web through a proxy) at the edge</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the browser call the back-end gRPC services directly</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace gRPC everywhere with WebSockets, so that there is only one protocol</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the browser poll each back-end service every second</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each protocol where it is strong. The services keep their contracts, streaming and deadlines; the browser gets a transport it can actually use, starting with an ordinary HTTP request such as the WebSocket upgrade in the last run, and an edge service translates between the two. Polling every service from the browser multiplies requests and is still late.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a message takes to reach the other side and an answer to come back. Every exchange that must wait for a reply costs at least one RTT, which is why protocols are compared by how many round trips they need rather than by how many bytes they send.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time from the start of a request (connection set-up included) until the first byte of the response reaches the client. It adds up every round trip spent on TCP, TLS and the request itself, so handshake improvements show up here first.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first segment of a TCP connection, sent by the client to propose a connection and its initial sequence number. Nothing else can be sent until the handshake it starts completes.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to a SYN, accepting the connection and acknowledging the client&apos;s sequence number. When it arrives, one round trip has passed and the client may send data with its ACK.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP acknowledgement: it tells the sender which bytes have arrived. The ACK completing the handshake can already travel with the client&apos;s first data, such as a ClientHello.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP segment saying that one side has finished sending. Each direction is closed separately, so a connection ends with a FIN from each side.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP segment that aborts a connection at once, without an orderly close. Data still in flight is lost.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest amount of data one TCP segment may carry, typically around 1,460 bytes on Ethernet. Larger writes are cut into several segments.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One unit of data TCP sends, at most one MSS long. The emulated link delays, limits and drops segments, so the lanes show where each one went.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bytes (or segments) a TCP sender may have in flight without an acknowledgement. It starts small, grows as acknowledgements come back and shrinks when segments are lost, so a new connection cannot use the full bandwidth at once.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP&apos;s start-up phase, in which the congestion window roughly doubles every round trip from its initial size (often 10 segments). A large response on a fresh connection therefore takes several round trips, and each extra connection goes through slow start again.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a lost segment again, after duplicate acknowledgements or a timeout signal that it never arrived. Until it arrives, the receiver cannot pass on anything behind it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments that never reach the other side, dropped by a congested router or a weak radio link. TCP hides loss from the application by retransmitting, at the cost of delay.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an item at the front of a queue holds up everything behind it. In HTTP/1.1 a slow response blocks later ones on the same connection; in TCP a lost segment holds back every later byte, including those of other HTTP/2 streams, until it is retransmitted.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bits per second a link can carry in each direction. With small objects and long RTTs, round trips usually matter more than bandwidth.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random variation in how long each packet takes to cross the network. It makes arrival times uneven and can reorder packets.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text-based version of HTTP: a request line and header lines, a blank line, then an optional body. A connection carries one exchange at a time, so browsers open several connections per host.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping a TCP connection open after a response so the next request skips the TCP and TLS handshakes. It is the default in HTTP/1.1; Connection close asks for the opposite.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending several HTTP/1.1 requests on one connection without waiting for the responses. The server must still answer in order, so one slow response delays the rest, and browsers never enabled it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP/1.1 way to send a body of unknown length: each chunk is preceded by its size, and a zero-size chunk ends the body, optionally followed by trailer fields.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that has the same intended effect whether it is sent once or several times, such as GET, PUT and DELETE, so a client may retry it safely. POST is not idempotent.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request carries all the context the server needs, so no request depends on a server remembering an earlier one. Stateless services scale by adding identical instances.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A style of API that names resources with URLs and acts on them with HTTP methods, usually with JSON bodies. It relies on HTTP&apos;s own features: status codes, caching and content negotiation.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text format for structured data, readable by people and parsed by every language. It has no bytes type, so binary data must be written in base64, which takes a third more space.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP carried inside a TLS connection, normally on port 443. It adds encryption, integrity protection and server authentication to every request and response.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol that secures a byte stream such as a TCP connection: a handshake authenticates the server and agrees on keys, then records carry encrypted, integrity-protected data. TLS 1.2 and TLS 1.3 are in use today; SSL is its long-retired predecessor.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages that open a TLS connection, from ClientHello to Finished: they negotiate the version and algorithms, authenticate the server and derive the keys. Full TLS 1.2 handshakes take two round trips, TLS 1.3 handshakes one.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s first handshake message: the TLS versions and cipher suites it supports, a random value, and extensions such as SNI, ALPN, supported groups and, in TLS 1.3, key shares.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the ClientHello, fixing the version and cipher suite; in TLS 1.3 it also carries the server&apos;s key share, and everything after it is encrypted.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS 1.3 ServerHello with a special random value, sent when the client&apos;s key shares are for groups the server will not use. It names a group the server accepts, and the client must send a second ClientHello with that share, costing one more round trip.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first encrypted message of a TLS 1.3 server: the extensions that need not be visible, such as the ALPN protocol the server chose.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake message carrying the server&apos;s certificate chain: its public key and names, signed by an authority, plus intermediates up to a root the client should trust.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS 1.3 (and client-auth) message holding a signature over the handshake so far, made with the certificate&apos;s private key. It proves the server really holds that key.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS 1.2 message with the server&apos;s ephemeral key-exchange parameters, signed with its certificate key. TLS 1.3 folded it into the ServerHello&apos;s key share.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS 1.2 message saying the server has finished its first flight and waits for the client&apos;s key exchange.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS 1.2 message with the client&apos;s side of the key exchange. It leaves in the second round trip, which is the round trip TLS 1.3 saves.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS 1.2 record announcing that what follows is protected with the new keys. TLS 1.3 no longer needs it, but sends a dummy one so that middleboxes expecting TLS 1.2 let the connection through.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last handshake message of each side: a MAC over the whole handshake transcript. It proves both sides saw the same messages and hold the same keys, so tampering or a downgrade is detected.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message the server sends after the handshake with a ticket the client can present next time to resume the session. TLS 1.3 servers often send two, one per future connection.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted blob, readable only by the server, holding what it needs to resume a session. A client that presents it skips the certificate and the full key exchange.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In TLS 1.3, a secret both sides already share, usually from an earlier session&apos;s ticket. Resuming with a PSK skips the certificate and signature, and enables 0-RTT early data.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 resumption in which the client sends application data with its very first flight, before the handshake completes. The response can arrive one round trip sooner.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application data sent in 0-RTT. It can be replayed by an attacker and lacks forward secrecy, so servers accept it only for idempotent requests and may answer 425 Too Early.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public value for an ephemeral (EC)DHE key exchange on a named group such as X25519 or P-256. In TLS 1.3 the client sends one in the ClientHello, which is what allows a one-round-trip handshake.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property that stolen long-term keys cannot decrypt past sessions, because each session&apos;s keys came from ephemeral key shares that were discarded. Every TLS 1.3 full handshake has it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set of algorithms a TLS connection uses. In TLS 1.2 it names key exchange, authentication, cipher and hash; in TLS 1.3 only the AEAD cipher and the hash, such as TLS_AES_128_GCM_SHA256.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS&apos;s unit on the wire: a 5-byte header (content type, version, length) followed by the payload, encrypted and followed by an authentication tag once keys are in place. Records carry handshake messages, alerts and application data.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS message reporting a problem or the end of a connection. A fatal alert ends the connection at once, and its description says why.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS alert saying the sender will send no more data. It lets the other side tell a complete response from a connection cut short by an attacker.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS alert sent when a record fails its integrity check: it was altered in transit or decrypted with the wrong keys.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS alert sent when a certificate is corrupt or its signatures do not verify.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS alert sent when the certificate chain leads to no certificate authority the receiver trusts, for example a self-signed or private-CA certificate the client was not given.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS alert sent when the two sides share no TLS version, for example a client that offers TLS 1.2 at most and a server that requires TLS 1.3.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation whose signature on certificates clients trust. Clients keep a store of root certificates; a server certificate is accepted only if it chains up to one of them.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ClientHello extension naming the host the client wants, so one IP address can serve many sites with different certificates. It is sent in the clear unless Encrypted Client Hello is used.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS extension in which the client lists the application protocols it speaks (h2, http/1.1) and the server picks one during the handshake, at no extra round trip.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS in which the client also presents a certificate, so both sides authenticate each other. Common between services inside a company network or a service mesh.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response header telling the browser to reach the host only over HTTPS for a given time, so a later http:// link or typed address cannot be intercepted in plain text.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binary version of HTTP: one connection carries many concurrent requests as streams of frames, with headers compressed by HPACK. Over TLS it is negotiated with ALPN.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 without TLS. The client must know in advance that the server speaks it and starts directly with the connection preface; browsers do not support it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed 24-byte string an HTTP/2 client sends first, followed by its SETTINGS frame. A server that only understands HTTP/1.1 rejects it at once.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request and its response inside an HTTP/2 connection, named by a stream ID: odd for streams the client opens, even for those the server opens by push, 0 for the connection itself.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2&apos;s unit on the wire: a 9-byte header (length, type, flags, stream ID) and a payload. Frames of different streams can be interleaved on one connection.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying many independent exchanges over one connection at the same time, by interleaving their frames. It removes HTTP-level head-of-line blocking and the need for many connections.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/2 frame that opens a stream and carries a header block compressed with HPACK: a request&apos;s headers, a response&apos;s headers or, at the end, trailers.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/2 frame carrying body bytes of a stream. Only DATA frames count against flow control.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame each side sends first on an HTTP/2 connection, stating its parameters (maximum concurrent streams, initial window size, whether push is allowed). It must be acknowledged by a SETTINGS frame with the ACK flag.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame a server sends, on the stream of a client&apos;s request, to announce that it will push a response. It carries the request headers the push answers and the even stream ID that will carry it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame that ends a single stream at once, with an error code such as CANCEL, while the connection and its other streams go on.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame that starts shutting down an HTTP/2 connection: it tells the peer the highest stream that will be processed, so requests on later streams can be retried elsewhere.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame that gives the sender more flow-control credit, for one stream or for the whole connection, as the receiver consumes data.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP/2 frame the peer must echo back with the ACK flag. It measures round-trip time and checks that an idle connection is still alive.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame that carries the rest of a header block too large for one HEADERS or PUSH_PROMISE frame. No other frame may come between them.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flag on HEADERS or DATA meaning the sender has nothing more to send on that stream. A request with no body has it on its HEADERS frame.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flag meaning a header block is complete in this frame; without it, CONTINUATION frames follow.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2&apos;s credit system: a sender may have only as many DATA bytes outstanding as the receiver&apos;s window, per stream and per connection, starting at 65,535 bytes and raised with WINDOW_UPDATE.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2&apos;s header compression: fields are replaced by indexes into a static table of common fields and a dynamic table of fields sent earlier, and literals can be Huffman-coded. Repeated headers shrink to a byte or two.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/3&apos;s version of HPACK, redesigned so that streams arriving out of order over QUIC do not block on each other&apos;s table updates.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP/2 feature letting a server send responses the client has not asked for yet, announced with PUSH_PROMISE, to save a round trip. Browsers dropped it because it often pushed what was already cached.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interim response that tells the browser which resources to preload while the server still prepares the page. It replaced server push on the web because the browser keeps the choice.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP over QUIC, a transport on UDP that orders each stream separately, so a lost packet stalls only the streams whose data it carried. It also merges the transport and TLS 1.3 handshakes.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protocol that turns an HTTP/1.1 connection into a persistent, full-duplex channel of small frames, so either side can send at any time. wss:// runs it over TLS.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/1.1 header by which a client asks to switch the connection to another protocol, such as websocket. It is sent with Connection: Upgrade.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status a server answers an Upgrade request with when it agrees: from the end of that response on, the connection speaks the new protocol.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random 16-byte value, base64-encoded, that the client sends in the WebSocket upgrade request so that the server can prove it understood the handshake.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply to Sec-WebSocket-Key: the SHA-1 hash of the key joined with a fixed GUID, base64-encoded. It shows the server speaks WebSocket; it provides no security.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 4 bits in a WebSocket frame header saying what the frame is: 1 text, 2 binary, 0 continuation, 8 close, 9 ping, 10 pong.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XOR of every client-to-server WebSocket payload with a random 4-byte key carried in the frame. It keeps scripts from putting chosen bytes on the wire that a proxy could mistake for HTTP; it is not encryption.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket control frames: a ping must be answered with a pong carrying the same payload. They detect dead peers and keep idle connections alive through proxies and NAT.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number in a WebSocket close frame saying why the connection ends: 1000 normal, 1001 going away, 1009 message too big. 1006 is never sent; it reports a connection lost without a close frame.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for news at a fixed interval, answered at once, often with nothing. Simple and cache-friendly, but updates wait for the next poll and empty polls cost requests.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request the server holds open until there is news, after which the client asks again at once. Updates arrive nearly as fast as over a WebSocket, but each one costs an HTTP request.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long-lived HTTP response through which the server streams text events to the browser, which reconnects by itself. It flows one way only, server to client.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote procedure call framework on HTTP/2: services and messages are defined in .proto files, code is generated for each language, and every call is one HTTP/2 stream carrying length-prefixed Protobuf messages.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s binary serialisation format and schema language. Fields are identified by numbers, so messages are compact and old and new versions of a schema can read each other.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 5 bytes before every gRPC message: one flag byte saying whether it is compressed and four bytes giving its length.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gRPC call with one request message and one response message, like an ordinary function call or a REST request.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gRPC call in which the client sends one request and the server answers with a stream of messages, such as the results of a search.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gRPC call in which the client sends a stream of messages and the server answers once at the end, such as an upload in chunks.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gRPC call in which both sides send streams of messages independently on the same HTTP/2 stream, such as a chat or a live sync.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header fields sent after the body. gRPC sends its status in them, in a last HEADERS frame with END_STREAM, so it can report an error after messages have already been sent.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gRPC response made of a single HEADERS frame holding the HTTP status and the grpc-status, used when a call ends without any response message, typically an immediate error.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trailer carrying a call&apos;s outcome: 0 OK, or codes such as NOT_FOUND (5), DEADLINE_EXCEEDED (4) and UNAVAILABLE (14). The HTTP status stays 200.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point in time after which a gRPC client gives up on a call; it travels as the grpc-timeout header, and the call then ends with DEADLINE_EXCEEDED. Services should pass the remaining time on to the calls they make.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variant of gRPC that browsers can use over fetch or XHR: trailers travel inside the response body. A proxy such as Envoy, or a server that supports it, translates to native gRPC.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component that spreads connections or requests over several servers. A layer-4 balancer picks a server per TCP connection; a layer-7 balancer reads HTTP and can pick per request or per gRPC call.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load-balancer rule that sends all requests of one client to the same server, usually by a cookie or the client&apos;s address. Needed when a server keeps a client&apos;s state in memory, as with long polling; it makes load uneven.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A messaging pattern in which publishers send messages to topics and every subscriber of a topic receives them, without knowing each other. WebSocket servers use it (Redis, Kafka, NATS) to reach users connected to other servers.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling more load by adding more machines behind a load balancer rather than buying a bigger one. It is easiest when servers are stateless.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many clients doing the same thing at the same moment, such as reconnecting after a server restarts. Exponential backoff with random jitter spreads them out.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC: Protobuf messages on HTTP/2 streams</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protobuf against JSON</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <extracomment>grpc.lesson
----------
http-basics.lesson
----------
https.lesson
----------
quiz.questions
----------
tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five bytes in front of every message</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 DATA frames do not mark where one message ends and the next begins: a message may be split
over several frames, or several messages may share one. So gRPC frames its messages itself. Every
message, request or response, is a **length-prefixed message**:

    +------------+---------------------+-------------------+
    | compressed |   message length    |  message (bytes)  |
    |   1 byte   | 4 bytes, big-endian |                   |
    +------------+---------------------+-------------------+

The first byte says whether the message is compressed (with the algorithm named in
`grpc-encoding`), the next four give its length. The selected request is a tiny `ItemRequest`:
the prefix is larger than the message itself. The same framing lets a stream carry any number of
messages in either direction, which is what makes streaming calls possible.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome travels in trailers</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gRPC response has three parts on its stream: a **HEADERS** frame with `:status 200` and
`content-type: application/grpc`, the response messages in **DATA** frames, and a last
**HEADERS** frame that ends the stream: the **trailers**. They carry the result:

- `grpc-status`: `0` OK; otherwise a code such as `3` INVALID_ARGUMENT, `4` DEADLINE_EXCEEDED,
  `5` NOT_FOUND, `7` PERMISSION_DENIED, `12` UNIMPLEMENTED, `13` INTERNAL, `14` UNAVAILABLE,
  `16` UNAUTHENTICATED;
- `grpc-message`: a human-readable description, if any.

The HTTP status stays `200` even when the call fails. Why put the status at the end? In a
streaming call the server may have sent many messages before something goes wrong, so the outcome
is only known after the last message. A call that fails at once may send a single HEADERS frame
that carries both: **Trailers-Only**.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with :status 200, but the call failed. Where does the client learn that?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From grpc-status in the trailers, the HEADERS frame that ends the stream</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the HTTP status, which the client must look at first</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a field inside the last Protobuf message</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a RST_STREAM frame that carries the gRPC status code</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four kinds of call on one connection</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A `.proto` service declares each method with a request and a response type, and the keyword
`stream` on either side gives the four **call types**:

- **unary**: one request, one response (`GetItem`);
- **server streaming**: one request, many responses (`ListItems`);
- **client streaming**: many requests, one response (`UploadItems`);
- **bidirectional streaming**: both sides send messages whenever they like (`Exchange`).

Every call is one HTTP/2 stream, and all of them here share **one connection**. Side **A** moves
the items one message per exchange: a unary call per item, one after another, then each item back
through a bidirectional stream, waiting for every acknowledgement. Side **B** streams: all items
down in one server-streaming call, then all back up in one client-streaming call.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many gRPC calls did side A make?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting is what costs</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the waits. Each of A&apos;s unary calls waits for its response before the next call starts, and
each item sent through A&apos;s bidirectional stream waits for its acknowledgement. Every wait is a
**round trip**. B&apos;s streams send message after message without waiting, so a whole direction
costs about one round trip.

A bidirectional stream does not have to wait like A&apos;s; it is A&apos;s choice to send one item at a time.
The lesson is about the pattern, not the call type: **do not wait for an answer you do not need
yet**.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the TCP and TLS handshakes, how many round trips did side A wait for?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One for TCP, one for TLS, then one per item fetched and one per item sent back: {a.roundTrips} round trips, {a.totalTimeMs:0} ms in all. B needed {b.roundTrips} round trips, {b.totalTimeMs:0} ms, for the same items: its streams pay a round trip per call, not per message.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers and gRPC-Web</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why can&apos;t a web page call a gRPC service directly with fetch?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser APIs do not expose HTTP/2 trailers, where gRPC puts the call&apos;s status, nor control over HTTP/2 framing</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers cannot send POST requests with binary bodies</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers do not support HTTP/2 at all</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protobuf cannot be decoded in JavaScript</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head-of-line blocking, from HTTP/1.1 to TCP</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request at a time</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many round trips does side A need for the whole page, handshakes included?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side A needed {a.roundTrips} round trips: one for TCP, one for TLS 1.3, one for the document, then one for each of the {knob.objects} objects, because every request waited for the response before it. That took {a.totalTimeMs:0} ms, and almost all of it was waiting, not transferring.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelining: send at once, answer in order</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side **B** uses HTTP/1.1 **pipelining**: the client sends several requests back to back without
waiting (ProtoViz keeps up to six outstanding) and the server answers them as they come.

The catch is in the rule that makes it work. Responses carry no request id, so RFC 9112 requires
the server to send its responses **in the order the requests arrived**:

    requests:   GET /a   GET /b   GET /c    --&gt;
    responses:                           &lt;--  /a (slow)  /b  /c
                                              ^ /b and /c are ready, but must wait

If the first response is slow to produce or large, every response behind it waits, even if it
is ready. That is head-of-line blocking at the **HTTP level**. Add proxies that mishandled
pipelined requests, and browsers never turned pipelining on by default: they opened six
connections per host instead.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client pipelines requests for /a, /b and /c. The server needs a second to produce /a, while /b and /c are ready at once. What may the server send first?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responses to /b and /c, then /a when it is ready</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whichever response is ready first, tagged with its request&apos;s path</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response to /a, so /b and /c wait until it has been sent</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interim 100 Continue for /a, then /b and /c</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP/1.1 response names no request; the client matches responses to requests purely by order, so the server must keep that order. In this run all objects were equally quick, and pipelining still cut the load from {a.totalTimeMs:0} ms to {b.totalTimeMs:0} ms ({a.roundTrips} round trips against {b.roundTrips}), because requests no longer waited for responses. But one slow response would have stalled all of them.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 against HTTP/1.1 on a lossy link</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At two percent loss, which side has the whole page first?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 with six connections</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 with one connection</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 took {a.totalTimeMs:0} ms and HTTP/2 {b.totalTimeMs:0} ms. HTTP/1.1 lost {a.segmentsLost} segments, but each loss stalled only one of its {a.connections} connections; HTTP/2 lost {b.segmentsLost}, all on its one connection, and every loss stalled every stream and shrank the one congestion window they all share. Which side wins depends on where the losses fall, and with other seeds HTTP/2 often still wins at this loss rate; but every loss costs it more than it costs one of six connections.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lost segment holds back every stream</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playback stopped at the first segment the link dropped on the HTTP/2 connection. Step on
and watch the segments behind it: they **arrive**, but TCP does not hand them to TLS and HTTP/2,
because TCP promises an in-order byte stream and there is now a hole in it. They wait in the
receive buffer, shaded in the lanes, until the retransmission fills the hole, and then they are
all delivered at once.

    sent:       s1  s2  s3  s4  s5  s6
    arrived:    s1  s2  --  s4  s5  s6      (s3 lost on the way)
    delivered:  s1  s2  ...waiting...  s3 (resent)  s4  s5  s6

Those held-back segments carry DATA frames of many different streams. None of those streams
lost anything, yet all of them wait: head-of-line blocking has moved from HTTP down into **TCP**.
If the retransmission is lost too, TCP doubles its timeout before the next try, and everything
behind the hole waits that much longer.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the HTTP/2 connection, how many segments were held back, on average, for every segment the link lost?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/2 connection lost {b.segmentsLost} segments and held back {b.segmentsBlocked} behind them, about {b.segmentsBlocked / max(b.segmentsLost, 1):1} per loss: every segment in flight behind a hole waits, whichever stream it carries. On HTTP/1.1, {a.segmentsLost} losses held back {a.segmentsBlocked} segments, about {a.segmentsBlocked / max(a.segmentsLost, 1):1} per loss, because each connection carries one response, has fewer segments in flight, and a stall on it leaves the other connections running.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why six connections cope better</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does a single lost segment hurt the HTTP/2 connection more than it hurts one of HTTP/1.1&apos;s six connections?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 frames are bigger, so more bytes are lost with each segment</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All streams share one TCP byte stream, delivered in order, and one congestion window</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 must resend the whole stream that lost a frame</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK tables are lost with the segment and must be rebuilt</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP knows nothing of streams: it sees one ordered byte stream per connection. Every stream of the HTTP/2 connection waits for the retransmission, and every stream slows down when the window halves. Here HTTP/2 held back {b.segmentsBlocked} segments against {a.segmentsBlocked} for HTTP/1.1. Frames are not resent by HTTP/2 at all (TCP resends the lost segment), and HPACK state is never lost, because TCP delivers every byte eventually, in order.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The way out: streams in the transport</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an HTTP/3 connection, a packet carrying data of stream 8 is lost. What happens to stream 12, whose packets all arrived?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits for the retransmission, like a stream of an HTTP/2 connection</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole connection is reset and both streams restart</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream 12 is moved to a new QUIC connection</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data is delivered at once; only stream 8 waits for the retransmission</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1: requests, responses and headers</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an HTTP exchange looks like on the wire: a request you can read, one response to it, and headers that every request repeats because the protocol remembers nothing.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is text you can read</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP is a **request/response** protocol. The client sends a **request**, the server answers it
with exactly one **response**, and nothing happens unless the client asks. Side A loads a page
and its objects over one TCP connection, in cleartext, so every byte is plain HTTP.

An HTTP/1.1 message is **text**: a start line, one **header field** per line, an empty line that
ends the head, and then, for some messages, a **body**. The inspector shows the first request,
the one for the page itself:

    GET / HTTP/1.1            request line: method, target, version
    host: localhost:PORT      header fields, &quot;name: value&quot;
    user-agent: ProtoViz
    accept: */*
                              empty line: the head ends here

- The **method** says what to do (`GET` reads, `POST` submits, `PUT` replaces, `DELETE` removes).
- The **target** names the resource on the server.
- `host` is the one header HTTP/1.1 requires: one address may serve many sites.

Because it is text, you can type a request by hand (with `telnet` or `nc`) and read the answer,
which is a large part of why HTTP/1.1 was so easy to debug and to adopt.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response: status, headers, body</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response starts with a **status line**: the version, a three-digit **status code** and a
reason phrase for humans. The first digit is the class: `2xx` success, `3xx` redirection,
`4xx` a client error (`404 Not Found`), `5xx` a server error.

Its header fields describe the body that follows: `content-type` says what it is
(`text/html`), `content-length` how many bytes it has. The body itself is not text-framed: it is
just that many bytes, which may be anything, images included.

The connection stays open after the response (HTTP/1.1 connections are **persistent** by
default), so the next request can reuse it without a new TCP handshake.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection stays open for the next request. How does the client know where this response&apos;s body ends?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closes the connection after every body</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body ends at the next empty line</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content-length header gives the body&apos;s size in bytes</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends a special end-of-body byte</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body may contain any bytes, empty lines and every possible byte value included, so nothing inside it can mark its end; and closing the connection would throw away the persistent connection. HTTP/1.1 therefore states the length up front with `content-length`, or, when the server does not know it yet, sends the body in chunks that each carry their own length (`transfer-encoding: chunked`). The response in the inspector announces its body&apos;s size in `content-length`, and the client reads exactly that many bytes after the empty line.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask, wait, ask again</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On side A the client sends a request only when the previous response has arrived. The ladder
shows the rhythm: an arrow out, an arrow back, and only then the next arrow out. Every exchange
costs at least one full **round trip**, however small the object.

The playback stopped at the second request (the first object): it could not leave before the
page had arrived, because only the page says which objects there are.

Side B uses **pipelining**: it sends its requests back to back without waiting. The server must
still answer them **in order**, so one slow response holds up every response behind it
(**head-of-line blocking**). That is why browsers left pipelining switched off, opened several
connections per host instead, and why HTTP/2 later multiplexed many requests over one connection.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side A loads the page and ten objects over one connection, each request waiting for the previous response. How many round trips does the whole load take, TCP&apos;s handshake included?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One round trip for TCP&apos;s handshake, one for the page, then one per object, because each request waits for the response before it: {a.roundTrips} round trips, {a.totalTimeMs:0} ms at this RTT. Pipelining (side B) sent the object requests together and needed {b.roundTrips} round trips ({b.totalTimeMs:0} ms) for the same bytes. Waiting, not bandwidth, was the cost.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP remembers nothing</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this request with the first one: the same `host`, `user-agent` and `accept` fields
again, on the same connection, a fraction of a second later. HTTP is **stateless**: every request
must be understood on its own, so it carries everything the server needs. The server keeps no
memory of earlier requests at the protocol level, even on the same connection.

State is built on top, and it rides along in the headers:

- The server sets a **cookie** with `set-cookie` in a response.
- The browser sends it back in a `cookie` header with **every** later request to that site.
- Credentials travel the same way (`authorization`), on every request.

Statelessness is what lets any server behind a load balancer answer any request, lets caches
store responses, and lets a client simply retry on a new connection. The price is repetition:
a real browser sends hundreds of bytes of the same headers (user agent, languages, cookies) with
every single request.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site logs you in and sets a session cookie. Which of your later requests to that site carry the cookie?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first request on each new connection</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request, for images and scripts too</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the login request: from then on the server knows the connection</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the server keeps the session in the TCP connection</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server remembers nothing between requests, not even on one connection, and requests may arrive over any connection at any server of a cluster. So the only way for the server to know who is asking is for the request to say so, every time: the browser adds the `cookie` header to every request for that site. The request shown repeats all its header fields for the same reason: each request head on side A is complete on its own.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many small objects: headers add up</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real page is made of many small objects: icons, scripts, style sheets, API calls. Each one
costs a request head and a response head, whatever the size of its body. This run loads a page
of twenty objects of one kilobyte each; look at side A, HTTP/1.1 over a browser&apos;s pool of six
connections.

The statistics split the bytes on the wire into **headers** (the request and response heads),
**bodies** (the content itself), framing and TLS. With small bodies, the head of every exchange
is no longer small beside them.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On side A, how many bytes of headers does one exchange cost on average, request head and response head together?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side A sent and received {a.headerBytes} header bytes over {count(a, &quot;http1.RequestHead client&quot;)} exchanges (the page and its {a.objectsCompleted} objects): about {a.headerBytes / count(a, &quot;http1.RequestHead client&quot;):0} bytes each, against about {a.bodyBytes / count(a, &quot;http1.RequestHead client&quot;):0} bytes of body. Nearly all of it is the same names and values, written out again for each exchange.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What share of the wire is headers?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overhead of headers is a matter of proportion. For one large download it disappears; for a
page of many small objects, or an API answering with small JSON documents, it is a visible share
of every byte sent. And this client&apos;s headers are lean: a browser&apos;s, with cookies, are often
several times longer.

HTTP/2 (side B) keeps HTTP&apos;s meaning, the same methods, status codes and header fields, but
changes how they are written: binary frames instead of text, and **HPACK**, which lets both ends
remember header fields already sent and refer to them by a small index.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What percentage of all the bytes on side A&apos;s wire were HTTP headers?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>http-basics.lesson
----------
http2-multiplexing.lesson
----------
https.lesson
----------
quiz.questions
----------
websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers were {100 * a.headerBytes / a.wireBytes:1} % of side A&apos;s {a.wireBytes} bytes. With larger objects the share shrinks; with smaller ones, or cookie-laden browser headers, it grows. Side B carried the same header fields in {b.headerBytes} bytes: HPACK saved {100 * b.headerCompression:0} % of the text, because from the second request on most fields are a reference to one sent before. Statelessness stays; HTTP/2 only stops paying for it in full every time.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 multiplexing: one connection instead of six</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the same page over HTTP/1.1 and HTTP/2 and see what one multiplexed connection changes: streams, binary frames, HPACK header compression and fewer round trips.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same page, two protocols</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no packet loss, which side has the whole page first?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1, with its pool of connections</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2, with its one connection</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six connections against one</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the **lanes** view every TCP connection is a lane, with rows for TCP, TLS and the HTTP
messages it carries.

An HTTP/1.1 connection carries **one request at a time**: the next request may only be sent
when the previous response has completely arrived. To get several objects moving at once,
browsers open **up to six connections per host**. Each one costs its own TCP handshake, its own
TLS handshake and its own TCP slow start, and the server must keep state for each.

HTTP/2 opens **one** connection per origin and sends every request on it as a separate
**stream**. Count the lanes on each side.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many TCP connections did the HTTP/1.1 side open to load the page?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames and streams</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected HEADERS frame carries the flags END_STREAM and END_HEADERS. What does END_STREAM tell the server?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is about to close the connection</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends nothing more on this stream, so the request has no body</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last request the client will make</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header block is complete and no CONTINUATION frame follows</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END_STREAM half-closes the stream from the sender&apos;s side. A GET has no body, so its HEADERS frame is the whole request and carries END_STREAM at once; a POST would send DATA frames and set END_STREAM on the last one. The last choice describes END_HEADERS, a different flag. Closing the connection is the job of GOAWAY, and the client remains free to open more streams; in this run it opened {count(b, &quot;http2.HEADERS client c2s&quot;)} of them.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request at once</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many milliseconds pass between the HTTP/2 client&apos;s request for the first object and its request for the last one?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/2 client sent all its object requests within {lastMs(b, &quot;http2.HEADERS client c2s&quot;) - firstMs(b, &quot;http2.HEADERS client c2s stream=3&quot;):1} ms, a small fraction of one round trip of {knob.rttMs} ms, because opening a stream costs no waiting. The HTTP/1.1 client&apos;s object requests were spread over {lastMs(a, &quot;http1.RequestHead client&quot;) - firstMs(a, &quot;http1.RequestHead client stream=2&quot;):0} ms, because each of its connections had to wait for one response before sending the next request.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK compresses the headers</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests repeat almost the same header fields every time: `:method`, `:scheme`, `:authority`,
`user-agent`, `accept`, and on real sites long cookies. HTTP/1.1 writes them out as text in
every request. HTTP/2 compresses each header list with **HPACK** (RFC 7541):

- a **static table** of 61 common fields and names (`:method: GET` is entry 2);
- a **dynamic table** that both ends fill in the same order as fields are sent, so a field sent
  once can later be named by its index, usually in a single byte;
- **Huffman coding** for the literal strings that remain.

The inspector decodes the selected block field by field: most fields are **indexed**, from the
static table or from the dynamic table that the document&apos;s request filled; typically only
`:path` is new. Select the document&apos;s request on stream 1 to compare: there the same fields had
to be sent as literals. HPACK replaced general-purpose compression on purpose: compressing
headers with DEFLATE let attackers guess secrets such as cookies (the CRIME attack), and
HPACK&apos;s tables only ever match whole fields.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What share of the header bytes did HPACK save on this page, in percent?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/2 header blocks took {b.headerBytes} bytes, where the same header lists written as HTTP/1.1 text would take {b.headerTextBytes}: {b.headerCompression * 100:0} % saved. The HTTP/1.1 side sent {a.headerBytes} bytes of headers for the same exchanges, {a.headerBytes / b.headerBytes:1} times as many. Headers are small beside the bodies here, but with real cookies every request carries hundreds of bytes of them, often over a slow upstream link.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting round trips</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, not bandwidth, decides how fast a page of small objects loads, so count **round
trips**: each time the client must wait for an answer before it can go on.

On the HTTP/2 side: one round trip for the TCP handshake, one for TLS 1.3, one for the
document, and then the objects. On the HTTP/1.1 side the objects are shared among the
connections, but each connection fetches its share one after the other, and the extra
connections first pay their own handshakes.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many round trips did HTTP/2 need until the last object had arrived?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 needed {b.roundTrips} round trips: TCP, TLS, the document, and one more for all the objects together, because every request left at once. HTTP/1.1 needed {a.roundTrips}: {knob.objects} objects over {a.connections} connections, one request at a time per connection, take several rounds, on top of the handshakes of the extra connections.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What HTTP/2 did not fix</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2&apos;s wins come from sharing: one connection, one TCP handshake, one TLS handshake, one
congestion window that grows quickly, one HPACK context that learns the headers, and requests
that never queue behind one another at the HTTP level.

Sharing has a price. All streams ride on one TCP connection, and TCP delivers its bytes
strictly in order. When a segment is lost, the bytes behind it wait for the retransmission,
whichever streams they belong to. The lesson **Head-of-line blocking** runs this page again at
two percent loss.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment carrying part of one object&apos;s DATA frame is lost on the HTTP/2 connection. Which streams wait for its retransmission?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the stream whose DATA frame was in the lost segment</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: HTTP/2 resends the frame on another stream</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stream whose bytes arrived after it on the connection</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the other streams use other TCP connections</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 multiplexes streams inside one TCP byte stream, and TCP hands bytes to the application only in order. Frames of other streams that arrived after the lost segment sit in the receive buffer until the retransmission fills the gap. HTTP/2 removed head-of-line blocking between requests, but not below it, in TCP. This run had no loss: {b.segmentsLost} segments lost, {b.segmentsBlocked} held back.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What HTTPS protects, and what it does not</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP inside TLS</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**HTTPS** is plain HTTP carried inside a **TLS** connection (the `https` scheme, port 443 by
default). Before the first request the client opens TCP, then runs a **TLS handshake**; after it,
every HTTP byte travels inside **TLS records**. Side A uses TLS 1.2, side B TLS 1.3; the TLS
lessons compare the two, here we look at what they share.

TLS gives the connection three properties:

- **Confidentiality**: record contents are encrypted with keys that only the client and the
  server know. They are agreed in the handshake by an ephemeral (EC)DHE key exchange, so an
  observer who saw every byte of it still cannot compute them.
- **Integrity**: every record carries an **authentication tag**. Change one bit on the way and
  the tag no longer checks: the receiver rejects the record and ends the connection.
- **Authenticity**: the server shows a **certificate** for its name, signed by an authority the
  client trusts, and proves with a signature that it holds the matching private key.

None of this is free: the handshake costs round trips and bytes before the first request may go.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side B sent one small request and got one page back. What percentage of all the bytes on its wire belonged to TLS itself (handshake messages, record headers and tags)?</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS&apos;s own bytes were {b.tlsBytes} of {b.wireBytes}, {100 * b.tlsBytes / b.wireBytes:0} %. Most of them are the handshake, paid once per connection: the certificate alone was {bytes(b, &quot;tls.HandshakeMessage server flags=11&quot;)} bytes. After the handshake each record costs only a header and a tag, a few dozen bytes, so on a long connection that moves a lot of data TLS&apos;s share of the bytes becomes small. What stays is the handshake&apos;s waiting.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record is sealed</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspector shows the record that carried side A&apos;s `GET /`. An observer sees its **record
header** in the clear: the content type (`application_data`), the version and the length. The
rest is ciphertext.

With an **AEAD** cipher such as AES-GCM (the one agreed here), encryption and integrity come
as one: the sender encrypts the content and computes an **authentication tag** over it, and the
receiver decrypts only if the tag matches. A record that was changed, cut short, replayed on the
connection or reordered fails the check, and the receiver answers with the fatal alert
`bad_record_mac` instead of passing on altered data.

The record is larger than the request it carries. Compare its size with the request head&apos;s.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bytes larger is this record on the wire than the HTTP request head it carries?</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is {bytes(a, &quot;tls.Record client c2s flags=23&quot;)} bytes for a request head of {bytes(a, &quot;http1.RequestHead client&quot;)}: the difference is the cost of protecting it. In TLS 1.2 with AES-GCM that is a 5-byte record header, an 8-byte explicit nonce and a 16-byte authentication tag. TLS 1.3 drops the explicit nonce but adds one byte for the real content type, hidden inside the encryption. Encryption does not hide the length: the record is as long as its content plus a constant.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on the other end?</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption alone only guarantees that you talk privately with *whoever answered*. An attacker in
the middle could run one handshake with the client and another with the server, decrypt
everything and encrypt it again. The **certificate** prevents that.

The inspector shows the `Certificate` message of side A: the server&apos;s certificate
(`CN=localhost`) and the authority that signed it. The client checks that:

- the chain of signatures leads to a **certificate authority** it already trusts,
- the certificate is valid today and names the server it wanted to reach,
- the server holds the certificate&apos;s private key: in TLS 1.2 the server signs its key-exchange
  parameters (`ServerKeyExchange`), in TLS 1.3 the whole handshake so far (`CertificateVerify`).

Only then do the keys agreed in the handshake belong to the right server.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it not enough that the connection is encrypted, without checking the certificate?</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a certificate the client cannot encrypt at all</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attacker in the middle could complete a handshake with each side and read everything</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate carries the key that encrypts the records</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags of the records are computed from the certificate</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key exchange gives a shared secret with the party at the other end of the handshake, whoever that is. Without authentication a man in the middle simply becomes that party, twice. The record keys do not come from the certificate: they come from the ephemeral key exchange. The certificate and the signature tie that exchange to the server&apos;s name, which is what makes the encryption worth having.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in the clear, or not</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides sent a certificate, but not in the same way. In **TLS 1.2** (side A) every handshake
message before `ChangeCipherSpec` travels in plaintext records of type `handshake`: the
certificate crosses the network readable by anyone on the path.

In **TLS 1.3** (side B) the keys are agreed in the very first two messages (`ClientHello` and
`ServerHello`), so everything after the `ServerHello`, `EncryptedExtensions`, `Certificate`,
`CertificateVerify` and `Finished`, is already encrypted. On the wire these records look like
`application_data`; only the endpoints know they carry handshake messages.

ProtoViz sits inside the endpoints and shows every message decrypted; the inspector marks what
was encrypted on the wire.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In which of the two runs could a passive observer on the path read the server&apos;s certificate?</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In neither: certificates are always encrypted</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in side B&apos;s, TLS 1.3</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in side A&apos;s, TLS 1.2</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In both: certificates are public anyway</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 sends `Certificate` before any key is agreed, so it is plaintext. TLS 1.3 sends it after the `ServerHello`, under handshake keys derived from the key exchange, so an observer sees only an encrypted record of about the same size. The certificate is public information, but seeing it tells an observer which site you visit; TLS 1.3 takes that clue away (though not the server name in the `ClientHello`, as a later step shows).</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server the client does not trust</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this run side B&apos;s client trusts a different certificate authority from the one that signed
the server&apos;s certificate. The server&apos;s first flight arrives as usual, but the chain leads to no
authority the client knows.

The client does what a browser does before it shows a certificate warning: it aborts the
handshake with a fatal **alert**, here `unknown_ca` (alert 48), and closes the connection. Other
failures have their own alerts: `bad_certificate`, `certificate_expired`, `certificate_unknown`.
An alert is a short TLS message: a level (warning or fatal) and a description.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bytes of HTTP (headers and bodies) did side B exchange before its client gave up?</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{b.headerBytes + b.bodyBytes} bytes. A request may leave only once the handshake is finished, and the handshake failed at the certificate, so `GET /` was never sent: side B&apos;s {b.tlsBytes} bytes on the wire were all TLS. Side A, which trusts the authority, exchanged {a.headerBytes + a.bodyBytes} bytes of HTTP. A client that cannot authenticate the server reveals nothing of its request: no path, no cookies.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an observer still sees</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone on the network path watches your TLS 1.3 connection to a web shop. Which of these can they not read?</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name you connected to</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP addresses and ports of both ends</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bytes each response had, and when it came</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of each request and your cookies</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short polling, long polling and push</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three ways to get the server&apos;s news to a client, measured: how late each update arrives, how many requests it takes and how many bytes each update costs.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short polling: asking on a timer</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP is request and response: a server cannot speak to a client that has not asked. The oldest way
around that is **short polling**: every client asks &quot;anything new?&quot; on a timer, and the server
answers at once, with the news or with nothing.

In this step the server publishes an update every half second while each client polls several
times as often. Side **A** polls; side **B** long-polls (next step). Look at A&apos;s lane in the
ladder: request, response, request, response, whether there is news or not. The selected response
is the very first poll, answered before any update existed: `200 OK` with `content-length: 0`.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of short polling&apos;s responses came back empty?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responses</source>
        <extracomment>polling-vs-push.lesson
----------
quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&apos;s clients got {count(a, &quot;http1.ResponseHead client&quot;)} responses and only {count(a, &quot;http1.Body client&quot;)} of them had a body. With a poll every {knob.pollIntervalMs} ms and an update every {1000 / knob.updatesPerSecond} ms, most polls find nothing, yet each still costs a full request head and response head, and work on the server.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer sets the latency</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update that appears on the server just after a poll has to wait for the **next** poll. Then
the answer still needs half a round trip to reach the client. So with short polling:

- the **average** wait is about half the poll interval, plus half a round trip;
- the **worst** wait is a whole poll interval, plus half a round trip.

Polling faster lowers the latency but multiplies the requests, most of them empty. The
**delivery latency** in the statistics is measured per update: from the moment the server had
it to the moment a client had it.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What mean delivery latency do you expect for short polling (A)?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update waits on average about half a poll interval ({knob.pollIntervalMs / 2} ms) for the next poll, then half a round trip ({knob.rttMs / 2} ms) to travel: A measured {a.polling.latencyMeanMs:0} ms on average and {a.polling.latencyMaxMs:0} ms at worst. The long polls of side B took {b.polling.latencyMeanMs:0} ms on average.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long polling: the server holds the request</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Long polling** turns the timer around. The client asks, and the server **does not answer until
it has news** (or until a timeout, often 20 to 60 seconds, after which it answers empty). As soon
as an answer arrives, the client asks again.

An update that appears while a request is waiting goes out at once, so the latency is close to
half a round trip, and there are no empty answers while news keeps coming. The costs move to the
server: every client has a request parked there, holding a connection (and in some servers a
thread), and every update still travels in a complete HTTP response with its head.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which side sent fewer HTTP requests in this run?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short polling (A)</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long polling (B)</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sent {a.polling.httpRequests} requests and B {b.polling.httpRequests}. A long poll is answered only when there is news, so B asks about once per update per client; A asks on its timer, news or not. With updates much more frequent than the polls, this turns around: short polling&apos;s answers then carry several updates each, while long polling still pays a request for every answer.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When updates outpace the round trip</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now side **A** long-polls and side **B** holds a **WebSocket**, on a slower link, and the updates
come faster than one round trip.

After each long-poll answer there is a gap: the answer needs half a round trip to reach the
client, and the client&apos;s next request needs another half to reach the server. For that **whole
round trip** no request is waiting at the server, and updates published in the gap have to wait
for the next one. Long polling then batches them, late. The WebSocket has no gap: the server may
send at any moment. Look at the lanes: A&apos;s requests follow each other one round trip apart, while
B&apos;s frames leave the server as the updates appear.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What mean delivery latency did long polling (A) reach now?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-way trip is {knob.rttMs / 2} ms, and the WebSocket stayed close to it at {b.polling.latencyMeanMs:0} ms on average. Long polling measured {a.polling.latencyMeanMs:0} ms: an update published while no request was parked waited up to a round trip for the next one ({a.polling.latencyMaxMs:0} ms at worst). A&apos;s clients sent {a.polling.httpRequests} requests for {a.polling.deliveries} deliveries, so each answer carried more than one update.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each update costs in bytes</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Overhead** is every protocol byte that is not the update itself: HTTP request and response heads
for polling; frame headers, the upgrade and the control frames for the WebSocket. The statistics
divide it by the updates delivered.

A long-poll answer costs a request head and a response head, and in a real browser far more than
here, because it adds cookies, a user agent and more. A WebSocket update
costs a two-byte frame header for a short message from the server, plus the upgrade paid once per
connection.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times as many overhead bytes per update did long polling (A) spend as the WebSocket (B)?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <extracomment>polling-vs-push.lesson
----------
quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long polling spent {a.polling.overheadPerDelivery:0} bytes per update delivered, a request and a response head for every answer. The WebSocket spent {b.polling.overheadPerDelivery:1}: the upgrade once per connection, {b.polling.frameHeaderBytes} bytes of frame headers in all and {b.polling.controlFrameBytes} bytes of close payloads, spread over {b.polling.deliveries} deliveries. The ratio is about {a.polling.overheadPerDelivery / b.polling.overheadPerDelivery:0} to one, and real-world heads make it larger.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short polling against push, with a slow poll</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last, short polling (**A**) against the WebSocket (**B**) with the scenario&apos;s defaults: the
clients poll once a second while the ticker publishes several updates a second. Each poll now
finds a handful of updates and returns them together, so polling&apos;s heads are shared between
them. Before you look at the overhead, decide which side you expect to win.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which side spent fewer overhead bytes per update delivered?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short polling once a second (A)</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket push (B)</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spent {a.polling.overheadPerDelivery:1} bytes per update, B {b.polling.overheadPerDelivery:1}. Batching makes slow polling much cheaper per update than long polling, but it pays in time instead: A&apos;s updates arrived {a.polling.latencyMeanMs:0} ms after publication on average and up to {a.polling.latencyMaxMs:0} ms, B&apos;s in {b.polling.latencyMeanMs:0} ms. Polling can be cheap or prompt; push is both.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the three runs showed:

- **Short polling** is the simplest and works through anything, but its latency is set by the
  timer, and a fast timer means many empty requests. Fine for data that changes rarely.
- **Long polling** gets close to push latency with plain HTTP, but holds a request per client on
  the server and pays a full HTTP exchange per answer; it falls behind when news comes faster
  than a round trip.
- **WebSocket push** costs one upgrade, then a few bytes per message in either direction, at the
  one-way delay. The price is a long-lived, stateful connection per client (the lesson on scaling
  WebSockets shows what that means for a fleet of servers).

One more option is worth knowing: **Server-Sent Events** (`text/event-stream`) keep one HTTP
response open and stream events down it. Push from the server only, but plain HTTP, with
automatic reconnection in the browser.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat app must carry messages both ways within a fraction of a second, for many users at once. Which fits best?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebSocket per client</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short polling every five seconds</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long polling, with posts sent as separate requests</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-Sent Events alone</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat needs low latency in both directions. Short polling is late by design; long polling and Server-Sent Events only push from server to client, so every post is a separate HTTP request with its head, and each answer a full HTTP response. A WebSocket carries both directions on one connection at the one-way delay: in the last run {b.polling.latencyMeanMs:0} ms on average, against {a.polling.latencyMeanMs:0} ms for polling.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your REST API is described as &quot;stateless&quot;. What does that mean for the servers behind the load balancer?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each request carries everything needed to serve it, so any instance can answer it</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers never store anything, not even in a database</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients may not send cookies or tokens</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed after every response</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statelessness is about the protocol: no request relies on what an earlier request left in a server&apos;s memory. Data still lives in databases, and what the client must prove (a token, a cookie) travels with every request. That is what lets a load balancer send two consecutive requests to two different instances. Connections are another matter: HTTP/1.1 keeps them open by default.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile client times out and retries automatically. Which request is NOT safe to repeat blindly, because HTTP does not define its method as idempotent?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUT /orders/42</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE /orders/42</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /orders</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /orders/42</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 9110 defines GET, HEAD, OPTIONS, TRACE, PUT and DELETE as idempotent: sending one twice has the same intended effect as sending it once. POST is not, so a retried POST may create a second order. APIs that must retry POSTs accept an idempotency key and ignore repeats of it.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do browsers open up to six HTTP/1.1 connections to the same host?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/1.1 specification requires exactly six</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection carries one request and response at a time, so parallel downloads need parallel connections</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection can carry only one kind of resource (HTML, CSS, images)</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP gives every connection a fixed share of the bandwidth, so more connections are faster</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without pipelining, an HTTP/1.1 client must wait for a response before it sends the next request on that connection. Browsers work around it by opening several connections per host. Six is a browser convention, not a rule of the protocol, and every extra connection pays its own TCP handshake, TLS handshake and slow start.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 pipelining lets a client send several requests without waiting. Why did browsers never turn it on by default?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses must come back in request order, so one slow response holds up all the others, and many proxies and servers mishandled it</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is forbidden over TLS</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has to answer pipelined requests over separate connections</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works only for POST requests</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server must answer pipelined requests in the order they arrived. If the first response is slow to produce, finished responses wait behind it: head-of-line blocking at the HTTP level. Broken intermediaries made it risky, so browsers shipped it off. HTTP/2 solved the problem by letting frames of different responses interleave on one connection.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which HTTP feature lets a REST API answer a repeated GET without sending the body again?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>101 Switching Protocols</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 server push</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Connection keep-alive header</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conditional request (If-None-Match with the ETag it got before), answered with 304 Not Modified</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends the validator it holds, an ETag in If-None-Match or a date in If-Modified-Since. If the resource has not changed, the server answers 304 with no body. Together with Cache-Control this is a large part of why REST over HTTP scales so well: browsers, CDNs and proxies all understand it without any code of yours.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 100 ms RTT, one HTTP/1.1 connection loads 10 objects, first one request at a time (A), then pipelined (B). How many times longer does A take than B?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waits a full round trip per object and took {a.totalTimeMs:0} ms; B sent every request without waiting and took {b.totalTimeMs:0} ms, {a.totalTimeMs / b.totalTimeMs:1} times less. The longer the RTT, the more the waiting dominates. Pipelining still delivers the responses in order, so one slow response would hold up the rest; that is the problem HTTP/2 fixed.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an interview you say &quot;HTTPS everywhere&quot;. Which three properties does TLS add to an HTTP connection?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality, compression and caching</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication of the user, load balancing and integrity</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality, integrity, and authentication of the server</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymity of both ends, integrity and availability</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS encrypts the traffic (confidentiality), protects every record with an authentication tag so tampering is detected (integrity), and proves with a certificate that the client talks to whoever holds the key for the server&apos;s name (authentication). It does not identify the user unless client certificates are used, and it hides neither the IP addresses nor how much is sent.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One IP address hosts shop.example and blog.example, each with its own certificate. How does the server know which certificate to present?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Host header of the first HTTP request</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It tries each certificate until the client accepts one</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the DNS query the client made before connecting</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client names the host in the server_name (SNI) extension of its ClientHello</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is sent before any HTTP request can be read, so the name must travel in the handshake itself. Server Name Indication carries it in the ClientHello, in the clear, which is why observers can tell which site you visit unless Encrypted Client Hello (ECH) is used.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must a client check before it trusts a server&apos;s certificate?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only that it is signed by someone, even by itself</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It chains to a root the client trusts, it is within its validity period, and it names the host the client asked for</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That the server&apos;s IP address matches the certificate&apos;s serial number</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That it arrived within one round trip</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client builds a chain from the server&apos;s certificate through intermediates to a root in its trust store, checks the dates, and looks for the requested name among the subject alternative names. The handshake signature (CertificateVerify in TLS 1.3) then proves the server holds the matching private key. A chain that leads nowhere ends the handshake with an alert such as unknown_ca.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users type example.com and the browser first tries plain http://, which an attacker on the network could intercept. What protects them on later visits?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 301 redirect to https:// on every request</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPN</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS session resumption</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSTS: the Strict-Transport-Security header makes the browser use only HTTPS for that host</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect still begins with an unprotected request that an attacker can answer instead. Strict-Transport-Security tells the browser to rewrite every later http:// URL for that host to https:// before anything is sent; the browsers&apos; preload list protects even the first visit.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is TLS usually terminated in a system with a load balancer in front of many application servers?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the database, the only place that holds secrets</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nowhere: a load balancer cannot forward encrypted traffic, so HTTPS systems do without one</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the load balancer or edge proxy, which forwards over the private network, often re-encrypted with mutual TLS</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In each browser&apos;s cache</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating at the edge lets the balancer read HTTP (route by path, add headers, reuse warm connections to the backends) and keeps certificates in one place. Zero-trust set-ups encrypt again towards the backends, often with mutual TLS so every service proves its identity too. A layer-4 balancer can instead pass TLS through untouched.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In B the client does not trust the authority that signed the server&apos;s certificate. Which alert ends B&apos;s handshake?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown_ca</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad_record_mac</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol_version</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client checks the chain as soon as the Certificate message arrives. It cannot link the certificate to any authority it trusts, so it aborts with a fatal alert ({count(b, &quot;tls.Alert client c2s&quot;)} alert sent by B&apos;s client) instead of its Finished. No request follows: B moved {b.headerBytes} bytes of HTTP headers, against {a.headerBytes} for A. bad_record_mac would mean a record failed its integrity check; protocol_version, that no TLS version was shared.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of 20 objects over HTTPS: how many times more TLS bytes does HTTP/1.1&apos;s pool of connections spend than HTTP/2&apos;s single connection?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every one of A&apos;s {a.connections} connections runs its own full handshake, certificate chain included, and then adds record headers and tags to its own traffic: {a.tlsBytes} TLS bytes against {b.tlsBytes} for B&apos;s {b.connections} connection. Fewer connections means fewer handshakes, less server CPU spent on signatures, and fewer round trips spent before the first request.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does a full TLS 1.3 handshake need one round trip where TLS 1.2 needs two?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ClientHello already carries a key share, so the server can compute the keys and finish in its first reply</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 skips verifying the certificate</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 sends the ClientHello inside the TCP SYN</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 servers send their Finished before the ClientHello arrives</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In TLS 1.2 the key exchange begins only after the ServerHello (ServerKeyExchange, then the client&apos;s ClientKeyExchange), which costs a second round trip. A TLS 1.3 client guesses the group and sends its key share at once; the server answers with ServerHello, its own share, and encrypted EncryptedExtensions, Certificate, CertificateVerify and Finished, all in one flight. Only a wrong guess costs a round trip more (HelloRetryRequest).</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attacker records your TLS 1.3 traffic today and steals the server&apos;s private key next year. Can they decrypt the recording?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: the traffic was encrypted with the server&apos;s public key</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, but only the requests, not the responses</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: the session keys came from ephemeral key shares that were thrown away, and the private key only signed the handshake</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, because TLS 1.3 does not encrypt with keys at all</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That property is forward secrecy. TLS 1.3 removed static RSA key transport, so every full handshake derives its keys from fresh ephemeral (EC)DHE shares, and the certificate&apos;s key only authenticates the server through CertificateVerify. 0-RTT early data is the exception: it is protected by a key derived from an earlier session&apos;s resumption secret.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the Finished message prove?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That the certificate is signed by a trusted authority</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That both sides saw the same handshake and hold the same keys, so nothing was altered or downgraded</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That all application data has arrived</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That the TCP connection is about to close</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished carries a MAC over the whole handshake transcript, keyed with a secret only the two endpoints can derive. If an attacker changed any message, for example removing strong cipher suites from the ClientHello, the values would not match and the handshake would fail. The end of a connection is announced differently, with the close_notify alert.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When does a TLS 1.3 server answer with a HelloRetryRequest?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When its certificate has expired</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the client tries to resume a session the server does not know</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the client sent no key share for a group the server accepts, though it listed one the server does accept</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whenever the client offers 0-RTT data</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client guesses which group to send a key share for, usually X25519. If the server will only use another group from the client&apos;s supported_groups list, it sends a HelloRetryRequest (a ServerHello with a special random value) naming that group, and the client must send a second ClientHello with a matching share: one round trip more. An unknown session ticket is simply ignored and the handshake runs in full.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS 1.3 cipher suite such as TLS_AES_128_GCM_SHA256 names fewer things than a TLS 1.2 suite such as TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256. What did TLS 1.3 take out of it?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash function</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symmetric cipher</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: only the spelling changed</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key exchange and the signature algorithm, which are negotiated in their own extensions</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS 1.2 suite bundled key exchange, authentication, cipher and hash. A TLS 1.3 suite names only the AEAD cipher and the hash of the key schedule; the group comes from supported_groups and key_share, the signature scheme from signature_algorithms. All TLS 1.3 suites are forward secret and authenticated-encryption only.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 80 ms RTT, how many milliseconds sooner does the first response byte arrive with TLS 1.3 than with TLS 1.2?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 needed {a.roundTrips} round trips to the first response byte and TLS 1.3 {b.roundTrips}; the difference is one round trip of the {knob.rttMs} ms link, measured as {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms. It comes from the key share in TLS 1.3&apos;s ClientHello: TLS 1.2 needs a second flight (ClientKeyExchange, ChangeCipherSpec, Finished) before the request may leave.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many TLS bytes does resuming a TLS 1.2 session from a ticket save, compared with a full handshake?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resumed handshake skips the Certificate, ServerKeyExchange, ServerHelloDone and ClientKeyExchange messages: {b.tlsBytes} TLS bytes against {a.tlsBytes}. Most of the saving is the certificate chain. It saves time too: the server sends its Finished right after its ServerHello, so B needed {b.roundTrips} round trips against {a.roundTrips}.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides resume a TLS 1.3 session; B also sends its request as 0-RTT early data. At 100 ms RTT, how many milliseconds sooner does B get the first response byte?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&apos;s GET travels with its ClientHello, encrypted with a key derived from the earlier session, so the response comes back with the server&apos;s first flight: {b.roundTrips} round trips against {a.roundTrips}, {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms sooner at {knob.rttMs} ms RTT. The price is that early data can be replayed, so only idempotent requests belong there.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does HTTP/2 compress headers with HPACK instead of simply running them through gzip?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing secret headers together with attacker-chosen text leaks the secrets through the compressed size (the CRIME attack), and HPACK is designed to resist that</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip is patented</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip cannot compress text</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK encrypts the headers and gzip does not</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK replaces fields with indexes into a static table of common fields and a dynamic table of fields sent earlier on the connection, and Huffman-codes the literals; senders can mark sensitive fields never to be indexed. Repeated fields such as cookies, user agent and authority shrink to a byte or two. HPACK does not encrypt anything: TLS does.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which HTTP/2 stream IDs may a client open?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even numbers, starting at 2</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any number not currently in use</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only stream 0</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd numbers, each higher than the last (1, 3, 5, ...)</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams the client opens are odd and must increase; even IDs belong to streams the server opens for push; stream 0 is the connection itself and carries SETTINGS, PING, GOAWAY and the connection-wide WINDOW_UPDATE. When IDs run out, the client opens a new connection.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slow HTTP/2 client cannot keep up with a large download on one stream. What stops the server from flooding its buffers?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PRIORITY frame</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow control: the server may only send as many DATA bytes as the receiver&apos;s window allows, and the receiver opens it with WINDOW_UPDATE</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RST_STREAM after every frame</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing but TCP&apos;s congestion window</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 has credit-based flow control per stream and for the whole connection, each starting at 65,535 bytes. Only DATA frames count against it. The receiver grants more with WINDOW_UPDATE as it consumes data, so one greedy stream cannot fill the buffers the other streams need. TCP&apos;s congestion window protects the network, not the receiving application.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do a browser and a server agree to speak HTTP/2 over TLS?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an Upgrade h2 header on a first HTTP/1.1 request</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser tries HTTP/2 and falls back to HTTP/1.1 on an error</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate lists the protocols it supports</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With ALPN: the ClientHello offers h2 and http/1.1, and the server picks one during the handshake</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application-Layer Protocol Negotiation settles the protocol inside the TLS handshake at no extra cost. Without TLS (h2c), RFC 9113 keeps only prior knowledge, where the client simply starts with the connection preface; the old HTTP/1.1 Upgrade route is deprecated, and browsers never speak h2c at all.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You move a site from HTTP/1.1 to HTTP/2. Which HTTP/1.1-era optimisation now tends to hurt?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing response bodies</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching static files with long lifetimes</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain sharding: spreading the files over several host names</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving static files from a CDN</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharding existed to get past the six connections per host. With HTTP/2, one connection already carries every request in parallel, and each extra host name costs a DNS lookup, a TCP and a TLS handshake, its own slow start and its own HPACK tables. Sprites and concatenated bundles lose much of their point for the same reason.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does &quot;binary framing&quot; mean in HTTP/2?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message is cut into frames that start with a fixed 9-byte header (length, type, flags, stream ID) instead of lines of text</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies must be binary, so JSON is not allowed</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers are encrypted with a binary key</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each frame travels in a TCP segment of its own</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed frame header lets a receiver find frame boundaries without parsing text and mix frames of many streams on one connection. Header lists travel HPACK-encoded in HEADERS (and CONTINUATION) frames, bodies in DATA frames. How frames map onto TCP segments is TCP&apos;s business.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 3 % loss, which side has more segments held back behind a lost one?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1, because it has more connections on which to lose segments</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2, because all its streams share one TCP connection</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither: they hold back the same number</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 lost {a.segmentsLost} segment(s) and held back {a.segmentsBlocked}; HTTP/2 lost {b.segmentsLost} and held back {b.segmentsBlocked}. On a single connection, everything that arrives after a loss waits for the retransmission, whichever stream it belongs to, while HTTP/1.1&apos;s separate connections keep a loss local to one of them. Where the losses fall decides the outcome of one run: try other seeds.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does a PUSH_PROMISE frame carry?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pushed response&apos;s body</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request headers the server answers as if the client had sent them, and the ID of the new stream that will carry the response</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise to send a WINDOW_UPDATE later</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of URLs the client should request next</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends PUSH_PROMISE on the stream of the client&apos;s original request, with a complete request header block and a promised, even-numbered stream ID. The response then arrives on the promised stream like any other, as HEADERS and DATA. Sending the promise before the page body tells the client not to request that object itself.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can an HTTP/2 client keep a server from pushing?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send GOAWAY after each response</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the Accept header</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot: every HTTP/2 server may push</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SETTINGS_ENABLE_PUSH set to 0, or reset unwanted pushed streams with RST_STREAM</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server may push only while the client&apos;s SETTINGS_ENABLE_PUSH is 1, the default. A client that already has the resource can cancel the promised stream with RST_STREAM (error code CANCEL), although some of its data may already be on the way.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate proposes HTTP/2 server push to deliver chat messages to browsers as they happen. What is wrong with that?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push only attaches extra responses to a request the client made, for the browser&apos;s cache; the page&apos;s code never receives them as messages</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: that is what push was designed for</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push works only for images</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pushed response cannot exceed 16 KB</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pushed response belongs to an open client request and lands in the browser&apos;s push cache, where it is used only if the page later asks for that URL. For messages the application consumes as they happen, use WebSockets, server-sent events or long polling.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which stream does the server send a PUSH_PROMISE frame?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On stream 0</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the new, even-numbered stream it promises</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the stream of the client request the pushed resource belongs to</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On any idle stream the server chooses</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promise travels on the client-initiated stream it relates to (the page&apos;s stream 1, for instance), which ties the pushed resource to that request. The promised stream ID inside the frame names the even-numbered stream that will then carry the response. Stream 0 carries only connection-wide frames.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page lists 10 objects and B&apos;s server pushes them. How many PUSH_PROMISE frames reach B&apos;s client?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames</source>
        <extracomment>quiz.questions
----------
websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server promises each object once, before sending the page body: {count(b, &quot;http2.PUSH_PROMISE client&quot;)} promises, and {b.objectsPushed} of the {b.objectsCompleted} objects arrived pushed. Each promise costs only a small HPACK-encoded header block, since the request headers of the objects are nearly identical.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <extracomment>quiz.questions
----------
server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which stream IDs do B&apos;s pushed responses arrive?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd IDs, like the client&apos;s own requests</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even IDs (2, 4, 6, ...), opened by the server</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams the server opens are even-numbered, so they can never collide with the client&apos;s odd ones. The page&apos;s response came on stream 1 and the first pushed response on stream 2 ({count(b, &quot;http2.HEADERS client s2c stream=2&quot;)} response HEADERS on it); the PUSH_PROMISE frames themselves travelled on stream 1, the page&apos;s stream.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does a browser open a WebSocket?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP connection straight to port 443, starting with a magic string</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP/1.1 GET with Upgrade websocket, Connection Upgrade and a Sec-WebSocket-Key, answered by 101 Switching Protocols</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP POST whose body never ends</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS lookup for a WebSocket record</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening handshake is an ordinary HTTP request, so it passes proxies and load balancers and can carry cookies and authorisation headers. After the 101 response, the same TCP (and TLS) connection carries WebSocket frames in both directions. Over HTTP/2, RFC 8441 uses an extended CONNECT request on a stream instead.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server sends a 100-byte text message over a WebSocket. How big is the frame header?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 bytes</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 bytes</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 bytes</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 200 bytes, like an HTTP response head</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first byte holds FIN, three reserved bits and the opcode; the second the mask bit and a 7-bit length, enough for payloads up to 125 bytes. Longer payloads add 2 or 8 length bytes, and frames from a client add a 4-byte masking key, so the same message from a browser has a 6-byte header. 9 bytes is the size of an HTTP/2 frame header.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do WebSocket servers send ping frames on quiet connections?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To measure the client&apos;s CPU load</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To ask the client to resend lost messages</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To notice dead peers, and to keep proxies and NAT devices from dropping an idle connection</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because TCP cannot keep a connection open without data</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ping must be answered by a pong with the same payload. A missing pong tells the server the client is gone (a laptop lid closed, a phone in a tunnel) so it can free the connection; the traffic also keeps middleboxes with idle timeouts from cutting it. Resending lost data is TCP&apos;s job.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two chat clients exchange messages for 2 seconds. How many HTTP requests does the WebSocket side send in all?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each client sends one HTTP request, its upgrade, and from then on only frames: {b.polling.httpRequests} requests and {b.polling.webSocketFrames} frames in all. Short polling needed {a.polling.httpRequests} requests for the same chat, every one with a full HTTP head each way.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When B&apos;s chat is over, which close code do its WebSocket connections end with?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1001, going away</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1006, abnormal closure</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1000, normal closure</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chat service runs on 10 WebSocket servers behind a load balancer. Alice is connected to server 3, Bob to server 7. How does Alice&apos;s message reach Bob?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer copies every frame to all servers</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alice&apos;s browser opens a second WebSocket, to server 7</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server 3 publishes it to a shared pub/sub channel (Redis, Kafka, NATS) that server 7 is subscribed to</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot: users who talk to each other must be on the same server</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each WebSocket server only knows its own connections. A pub/sub backplane, or a presence service that maps users to servers plus routing between servers, fans messages out, so any server can deliver to any user and servers can be added freely.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When do you need sticky sessions at the load balancer?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every HTTPS API, because the TLS keys live on one server</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For stateless REST services, to improve caching</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a client&apos;s successive requests must reach the server that keeps its state in memory, as with long polling that buffers per-client messages</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never: load balancers cannot do it</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebSocket is a single long-lived connection, so it stays on one server by nature. Protocols made of many requests (long polling, or Socket.IO&apos;s polling phase before it upgrades) need every request to reach the same server, unless that state moves to a shared store. Stateless REST should avoid stickiness, because it unbalances the load.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is a stateless HTTP API easy to scale horizontally?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any instance can handle any request, so instances can be added, removed or replaced behind the load balancer without losing sessions</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stateless APIs need no database</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP requests are smaller than WebSocket frames</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stateless servers need no TLS</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With session data in tokens or a shared store, instances are interchangeable: scale on load, roll out new versions gradually, route round-robin. Long-lived connections (WebSockets, gRPC streams) pin a client to one instance for their whole life, so new servers get no share of existing clients until those reconnect.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You put 5 gRPC backends behind a layer-4 (TCP) load balancer, yet each client&apos;s calls all land on one backend. Why?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC messages are too big for layer-4 balancers</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer-4 balancers cannot forward HTTP/2</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC keeps one long-lived HTTP/2 connection and multiplexes every call over it, and a layer-4 balancer balances connections, not calls</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protobuf ties a client to one server</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP balancer picks a backend once per connection; afterwards every call rides the same connection. Balance per call instead: a layer-7 proxy that speaks HTTP/2 (Envoy, for example), client-side load balancing over connections to several backends, or a service mesh.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What mostly limits how many idle WebSocket clients one server can hold?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP allows at most 65,535 connections per server</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection needs a CPU core of its own</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory and file descriptors for every open connection (socket and TLS buffers, per-client state), plus heartbeat traffic</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of HTTP requests the server can parse per second</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idle connection costs almost no CPU, but it holds kernel buffers, TLS state and application state, so capacity is planned in memory and open files. A TCP connection is named by both addresses and both ports, so one listening port can accept far more than 65,535 connections from different clients.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticker sends 5 updates a second to 2 clients. Which costs more HTTP head bytes per delivered update: short polling every 500 ms, or long polling?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short polling</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long polling</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long polling sends a request for almost every update ({b.polling.httpRequests} requests for {b.polling.deliveries} deliveries), while a short poll every {knob.pollIntervalMs} ms collects several updates at once ({a.polling.httpRequests} requests). Per delivery that is {b.polling.overheadPerDelivery:0} bytes of overhead against {a.polling.overheadPerDelivery:0}. Long polling buys its low latency ({b.polling.latencyMeanMs:0} ms against {a.polling.latencyMeanMs:0} ms) with requests, and the busier the feed, the more it pays.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long polling, 2 clients, 10 updates a second for 2 seconds. How many HTTP requests do the clients send in all?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long poll is answered as soon as there is news and the client asks again at once, so it costs about one request per update per client: {a.polling.httpRequests} requests for {a.polling.deliveries} deliveries. The WebSocket side sent {b.polling.httpRequests}, its upgrades. Every request costs a full HTTP head each way: {a.polling.httpHeadBytes} bytes of heads against {b.polling.httpHeadBytes}, and every one is work for the servers and the load balancer.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short polling every 200 ms for a feed that changes once a second. How many HTTP requests are spent for every update delivered?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests per update</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most polls come back empty: {a.polling.httpRequests} requests for {a.polling.deliveries} deliveries, that is {a.polling.overheadPerDelivery:0} bytes of HTTP heads per update, against {b.polling.overheadPerDelivery:0} bytes of WebSocket overhead. Polling faster lowers the latency ({a.polling.latencyMeanMs:0} ms here) but multiplies the requests every server must answer, most of them for nothing.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes before every gRPC message inside the HTTP/2 DATA frames?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the 9-byte HTTP/2 frame header</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON envelope naming the method</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: messages are separated by newlines</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 5-byte prefix: a compressed flag byte and a 4-byte message length</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length prefixes let one stream carry any number of messages, one message span several DATA frames, or several messages share one. Protobuf messages are not self-delimiting, so the prefix is needed. The method is named once per call, in the :path header (/package.Service/Method).</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service A calls B, which calls C. How should gRPC deadlines be set?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every hop the same fixed 30-second timeout</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set none: gRPC retries until the call succeeds</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a deadline where the request enters, and pass the time that remains on to every call downstream</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only C needs a deadline</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gRPC client sends its deadline as the grpc-timeout header; when it passes, the call ends with DEADLINE_EXCEEDED on both sides. Passing the remaining budget on stops B and C from working on answers nobody waits for any more, which is how overloads cascade.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which change to a Protobuf message keeps old clients working?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the number of an existing field</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a field from string to int64</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a field with a new field number</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving a deleted field&apos;s number to a new field</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the wire, Protobuf identifies fields by number and wire type, not by name. Old readers skip numbers they do not know, so adding fields is safe, and so is renaming one (for the binary format). Renumbering, incompatible type changes or reused numbers make old and new code misread each other; mark removed numbers as reserved.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client uploads a large log file to a gRPC service in chunks and wants one summary at the end. Which call type fits?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unary</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidirectional streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In client streaming the client sends a stream of messages and gets one response after it half-closes its side. Server streaming is the mirror (one request, many responses, such as a listing), bidirectional lets both sides send independently (chat, live sync), and unary is one message each way. Bidirectional would work too, but adds nothing here.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does gRPC map a call onto HTTP/2?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message opens a new TCP connection</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls share stream 1</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each call is one HTTP/2 stream: request HEADERS naming /Service/Method, messages in DATA frames, and the status in trailing HEADERS</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each call is an HTTP/1.1 request tunnelled through CONNECT</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because calls are streams, many concurrent calls share one connection, and HPACK shrinks their repeated headers. A streaming call simply keeps its stream open for more DATA frames. The request is a POST to /package.Service/Method with content-type application/grpc.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every unary gRPC call, how many HEADERS frames does the server send?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames per call</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waits for an answer to every message, B streams. How many times longer does A take to move the 10 items down and back up?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pays a round trip per item in each direction, {a.roundTrips} round trips and {a.totalTimeMs:0} ms in all; B keeps two streams open and sends without waiting, {b.roundTrips} round trips and {b.totalTimeMs:0} ms, {a.totalTimeMs / b.totalTimeMs:1} times less. Streams fit whenever many messages of the same kind flow one way.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozens of internal services written in Go, Java and Python call each other thousands of times a second under tight latency budgets. Which would you pick for those calls?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST with XML bodies</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebSocket between every pair of services</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short polling of a shared database table</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC over HTTP/2, with .proto contracts</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC gives typed contracts with generated clients for every language, compact Protobuf payloads, many calls multiplexed on long-lived connections, deadlines and streaming. The price: binary payloads need tools such as grpcurl to read, and load must be balanced per call, not per connection.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal dashboard shows figures that change every few minutes, for a handful of viewers. Which would you pick?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSockets with a Redis pub/sub backplane</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC bidirectional streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom protocol over UDP</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP requests, polling every minute or so</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With rare updates and few viewers, the delay of polling does not matter and each poll is cheap, while a layer of long-lived connections would add servers, heartbeats and reconnect logic for nothing. Picking the simplest design that meets the requirement is itself a strong interview answer.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers only need to receive a one-way stream of notifications, and you want the simplest option that runs over ordinary HTTP and reconnects by itself. Which fits best?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-Sent Events (EventSource)</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC client streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 pipelining</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-Sent Events are one long HTTP response made of text events; the browser reconnects on its own and resumes with Last-Event-ID, proxies treat it as HTTP, and over HTTP/2 it is just one more stream. WebSockets work too, but bring their own framing, heartbeats and scaling work, which pays off when clients also send often.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multiplayer browser game sends player positions 20 times a second in both directions. Which would you pick?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One REST POST per position update</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSockets, with a compact binary message format</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 20 updates a second each way, a request per update multiplies HTTP heads and waiting; long polling also needs a request per batch of news and a second connection to send. A WebSocket frame costs a few bytes of header and leaves at once. WebTransport over QUIC is the newer option when dropping a stale position beats waiting for its retransmission.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile app at 100 ms RTT needs 10 items. REST over a pool of HTTP/1.1 connections, or gRPC over one HTTP/2 connection: which has all the items first?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five small items (200-byte thumbnails) by REST over HTTPS, against gRPC. Where do most of REST&apos;s extra bytes on the wire come from?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshakes of its extra connections</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its HTTP headers and JSON bodies</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat with a message every half second. How does long polling&apos;s delivery latency compare with the WebSocket&apos;s?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket is clearly faster</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the same, within 20 %</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long polling is clearly faster</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When messages are further apart than a round trip, a long poll is already waiting at the server when news arrives, so delivery costs the same one-way trip: {a.polling.latencyMeanMs:1} ms against {b.polling.latencyMeanMs:1} ms. The difference is the cost: {a.polling.httpRequests} HTTP requests and {a.polling.overheadPerDelivery:0} bytes of overhead per delivery, against {b.polling.httpRequests} and {b.polling.overheadPerDelivery:0}. Long polling is a fine fallback; WebSockets win once traffic is heavy or flows both ways.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 server push, and why browsers dropped it</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch an HTTP/2 server push a page&apos;s objects before they are asked for, measure the round trip it saves and what it costs, and learn why Early Hints and preload replaced it.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round trip push wants to save</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A browser cannot ask for a page&apos;s images, scripts and style sheets before it has received the
HTML **document** and found them in it. However fast the connection, that costs one extra
**round trip**: document first, then the requests for everything it names.

HTTP/2 **server push** tries to remove that round trip. The server knows which objects the
document will need, so along with the document it sends them unasked.

Both sides load the same small page over HTTP/2. Side **A** asks for every object; side **B**&apos;s
server pushes them. Follow the arrows in the ladder.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many milliseconds sooner does side B, with push, have the whole page?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side A took {a.totalTimeMs:0} ms and side B {b.totalTimeMs:0} ms, a gain of {a.totalTimeMs - b.totalTimeMs:0} ms against a round-trip time of {knob.rttMs} ms. Side A needed {a.roundTrips} round trips (TCP, TLS, the document, the objects); side B {b.roundTrips}, because the objects came with the document. For a small page that fits in TCP&apos;s first flights, push saves about one round trip.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUSH_PROMISE: announcing a response nobody asked for</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A push starts with a `PUSH_PROMISE` frame (RFC 9113, section 8.4). The server sends it on the
stream of the request it relates to, here stream 1, the document&apos;s, and it carries:

- the **promised stream id**, a new **even** id, because the server opens it;
- a **header block** with the request the server pretends the client made (`:method GET`,
  `:path` of the object), HPACK-compressed like any other.

The response then comes on the promised stream as usual: `HEADERS`, then `DATA`. The server
sends the promises **before** the document&apos;s body, so the client learns that an object is on
its way before it can read the reference to it and request it itself.

The rules keep push safe: only **safe, cacheable** requests without a body may be promised, only
for an origin the server is authoritative for. A client can refuse a single push with
`RST_STREAM`, or all pushes by sending `SETTINGS_ENABLE_PUSH = 0` in its first `SETTINGS`.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many fewer requests (HEADERS frames sent by the client) did side B send than side A?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side A sent {count(a, &quot;http2.HEADERS client c2s&quot;)} requests, side B only {count(b, &quot;http2.HEADERS client c2s&quot;)}, for the document. The client received {count(b, &quot;http2.PUSH_PROMISE client&quot;)} PUSH_PROMISE frames and {b.objectsPushed} of its {b.objectsCompleted} objects were pushed, each on a stream the server opened. Requests that are never made cost no upstream bytes either: side B sent {b.wireBytesUp} bytes to the server against {a.wireBytesUp} for side A.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the promise comes first</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playback stopped where the document&apos;s response reaches the client. The server sent all the
`PUSH_PROMISE` frames on stream 1 first, and only then the responses: the document&apos;s on stream 1
and the pushed ones on their even streams.

    stream 1:   PUSH_PROMISE (2)  PUSH_PROMISE (4) ...  HEADERS  DATA (the document)
    stream 2:                                           HEADERS  DATA (object 1)
    stream 4:                                           HEADERS  DATA (object 2)

The order is deliberate, and RFC 9113 asks servers to keep it.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the server send the PUSH_PROMISE frames before the document&apos;s DATA?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because the client must acknowledge every promise before the document may be sent</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So the client knows the objects are coming before it finds them in the document and requests them itself</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because a PUSH_PROMISE may only be sent on a stream that has not sent DATA yet</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fill the HPACK dynamic table before the document&apos;s headers are compressed</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the document arrived first, the client could parse a reference and send its own request for that object while the push is still in flight, and the object would cross the wire twice. Promising first removes that race. Nothing is acknowledged: the server does not wait for the client at all, which is where the saved round trip comes from. Nor must promises precede all DATA: they need an open stream and must only come before the frames that refer to the pushed object. Here the client received its first promise {firstMs(b, &quot;http2.HEADERS client s2c stream=1&quot;) - firstMs(b, &quot;http2.PUSH_PROMISE client&quot;):1} ms before the document&apos;s response headers.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing more than the first flight holds</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same comparison with a bigger page: more and larger objects. A new TCP connection may only
send a limited amount before it hears back from the client: its **initial congestion window**,
ten segments here, as in most real stacks. TLS adds its own unit: a **record** of up to 16 KB
can only be decrypted once all of it has arrived.

With push, the server writes the document and all the pushed responses at once. Look at when
the document&apos;s first bytes reach the client on each side.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the bigger page, when does the document&apos;s response reach the client with push, compared with side A?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sooner with push</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the same time</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later with push</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first response byte reached the client after {b.timeToFirstByteMs:0} ms with push and {a.timeToFirstByteMs:0} ms without. The pushed responses leave together with the document and compete with it for the first flight: when they do not fit in it, the document can end up waiting a round trip for pushed bytes to make room, because TCP sends in order and TLS decrypts whole records. The whole page took {b.totalTimeMs:0} ms with push against {a.totalTimeMs:0} ms without, where a round trip is {knob.rttMs} ms: compare that with the round trip push saved on the small page. Once the page is larger than the first flights, the bottleneck is the congestion window, not the missing requests, and push cannot send faster than TCP allows.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why browsers gave up on push</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push looked like a free round trip, and in practice it rarely was. Chrome turned it off in 2022
(version 106), Firefox removed it in 2024, and nginx dropped it from its server. RFC 9113 itself
calls push difficult to use effectively. The reasons:

- **The server cannot see the cache.** A returning visitor already has the style sheet and the
  logo; the server pushes them anyway. The client can cancel with `RST_STREAM`, but by the time
  that arrives, a round trip of pushed bytes is already on the wire: **wasted bytes**.
- **It competes with what matters.** Pushed bytes take bandwidth and congestion window from the
  document and from requests the browser would have ranked higher, as the last run showed.
- **It is hard to get right.** What to push, when, and how much depends on the page, the cache
  and the network; most sites that tried it measured little gain, some a loss.

Very few sites used it at all, so browsers removed the code rather than keep maintaining it.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A returning visitor has every object of the page in the browser cache. The server pushes them anyway. What happens?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sees the browser&apos;s cache and skips the objects already there</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser refuses the PUSH_PROMISE frames, so no data is sent</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is wasted: pushed objects only replace the copies in the cache</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pushed bytes cross the network anyway, at least until the browser&apos;s RST_STREAM reaches the server</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 gives the server no view of the client&apos;s cache (a proposal for &quot;cache digests&quot; was abandoned). The browser can reset each pushed stream once it sees the promise, but the server started sending at once, so up to a round trip&apos;s worth of pushed data is already on its way when the reset arrives. In this run the client received {bytes(b, &quot;http2.DATA client s2c&quot;)} bytes of DATA; for a visitor with a warm cache, the pushed part of that would be waste.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement: 103 Early Hints and preload</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What replaced push leaves the decision with the **browser**, which knows its cache:

- **Preload**: a `Link: &lt;/style.css&gt;; rel=preload; as=style` header, or the same as a
  `&lt;link rel=&quot;preload&quot;&gt;` element, tells the browser early which objects the page needs. It
  checks its cache and requests only what is missing.
- **103 Early Hints** (RFC 8297): while the server is still producing the page, it sends an
  interim `103` response with those `Link` headers. The browser starts its requests (or opens
  connections with `rel=preconnect`) during the server&apos;s thinking time; the final `200`
  response follows when the page is ready.

    client  GET /  ----------------------&gt;
            &lt;----------------------------  103 Early Hints  (Link: style.css; rel=preload)
            GET /style.css  -------------&gt;        (server still building the page)
            &lt;----------------------------  200 OK  (the document)

The browser pays for a request, but it sends it while it would otherwise sit idle, and it
never fetches what it already has.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is 103 Early Hints safer than server push?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Hints sends the objects in a compressed form</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Hints needs no extra requests at all</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser decides what to fetch, and skips what its cache already holds</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Hints makes the server skip the objects the browser already has</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 against TLS 1.3: the full handshake</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why TLS 1.3 needs one round trip of handshake where TLS 1.2 needs two, what a HelloRetryRequest costs, and how a version mismatch ends in an alert.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2: two round trips before the request</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides make one HTTPS request after a **full handshake**: no earlier session to build on.
Side A speaks TLS 1.2 (RFC 5246), side B TLS 1.3 (RFC 8446). Follow side A on the ladder:

    ClientHello                 ----&gt;
                                &lt;----  ServerHello, Certificate,
                                       ServerKeyExchange, ServerHelloDone
    ClientKeyExchange,
    ChangeCipherSpec, Finished  ----&gt;
                                &lt;----  NewSessionTicket,
                                       ChangeCipherSpec, Finished
    GET /                       ----&gt;

- `ClientHello` offers versions, **cipher suites** and extensions; `ServerHello` picks one.
- `Certificate` proves who the server is; `ServerKeyExchange` holds the server&apos;s ephemeral
  ECDHE public key, signed with the certificate&apos;s key.
- Only now can the client send its own public key (`ClientKeyExchange`): the playback stopped
  there. Both sides compute the same secret; `ChangeCipherSpec` switches to the new keys and
  `Finished` proves that both saw the same handshake.

The client must hear the server&apos;s `Finished` before it sends its request: two round trips of
handshake, on top of TCP&apos;s one.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many round trips does side A&apos;s TLS 1.2 handshake take, from the client&apos;s ClientHello until the handshake is complete at the client?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From `ClientHello` to a complete handshake took {(firstMs(a, &quot;tls.HandshakeComplete client&quot;) - firstMs(a, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2} round trips. The client cannot send `ClientKeyExchange` before it has the server&apos;s key exchange parameters, and the server&apos;s `Finished` needs one more crossing after that. With TCP&apos;s handshake and the request itself, the first response byte came after {a.roundTrips} round trips.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3: the key share goes first</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 saves a round trip with a guess. The client assumes the server will accept a common
group (here X25519) and puts its ephemeral public key into the `ClientHello` straight away, in the
**`key_share`** extension; the inspector shows it. The server can then answer with everything in
one flight:

    ClientHello + key_share     ----&gt;
                                &lt;----  ServerHello + key_share,
                                       [EncryptedExtensions, Certificate,
                                        CertificateVerify, Finished]
    [Finished], [GET /]         ----&gt;

Everything in brackets is encrypted: the keys exist as soon as the `ServerHello` has delivered
the server&apos;s share. `CertificateVerify` is the server&apos;s signature over the whole handshake so
far. The client checks it and the server&apos;s `Finished`, then sends its own `Finished` together
with the request. The `ChangeCipherSpec` messages on the ladder are dummies that TLS 1.3 sends
only so that old middleboxes let the connection through.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now side B. How many round trips until its first response byte, TCP&apos;s handshake included?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{b.roundTrips} round trips: one for TCP, one for the whole TLS 1.3 handshake, one for the request and its response. Side A needed {a.roundTrips}. At this RTT the first byte came after {b.timeToFirstByteMs:0} ms against {a.timeToFirstByteMs:0} ms: the difference is one round trip, and it grows with the distance to the server.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where did the key exchange messages go?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the messages of the two sides. TLS 1.3 has no `ServerKeyExchange`, no `ClientKeyExchange`
and no `ServerHelloDone`. It also removed a lot that TLS 1.2 still allowed:

- **static RSA key exchange**, where the client encrypted the secret with the server&apos;s
  certificate key: whoever later stole that key could decrypt every recorded session;
- ciphers without built-in integrity (CBC with a separate MAC, RC4); only **AEAD** ciphers
  remain;
- renegotiation and compression.

Every full TLS 1.3 handshake uses an ephemeral (EC)DHE exchange, so it always has **forward
secrecy**: stealing the server&apos;s private key later does not open recorded traffic.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 sends no ServerKeyExchange or ClientKeyExchange. Where is its key exchange?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Certificate: the client encrypts a secret with the server&apos;s public key</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the key_share extensions of the ClientHello and the ServerHello</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Finished messages</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the NewSessionTicket messages after the handshake</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s public key rides in the `ClientHello`&apos;s `key_share`, the server&apos;s in the `ServerHello`&apos;s (the inspector shows it). Both sides compute the shared secret from these two messages alone, which is why the server&apos;s very first flight can already be encrypted and end with `Finished`. Encrypting a secret with the certificate&apos;s key (RSA key transport) is exactly what TLS 1.3 removed, because it gave no forward secrecy.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the guess is wrong: HelloRetryRequest</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key share in the `ClientHello` is a guess. Both clients here support X25519 and P-256, but
send a key share for X25519 only (a key share per group would make every `ClientHello` larger).
Side A&apos;s server accepts X25519. Side B&apos;s server accepts **only P-256**.

B&apos;s server cannot compute a secret from a share it does not accept, so it answers with a
**HelloRetryRequest**: a `ServerHello` with a special fixed random value, naming the group it
wants. The client must start again with a second `ClientHello` carrying a P-256 key share. The
playback stopped at the HelloRetryRequest.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many ClientHello messages did side B&apos;s client send?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <extracomment>https.lesson
----------
tls-handshakes.lesson
----------
tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count(b, &quot;tls.HandshakeMessage client c2s flags=1&quot;)} `ClientHello` messages, against {count(a, &quot;tls.HandshakeMessage client c2s flags=1&quot;)} on side A. The second one could only leave once the HelloRetryRequest had arrived, so the handshake took one full round trip more: {b.roundTrips} round trips until the first response byte instead of {a.roundTrips}.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the retry costs</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the lanes both handshakes line up until the server&apos;s first answer; from there side B runs
one round trip behind. That is the whole cost of a HelloRetryRequest: one RTT, and the bytes of a
second `ClientHello`.

It is avoidable. Clients send a key share for the group servers most often accept (today
X25519), and servers that prefer another group may still accept the share the client already
sent. A server configured like B&apos;s forces the extra round trip on nearly every new connection.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many milliseconds later than side A did side B receive its first response byte?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{b.timeToFirstByteMs - a.timeToFirstByteMs:0} ms later, close to one round trip of {knob.rttMs} ms: the extra crossing of the HelloRetryRequest and the second `ClientHello`. Side B also put {b.tlsBytes - a.tlsBytes} more TLS bytes on the wire.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version in common</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client and server must agree on a version. A TLS 1.3 client lists the versions it supports in
the `supported_versions` extension of its `ClientHello`; a TLS 1.2 client has no such extension
and just writes 1.2 in the hello&apos;s version field. The server picks the highest version both
share.

Side B&apos;s client allows TLS 1.2 at most, and its server requires TLS 1.3. There is nothing to
pick, so the server ends the handshake with the fatal alert **`protocol_version`** (alert 70).
No keys were agreed, so the alert travels in the clear.

A related safeguard: when a TLS 1.3 server does settle on TLS 1.2, it writes a fixed marker
into the last bytes of its `ServerHello` random. A TLS 1.3 client that sees the marker knows an
attacker stripped its offer of 1.3 and aborts, so a **downgrade** cannot be forced silently.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who ended side B&apos;s handshake, and when?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server, in answer to the ClientHello</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client, after it had seen the ServerHello</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: both settled on TLS 1.2</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version is the server&apos;s choice, made from the `ClientHello` alone, so the server was the one to refuse, at once, without sending a `ServerHello`: side B failed after {b.roundTrips} round trips and only {b.tlsBytes} bytes of TLS. A fatal alert ends the connection; the client could only retry with other settings.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming back: session resumption and 0-RTT</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a session ticket lets a returning client skip the certificate (and, in TLS 1.2, a round trip), and why TLS 1.3&apos;s 0-RTT early data is faster but can be replayed.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket to come back with</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full handshake is expensive: round trips, a certificate chain to send and to check, a
signature to make and to verify, a key exchange to compute. A browser opens many connections to
the same servers, so TLS lets a client **resume** a session it had before.

At the end of side A&apos;s full handshake the server sent a **`NewSessionTicket`**; the inspector
shows it. A **session ticket** (RFC 5077) is the session&apos;s state, above all its master secret,
encrypted under a key that only the server knows. The client cannot read it; it just keeps it
and hands it back next time. The server then needs no per-client memory: a ticket-encryption key
shared by all its machines is enough. (The older way, a **session ID**, made the server keep a
cache of sessions.)

Side B is such a return visit: before the clock started, a first connection, not recorded,
obtained a ticket, and side B&apos;s `ClientHello` carries it in its `session_ticket` extension.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 resumed: one round trip</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server decrypts the ticket, finds the master secret, and goes straight to the end of the
handshake. This is the **abbreviated handshake**:

    ClientHello + ticket         ----&gt;
                                 &lt;----  ServerHello, ChangeCipherSpec, Finished
    ChangeCipherSpec, Finished,
    GET /                        ----&gt;

No `Certificate`, no `ServerKeyExchange`, no `ClientKeyExchange`: the server proves who it is
by being able to open the ticket, and fresh keys are derived from the old master secret and the
two new random values. The server even sends its `Finished` first.

The price: no new key exchange happens. Anyone who later obtains the server&apos;s ticket key can
open recorded tickets, and with them decrypt the recorded sessions they protect, the first one
included. Servers must therefore rotate that key often.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many round trips does side B&apos;s resumed handshake take, from its ClientHello until the handshake is complete at the client?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed, the handshake took {(firstMs(b, &quot;tls.HandshakeComplete client&quot;) - firstMs(b, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2} round trips, the full one {(firstMs(a, &quot;tls.HandshakeComplete client&quot;) - firstMs(a, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2}. So the first response byte came after {b.roundTrips} round trips instead of {a.roundTrips}, and TLS put {b.tlsBytes} bytes on the wire instead of {a.tlsBytes}: the certificate stayed home.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3: resumption with a pre-shared key</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 keeps the idea and renames it. The server still sends `NewSessionTicket` messages
(after the handshake, encrypted), but a ticket now stands for a **pre-shared key (PSK)**. The
returning client names it in the `pre_shared_key` extension of its `ClientHello`, shown in the
inspector.

Unlike TLS 1.2, the client here also sends a fresh `key_share`, and `psk_key_exchange_modes`
says `psk_dhe_ke`: the new keys mix the PSK with a new (EC)DHE exchange, so the resumed session
keeps **forward secrecy**.

    ClientHello + key_share + pre_shared_key  ----&gt;
                    &lt;----  ServerHello + key_share + pre_shared_key,
                           [EncryptedExtensions, Finished]
    [Finished], [GET /]                       ----&gt;

Everything in brackets is encrypted.

The PSK already authenticates the server, so it sends no `Certificate` and no
`CertificateVerify`.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many Certificate messages did the server send on side B, the resumed connection?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count(b, &quot;tls.HandshakeMessage server flags=11&quot;)}, against {count(a, &quot;tls.HandshakeMessage server flags=11&quot;)} in side A&apos;s full handshake. The server&apos;s `ServerHello` accepts the client&apos;s pre-shared key, and that key is proof enough that this is the server the client authenticated before; so no certificate ({bytes(a, &quot;tls.HandshakeMessage server flags=11&quot;)} bytes in side A) and no signature.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What TLS 1.3 resumption saves</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the round trips: both sides needed the same number. A full TLS 1.3 handshake already
takes one round trip, and a resumed one cannot take fewer as long as the client waits for the
server&apos;s `Finished` before sending its request.

What resumption saves in TLS 1.3 is **work and bytes**: no certificate chain on the wire, no
signature for the server to compute, no chain for the client to verify. For a busy server
signing is the expensive part of a handshake, so resumption still pays.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS 1.3 resumption takes as many round trips as a full TLS 1.3 handshake. What does it save?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One round trip</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key exchange: a resumed session needs no new key share</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain and the server&apos;s signature</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption of the first request</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round trips are equal because even a full TLS 1.3 handshake takes only one. The saving is in what crosses the wire and what must be computed: no `Certificate` and no `CertificateVerify` on side B, so fewer TLS bytes in the statistics, no signature for the server to make and no chain for the client to check. With `psk_dhe_ke` a new key share is still exchanged, for forward secrecy, and the request is encrypted as always.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-RTT: the request rides with the ClientHello</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides resume a session. Side B goes further: from the PSK alone the client can derive an
**early traffic key** before it has heard anything from the server. So it encrypts its request
with that key and sends it right behind the `ClientHello`, as **0-RTT early data**:

    ClientHello + early_data + pre_shared_key,
    (GET /)                          ----&gt;
                                     &lt;----  ServerHello, [EncryptedExtensions,
                                            Finished], [200 OK]
    (EndOfEarlyData), [Finished]     ----&gt;

Parentheses mark what is encrypted under the early traffic key, brackets what is encrypted under
the keys of the new handshake.

A server willing to take it says so with `early_data` in `EncryptedExtensions`, and may answer
the request in its very first flight. The client then closes the early data with
`EndOfEarlyData` and finishes the handshake as usual.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many round trips until side B&apos;s first response byte, TCP&apos;s handshake included?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{b.roundTrips} round trips against {a.roundTrips} without early data: the request no longer waits for the handshake, so only TCP&apos;s own round trip and the request&apos;s remain ({b.timeToFirstByteMs:0} ms against {a.timeToFirstByteMs:0} ms here). QUIC, which merges the transport and TLS handshakes, removes the TCP round trip as well.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of 0-RTT: replay</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early data is sent before the server has said anything in this connection, and that has two
consequences (RFC 8446, section 8 and appendix E.5):

- **No replay protection.** An attacker who records the `ClientHello` with its early data can
  send the same bytes to the server again, or to another server of the same cluster. The
  server cannot tell the copy from the original: both decrypt correctly, and the request is
  executed twice. The rest of the connection is safe, as the attacker cannot finish the
  handshake.
- **Weaker forward secrecy.** Early data is encrypted under a key derived from the PSK alone,
  with no fresh key exchange. Whoever later learns the ticket key can decrypt recorded early
  data.

Servers limit the damage with single-use tickets, a record of recent `ClientHello`s and a short
time window, but none of these is perfect across many machines.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bytes did side B&apos;s client send as early data?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bytes(b, &quot;tls.EarlyData client c2s&quot;)} bytes: exactly the request head ({bytes(b, &quot;http1.RequestHead client&quot;)} bytes), `GET /`. That whole request is what an attacker could replay. Fetching a page twice does no harm, which is why this request may travel early.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which requests may go early?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because early data may be replayed, it is only safe for requests where doing them twice has the
same effect as doing them once. HTTP calls such methods **idempotent**, and those that change
nothing at all **safe** (RFC 9110, section 9.2): `GET` and `HEAD` are both.

For HTTP, RFC 8470 spells out the rules. A client sends only safe requests as early data. A
server, or a proxy in front of it, can mark a request that came in early data for the
application behind it (`Early-Data: 1`), or refuse it with **`425 Too Early`**, and the client
then retries after the handshake. Many servers
and CDNs accept early data only for `GET` requests, and some only for ones without a query.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of these requests should a server accept as 0-RTT early data?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /transfer, which moves money between two accounts</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /tiles/3, which only reads an image</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /orders, which places an order</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any request, as long as it arrives encrypted</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replayed `POST /transfer` or `POST /orders` would move the money or place the order a second time, and encryption does not help: the attacker does not need to read the request, only to send the recorded bytes again. A `GET` that only reads gives the same answer however often it runs. So servers take early data only for safe, idempotent requests, and answer others with `425 Too Early`, costing them the round trip that 0-RTT saved.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 and REST</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public and partner APIs: every language, curl, browser, gateway and CDN speaks HTTP and JSON, and payloads can be read by eye.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources that cache well: conditional requests and Cache-Control let browsers, proxies and CDNs answer for you.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple request and response traffic where a handful of calls per screen is the norm and every tool must be able to take part.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages or screens with many small requests on a long RTT: a connection carries one exchange at a time, and every extra connection pays its own TCP and TLS handshakes.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates by polling: every check is a full request with its headers, and an update waits for the next poll.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;For the public API I&apos;d use REST with JSON over HTTPS: everyone can call it, it&apos;s easy to debug, and HTTP caching and CDNs work out of the box.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;I&apos;d keep the endpoints stateless so any instance behind the load balancer can serve any request, and make retried writes safe with idempotency keys.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS (HTTP over TLS)</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning clients: resumption skips the certificate and signature work, and 0-RTT lets an idempotent request leave with the ClientHello.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few, long-lived connections, so the handshake cost is paid once and shared by many requests.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2-only configurations when clients can do TLS 1.3: every new connection waits a round trip more.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates from an authority your clients do not trust, such as a private CA missing from mobile apps&apos; trust stores: the handshake fails with unknown_ca.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping old TLS versions on the server before all clients can speak the new one: they get protocol_version and nothing else.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting only a key-exchange group clients do not guess first: every handshake pays an extra round trip for a HelloRetryRequest.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;I&apos;ll use HTTPS everywhere, terminated at the load balancer with TLS 1.3, and mutual TLS between internal services.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;To keep handshakes cheap I&apos;d reuse connections and enable session resumption; 0-RTT only for idempotent GETs, since early data can be replayed.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages and APIs with many concurrent requests to one origin: one connection carries them all as multiplexed streams.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatty APIs with repetitive headers: HPACK shrinks repeated header fields to a byte or two.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transport for gRPC and for anything that needs long-lived streams over one connection.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lossy mobile or Wi-Fi links with heavy traffic: on a single TCP connection one lost segment holds back every stream (HTTP/3 over QUIC fixes that).</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relying on server push: it saves at most a round trip, and browsers removed it because it pushes what clients already have; use 103 Early Hints and preload instead.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1-era tricks such as domain sharding, which only add handshakes and split the HPACK tables.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;At the edge I&apos;d serve HTTP/2 (and HTTP/3 where the CDN offers it): one connection per client, multiplexed requests and header compression, with no change to the API.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;I&apos;d mention the trade-off: HTTP/2 removes head-of-line blocking between requests, but not TCP&apos;s, which is why HTTP/3 exists.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-to-service calls inside the system: typed .proto contracts, generated clients for every language, compact Protobuf messages and many calls multiplexed on one connection.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams of messages: server, client and bidirectional streaming send many messages without a round trip or a header block each.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers as direct clients: they need gRPC-Web and a proxy, so public and web APIs are usually REST.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains of unary calls that each wait for the last, when a stream would do: each call costs a round trip and a header block plus trailers.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection-level (layer-4) load balancing: every call of a client rides one long-lived connection, so balance per call with a layer-7 proxy or client-side balancing.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payloads that humans must read in logs and with curl, unless the team adopts grpcurl and similar tools.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;For internal calls between services I&apos;d use gRPC: the .proto file is the contract, Protobuf keeps payloads small, and HTTP/2 multiplexes the calls; I&apos;d set deadlines and propagate them.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;The public and browser-facing API stays REST over HTTPS, or gRPC-Web behind Envoy if the front end wants the same contracts.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time updates from server to client, such as tickers, dashboards and notifications: each update leaves the moment it exists, with a frame header of a few bytes.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic in both directions, such as chat, multiplayer games and collaborative editing: client and server send on the same connection at any time.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy feeds where long polling would pay a request per update.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare, one-way updates: long polling, or server-sent events, deliver them about as fast over plain HTTP, with no connection layer to run.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and response APIs: you would rebuild request IDs, errors, caching and retries that HTTP already has.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designs that cannot afford stateful servers: every connection pins a client to one server, so fan-out needs pub/sub and deploys need reconnects with backoff.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;For the chat I&apos;d use WebSockets: clients keep one connection to a gateway tier, and the gateways fan messages out through a pub/sub layer such as Redis or Kafka.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;I&apos;d add heartbeats, reconnect with exponential backoff and jitter, and fall back to long polling where WebSockets are blocked.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP long polling</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near real-time delivery over plain HTTP, where WebSockets are blocked or not worth a new infrastructure layer: a held request answers as soon as there is news.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much lower latency than short polling, without polling on a timer.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy feeds: every update costs a request and a full HTTP head each way, more than short polling or a WebSocket.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat over HTTP/1.1: the held request occupies a connection, so sending needs a second one per client.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers that keep per-client queues in memory behind a load balancer without sticky sessions or a shared store.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;If WebSockets aren&apos;t available I&apos;d fall back to long polling: latency stays close, at the cost of a request per batch of updates.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling WebSockets beyond one server</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a chat that works on one server loses messages on two, and how a pub/sub broker, sticky sessions and careful reconnects fix it.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection that stays</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why doesn&apos;t adding WebSocket servers behind a load balancer just work, as it does for a stateless REST API?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each server can send only to its own connections, so a message arriving at one server never reaches clients connected to another</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancers cannot forward the Upgrade request</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebSocket needs the same TCP port on every server</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers refuse to open more than one WebSocket per site</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin and per-server state</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A **round-robin** balancer sends each new connection to the next server in turn, so the chat&apos;s
clients end up spread across the servers. With per-server state (side **A**), a message posted
through server 1 is sent to the clients on server 1 and nowhere else: everyone connected elsewhere
simply never sees it. No error is raised anywhere; the messages are just missing.

This is the classic bug of a WebSocket app that worked in development, on one process, and lost
messages in production.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliveries</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pub/sub broker between the servers</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What mean delivery latency did B, with the broker, reach?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky sessions</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Sticky sessions** (session affinity) make the load balancer send a client to the **same
server** every time, by a cookie it sets or by a hash of the client&apos;s address.

They matter when one logical session is made of **several HTTP requests**: long polling, or a
library such as Socket.IO that starts with polling requests and then upgrades, needs every
request of the session to land where its state is. A single WebSocket does not need them: once
upgraded, the connection itself stays on its server for its whole life. After a reconnect,
stickiness brings the client back to the server that may still hold its state.

What stickiness never does is deliver a message to a client on another server.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky sessions are now on, and A still keeps its rooms per server. Does every chat message reach every client?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: stickiness keeps each client on one server, but a message still reaches only the clients of the server it arrived at</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: sticky sessions make the balancer copy each message to every server</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, but only for clients that connected after the change</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, because sticky sessions only work for HTTP/2</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affinity decides where a connection goes, not where a message goes. Fan-out across servers needs the servers to share messages, through a broker as in B, which delivered {b.polling.deliveries} times against A&apos;s {a.polling.deliveries}.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnects, deploys and uneven load</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-lived connections bring problems a stateless service does not have:

- **Deploys and crashes.** When a server stops, all its clients lose their connections at once.
  If they all reconnect at once, they hit the remaining servers in a burst (a *thundering herd*).
  Clients should reconnect after a **random, growing delay** (exponential backoff with jitter),
  and resume from the last message they saw. A server going down gracefully closes its sockets
  with code `1001` (going away) and stops accepting new ones first (**draining**).
- **Uneven load.** Connections are balanced when they open, and then stay. A server added to the
  fleet gets only new connections; old ones never move unless the clients reconnect.
- **Idle timeouts.** Load balancers and proxies drop connections that are quiet for a while
  (often a minute); a ping or heartbeat every so often keeps them open.
- **Per-connection cost.** Every open socket holds memory, a file descriptor and, with TLS, its
  keys; capacity is counted in concurrent connections, not requests per second.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server holding many thousands of WebSockets is restarted for a deploy. What should its clients do?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect after a random, growing delay, and ask for the messages since the last one they saw</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect immediately, all together, so that nobody misses anything</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall back to short polling for the rest of the session</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the server to reconnect to them</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSockets: one upgrade, then frames both ways</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a WebSocket opens with an HTTP Upgrade and a 101, what Sec-WebSocket-Accept proves, what a frame looks like, why clients mask, and how the connection closes.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP request that asks to stop being HTTP</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side **B** keeps a WebSocket open to each client and the server pushes a ticker&apos;s updates down it.
(Side A polls for the same updates; the next lesson compares the two.)

A WebSocket does not start with a new protocol on a new port. It starts as an ordinary
**HTTP/1.1 GET**, the **opening handshake**, that asks the server to switch protocols on this very
connection. The inspector shows it:

- `Upgrade: websocket` and `Connection: Upgrade`: &quot;let us stop speaking HTTP here&quot;.
- `Sec-WebSocket-Key`: sixteen random bytes, base64-encoded, new for every handshake.
- `Sec-WebSocket-Version: 13`: the version RFC 6455 defines.

Because it is plain HTTP, the request goes to port 80 or 443, passes the same proxies and load
balancers, carries cookies and authorization like any request, and a browser adds an `Origin`
header so the server can refuse pages from other sites. Over TLS the scheme is `wss://`, and the
TCP and TLS handshakes come first.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the TCP handshake, the TLS 1.3 handshake and the upgrade itself, how many round trips does a client wait for before the server can push anything to it?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One round trip for TCP, one for TLS 1.3 and one for the upgrade GET and its answer: {b.roundTrips} in this run. After that no update waits for a request: the server writes a frame whenever it has news, so every later update costs only the one-way trip of about {knob.rttMs / 2} ms.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>101 Switching Protocols, and the accept key</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server agrees with **`101 Switching Protocols`**. From the blank line that ends this response
on, the connection no longer carries HTTP: both sides speak WebSocket frames. Any other status
(`401`, `403`, `426 Upgrade Required` when the version is wrong, or a plain `200`) means there is
no WebSocket, and the client must give up.

The response also carries **`Sec-WebSocket-Accept`**. The server computes it from the client&apos;s key:

    accept = base64( SHA-1( Sec-WebSocket-Key + &quot;258EAFA5-E914-47DA-95CA-C5AB0DC85B11&quot; ) )

The long string is a fixed GUID written into RFC 6455. The inspector shows each step: the key, the
key with the GUID appended, its SHA-1, and the base64 of that, which must equal what the server
sent. The client checks it and fails the connection if it does not match.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does a matching Sec-WebSocket-Accept prove to the client?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server read this handshake&apos;s key and deliberately agreed to speak WebSocket</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is who it claims to be, as a certificate would prove</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frames that follow are encrypted with a key derived from it</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every proxy on the path has agreed to forward WebSocket frames</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can compute the accept value, so it is neither authentication nor encryption (that is TLS&apos;s job with wss://). What it rules out is an accidental yes: a server or cache that does not understand WebSocket, or a replayed old response, cannot produce the SHA-1 of a key it has never seen. Only a server that really processed this upgrade can answer it.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames: a small header in front of every message</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the 101, everything is a **frame**. The header is small and made of bits:

    byte 0:  FIN (1 bit)  RSV1-3 (3 bits)  opcode (4 bits)
    byte 1:  MASK (1 bit) payload length (7 bits: 0-125, or 126 / 127)
    then:    16-bit or 64-bit extended length, if the 7 bits said 126 or 127
    then:    4-byte masking key, if MASK is 1
    then:    the payload

The **opcode** says what the frame is: `0x1` text (UTF-8), `0x2` binary, `0x0` a continuation
of a fragmented message, and the **control frames** `0x8` close, `0x9` ping, `0xA` pong.
**FIN** marks the last frame of a message: a large message may be split into fragments, while a
control frame is never fragmented and carries at most 125 bytes.

The selected frame is one ticker update from the server: FIN set, opcode text, no mask, and a
payload short enough for the 7-bit length, so its whole header is **two bytes**. Compare that with
an HTTP request and response head for every poll.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each update reached each client as one text frame, and each connection ended with one Close frame in each direction. How many WebSocket frames crossed the wire in all?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{b.polling.updates} updates to {knob.clients} clients make {b.polling.deliveries} text frames, and the closing handshake adds two Close frames per connection, {2 * b.polling.connections} here: {b.polling.webSocketFrames} frames in all. None of them was a request: the server simply wrote each update when it had it. Closing is done with frames too, which is easy to forget.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full duplex, and why clients mask</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now a **chat**: the clients take turns posting messages and the server sends each one to every
client. On the WebSocket side a client posts on the same connection the server pushes on. That is
**full duplex**: either side may send a frame at any moment, and nothing pairs a message with a
reply the way HTTP pairs a response with its request.

The selected frame goes from a client to the server, and it looks different from the server&apos;s:
the **MASK** bit is set and a four-byte **masking key** follows the length, so a short message has
a **six-byte** header instead of two. The payload is XORed with the key, byte by byte.

RFC 6455 makes this a rule: **every frame from a client must be masked** with a fresh, unpredictable
key, and **no frame from a server may be**. A server that gets an unmasked frame closes the
connection. The key travels in the clear inside the frame, so masking hides nothing from an
eavesdropper; for secrecy you use `wss://`.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why must a browser mask every frame it sends?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that a page&apos;s script cannot choose the exact bytes on the wire, which could fool a proxy that does not understand WebSocket</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To encrypt the message when TLS is not used</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that the server can tell which client sent a frame</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To compress text messages before they are sent</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script decides what it sends, but the browser picks the masking key at random for each frame, so the script cannot predict the bytes that reach the network. Without that, a malicious page could send a payload that looks like an HTTP request to a transparent proxy or cache on the path that does not know WebSocket, and poison that cache for other users. Servers are trusted not to attack the infrastructure in this way, so their frames stay unmasked.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One connection where polling needs two</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the connections in the statistics. An HTTP/1.1 connection carries **one request at a
time**: while a poll is outstanding, a post on that connection would have to wait behind it. So
each polling chat client keeps **one connection for polling and another for posting**.

The WebSocket client does both on one connection, because the two directions of a WebSocket are
independent. Fewer connections means fewer TCP and TLS handshakes and less memory on the server,
which matters once there are thousands of clients.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many TCP connections did side A, the polling chat, open for its clients?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side A opened {a.polling.connections} connections for {knob.clients} clients, one to poll and one to post for each, and sent {a.polling.httpRequests} HTTP requests. The WebSocket side opened {b.polling.connections}, one per client, and sent {b.polling.httpRequests} HTTP requests: only the upgrades. Everything after that was frames, in both directions at once.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping, pong and the closing handshake</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Ping** (`0x9`) and **pong** (`0xA`) are control frames for keeping a connection alive and
checking that the peer is still there. Either side may send a ping at any time; the other must
answer with a pong carrying the **same payload**, as soon as it can. They keep NAT tables and
proxies from dropping an idle connection. A browser answers pings by itself, but page scripts
cannot send them, so web applications often add heartbeat messages of their own. This run sends
none: its connections are never idle long enough to need them.

**Closing** is a handshake of its own. One side sends a **Close** frame (`0x8`) whose payload is
a two-byte **status code** and an optional short UTF-8 reason; the other answers with a Close of
its own; after that neither sends data, and the TCP connection is closed, preferably by the server
first. Common codes:

- `1000` normal closure, `1001` going away (a page closed, a server shutting down)
- `1002` protocol error, `1003` data it cannot accept, `1008` policy violation
- `1009` message too big, `1011` unexpected server error

Two codes are never sent on the wire: `1005` (a Close without a code) and `1006` (no Close frame
at all). They exist only so an API can report what happened.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A browser&apos;s close event reports code 1006. What happened?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended without any Close frame: the network dropped, a process died or a proxy cut it</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a Close frame with code 1006 to say it was overloaded</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s frames were not masked, and the server refused them</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides completed the closing handshake normally</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1006 is reserved for an abnormal closure: the API reports it when the TCP connection went away with no closing handshake, so no endpoint ever puts it in a frame. In this run every connection closed cleanly: the client sent code 1000 and the server answered with its own Close, so {count(b, &quot;websocket.Frame client opcode=8&quot;)} Close frames crossed the {b.polling.connections} connections. An application that sees 1006 should reconnect, with a growing delay.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a TCP connection opens: SYN, SYN-ACK, ACK. It costs one round trip before the client may send its first byte of data, on every new connection.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made {a.grpc.calls} calls: a unary call per item, each with its own request headers and trailers, and one bidirectional call that carried every item back. B made {b.grpc.calls}: one server-streaming and one client-streaming call. Per-call costs add up: A spent {a.headerBytes} bytes on HPACK header blocks against B&apos;s {b.headerBytes}, and A&apos;s acknowledgements made {a.grpc.messagesSent + a.grpc.messagesReceived} messages against B&apos;s {b.grpc.messagesSent + b.grpc.messagesReceived}. The biggest cost is waiting (next step).</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Head-of-line blocking** is a queue problem: the item at the head of a queue holds up
everything behind it, even items that are ready.

HTTP/1.1 has it built in. An HTTP/1.1 response does not say which request it answers: on a
connection, the order is the only link between them. So a client normally sends its next
request on a connection only once the previous response has fully arrived, and every request
queues behind the one before it.

Both sides here load a document and its objects over a **single** connection. Side **A** sends
a request, waits for the whole response, and only then sends the next. Watch its ladder: out,
back, out, back.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 removes head-of-line blocking at the HTTP level: every response is a **stream** of its
own, its frames carry the stream id, and the server interleaves them as they are ready. A slow
response delays only its own stream.

Now the same page loads over HTTP/1.1 with six connections (side A) and over HTTP/2 with one
(side B), on a link that drops **two percent** of the data segments. The seed is fixed, so the
same segments are lost every time you run this step. The emulated TCP resends a lost segment
after a retransmission timeout and halves its congestion window.

The lesson **HTTP/2 multiplexing** measures what one multiplexed connection gains on a clean
link. Make a prediction for this one.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six HTTP/1.1 connections are six independent TCP byte streams. A loss on one of them:

- holds back only the bytes of that connection, which belong to one response;
- halves only that connection&apos;s congestion window, while the others go on undisturbed.

One HTTP/2 connection puts every stream into a single byte stream with a single congestion
window. A loss stalls all streams until the retransmission arrives, and halves the sending rate
of the whole page. The more loss, the more HTTP/2&apos;s advantage from one shared connection turns
into a shared risk: one reason HTTP/2 often disappointed on lossy mobile and Wi-Fi links.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both panes load the same page over the same emulated link: first an HTML **document**, then the
**objects** it refers to (think of images, scripts and style sheets). Side **A** speaks
**HTTP/1.1**, side **B** speaks **HTTP/2** (RFC 9113). Both run over TLS 1.3, and the
requests, responses and bodies are the same bytes on both sides.

The **tiles** fill in as each object arrives. Make a guess before you look at the answer: which
side will have the whole page first?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 needed {b.totalTimeMs:0} ms and HTTP/1.1 {a.totalTimeMs:0} ms. Both carried the same bodies over a link without a bandwidth limit, so what decides is waiting. HTTP/2 asks for every object at once on one connection, while each HTTP/1.1 connection must wait for a response before it sends its next request. The next steps take this apart.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/1.1 client fetched the document on its first connection and then opened more, up to the browser limit of six per host, so that several requests could be in flight: {a.connections} connections, each with its own handshakes. HTTP/2 used {b.connections}, because one connection carries many streams side by side, up to a limit the server sets.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 keeps HTTP&apos;s meaning (methods, status codes, header fields, as RFC 9110 defines them) but
changes how it is written on the wire. Instead of lines of text, everything travels in binary
**frames**, and every frame starts with the same nine-byte header:

    length (3 bytes) | type (1) | flags (1) | stream id (4, top bit reserved)
    ------------------------------------------------------------------------
    payload: length bytes

- A request is a `HEADERS` frame; a response is a `HEADERS` frame followed by `DATA` frames.
- `SETTINGS`, `PING` and `GOAWAY` manage the connection itself, on stream 0; `WINDOW_UPDATE`
  is flow control, for one stream or, on stream 0, for the whole connection.
- The connection opens with the client&apos;s **connection preface** and a `SETTINGS` frame from
  each side.

A **stream** is one request with its response. Streams opened by the client have **odd** ids
(1, 3, 5, ...), streams opened by the server (for push) **even** ones, so the two ends never
pick the same id. Stream 1 carried the document; the inspector shows the client&apos;s `HEADERS`
frame for the first object, on stream 3. In the lanes, the streams are sub-lanes of the one
connection.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playback stopped at the HTTP/2 client&apos;s request for the first object: it has read the
document and now knows what the page needs. Step forward: it sends one `HEADERS` frame per
object, each on a new stream, back to back, without waiting for a single response.

The server answers as each response is ready, and the frames of different streams
**interleave** on the connection: a `DATA` frame of one stream may follow a frame of another.
This is **multiplexing**: the connection is shared frame by frame instead of request by request,
so one slow response no longer blocks the ones behind it at the HTTP level. How many streams
may be open at once is capped by the peer&apos;s `SETTINGS_MAX_CONCURRENT_STREAMS`.

Compare side A: each connection sends a request, waits a round trip for the answer, and only
then sends the next.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your REST API rate-limits each client. Which response tells a client that it sent too many requests and when it may try again?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403 Forbidden</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>400 Bad Request</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429 Too Many Requests, with a Retry-After header</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>301 Moved Permanently, with a Location header</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429 says the client exceeded a rate limit, and Retry-After gives the seconds (or a date) to wait, so well-behaved clients back off instead of hammering the API. 403 means the request is refused whatever the rate, 400 that the request itself is malformed. An overloaded server as a whole answers 503 Service Unavailable, which may also carry Retry-After.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP/1.1 over one connection, 10 objects, and side B pipelines: every request leaves without waiting for the previous response. Counting TCP&apos;s handshake, how many round trips does B need until the last object has arrived?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B needs a round trip for TCP&apos;s handshake and one for the page, after which all the object requests leave together: {b.roundTrips} round trips, against {a.roundTrips} for A, which waits for every response. B still needs more than one round trip for the objects because TCP&apos;s congestion window limits how many response bytes a fresh connection may send before acknowledgements come back, and because the responses must arrive in request order.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your internal services talk HTTPS to each other, and each service must prove who it is to the one it calls. What do you add?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSTS on every internal host</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual TLS: the calling service presents a client certificate that the callee verifies</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longer server certificate key</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP allowlist, which needs no certificates</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary TLS authenticates only the server. With mutual TLS the server sends a CertificateRequest and the client answers with its own Certificate and CertificateVerify, so both ends are authenticated by the same machinery. Service meshes issue and rotate these certificates automatically; IP allowlists break as soon as addresses change and prove nothing about the software behind an address.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One HTTPS request, TLS 1.2 against TLS 1.3. TLS 1.3 saves a round trip. Does it also put fewer TLS bytes on the wire?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, TLS 1.3 spends fewer TLS bytes</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, TLS 1.3 spends as many or more</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 spent {a.tlsBytes} TLS bytes, TLS 1.3 {b.tlsBytes}. Fewer round trips does not mean fewer bytes: the TLS 1.3 server sent {count(b, &quot;tls.HandshakeMessage client s2c flags=4&quot;)} NewSessionTicket messages after the handshake, against {count(a, &quot;tls.HandshakeMessage client s2c flags=4&quot;)} from the TLS 1.2 server, and it encrypts its handshake messages, each encrypted record adding a type byte and an authentication tag. Latency is counted in round trips, not in bytes.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of these did TLS 1.3 remove?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-GCM encryption</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key exchange by encrypting a secret with the server&apos;s static RSA key</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elliptic-curve Diffie-Hellman (ECDHE)</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static RSA key transport gave no forward secrecy, so TLS 1.3 dropped it, together with CBC-mode ciphers, compression, renegotiation and custom Diffie-Hellman groups. Every TLS 1.3 key exchange is ephemeral (EC)DHE or a PSK, optionally combined with (EC)DHE; certificates still authenticate the server, and AES-GCM is one of the remaining AEAD ciphers.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even with TLS 1.3, an observer can still read which site a client visits from the ClientHello. What does Encrypted Client Hello (ECH) add?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It encrypts the server&apos;s certificate, which TLS 1.2 sent in the clear</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It encrypts the inner ClientHello, SNI included, with a key the client got from DNS</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It hides the server&apos;s IP address</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It removes the need for a certificate</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 already encrypts the certificate, but the SNI host name in the ClientHello stays readable. With ECH the client sends an outer ClientHello naming a shared front end, with the real ClientHello encrypted to a public key published in the site&apos;s DNS (an HTTPS record). The IP address is still visible, which is why ECH helps most on large shared providers.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In B the server only accepts P-256, while the client guessed X25519 for its key share. How many more TLS bytes does B&apos;s handshake cost than A&apos;s?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B pays for a HelloRetryRequest and a second, complete ClientHello with a new key share: {b.tlsBytes} TLS bytes against {a.tlsBytes}, {b.tlsBytes - a.tlsBytes} more. The round trip it costs weighs more than the bytes: {b.roundTrips} round trips to the first response byte against {a.roundTrips}.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 at 100 ms RTT: how many milliseconds sooner does the first response byte arrive when the client resumes a session from a ticket, compared with a full handshake?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS 1.2 full handshake takes two round trips; the abbreviated one takes one, because the server answers the ClientHello with ServerHello, ChangeCipherSpec and Finished straight away: {b.roundTrips} round trips against {a.roundTrips}, {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms sooner at {knob.rttMs} ms RTT. In TLS 1.3 resumption saves no round trip, since the full handshake already takes only one.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your HTTPS servers run behind a round-robin load balancer, and resumption rarely succeeds because clients come back to a different server. What fixes it?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky sessions for every request, forever</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning resumption off</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing (and rotating) the session-ticket encryption keys across all servers</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer certificate chains</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session ticket is the session&apos;s state encrypted with a key only the server knows; the client stores it without being able to read it. If every server holds the same ticket keys, any of them can decrypt a ticket and resume, with no shared session cache. The keys must be rotated often, since whoever steals them can decrypt resumed sessions.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You take an HTTP/2 server out of the load balancer for a deploy. How does it tell its clients to stop opening new streams without breaking the requests already in progress?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sends RST_STREAM on every open stream</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It closes the TCP connection at once</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sends GOAWAY with the last stream ID it will process, finishes those streams, then closes</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sets SETTINGS_MAX_CONCURRENT_STREAMS to zero and keeps the connection forever</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOAWAY announces the end of a connection gracefully: streams up to the given ID are completed, and the client knows that later streams were not processed, so it can safely retry them on a new connection (to another server). Resetting or dropping streams would fail requests that were already being served.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 adds 9-byte frame headers and control frames (SETTINGS, WINDOW_UPDATE, GOAWAY) that HTTP/1.1 does not have. On a page of 20 objects, does that framing eat up what HPACK saves on headers?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: the framing costs less than HPACK saves</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: the framing costs at least as much as HPACK saves</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 spent {b.framingBytes} bytes on framing, while its header blocks took {b.headerBytes} bytes against {a.headerBytes} bytes of HTTP/1.1 heads: a saving of {a.headerBytes - b.headerBytes} bytes. A frame header costs 9 bytes; a repeated header list costs a few bytes in HPACK against a few hundred as text.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 100 ms RTT, does HTTP/2 get the first byte of the page noticeably sooner than HTTP/1.1 (by a quarter of a round trip or more)?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, noticeably sooner</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, about the same</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, HTTP/1.1 is noticeably sooner</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first byte costs the same on both: a TCP handshake, a TLS handshake and the request, {a.timeToFirstByteMs:0} ms for HTTP/1.1 against {b.timeToFirstByteMs:0} ms for HTTP/2. HTTP/2 wins on everything after it, when many requests share one connection: the whole page took {b.totalTimeMs:0} ms against {a.totalTimeMs:0} ms. A metric that only counts the first byte would miss the difference.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before server push, sites saved the round trip for small critical CSS by inlining it into the HTML. What is inlining&apos;s main drawback, which push was meant to avoid?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inlined CSS is not encrypted</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inlined bytes cannot be cached separately, so every page view downloads them again</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers ignore inlined CSS</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs a WebSocket</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inlining, like push, sends a resource without waiting for the client to ask, but it welds the resource into each HTML response, so the browser cache cannot reuse it. Push kept the resource separately cacheable, yet could not know what was already cached; 103 Early Hints now lets the browser decide what to fetch early.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&apos;s server pushes the page&apos;s 10 objects. How many bytes do all its PUSH_PROMISE frames take together, frame headers included?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count(b, &quot;http2.PUSH_PROMISE client&quot;)} promises took {bytes(b, &quot;http2.PUSH_PROMISE client&quot;)} bytes in all. Each carries a complete request header block, but HPACK reduces the fields repeated from one promise to the next to table indexes, so after the first promise each costs little more than its 9-byte frame header, the 4-byte promised stream ID and the path.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which request may an HTTP/2 server promise in a PUSH_PROMISE?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A POST with the form the user is about to submit</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any request, for any domain</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the HTML document that was requested</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safe, cacheable request without a body, such as a GET, for an origin the server is authoritative for</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 9113 only allows promised requests that are cacheable and safe and carry no content, and the server must be authoritative for the pushed URL (its certificate covers the host). A client rejects any other promise as a protocol error. That keeps push a cache-filling tool, never a way to act on the user&apos;s behalf.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client and a server must agree on the message format they speak over a WebSocket, such as STOMP or graphql-ws. Where is that negotiated?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the opcode of the first frame</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Sec-WebSocket-Protocol header of the upgrade request and response</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In ALPN during the TLS handshake</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be negotiated; WebSocket messages are always JSON</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client lists the subprotocols it speaks in Sec-WebSocket-Protocol, and the server echoes the one it picks in its 101 response. WebSocket itself only moves text and binary messages; what they mean is up to the application or the subprotocol. ALPN chooses the protocol of the TLS connection (http/1.1 for a WebSocket upgrade), not the messages on top.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your game sends Protobuf-encoded state over a WebSocket. Which kind of frame should carry it?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text frames (opcode 1), base64-encoded</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary frames (opcode 2)</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping frames (opcode 9)</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuation frames (opcode 0) only</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text frames must carry valid UTF-8, so binary data would have to be base64-encoded, a third larger. Binary frames carry any bytes. Ping frames are control frames limited to 125 bytes and meant for keep-alive, and continuation frames only continue a message that a text or binary frame started.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can one WebSocket message span several frames?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first frame has the message&apos;s opcode and FIN cleared, the next ones are continuation frames, and the last one sets FIN</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each frame repeats the whole message, and the receiver keeps the last one</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frames are numbered in a sequence field of the header</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot: a message always fits in one frame</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FIN bit marks the last frame of a message, and opcode 0 marks a continuation. That lets a sender stream a message of unknown length. Control frames (ping, pong, close) may be sent in the middle of a fragmented message, but are never fragmented themselves.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For B&apos;s WebSocket ticker, which costs more bytes in all: the HTTP heads of the two upgrades, or the headers of every WebSocket frame sent afterwards?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headers of all the frames</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP heads of the upgrades</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrades cost {b.polling.httpHeadBytes} bytes of HTTP heads, once per connection; the {b.polling.webSocketFrames} frames that followed cost {b.polling.frameHeaderBytes} bytes of headers together, a few bytes each. The handshake is a fixed price paid at connect time, so the longer a connection lives and the more it carries, the cheaper each update becomes.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients leave on purpose when the chat is over, so each side sends a close frame (opcode 8) and waits for the other&apos;s before TCP closes: the clients sent {count(b, &quot;websocket.Close client c2s value=1000&quot;)} close frame(s) with code 1000, and the server answered {count(b, &quot;websocket.Close client s2c value=1000&quot;)} with the same code. 1001 would mean an endpoint going away, and 1006 that the connection vanished without any close frame.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-heavy REST API for product pages expects a hundred times its usual traffic at a launch. What absorbs most of it most cheaply?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching the clients to WebSockets</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the API to gRPC</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching responses at a CDN with Cache-Control, so most requests never reach the origin</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bigger database server</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical GETs for the same products can be answered from edge caches near the users; the origin sees only cache misses and revalidations. That works because REST over HTTP is cacheable by design, something WebSocket messages and gRPC calls do not get from ordinary HTTP caches.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 clients each poll every 250 ms for 2 seconds. How many HTTP requests must the server answer? (Then scale it: what would a million clients mean?)</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short polling costs clients times duration divided by the interval, whether or not there is news: {a.polling.httpRequests} requests here for {a.polling.deliveries} deliveries. At the same interval a million clients would send four million requests a second, almost all of them empty; the WebSocket side sent {b.polling.httpRequests} requests in all and pushed only real updates. Back-of-the-envelope estimates like this are what interviewers look for.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gRPC client may retry failed calls automatically. For which status is a retry with backoff sensible?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID_ARGUMENT</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT_FOUND</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNAVAILABLE</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERMISSION_DENIED</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNAVAILABLE means the service could not be reached or was overloaded for a moment, so the same call may well succeed a little later. The others describe the request itself (a bad argument, a missing resource, missing rights): repeating it gives the same answer. Retries also need a deadline and a budget, or they turn a brief outage into an overload.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does a gRPC call carry an authorisation token?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a field added to every request message</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the call&apos;s metadata, which travels as HTTP/2 header fields (for example authorization)</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the 5-byte message prefix</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trailers the client sends at the end</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata are key-value pairs attached to a call, sent as HTTP/2 headers at its start (and by the server also as trailers at its end). Interceptors on both sides read and add them, so authentication, tracing IDs and deadlines stay out of the .proto messages. Clients do not send trailers.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items carry no thumbnail this time, only plain fields (numbers, a name, tags). What share of the body bytes does gRPC&apos;s Protobuf save against REST&apos;s JSON, in percent?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A makes a unary call per item, B streams all items in two calls. How many times as many header bytes (HPACK blocks for headers and trailers) does A spend as B?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call costs a request header block, a response header block and trailers: A made {a.grpc.calls} calls and spent {a.headerBytes} bytes of header blocks, B made {b.grpc.calls} and spent {b.headerBytes}. HPACK keeps each repeated block small, but the count of calls still drives the total, along with a round trip per unary call.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile app uploads photos of about 5 MB each. Which design would you pick?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send each photo as one gRPC unary message</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the photo&apos;s bytes as WebSocket text frames</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTPS upload straight to object storage with a pre-signed URL, then a small API call with the object&apos;s key</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64-encode the photo into a JSON field of a REST call</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-signed URLs let the storage service take the large upload (resumable and multipart where needed) without streaming it through your API servers, which only store a reference. gRPC limits messages to 4 MB by default and would need client streaming for large files; text frames and JSON would need base64, a third larger.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chat app must alert users about new messages even when the mobile app is closed. What do you use?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a WebSocket open in the background at all times</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll the server every minute from the background</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s push service (APNs on iOS, FCM on Android), and the WebSocket only while the app is open</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile operating systems suspend background apps and their sockets to save battery, so neither a WebSocket nor polling survives. The platform push services keep one shared connection per device and wake the app or show a notification; the live WebSocket takes over once the user opens the app.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Hints only names resources; the browser decides whether to fetch them, so a warm cache costs nothing and the browser&apos;s own priorities stay in charge. It does cost the requests that push avoided, {count(a, &quot;http2.HEADERS client c2s&quot;) - count(b, &quot;http2.HEADERS client c2s&quot;)} of them for this page, but they leave early, while the server is still working on the page, so the time it spends thinking is no longer time the browser spends idle.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same workload, the same items from the same server over the same link, runs four times at
once: over plain **HTTP/1.1** (A), over **HTTPS** (B), as **gRPC** calls (C) and over a
**WebSocket** (D). First the client asks for ten items and the server answers each; then the
server has news ten times a second for two seconds, and the client must learn every piece.
HTTP and HTTPS ask for the items over a browser&apos;s pool of connections and learn the news by
long polling; gRPC makes every request a call on one HTTP/2 connection and gets the news on
one streaming call; the WebSocket carries requests, answers and news as messages on one
connection.

Read the table by asking, for each column, where its cost comes from:

- **handshakes**: TCP for all, TLS for every encrypted one, the upgrade for the WebSocket;
- **per-message overhead**: HTTP heads, HPACK blocks and frame headers, gRPC&apos;s prefixes, WebSocket
  frame headers;
- **waiting**: how many round trips the client spends waiting for answers it needs before it can
  go on, and whether it must ask before the server may speak.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers give scripts fetch for HTTP and HTTPS and the WebSocket API for WebSockets, but no access to HTTP/2 trailers, where gRPC puts every call&apos;s status. A page needs gRPC-Web and a translating proxy to reach a gRPC service. Side C made {count(c, &quot;grpc.CallStarted client&quot;)} calls, each ending in such trailers.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who speaks first</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the news, the second half of the workload. With **long polling** (A and B) the client
always keeps a request waiting at the server, which answers it as soon as there is news; the
client then asks again at once. The news arrives about as fast as when it is pushed, but every
piece costs a request and a response head, and on HTTP/1.1 a connection of its own.

**gRPC** (C) asked once, with one server-streaming call, and the server sent every piece on it.
The **WebSocket** (D) never asked at all after the upgrade: the server wrote each piece as a
message when it had it. That is **server push**: data the client did not request.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the updates reached the WebSocket side (D) with no request from the client before them?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D received {d.shootout.updates} updates, {d.shootout.pushedUpdates} of them after an earlier one on the same connection without a word from the client; only the first followed the requests that went before it. Long polling (A) asked for every one ({a.shootout.pushedUpdates} pushed, {a.shootout.clientRequests} HTTP requests for {a.shootout.exchanges} items and {a.shootout.updates} updates) and still learned each after {a.shootout.updateLatencyMeanMs:0} ms on average, against {d.shootout.updateLatencyMeanMs:0} ms for D, over {a.shootout.connections} connections against {d.shootout.connections}.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**gRPC** is at its best **between services**: a `.proto` file is a typed, versioned contract,
code for a dozen languages is generated from it, messages are compact Protobuf, calls can stream
both ways, deadlines and cancellation are built in, and every call shares one HTTP/2 connection.

Its costs: browsers need gRPC-Web and a proxy; messages are not human-readable; HTTP caches and
CDNs cannot cache calls; and because one long-lived connection carries all calls, a load balancer
that balances **connections** sends every call of a client to the same backend. gRPC needs
balancing **per call** (an HTTP/2-aware proxy, or balancing in the client).

Here the REST side (A) is a browser-style pool of HTTP/1.1 connections against gRPC&apos;s one (D).</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A opened {a.connections} connections, as a browser does to run several HTTP/1.1 requests at once, each with its own TCP and TLS handshake ({a.tlsBytes} bytes of TLS in all). gRPC ran every call as a stream on {d.connections} connection ({d.tlsBytes} bytes of TLS). That single connection is also why a connection-level load balancer cannot spread one client&apos;s calls.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated encryption with associated data: a cipher mode that encrypts a record and computes a tag over it in one step. The receiver decrypts only if the tag checks, so a changed, cut or replayed record is refused instead of read. TLS 1.3 allows only AEAD ciphers.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guarantee that only the two ends can read what they exchange. TLS gives it with keys agreed in the handshake; it hides content, not the addresses, the server name, sizes or timing.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guarantee that data arrives exactly as it was sent. TLS checks each record&apos;s tag and ends the connection with bad_record_mac when one fails; plain HTTP has no such check, and TCP&apos;s checksum only catches noise, since an attacker recomputes it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone on the network path who reads the traffic without changing it: a shared Wi-Fi, a router, a provider&apos;s tap. Over plain HTTP they read passwords and cookies; over HTTPS only addresses, ports, the server name, record sizes and timing.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attacker on the path who can change, drop or inject bytes, or pose as the server. Integrity checks turn altered bytes into an error, and certificate checks keep the attacker from posing as the server.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In gRPC-Web, the last block of a response body: a five-byte prefix whose first byte is 0x80, then the trailers (grpc-status, grpc-message) as text lines. It replaces HTTP/2 trailers, which browser scripts cannot read.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy between browsers and gRPC servers: it takes gRPC-Web over HTTP/1.1 or HTTP/2, calls the server with native gRPC over HTTP/2, and writes the server&apos;s trailers into a trailer frame. It is an extra hop, and it turns a browser that closes its connection into a cancelled stream.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gRPC status (1) of a call the client gave up. On HTTP/2 the client resets just that stream with RST_STREAM (error CANCEL) so the server can stop working; over HTTP/1.1 the only way is to close the connection.</source>
        <extracomment>glossary.terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a gRPC call is on the wire: a POST on an HTTP/2 stream, Protobuf messages with a five-byte prefix, the status in trailers, four kinds of call on one connection, gRPC-Web through a proxy for browsers, and deadlines.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same items, four ways</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All four sides fetch the same items from the same server. **A** is a REST API: a `GET /api/items/N`
per item, each answered with a JSON document, over a browser&apos;s pool of HTTP/1.1 connections.
**D** is gRPC: a unary call `GetItem` per item, each an **HTTP/2 stream** on a single connection,
each item a **Protobuf** message.

gRPC changes two things at once, so **B** and **C** change one each. B sends A&apos;s very requests,
answered with the same JSON, as streams on one HTTP/2 connection. C keeps A&apos;s HTTP/1.1 pool but
asks for Protobuf (`Accept: application/x-protobuf`) and gets exactly the bytes of gRPC&apos;s messages.
Read the four as a square: from A to B, and from C to D, only the transport changes; from A to C,
and from B to D, only the encoding.

A gRPC call is an ordinary HTTP/2 request with strict rules. The selected event shows its headers:

- `:method POST` and `:path /protoviz.lesson.v1.Lesson/GetItem`: the path names the service and
  the method, as declared in a `.proto` file;
- `content-type: application/grpc`;
- `te: trailers`: the client promises it can read trailers, where the outcome will come.

Both sides of a gRPC call share the `.proto` schema, and code generated from it builds and reads
the messages.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against A, which single change saved more bytes on the wire: HTTP/2 (B) or Protobuf (C)?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2, with the same JSON (B)</source>
        <extracomment>grpc.lesson
----------
quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protobuf, over the same HTTP/1.1 pool (C)</source>
        <extracomment>grpc.lesson
----------
quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A put {a.wireBytes} bytes on the wire, B {b.wireBytes}, C {c.wireBytes}, and gRPC, with both changes, {d.wireBytes}. HTTP/2 saved {a.wireBytes - b.wireBytes} bytes in headers and TLS: {a.headerBytes} bytes of HTTP/1.1 text against {b.headerBytes} bytes of HPACK, which sends repeated fields as small indexes, and A&apos;s {a.connections} connections each paid for a handshake, {a.tlsBytes} TLS bytes in all against {b.tlsBytes} for B&apos;s one connection. Protobuf saved {a.wireBytes - c.wireBytes} bytes in the bodies: {a.bodyBytes} bytes of JSON against {c.bodyBytes} of Protobuf, while C&apos;s headers grew to {c.headerBytes} bytes because it must ask for Protobuf. The more items and the larger they are, the more the encoding weighs.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected message is one item as D received it. **Protobuf** writes each field as a small
**tag** (the field&apos;s number and a wire type), then the value: integers as **varints** (small
numbers take one byte), strings and bytes as a length followed by the raw bytes. Field names never
travel; both sides know them from the schema.

**JSON** writes every field name as text in every document, numbers as decimal digits, and binary
data, such as this item&apos;s thumbnail, as **base64**: four characters for every three bytes. The
inspector shows, for every message, how many bytes the same message takes in Protobuf&apos;s JSON
mapping.

The price of Protobuf: a message cannot be read without its schema, and it is not something you
can type into `curl` or read in a log.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every 100 bytes D&apos;s gRPC messages took, prefixes included, how many bytes would the same messages take as JSON?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&apos;s messages took {d.grpc.messageBytes} bytes; written as JSON they would take {d.grpc.jsonBytes}, about {100 * d.grpc.jsonBytes / d.grpc.messageBytes:0} for every 100. Most of the difference is the thumbnail, which base64 makes a third larger; the rest is field names, quotes and decimal numbers. A&apos;s REST responses carried {a.bodyBytes} bytes of JSON bodies on the wire. C&apos;s Protobuf bodies, {c.bodyBytes} bytes, are exactly D&apos;s response messages with their prefixes taken off: {d.grpc.messageBytesReceived - 5 * d.grpc.messagesReceived} bytes.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bytes of length prefixes did D&apos;s calls carry in all?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five bytes for every message: {d.grpc.messagesSent} requests and {d.grpc.messagesReceived} responses make {d.grpc.prefixBytes} bytes of prefixes, out of {d.grpc.messageBytes} bytes of messages.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC keeps HTTP&apos;s status at 200 for any call the server handled and reports the outcome in grpc-status, which goes in the trailers because only they come after the last message. In this run {count(d, &quot;grpc.CallFinished client value=0&quot;)} of D&apos;s {d.grpc.calls} calls ended with grpc-status 0, OK.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page&apos;s JavaScript cannot make the calls you have seen. `fetch` and `XMLHttpRequest` let the
browser choose the HTTP version and the frames, and they give a script **no access to HTTP/2
trailers**, where `grpc-status` lives. A browser cannot hold a client-streaming call open
either.

**gRPC-Web** adapts the protocol. Side **A** is a browser: it sends the same `GetItem` calls as
ordinary HTTP/1.1 POSTs to a **proxy** (Envoy plays this part in real systems), which calls the
server with native gRPC over HTTP/2. On the way back the proxy moves the trailers into the
response body, as one last length-prefixed block whose first byte has its top bit set (`0x80`):
the **trailer frame**. A script reads it like any other bytes of the body. Side **B** calls the
server natively, as before.

The selected event is a response the browser received: status `200` and a `grpc-web` content
type. Unary and server-streaming calls work this way; client and bidirectional streaming do not.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers speak HTTP/2 and JavaScript decodes Protobuf well; what is missing is access to the protocol underneath. In this run the proxy turned the trailers of A&apos;s {a.grpc.callsOk} OK calls into trailer frames, {bytes(a, &quot;grpc.CallFinished server&quot;)} bytes at the end of the bodies, and B read the status of its {b.grpc.calls} calls from HTTP/2 trailers. The extra hop costs connections and bytes: A used {a.connections} connections, one per call in flight to the proxy plus the proxy&apos;s own to the server, and {a.wireBytes} bytes on its two hops, against {b.connections} connection and {b.wireBytes} bytes for B.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gRPC client should give every call a **deadline**: the moment after which the answer is no
longer useful. It travels as the `grpc-timeout` header, a number of at most eight digits and a
unit (`H`, `M`, `S`, `m` for milliseconds, `u`, `n`); the selected request carries
`grpc-timeout` for this run&apos;s 150 ms.

When the deadline passes, the client ends the call with **DEADLINE_EXCEEDED** (status `4`). On
HTTP/2 (side B) it cancels just that stream with `RST_STREAM`, and the connection carries on.
An HTTP/1.1 request cannot be cancelled on its own, so the browser (side A) closes the
connection, and the proxy resets the matching stream towards the server. Either way the server
learns it can stop working. A server that calls other services passes the **remaining** time
on, so a chain of calls gives up together instead of finishing work nobody waits for.

In this run the application makes all six calls at once, as the session starts. The server&apos;s work grows from nothing on the first
call to 150 ms on the sixth, as long as the deadline itself, on a link with a 50 ms round trip.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of side B&apos;s six calls will not end OK?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{b.grpc.callsOk} of B&apos;s {b.grpc.calls} calls ended OK, and {count(b, &quot;grpc.CallFinished client value=4&quot;)} ended with DEADLINE_EXCEEDED. The clock starts when the application makes the call, not when its request leaves: here the calls were made before the connection existed, and its TCP handshake used {firstMs(b, &quot;grpc.CallStarted client&quot;) - firstMs(b, &quot;wire.SYN&quot;):0} ms of every deadline before a request could go. Then each call still needs a round trip and the server&apos;s work, so calls whose work alone fitted in {knob.grpcDeadlineMs} ms failed too. Side A, through the proxy, had {a.grpc.callsOk} OK and {count(a, &quot;grpc.CallFinished client value=4&quot;)} past the deadline; its browser closed connections to give up, where B sent {count(b, &quot;http2.RST_STREAM client c2s&quot;)} RST_STREAM frames on its one connection. Without a deadline, a call to a stuck server can wait as long as the connection lives.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One large response in front</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelining&apos;s weak spot needs one slow or large response, so this page is **mixed**: its first
object is a quarter of a megabyte, the other nine are small. Both sides use a single
connection. Side **A** is HTTP/1.1 with pipelining on: it sends the requests back to back.
Side **B** is HTTP/2: every request is a stream on its one connection.

On A the server must answer in order, so the small responses queue on the wire behind the
large one, although the server had them ready at once. On B the server cuts every response
into DATA frames and **interleaves** them: the small objects&apos; frames slip in between the large
object&apos;s, and each small object is complete after a few frames of its own.

The selected event is the moment A&apos;s large object was complete. Compare where the small
objects complete in the two lanes.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first small object was requested right after the large one. On which side did it arrive before the large object was complete?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On both</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on HTTP/1.1 with pipelining (A)</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on HTTP/2 (B)</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On neither</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On A the large object was complete at {firstMs(a, &quot;session.ObjectCompleted flags=0 stream=0&quot;):0} ms and the first small one at {firstMs(a, &quot;session.ObjectCompleted stream=1&quot;):0} ms: in-order answers held it behind the large response, and the last small object came at {lastMs(a, &quot;session.ObjectCompleted flags=0&quot;):0} ms. On B the first small object was in at {firstMs(b, &quot;session.ObjectCompleted stream=1&quot;):0} ms, while the large one was still arriving until {firstMs(b, &quot;session.ObjectCompleted flags=0 stream=0&quot;):0} ms. Both sides moved the same {knob.largeObjectSize} bytes over one connection; only the order of the bytes differed.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS is HTTP inside TLS: what encryption, authentication tags and certificates buy you, what an eavesdropper on the path reads with and without it, how a client refuses a server it cannot trust, and what happens to bytes altered in flight.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An eavesdropper on the link</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until now ProtoViz showed every message as the endpoints see it, decrypted. This run adds a
**passive eavesdropper** to the link: someone on the same Wi-Fi, a compromised router, a tap
at a provider. It changes nothing; it only reads every byte that crosses the wire, and the
**Eavesdropper** view shows what it could make of them.

Both sides do the same thing: a login form (`POST /login` with a user name and a password),
then `GET /account` with the session cookie the login set. Side **A** speaks plain HTTP, side
**B** HTTPS.

The selected observation is side A&apos;s login as the eavesdropper saw it. The inspector highlights
the request body, password included: plain HTTP puts it on the wire exactly as the browser
wrote it. Entries marked as secrets are what an attacker would collect: passwords, session cookies,
credentials. A stolen session cookie is as good as the password until the session ends.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On side A, plain HTTP, how many of the messages the eavesdropper read carried a secret (a password or a session cookie)?</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eavesdropper read a secret in {count(a, &quot;wire.Overheard link flags=1&quot;)} of A&apos;s messages: the password in the login, the cookie the server set in its answer, and the same cookie sent back with the next request. On side B it read {count(b, &quot;wire.Overheard link flags=1&quot;)}: after the handshake B&apos;s {count(b, &quot;wire.Overheard link flags=2&quot;)} records were ciphertext to it, {bytes(b, &quot;wire.Overheard link flags=2&quot;)} bytes it could not read.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now read side B&apos;s list in the Eavesdropper view. TLS protects the **content** of the
connection: the method, the path and query, every header (cookies included), the bodies and
the status codes. It does not hide that the connection exists. Someone on the path still sees:

- the **IP addresses and ports** of both ends, in every TCP/IP packet;
- the **server name** the client asked for: the `server_name` (SNI) extension of the
  `ClientHello`, selected in the inspector, is sent in the clear so that one address can host
  many sites (Encrypted Client Hello, ECH, is the newer extension that hides it);
- the **sizes and timing** of the records, enough to guess which page of a known site was
  loaded, or when someone is typing;
- the TLS version, the cipher suites offered and chosen, and the application protocols the
  client offers (ALPN);
- in **TLS 1.2** also the server&apos;s certificate: set the knob `tlsVersion=1.2` and run again to
  see it appear in the list.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path, the headers and the cookies travel only inside encrypted records. The server name is in the `ClientHello`, which is sent before any key exists; the addresses and ports are in every packet; and record lengths and timing are visible because encryption adds only a constant to each record&apos;s size. In this run the eavesdropper noted {count(b, &quot;wire.Overheard link flags=0&quot;)} things about side B in the clear and {count(b, &quot;wire.Overheard link flags=2&quot;)} encrypted records, with their sizes and times, but no secret. TLS hides what you say, not that you are saying it, nor to which site.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attacker alters a byte</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An eavesdropper only reads. An **active attacker** on the path can also change bytes in
flight. In this run one does the smallest thing possible: after the same login, it flips a
single byte of the account page the server sends back, on both sides.

On side **A** nothing checks the page: HTTP has no integrity protection, and TCP&apos;s checksum
protects only against noise, since an attacker simply computes a new one. On side **B** the
flipped byte lands inside a TLS record. The record&apos;s **authentication tag** (the AEAD tag
described earlier) no longer matches, so the client refuses to decrypt it. It sends the fatal
alert `bad_record_mac`, selected in the inspector, and closes the connection.

The Eavesdropper view lists the altered bytes too: switch to it to see where the attacker
struck.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which client accepted the altered account page as if the server had sent it?</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both: one flipped byte is too small for anyone to notice</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only B&apos;s, over HTTPS</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only A&apos;s, over plain HTTP</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attacker changed the same number of bytes on each side: {bytes(a, &quot;wire.Tampered&quot;)} on side A and {bytes(b, &quot;wire.Tampered&quot;)} on side B. A&apos;s client completed {a.objectsCompleted} objects, the altered page included, and sent {count(a, &quot;tls.Alert client flags=20&quot;)} alerts: nothing in HTTP could tell. B&apos;s client sent {count(b, &quot;tls.Alert client c2s flags=20&quot;)} bad_record_mac alert and completed only {b.objectsCompleted} object, the login before the attack. TLS cannot stop an attacker from breaking the connection, but it turns silent corruption into a loud failure: the user sees an error, never a forged page.</source>
        <extracomment>https.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login and one page over HTTPS with TLS 1.3, watched by an eavesdropper on the link. It cannot read the encrypted records, but it sees each one go by. How many encrypted records did it see?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It saw {count(b, &quot;wire.Overheard link flags=2&quot;)} encrypted records, {bytes(b, &quot;wire.Overheard link flags=2&quot;)} bytes in all, each with its size, direction and time, and read {count(b, &quot;wire.Overheard link flags=0&quot;)} things in the clear: the connection&apos;s addresses and ports, the hellos with the server name, the compatibility ChangeCipherSpecs. No secret. Over plain HTTP the same eavesdropper read {count(a, &quot;wire.Overheard link flags=1&quot;)} messages with a password or cookie in them. Record sizes and timing are what traffic analysis works from: which page of a known site was loaded, when someone typed.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same login over HTTPS, but TLS 1.2 is the newest version the client offers. How many observations could the eavesdropper on the HTTPS side read in the clear (not counting encrypted records)?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observations</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It read {count(b, &quot;wire.Overheard link flags=0&quot;)} observations in the clear and {count(b, &quot;wire.Overheard link flags=2&quot;)} encrypted records. TLS 1.2 encrypts nothing until ChangeCipherSpec, so besides the addresses and the ClientHello the eavesdropper reads the ServerHello, the server&apos;s certificate, its key exchange and the client&apos;s: it learns exactly which site and which certificate, though still no secret ({count(b, &quot;wire.Overheard link flags=1&quot;)} here). TLS 1.3 encrypts everything after the ServerHello, the certificate included.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attacker on the path flips one byte of an HTTPS response in flight. What does the client send when the altered record arrives?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown_ca, because it no longer trusts the server</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad_record_mac, and it closes the connection</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only close_notify, as at any normal end</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert: TCP&apos;s checksum discards the segment and it is sent again</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s authentication tag no longer matched, so the client refused to decrypt it and sent {count(b, &quot;tls.Alert client c2s flags=20&quot;)} fatal bad_record_mac alert; nothing of that record reached HTTP. TCP&apos;s checksum is no protection against an attacker, who simply fixes it up: on the HTTP side the same {bytes(a, &quot;wire.Tampered&quot;)} altered byte was delivered, and its client sent {count(a, &quot;tls.Alert client&quot;)} alerts, having no way to notice.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client logs in, then loads its account page, and an attacker alters a byte of that page. Over HTTPS, how many of the two responses does the client receive complete?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over HTTPS {b.objectsCompleted} of 2: the login&apos;s answer, which came before the attack. The account page failed its integrity check and was never delivered, so the client got {b.bodyBytes} bytes of bodies against {a.bodyBytes} over plain HTTP, where both responses, {a.objectsCompleted} of 2, arrived, the altered one included. TLS cannot keep an attacker from breaking a connection, but it guarantees that what does arrive is what the server sent.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat of 4 WebSocket clients, spread round robin over 2 server instances that do not share their messages. Every message is meant for all 4. How many of the deliveries owed never arrived?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients posted {a.polling.messagesPosted} messages, so {a.polling.expectedDeliveries} deliveries were owed (every message to every member); {a.polling.deliveries} arrived, so {a.polling.expectedDeliveries - a.polling.deliveries} went missing. Each instance sends only to the connections it holds, and the balancer put half the clients on each. With a pub/sub broker between the instances, B delivered {b.polling.deliveries} of {b.polling.expectedDeliveries}.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a pub/sub broker between two WebSocket instances makes every message take an extra hop. Does the mean delivery latency get worse?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, by more than a tenth</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardly, within a tenth either way</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it gets better</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the broker the mean was {a.polling.latencyMeanMs:1} ms, with it {b.polling.latencyMeanMs:1} ms; but A reached only {a.polling.deliveryPercent:0} % of its clients, B {b.polling.deliveryPercent:0} %. The broker&apos;s hop runs inside the data centre, a fraction of the clients&apos; round trip, and it costs connections ({b.polling.connections} against {a.polling.connections}) and bytes. A fast answer that reaches only some users is no answer.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON repeats every field name as quoted text and writes numbers in decimal; Protobuf writes a one-byte tag and a varint. A&apos;s bodies took {a.bodyBytes} bytes and D&apos;s {d.bodyBytes} (the 5-byte prefixes included), {100 * (1 - d.bodyBytes / a.bodyBytes):0} % less. With large binary fields the gap is driven by base64 instead, a third more for every byte.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One HEADERS frame opens the response (:status 200, content-type application/grpc), and a second one with END_STREAM carries the trailers with grpc-status: {count(d, &quot;http2.HEADERS client s2c&quot;)} HEADERS frames for {d.grpc.calls} calls, {d.grpc.callsOk} of them ending with status OK.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twenty items with 4 KiB thumbnails. Against REST/JSON over HTTP/1.1 (A), which single change saves more bytes on the wire: HTTP/2 with the same JSON (B), or Protobuf over the same HTTP/1.1 pool (C)?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 saved {a.wireBytes - b.wireBytes} bytes: one connection&apos;s TLS handshake instead of {a.connections} ({b.tlsBytes} TLS bytes against {a.tlsBytes}) and HPACK&apos;s header blocks ({b.headerBytes} bytes against {a.headerBytes}). Protobuf saved {a.wireBytes - c.wireBytes} bytes of bodies ({c.bodyBytes} against {a.bodyBytes} of JSON, whose base64 makes every thumbnail a third larger). gRPC, with both, put {d.wireBytes} bytes on the wire against A&apos;s {a.wireBytes}.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A browser makes 4 gRPC-Web calls at once through a proxy, over HTTP/1.1, and the proxy calls the server over HTTP/2. How many TCP connections does the whole path use?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a.connections} connections: HTTP/1.1 carries one exchange at a time, so the browser opened one connection to the proxy for every call in flight (up to six per host), and the proxy added its own HTTP/2 connection to the server, where all the calls became streams. Native gRPC (B) used {b.connections}, and put {b.wireBytes} bytes on the wire against {a.wireBytes} on A&apos;s two hops.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gRPC-Web proxy writes each call&apos;s status into a trailer frame at the end of the HTTP/1.1 response body. How many bytes does one such frame take?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bytes(a, &quot;grpc.CallFinished server&quot;) / max(a.grpc.callsOk, 1):0} bytes: the same five-byte prefix as a message, its first byte 0x80 to mark trailers, then the trailers as text lines, here grpc-status 0. For A&apos;s {a.grpc.callsOk} calls that made {bytes(a, &quot;grpc.CallFinished server&quot;)} bytes. Native gRPC (B) sent the same status as an HTTP/2 trailers HEADERS frame, HPACK-compressed, which a browser script could not read.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser calls with a 100 ms deadline, through a gRPC-Web proxy, to a server that works up to 200 ms. To stop the server&apos;s work on calls the browser gave up, how many RST_STREAM frames does the proxy send?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser ended {count(a, &quot;grpc.CallFinished client value=4&quot;)} calls with DEADLINE_EXCEEDED. An HTTP/1.1 request cannot be cancelled on its own, so it closed the connection each was on; the proxy noticed and reset the streams of those calls still open towards the server: {count(a, &quot;http2.RST_STREAM client c2s&quot;)} RST_STREAM frames. The native client (B) sent {count(b, &quot;http2.RST_STREAM client c2s&quot;)} itself, on a connection that stayed open.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST finished in {a.totalTimeMs:0} ms over {a.connections} connections, gRPC in {d.totalTimeMs:0} ms over {d.connections}. REST&apos;s parallel connections each pay a TCP and a TLS handshake ({a.tlsBytes} TLS bytes against {d.tlsBytes}), while gRPC multiplexes every call on one; on the wire {a.wireBytes} bytes against {d.wireBytes}. For a handful of calls the times are close; bytes, connections and battery are where gRPC clearly wins.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST opened {a.connections} connections, each with a full TLS handshake: {a.tlsBytes} TLS bytes against {d.tlsBytes} for gRPC&apos;s single connection. Its heads and JSON bodies took {a.headerBytes + a.bodyBytes} bytes against {d.headerBytes + d.bodyBytes + d.framingBytes} for gRPC&apos;s header blocks, messages and frames. With small payloads, connection set-up outweighs encoding; connection reuse (keep-alive pools, HTTP/2) matters more than the serialisation format.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five requests for 1 KB items, then five updates from the server, over four protocols. Which puts the fewest bytes on the wire?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 in the clear</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC over TLS</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS (HTTP/1.1 over TLS)</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebSocket over TLS</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 {a.shootout.wireBytes} bytes, HTTPS {b.shootout.wireBytes}, gRPC {c.shootout.wireBytes}, WebSocket {d.shootout.wireBytes}. gRPC pays one TLS handshake and then sends compressed headers and Protobuf on {c.shootout.connections} connection; the WebSocket pays one handshake and frames of a few bytes; HTTP/1.1 repeats its text headers on every request over {a.shootout.connections} connections, and HTTPS adds a full handshake to each of its {b.shootout.connections}. Bytes follow connections and repeated headers more than the encoding.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same requests and updates over HTTP/1.1 (A) and over HTTPS (B), each with a browser&apos;s pool of connections. How many times as many bytes does HTTPS put on the wire?</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{b.shootout.wireBytes} bytes against {a.shootout.wireBytes}, about {b.shootout.wireBytes / a.shootout.wireBytes:1} times. Each of HTTPS&apos;s {b.shootout.connections} connections ran its own handshake with a certificate, and every record adds a header and a tag. The answer is not to drop TLS but to open fewer connections: gRPC, with TLS, took {c.shootout.wireBytes} bytes on {c.shootout.connections}.</source>
        <extracomment>quiz.questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting on pipelining to fix that: requests leave back to back, but responses still come back strictly in order, so small ones wait behind a large one.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always, for every production endpoint, internal ones included: anyone on the path reads plain HTTP&apos;s passwords and session cookies, while over HTTPS they see only addresses, the server name, sizes and timing.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: a byte an attacker alters in flight makes the TLS record fail its check (bad_record_mac), where plain HTTP delivers the forged page without noticing.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cheap handshake: with TLS 1.3 it costs a single round trip before the first request.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls with deadlines and status codes that must travel across several services: the deadline travels as grpc-timeout, and a call past it ends DEADLINE_EXCEEDED with only its own stream reset.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A REST request can go to **any** server: it brings everything the server needs, and when the
answer is sent the server forgets it. That is why stateless HTTP services scale by adding
machines behind a load balancer.

A WebSocket is different. It is **one long-lived TCP connection**, and the server that accepted
the upgrade keeps it, with its state: who the user is, which rooms it joined, what it has been
sent. A message for that client can only leave through **that server**.

Here the same chat runs on two server instances behind a round-robin load balancer. Side **A**:
each instance keeps its own chat members in memory. Side **B**: the instances are joined by a
**pub/sub broker**. Every client posts in turn, and every message is meant for every client.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balancer forwards the upgrade like any request, and each client ends up connected to one server. The trouble is fan-out: a post reaches one server, and that server knows only its own sockets. In this run A&apos;s clients received {a.polling.deliveries} of the {a.polling.expectedDeliveries} deliveries owed ({a.polling.deliveryPercent:0} %), B&apos;s {b.polling.deliveries} of {b.polling.expectedDeliveries}.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three clients, two instances, round robin: two clients share an instance and one is alone. What share of the deliveries owed (every message to every client) will A make, in percent?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made {a.polling.deliveries} of {a.polling.expectedDeliveries} deliveries, {a.polling.deliveryPercent:0} %; B, with the broker, {b.polling.deliveryPercent:0} %. A message from one of the two clients that share an instance reaches those two; a message from the lone client reaches only itself: about 2/3 x 2/3 + 1/3 x 1/3 = 5/9 of what was owed. The {b.polling.deliveries - a.polling.deliveries} missing deliveries are messages that reached an instance without the recipient, and no error was raised anywhere.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard fix is a **publish/subscribe broker** (Redis pub/sub, NATS, Kafka, or a cloud
service). Every server **subscribes** to the channels of the rooms its clients are in. When a
message arrives, the server **publishes** it to the broker instead of sending it itself; the
broker hands it to every subscribed server, and each one writes it to its own sockets.

    client -&gt; server 1 -&gt; broker -&gt; server 1 -&gt; its clients
                                 -&gt; server 2 -&gt; its clients

Now any server can take any client, and servers can be added freely. The cost is one more hop
for every message, and the broker itself becomes a part that must scale and stay available. In
B&apos;s lanes the broker&apos;s hop is there with its bytes: each instance holds one more TCP connection,
to the broker, and every message crosses it once up and once down to each instance.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&apos;s messages took {b.polling.latencyMeanMs:0} ms on average from the server having them to a client having them, against a one-way trip of {knob.rttMs / 2} ms: the broker&apos;s extra hop adds its own delay, small next to the link here. A was at {a.polling.latencyMeanMs:0} ms, but only for the messages it delivered at all. B opened {b.polling.connections} connections against A&apos;s {a.polling.connections}: the extra ones are the instances&apos; connections to the broker.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky sessions, measured</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is a session made of many requests. The clients follow a ticker by **long polling**, over
cleartext HTTP/1.1, through a **layer 7** balancer that reads every request. Each server instance
keeps its sessions in its own memory, as Socket.IO does: the first request (the **handshake**) gets
a session id, and every poll must bring that id back to the instance that issued it. The ticker
publishes every update to both instances, so the only difference between the sides is the
balancer&apos;s rule.

Side **A** sends each request to the next instance, round robin. Side **B** sets a cookie on a
client&apos;s first response (`SERVERID=instance-1`) and sends every later request carrying it to that
instance: **sticky sessions**. The routing notes in the lanes say where each request went and why.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In A, a client&apos;s poll reaches the instance that did not issue its session. What happens?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That instance serves the poll from its own copy of the ticker, so nothing is lost</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answers 400 &quot;Session ID unknown&quot;; the client starts over with a new handshake and misses the updates published meanwhile</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this run {a.polling.failedPolls} of A&apos;s polls were refused with 400, its clients started over {a.polling.reHandshakes} times, and each new session began at the latest update: A delivered {a.polling.deliveries} of {a.polling.expectedDeliveries} updates owed ({a.polling.deliveryPercent:0} %). B, where the cookie kept every client on its instance, had {b.polling.failedPolls} refused polls and delivered {b.polling.deliveryPercent:0} %. The other instance has the same updates; what it lacks is the session, which lives in one server&apos;s memory.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate reconnects turn one restart into a burst of handshakes that can overload the servers that are left. Jittered backoff spreads them out, and resuming from the last message seen (a sequence number or an id) closes the gap without loss. A server can never open a connection to a browser, so reconnecting is always the client&apos;s job. In the last run A&apos;s clients started over {a.polling.reHandshakes} times, after a random wait each, and lost what was published meanwhile ({a.polling.updatesSkipped} updates skipped): their new sessions could not resume.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where requests get stuck behind each other: HTTP/1.1&apos;s one-at-a-time connections and in-order pipelining, HTTP/2&apos;s streams that fix it, the lost TCP segment that brings it back for every stream at once, and HTTP/3 over QUIC, whose streams do not wait for each other.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix needs a transport that knows about streams. **QUIC** (RFC 9000) runs over UDP and
carries many independent streams in one connection: each stream&apos;s bytes are ordered on their
own, so a lost packet delays only the streams whose data it carried. Loss recovery and
congestion control stay shared, as in one TCP connection, but the ordering does not.

**HTTP/3** (RFC 9114) is HTTP over QUIC. It keeps HTTP/2&apos;s ideas, with a header compression
(**QPACK**, RFC 9204) redesigned so that header blocks do not have to arrive in order either.
QUIC also folds the TLS 1.3 handshake into its own, so a new connection costs one round trip
instead of TCP&apos;s plus TLS&apos;s.

This run loads the same page over HTTP/2 on TLS (side A, one TCP connection) and over HTTP/3
(side B, one QUIC connection) on the same lossy link, with the same seed. In B&apos;s lanes each QUIC
stream has a thin lane of its own under the connection: look for the stream that waited after a
lost datagram, and for the streams beside it that did not.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two percent of the packets lost on both sides, which side had the whole page first?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 over TLS (A)</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/3 over QUIC (B)</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 took {a.totalTimeMs:0} ms and HTTP/3 {b.totalTimeMs:0} ms. On the TCP connection {a.segmentsLost} lost segments held back {a.segmentsBlocked} segments that had already arrived, whatever streams they carried. QUIC lost {b.datagramsLost} of its datagrams and held nothing back: it sent the lost frames again in new packets while every other stream went on. HTTP/3 also saved a round trip on the handshake ({a.roundTrips} round trips against {b.roundTrips}).</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why QUIC&apos;s streams do not wait for each other</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP numbers bytes: one sequence for the whole connection, handed over strictly in order. QUIC
numbers **packets** for loss detection, and each STREAM frame inside a packet says which stream
it belongs to and at which offset of that stream its bytes go. A receiver can therefore place
every frame that arrives, and hand each stream its bytes as soon as that stream has no gap,
whatever happened to the others. When a packet is lost, QUIC does not resend the packet: it
sends the lost frames again, in a new packet with a new number.

A short answer for an interview: *HTTP/1.1 suffers head-of-line blocking between requests on a
connection; HTTP/2 removes that with multiplexed streams, but on one TCP connection a lost
segment still stalls every stream; HTTP/3 over QUIC makes streams independent in the transport.*</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUIC orders bytes per stream, not per connection, so data of other streams that arrived is handed to the application right away. In the run you just watched, the HTTP/2 connection&apos;s {a.segmentsLost} lost segments held back {a.segmentsBlocked} others, whatever streams they carried; HTTP/3 lost {b.datagramsLost} datagrams and held back none.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
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
  lesson     List, read and run the lessons, with answers measured live
  quiz       Interview practice: questions by topic, scored, with a review

`protoviz-cli &lt;command&gt; --help` describes a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeExplanation</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>had not finished</source>
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
        <source>was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took %2 (%3× as long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No side finished: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded the page first, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 opened %n connection(s) and needed %2 round trips</source>
        <translation type="unfinished">
            <numerusform>%1 opened %n connection and needed %2 round trips</numerusform>
            <numerusform>%1 opened %n connections and needed %2 round trips</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection setup: every connection pays a TCP and a TLS handshake before its first request; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection setup: every connection pays a TCP handshake before its first request; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pipelining: %1 sent %n request(s) before the response to the previous one had arrived, so they shared round trips: %2 round trips, against %3.</source>
        <translation type="unfinished">
            <numerusform>Pipelining: %1 sent %n request before the response to the previous one had arrived, so they shared round trips: %2 round trips, against %3.</numerusform>
            <numerusform>Pipelining: %1 sent %n requests before the response to the previous one had arrived, so they shared round trips: %2 round trips, against %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server push: the server of %1 sent %n object(s) along with the page before the client could ask, saving the requests&apos; round trip: %2 round trips, against %3.</source>
        <translation type="unfinished">
            <numerusform>Server push: the server of %1 sent %n object along with the page before the client could ask, saving the requests&apos; round trip: %2 round trips, against %3.</numerusform>
            <numerusform>Server push: the server of %1 sent %n objects along with the page before the client could ask, saving the requests&apos; round trip: %2 round trips, against %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>no other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK header compression: %1 sent its header lists as %2 bytes instead of %3 bytes of HTTP/1.1 text (%4 % saved), because repeated fields become table indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>TCP head-of-line blocking in %1: %n segment(s) that had already arrived waited behind a lost one (%2 lost in all), so deliveries stood still for %3, the longest wait %4</source>
        <translation type="unfinished">
            <numerusform>TCP head-of-line blocking in %1: %n segment that had already arrived waited behind a lost one (%2 lost in all), so deliveries stood still for %3, the longest wait %4</numerusform>
            <numerusform>TCP head-of-line blocking in %1: %n segments that had already arrived waited behind a lost one (%2 lost in all), so deliveries stood still for %3, the longest wait %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; every HTTP/2 stream shares its %n connection(s), so one loss stalls all of them.</source>
        <translation type="unfinished">
            <numerusform>%1; every HTTP/2 stream shares its %n connection, so one loss stalls all of them.</numerusform>
            <numerusform>%1; every HTTP/2 stream shares its %n connections, so one loss stalls all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; each of its %n connection(s) stalls only the request it carries.</source>
        <translation type="unfinished">
            <numerusform>%1; each of its %n connection stalls only the request it carries.</numerusform>
            <numerusform>%1; each of its %n connections stalls only the request it carries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its deliveries stood still %1 longer than %2&apos;s: the main reason it finished later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>HTTP head-of-line blocking in %1: the large object %2 (%3 bytes) took %4 to arrive, and %n smaller response(s) pipelined behind it on its connection had to wait for it, the longest %5, because HTTP/1.1 answers in order.</source>
        <translation type="unfinished">
            <numerusform>HTTP head-of-line blocking in %1: the large object %2 (%3 bytes) took %4 to arrive, and %n smaller response pipelined behind it on its connection had to wait for it, the longest %5, because HTTP/1.1 answers in order.</numerusform>
            <numerusform>HTTP head-of-line blocking in %1: the large object %2 (%3 bytes) took %4 to arrive, and %n smaller responses pipelined behind it on its connection had to wait for it, the longest %5, because HTTP/1.1 answers in order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Multiplexing in %1: while the large object %2 (%3 bytes) took %4 to arrive, %n smaller object(s) completed, their frames interleaved with its frames on the same connection.</source>
        <translation type="unfinished">
            <numerusform>Multiplexing in %1: while the large object %2 (%3 bytes) took %4 to arrive, %n smaller object completed, their frames interleaved with its frames on the same connection.</numerusform>
            <numerusform>Multiplexing in %1: while the large object %2 (%3 bytes) took %4 to arrive, %n smaller objects completed, their frames interleaved with its frames on the same connection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1, while the large object %2 (%3 bytes) took %4 to arrive on one connection, %n smaller object(s) completed over the other connections.</source>
        <translation type="unfinished">
            <numerusform>In %1, while the large object %2 (%3 bytes) took %4 to arrive on one connection, %n smaller object completed over the other connections.</numerusform>
            <numerusform>In %1, while the large object %2 (%3 bytes) took %4 to arrive on one connection, %n smaller objects completed over the other connections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HTTP head-of-line blocking in %1: the large object %2 (%3 bytes) took %4 to arrive, and %n smaller object(s) requested before it finished came only after it.</source>
        <translation type="unfinished">
            <numerusform>HTTP head-of-line blocking in %1: the large object %2 (%3 bytes) took %4 to arrive, and %n smaller object requested before it finished came only after it.</numerusform>
            <numerusform>HTTP head-of-line blocking in %1: the large object %2 (%3 bytes) took %4 to arrive, and %n smaller objects requested before it finished came only after it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The small objects were all in after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had its first response byte first, after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished its handshake after %2 RTT (%3) and needed %4 round trips in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake round trips (TCP&apos;s included): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumption: %1 resumed an earlier session, so no Certificate crossed the wire (a full handshake here carried %2 bytes of it); its handshake messages took %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepted them and could answer a round trip sooner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not accept them, so they were sent again after the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-RTT: %1 sent %2 bytes of early data with its ClientHello, %3 before its handshake ended; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>even</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>HelloRetryRequest: the server of %1 did not take the offered key share and asked for another, so the client sent %n ClientHello(s): one round trip more (%2 in all).</source>
        <translation type="unfinished">
            <numerusform>HelloRetryRequest: the server of %1 did not take the offered key share and asked for another, so the client sent %n ClientHello: one round trip more (%2 in all).</numerusform>
            <numerusform>HelloRetryRequest: the server of %1 did not take the offered key share and asked for another, so the client sent %n ClientHellos: one round trip more (%2 in all).</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure: in %1 the %2 ended the handshake with the fatal alert %3 after %4 (%5).</source>
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
        <source>%1 delivered updates soonest, %2 from publication to arrival on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Polling: %1 asked %n time(s) and %2 of the answers were empty (%3 %), each a request and a response head spent on nothing; an update waits at the server until the next poll.</source>
        <translation type="unfinished">
            <numerusform>Polling: %1 asked %n time and %2 of the answers were empty (%3 %), each a request and a response head spent on nothing; an update waits at the server until the next poll.</numerusform>
            <numerusform>Polling: %1 asked %n times and %2 of the answers were empty (%3 %), each a request and a response head spent on nothing; an update waits at the server until the next poll.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 made %2 HTTP request(s) (its WebSocket upgrades) and then pushed %3 WebSocket frame(s) for %4 deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made %2 HTTP requests for %3 deliveries (%4 per update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per update: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 bytes (%3 bytes in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead per update delivered (HTTP heads, frame headers, control frames): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had every item first, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Encoding: the %n message(s) of %1 took %2 bytes as Protobuf, prefixes included; written as JSON they would take %3 bytes (%4× as many).</source>
        <translation type="unfinished">
            <numerusform>Encoding: the %n message of %1 took %2 bytes as Protobuf, prefixes included; written as JSON they would take %3 bytes (%4× as many).</numerusform>
            <numerusform>Encoding: the %n messages of %1 took %2 bytes as Protobuf, prefixes included; written as JSON they would take %3 bytes (%4× as many).</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON bodies (binary data as base64 text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protobuf bodies (binary data as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK-compressed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 header text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1 carried %2 bytes of %3 and %4 bytes of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 made %n call(s) over %2 connection(s) in %3 round trips</source>
        <translation type="unfinished">
            <numerusform>%1 made %n call over %2 connection in %3 round trips</numerusform>
            <numerusform>%1 made %n calls over %2 connections in %3 round trips</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 used %2 connection(s) in %3 round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trips: every exchange that waits for an answer costs one, every new connection its handshakes; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 updates came pushed on a channel opened once, with no request in between; %n connection(s) carried everything.</source>
        <translation type="unfinished">
            <numerusform>%1: %2 of %3 updates came pushed on a channel opened once, with no request in between; %n connection carried everything.</numerusform>
            <numerusform>%1: %2 of %3 updates came pushed on a channel opened once, with no request in between; %n connections carried everything.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the client asked anew for each of the %2 updates (no update came unasked); %3 requests in all over %n connection(s).</source>
        <translation type="unfinished">
            <numerusform>%1: the client asked anew for each of the %2 updates (no update came unasked); %3 requests in all over %n connection.</numerusform>
            <numerusform>%1: the client asked anew for each of the %2 updates (no update came unasked); %3 requests in all over %n connections.</numerusform>
        </translation>
    </message>
    <message>
        <source>QPACK header compression: %1 sent its header lists as %2 bytes instead of %3 bytes of HTTP/1.1 text (%4 % saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: first response byte after %2, the page in %n round trip(s)</source>
        <translation type="unfinished">
            <numerusform>%1: first response byte after %2, the page in %n round trip</numerusform>
            <numerusform>%1: first response byte after %2, the page in %n round trips</numerusform>
        </translation>
    </message>
    <message>
        <source>0-RTT early data: %1 resumed an earlier QUIC session and sent its first request with its very first packet, which the server accepted, so no round trip went by before it. %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUIC handshake: %1 sets up its transport and TLS 1.3 in one round trip, where TCP and TLS take one each. %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>QUIC loss recovery in %1: %n of %2 datagram(s) were lost; QUIC sends the lost frames again in new packets and hands each stream its own bytes, so a loss holds up only the streams whose data it carried, not the others.</source>
        <translation type="unfinished">
            <numerusform>QUIC loss recovery in %1: %n of %2 datagram was lost; QUIC sends the lost frames again in new packets and hands each stream its own bytes, so a loss holds up only the streams whose data it carried, not the others.</numerusform>
            <numerusform>QUIC loss recovery in %1: %n of %2 datagrams were lost; QUIC sends the lost frames again in new packets and hands each stream its own bytes, so a loss holds up only the streams whose data it carried, not the others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollingReport</name>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates delivered</source>
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
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed polls (400, unknown session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New handshakes (started over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates skipped by new sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling against WebSocket: clients that get every update (default: the scenario&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling against WebSocket: ticker updates, or chat messages, a second (default: the scenario&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling against WebSocket: seconds the updates go on (default: the scenario&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short polling: milliseconds between one client&apos;s polls (default: the scenario&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket sides: compress messages with permessage-deflate (RFC 7692); the report shows the bytes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  payload bytes compressed / inflated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  bytes saved by compression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollingScenarios</name>
    <message>
        <source>Measured per update: the delay from the server having it to the client having it, and the bytes of HTTP headers or frame headers it cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A asks with HTTP/1.1 long polling (the server holds each request until there is news, the client asks again at once); B keeps a WebSocket open and the server pushes each update. </source>
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
    <message>
        <source>Long polling asks again as soon as an answer comes, and a WebSocket never asks: no side polls at an interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticker: the server publishes updates (as many a second and for as long as the Updates a second and Duration knobs say), and every client must get each one. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat: the clients take turns posting messages (as many a second and for as long as the Updates a second and Duration knobs say), and the server sends each to every client. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A asks with HTTP/1.1 short polling (a request at each Poll every interval, answered at once, often empty); B keeps a WebSocket open and the server pushes each update as a message. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polls at each Poll every interval (short polling); B long-polls, the server holding each request until there is news. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides poll over HTTP/1.1: no side speaks WebSocket, so no message is compressed.</source>
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
    <message>
        <source>WebSocket over TLS (wss://), compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket (ws://), compressed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolDescriptor</name>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionGrader</name>
    <message>
        <source>This question is answered by a run, and there is none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not answer &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No choice holds for this run (a tie?): run it again or change a knob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a measured number and its unit</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPrinter</name>
    <message>
        <source>Question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (answer in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prediction: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof: event %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuicClient</name>
    <message>
        <source>This client is already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind a UDP socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuicDescriptor</name>
    <message>
        <source>QUIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUIC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUIC %1 packet · number %2</source>
        <extracomment>%1 is the packet type (Initial, Handshake, 1-RTT...), %2 its packet number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a QUIC event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a QUIC %1 packet closing the connection</source>
        <extracomment>%1 is the packet type (Initial, Handshake, 1-RTT...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a QUIC %1 packet</source>
        <extracomment>%1 is the packet type (Initial, Handshake, 1-RTT...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can protect Handshake packets now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the 1-RTT keys for both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resumed a session and may send 0-RTT early data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saw the 0-RTT early data accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saw the 0-RTT early data refused: it goes again in 1-RTT packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed the QUIC handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed the QUIC handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got a session ticket for a later 0-RTT resumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished with the QUIC connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hit a QUIC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-RTT: early data</source>
        <extracomment>a 0-RTT QUIC packet carries application data before the handshake is over</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QUIC packet: its frames carry the TLS handshake, acknowledgements and the data of every stream; a lost packet delays only the streams whose data it carried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuicEventLog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>stream %1, offset %2, %3 bytes, FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream %1, offset %2, %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1, %2 bytes of TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream %1, error %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream %1, %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bidirectional streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unidirectional streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1, sequence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination connection id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source connection id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packet %2: %3</source>
        <extracomment>%1 is the packet type (Initial, Handshake, 1-RTT...), %2 its number, %3 its frames</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frames of %1 packet %2 could not all be decoded: byte %3 of its payload is not a valid frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It says: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint closed the connection with HTTP/3 error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer closed the connection with HTTP/3 error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint closed the connection with QUIC transport error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer closed the connection with QUIC transport error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on stream %2: %n byte(s) of payload</source>
        <extracomment>%1 is the frame type (HEADERS, DATA, SETTINGS...)</extracomment>
        <translation type="unfinished">
            <numerusform>%1 on stream %2: %n byte of payload</numerusform>
            <numerusform>%1 on stream %2: %n bytes of payload</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; requests on stream %1 and later will not be processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; push id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuicPacketDecoder</name>
    <message>
        <source>Malformed QUIC packet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuicServer</name>
    <message>
        <source>Cannot listen for QUIC on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuicTlsContext</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate authority in the PEM data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>No question fits: choose other topics, or at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer: time ran out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProtoViz quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Score: %1 of %2**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run that shows it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizCommand</name>
    <message>
        <source>--topic: &quot;%1&quot; is not a topic (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview practice in the terminal: questions drawn at random by topic, live ones answered by a run made for them, scored, with a review of every wrong answer at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these topics, separated by commas (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many questions (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the same questions again with the same seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds for the whole quiz; answers after it do not count (default: untimed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only questions that need no run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the results as Markdown to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a live question: running %1 %2 first …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late: the time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This streamed recording has format version %1; this ProtoViz reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The recording ends in an incomplete event at line %1 (its writer stopped mid-way); the %n complete event(s) before it were read.</source>
        <translation type="unfinished">
            <numerusform>The recording ends in an incomplete event at line %1 (its writer stopped mid-way); the %n complete event before it was read.</numerusform>
            <numerusform>The recording ends in an incomplete event at line %1 (its writer stopped mid-way); the %n complete events before it were read.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording is damaged: line %1 is not an event (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is damaged: the event at line %1 goes back in time.</source>
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
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: the first is large, %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 live on 127.0.0.1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Statuses: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event (%1) is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunMeasurements</name>
    <message>
        <source>&quot;%1&quot; is not a statistic; there are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1() takes %n number(s)</source>
        <translation>
            <numerusform>%1() takes %n number</numerusform>
            <numerusform>%1() takes %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no function %1() (count, firstMs, lastMs, bytes, min, max, abs, round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() takes a side and an event filter: %1(b, &quot;tls.Alert&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no knob &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names side %2, but this run has %n side(s)</source>
        <translation type="unfinished">
            <numerusform>&quot;%1&quot; names side %2, but this run has %n side</numerusform>
            <numerusform>&quot;%1&quot; names side %2, but this run has %n sides</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; names nothing: write a.NAME, b.NAME (c.NAME, d.NAME in scenarios of more sides), a.polling.NAME, a.grpc.NAME, a.shootout.NAME or knob.NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingScenarios</name>
    <message>
        <source>Scaling WebSockets: two servers without and with a pub/sub broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scaling scenario &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat over WebSockets: the clients take turns posting messages at the rate and for the duration set, each meant for every client. A round-robin load balancer spreads their connections over two server instances. In A each instance sends a message only to its own connections, so clients on the other instance miss it; in B the instances publish every message to a pub/sub broker, which hands it to both. Measured: the share of deliveries that arrived, their latency, and the bytes of the balancer&apos;s and the broker&apos;s hops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSockets push every message: no side polls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each client opens one WebSocket, whatever the HTTP/1.1 pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario is about which instance reaches which member; its messages are sent uncompressed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingSessionConfig</name>
    <message>
        <source>Scaling out needs at least %1 clients, so that the balancer puts some on each instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>chat, %1 messages a second for %2 s between %n client(s), spread round robin over %3 instances</source>
        <translation type="unfinished">
            <numerusform>chat, %1 messages a second for %2 s between %n client, spread round robin over %3 instances</numerusform>
            <numerusform>chat, %1 messages a second for %2 s between %n clients, spread round robin over %3 instances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 instances and a pub/sub broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instances, each with its own members</source>
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
    <message>
        <source>HTTP/2 needs one connection, whatever the HTTP/1.1 pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelining is compared on one connection, so both sides use exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityScenarios</name>
    <message>
        <source>HTTPS (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP, cleartext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP against HTTPS, with an eavesdropper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same login over cleartext HTTP and over HTTPS, with a passive eavesdropper on the link. Over HTTP it reads the password and the session cookie; over HTTPS only addresses, ports, the server name (SNI), record sizes and timing — and, when the newest TLS version is 1.2, the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampering: HTTP against HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attacker on the link flips one byte of the account page in flight. HTTP delivers the altered page without noticing; TLS&apos;s record protection fails, the client sends bad_record_mac and closes. (Authenticity is the untrusted-certificate scenario.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP, altered in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, altered in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A is always cleartext HTTP and B always HTTPS: that is the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login site has its own pages: a form, a login and an account page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySessionConfig</name>
    <message>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login needs a user name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS (TLS 1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS (TLS 1.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP in cleartext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in (POST /login with a password), then GET /account with the session cookie, over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; an eavesdropper reads the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; an attacker on the link flips a byte of the account page</source>
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
    <message>
        <source>On exit, write the recording of the events kept (see --event-budget) to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every event to this file as it happens (a streamed recording that the GUI opens; complete up to the last event even if serve is killed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory for the events kept, in MiB (default %1; 0 keeps every event). Beyond it the oldest events are dropped and an event says how many; --record keeps them all on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds an HTTP/1.1 request head may take from its first byte (default 20): slower ones are answered 408.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept permessage-deflate (RFC 7692) offers on the chat room: messages then travel compressed (RSV1). Off by default, so that frames show their payload as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event-budget takes a whole number of MiB (0 keeps every event), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds (at most a day), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protoviz-cli serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped recording; still serving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  WebSocket compression: permessage-deflate offers are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event budget of %1 MiB reached: the oldest events are now dropped from memory (every event is still in the --record file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event budget of %1 MiB reached: the oldest events are now dropped from memory (--event-budget 0 keeps them all; --record streams them to a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections that may wait for a request at once (default %1): beyond that many, the one idle longest is closed (HTTP/2 with GOAWAY), and an event says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-idle-connections takes a whole number of connections, at least 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-idle-connections %1 could never be reached: this process may hold only %2 connections and files at once (ulimit -n).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events can no longer be written to the standard output (%1): printing stopped, serving goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves ProtoViz&apos;s page over HTTP/1.1 and HTTP/2, cleartext and TLS, and over HTTP/3, so that real clients can be pointed at it; prints every event as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not serve HTTPS (nor HTTP/3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not serve HTTP/3, which is otherwise served over QUIC on the UDP port of the same number as the HTTPS port, and advertised there with Alt-Svc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try --no-http3, or another --tls-port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  https://%1:%2/   HTTP/3 over QUIC on UDP port %2 (advertised with Alt-Svc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a connection may stay without a request before it is closed (default 30 for HTTP/1.1, 60 for HTTP/2). For HTTP/3 it is QUIC&apos;s max_idle_timeout (default 30): seconds without a packet from the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a TLS handshake may take from the accept, or a QUIC handshake from the client&apos;s first packet (default 30).</source>
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
    <message>
        <source>The large object must be between 0 bytes (none) and %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/3 always runs over QUIC, which always encrypts: it needs TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTP/3 page loads resume with 0-RTT early data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-RTT early data is shown with ProtoViz&apos;s own server only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/3 with 0-RTT resumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server as an IP address or localhost, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDescriptor</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session event describes the page or the run, not bytes on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had an object in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 noted something worth knowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 named what a connection is for</source>
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
        <source>What this connection is for</source>
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
</context>
<context>
    <name>ShootoutProtocolFacts</name>
    <message>
        <source>request and response heads are lines of text, bodies here JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch() and XMLHttpRequest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same text as HTTP/1.1, readable once TLS is removed (a key log, the browser&apos;s tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary HTTP/2 frames, HPACK-compressed headers, protobuf messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browsers expose no HTTP/2 trailers to scripts: pages need gRPC-Web and a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary frame headers with masked client payloads; the messages themselves may be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WebSocket API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS (HTTP/1.1 over TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC (HTTP/2 over TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket over TLS (wss://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary frames in encrypted QUIC packets; header fields compressed with QPACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch() uses it by itself when the server offers it (an Alt-Svc header); no API lets a page choose it. Server push is specified, but browsers removed it, so news still needs a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/3 (over QUIC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShootoutReport</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request latency, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  mean / max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exchanges done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update latency, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  up / down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server push (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 updates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human-readable (fact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser-native (fact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — human-readable: %2; in a browser: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request latency: from the client&apos;s request to its answer. Update latency: from the server having an update to the client having it. Server push and streaming are what this run showed; human-readable and browser-native are facts about the protocol, not measured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShootoutScenarios</name>
    <message>
        <source>Protocol shoot-out: HTTP/1.1, HTTPS, gRPC and WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workload over four protocols on the same link: the client asks for the items (objects) and the server answers each, then the server has news a number of times a second (updates a second, for the duration) and the client must learn each. A: HTTP/1.1 (a browser&apos;s pool of connections, updates by long polling); B: the same over TLS; C: gRPC over HTTP/2 and TLS (unary calls, updates on one server-streaming call); D: a WebSocket over TLS (requests and answers as messages, updates pushed). Latency, bytes, connections and which protocol pushes and streams are measured; whether a protocol is human-readable or browser-native is a fact about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol shoot-out always runs A in cleartext and B–D over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shoot-out has one client per protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A and B long-poll, C streams and D is pushed to: no side polls at an interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shoot-out compares the four protocols as they are; its WebSocket side sends uncompressed messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shoot-out runs every side encrypted: A to D over TLS, B&apos;s TLS inside QUIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol shoot-out over TLS and QUIC: HTTPS, HTTP/3, gRPC and WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol shoot-out with every side encrypted, so that the comparison is fair on security: the client asks for the items (objects) and the server answers each, then the server has news a number of times a second (updates a second, for the duration) and the client must learn each. A: HTTPS (a browser&apos;s pool of HTTP/1.1 connections over TLS, updates by long polling); B: HTTP/3 over QUIC (every request a stream of one connection over UDP, updates by long polling too, since browsers dropped server push); C: gRPC over HTTP/2 and TLS (unary calls, updates on one server-streaming call); D: a WebSocket over TLS (requests and answers as messages, updates pushed). Latency, bytes, connections and which protocol pushes and streams are measured; whether a protocol is human-readable or browser-native is a fact about it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShootoutSessionConfig</name>
    <message>
        <source>The shoot-out needs between 1 and %1 request/response exchanges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items must carry between 0 and %1 bytes.</source>
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
        <source>The HTTP/1.1 pool must have between 1 and 64 connections.</source>
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
    <message numerus="yes">
        <source>%n exchange(s) of %1-byte items, then %2 updates (%3 a second for %4 s)</source>
        <translation type="unfinished">
            <numerusform>%n exchange of %1-byte items, then %2 updates (%3 a second for %4 s)</numerusform>
            <numerusform>%n exchanges of %1-byte items, then %2 updates (%3 a second for %4 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tamperer</name>
    <message>
        <source>the response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted application-data record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attacker flipped a byte of %1 in flight: %2 became %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsDescriptor</name>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
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
        <source>a TLS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TLS alert (%1)</source>
        <extracomment>%1 is the alert as the standard names it: close_notify, unknown_ca...</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early data (0-RTT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TLS message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreed on the TLS keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hit a TLS error</source>
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
    <message>
        <source>A TLS scenario always runs over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS versions of each side are what this scenario sets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitWords</name>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
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
</context>
<context>
    <name>WebSocketDescriptor</name>
    <message>
        <source>WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket %1 frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WebSocket upgrade request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WebSocket upgrade answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebSocket message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebSocket close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebSocket frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hit a WebSocket error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WireDescriptor</name>
    <message>
        <source>TCP</source>
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
        <source>An eavesdropper on the link reads %1 going to the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attacker on the link alters %1 going to the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link records when each segment travels and how big it is, not what it carries: its bytes are decoded in the TLS, HTTP and WebSocket events at either end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SYN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SYN-ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 aborted the connection (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed the TCP handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not carry the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an eavesdropper on the %1 read what it could</source>
        <extracomment>%1 is &quot;link&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attacker on the %1 altered bytes in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP datagram %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP datagram %1 leaves the %2 with %3 of payload; it is due at the %4 at %5, after %6 on the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP datagram %1 (%2) from the %3 finds the link&apos;s queue full and is dropped; UDP never sends it again, only the protocol above can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP datagram %1 (%2) from the %3 is lost on the link; it would have arrived at %4, and UDP never sends it again: only the protocol above can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP datagram %1 (%2) reaches the %3: it left at %4, %5 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped a datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered a datagram</source>
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
    <message>
        <source>The request head was not complete %1 s after its first byte (header timeout), so the server answered 408 Request Timeout and closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the HTTP/2 connection with GOAWAY (NO_ERROR) after %1 s without a request (idle timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open a connection inside the process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1 appears twice (RFC 7692 section 5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1 takes no value (RFC 7692 section 7.1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1 needs a window size from 8 to 15 without leading zeros, not &quot;%2&quot; (RFC 7692 section 7.1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permessage-deflate has no parameter %1 (RFC 7692 section 7.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sec-WebSocket-Extensions field is not a valid extension list (RFC 6455 section 9.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer asks the server for an 8-bit window, which zlib cannot compress with: declined (RFC 7692 section 7.1.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s Sec-WebSocket-Extensions field is not a valid extension list (RFC 6455 section 9.1): the client fails the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the extension %1, which the client did not offer (RFC 6455 section 9.1): the client fails the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s response names permessage-deflate more than once, but the client made one offer (RFC 7692 section 5.1): the client fails the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client fails the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client offered server_no_context_takeover but the response lacks it, so it accepts no offer the client made (RFC 7692 section 7.1.1.1): the client fails the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client offered server_max_window_bits=%1 but the response does not answer it with a window that small (RFC 7692 section 7.1.2.1): the client fails the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (compressed message, permessage-deflate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed (RSV1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permessage-deflate: %1 B on the wire inflate to %2 B, %3 B saved (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 frame sets RSV1, but permessage-deflate marks only the first frame of a data message as compressed (RFC 7692 section 6): a protocol error, close code 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame states its length of %1 bytes in %2 bits, but the length must be encoded in the fewest bytes that hold it (RFC 6455 section 5.2): a protocol error, close code 1002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed message %1 inflates to more than the %2 bytes this endpoint accepts, from %3 compressed bytes so far: close code 1009 (message too big). The inflater stops at the limit, so a small &quot;zip bomb&quot; cannot exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed message %1 is not valid DEFLATE data (zlib: %2), so it cannot be inflated (RFC 7692 section 8): close code 1007 (invalid payload data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte %1 of inflated text message %2 (0x%3) cannot be part of valid UTF-8, so the message is refused at once with close code 1007 (invalid payload data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, RSV1 (compressed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::AnswerInput</name>
    <message>
        <source>✓ %1</source>
        <comment>the right choice, once revealed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <comment>the learner&apos;s wrong choice, once revealed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;prediction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer, not the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::BackoffAcceptor</name>
    <message numerus="yes">
        <source>Out of file descriptors: %n connection(s) open; accepting again in %1 ms.</source>
        <translation type="unfinished">
            <numerusform>Out of file descriptors: %n connection open; accepting again in %1 ms.</numerusform>
            <numerusform>Out of file descriptors: %n connections open; accepting again in %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepting a connection failed (%1): %n connection(s) open; accepting again in %2 ms.</source>
        <translation type="unfinished">
            <numerusform>Accepting a connection failed (%1): %n connection open; accepting again in %2 ms.</numerusform>
            <numerusform>Accepting a connection failed (%1): %n connections open; accepting again in %2 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>protoviz::BalancedConnection</name>
    <message>
        <source>The balancer reads request %1 of connection %2 (%3) and sends it to instance %4 over its connection %5: %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::BalancingSession</name>
    <message numerus="yes">
        <source>The ticker did not finish within %n second(s).</source>
        <translation type="unfinished">
            <numerusform>The ticker did not finish within %n second.</numerusform>
            <numerusform>The ticker did not finish within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>instance %1 issued %n of them</source>
        <translation type="unfinished">
            <numerusform>instance %1 issued %n of them</numerusform>
            <numerusform>instance %1 issued %n of them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %1 clients have a session (%2). The ticker publishes %3 updates a second for %n second(s) to both instances; the balancer routes every poll by its rule: %4.</source>
        <translation type="unfinished">
            <numerusform>All %1 clients have a session (%2). The ticker publishes %3 updates a second for %n second to both instances; the balancer routes every poll by its rule: %4.</numerusform>
            <numerusform>All %1 clients have a session (%2). The ticker publishes %3 updates a second for %n seconds to both instances; the balancer routes every poll by its rule: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The ticker publishes update %1 to both instances; each of the %n client(s) should get it.</source>
        <translation type="unfinished">
            <numerusform>The ticker publishes update %1 to both instances; each of the %n client should get it.</numerusform>
            <numerusform>The ticker publishes update %1 to both instances; each of the %n clients should get it.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 deliveries arrived and no poll failed: the balancer&apos;s %2 cookie brought every poll back to the instance that issued its session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 deliveries arrived and no poll failed: the clients&apos; requests happened to alternate in step with round robin, so each poll came back to the instance that issued its session. Any other traffic through the balancer, or an odd number of clients, breaks that luck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 deliveries did not arrive in time (%3 % did); no poll failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s) reached the instance that had never seen their session: 400 &quot;Session ID unknown&quot;. The clients started over %1 times with a new handshake, and each new session began at the latest update, so %2 of %3 deliveries were lost (%4 % arrived).</source>
        <translation type="unfinished">
            <numerusform>%n poll reached the instance that had never seen their session: 400 &quot;Session ID unknown&quot;. The clients started over %1 times with a new handshake, and each new session began at the latest update, so %2 of %3 deliveries were lost (%4 % arrived).</numerusform>
            <numerusform>%n polls reached the instance that had never seen their session: 400 &quot;Session ID unknown&quot;. The clients started over %1 times with a new handshake, and each new session began at the latest update, so %2 of %3 deliveries were lost (%4 % arrived).</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::ChatInstance</name>
    <message>
        <source>Instance %1 lost its connection to the broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 cannot reach the broker: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every message it receives goes to the broker, which hands it to every instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it sends each message only to its own members: it knows no other connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Instance %1 holds this WebSocket (connection %2) and now has %n chat member(s); %3.</source>
        <translation type="unfinished">
            <numerusform>Instance %1 holds this WebSocket (connection %2) and now has %n chat member; %3.</numerusform>
            <numerusform>Instance %1 holds this WebSocket (connection %2) and now has %n chat members; %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker refused instance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::DatagramRelay</name>
    <message>
        <source>The link could not listen on %1 UDP port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP datagram %1 could not be passed on: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::EavesdropperView</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server → client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client → server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTERED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What someone on the link reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is listening on this link. The scenarios “HTTP against HTTPS, with an eavesdropper” and “Tampering” put an eavesdropper and an attacker on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s), %1 with a secret.</source>
        <translation type="unfinished">
            <numerusform>%n observation, %1 with a secret.</numerusform>
            <numerusform>%n observations, %1 with a secret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Eavesdropper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every observation on the link, with its time and direction; secrets and altered bytes are marked in words as well as colour</source>
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
    <name>protoviz::GlossaryPanel</name>
    <message>
        <source>No term matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*Also called:* %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the glossary</source>
        <translation>
            <numerusform>and %n more in the glossary</numerusform>
            <numerusform>and %n more in the glossary</numerusform>
        </translation>
    </message>
    <message>
        <source>Search terms and meanings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the terms whose name, other spellings or meaning contain what you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
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
    <name>protoviz::GrpcWebCall</name>
    <message>
        <source>The deadline of %1 passed before the call finished; the browser closed the HTTP/1.1 connection to abandon it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser cancelled the call; over HTTP/1.1 that means closing the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response&apos;s content-type is &quot;%1&quot;, not application/grpc-web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response message %1 is not a valid %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trailer frame carries no valid grpc-status (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes at the end of the body, flag 0x80</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWebClient</name>
    <message>
        <source>The connection closed before the answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWebProxy</name>
    <message>
        <source>The gRPC-Web proxy cannot listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A browser&apos;s HTTP/1.1 connection to the gRPC-Web proxy, which answers it as the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browser → proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWebProxyConnection</name>
    <message>
        <source>gRPC-Web calls are POST requests; this was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy translates application/grpc-web+proto; this request is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gRPC-Web over HTTP/1.1 in, gRPC over HTTP/2 out to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application/grpc on an HTTP/2 stream, te: trailers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, passed on to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (malformed; the server will refuse it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP status %1; gRPC&apos;s mapping makes it %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered Trailers-Only; the proxy moved its status into the body&apos;s trailer frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s HTTP/2 trailers became the body&apos;s last frame (flag 0x80), since a browser cannot read HTTP/2 trailers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the stream without a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/2 stream ended without trailers; the proxy wrote the status it stands for into the trailer frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailer frame: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser closed its connection during the call: the proxy reset the HTTP/2 stream with RST_STREAM CANCEL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWebSession</name>
    <message numerus="yes">
        <source>The calls were not all over within %n second(s).</source>
        <translation type="unfinished">
            <numerusform>The calls were not all over within %n second.</numerusform>
            <numerusform>The calls were not all over within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>GetItem %1 ended OK without its item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetItem %1 ended with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s): %1 OK, %2 DEADLINE_EXCEEDED, %3 CANCELLED.</source>
        <translation type="unfinished">
            <numerusform>%n call: %1 OK, %2 DEADLINE_EXCEEDED, %3 CANCELLED.</numerusform>
            <numerusform>%n calls: %1 OK, %2 DEADLINE_EXCEEDED, %3 CANCELLED.</numerusform>
        </translation>
    </message>
    <message>
        <source>gRPC-Web puts the status in a trailer frame (flag 0x80) at the end of the HTTP/1.1 body, since browsers cannot read HTTP/2 trailers: the proxy wrote %1 of them (%2 bytes). The proxy adds one hop: %3 browser connection(s) to it over HTTP/1.1, %4 HTTP/2 connection(s) from it to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were abandoned by closing the browser connection they were on, the only way to give up an HTTP/1.1 request; the proxy turned that into %1 RST_STREAM CANCEL for the server.</source>
        <translation type="unfinished">
            <numerusform>%n call was abandoned by closing the browser connection they were on, the only way to give up an HTTP/1.1 request; the proxy turned that into %1 RST_STREAM CANCEL for the server.</numerusform>
            <numerusform>%n calls were abandoned by closing the browser connection they were on, the only way to give up an HTTP/1.1 request; the proxy turned that into %1 RST_STREAM CANCEL for the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) waited for one of the browser&apos;s %1 connections and ended before they could be sent.</source>
        <translation type="unfinished">
            <numerusform>%n call waited for one of the browser&apos;s %1 connections and ended before they could be sent.</numerusform>
            <numerusform>%n calls waited for one of the browser&apos;s %1 connections and ended before they could be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Native gRPC reads the status from HTTP/2 trailers on %n connection(s).</source>
        <translation type="unfinished">
            <numerusform>Native gRPC reads the status from HTTP/2 trailers on %n connection.</numerusform>
            <numerusform>Native gRPC reads the status from HTTP/2 trailers on %n connections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) given up reset only their own stream (RST_STREAM CANCEL); the connection carried on.</source>
        <translation type="unfinished">
            <numerusform>%n call given up reset only their own stream (RST_STREAM CANCEL); the connection carried on.</numerusform>
            <numerusform>%n calls given up reset only their own stream (RST_STREAM CANCEL); the connection carried on.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 ms deadline travels as grpc-timeout, so the server stops working on a call when it passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWebUpstream</name>
    <message>
        <source>The connection to the gRPC server closed before HTTP/2 could start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gRPC-Web proxy&apos;s HTTP/2 connection to the gRPC server: the extra hop, where every browser call becomes a gRPC call on a stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/2 connection to the gRPC server ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be sent on the HTTP/2 connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy → server</source>
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
    <message>
        <source>The client sent HEADERS on stream %1 after it had opened stream %2: a new stream&apos;s id must be greater than every id used before (RFC 9113 5.1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client reset streams faster than %1 at once and %2 a second, which costs the server work and the client nothing (a &quot;rapid reset&quot; attack).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::Http3IdleWatch</name>
    <message>
        <source>Idle connection limit %1 reached: the server closed this HTTP/3 connection with CONNECTION_CLOSE (H3_NO_ERROR), the one idle longest (%2 s without a request in progress).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::Http3PageClient</name>
    <message>
        <source>The QUIC connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the QUIC connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::Http3PageLoadSession</name>
    <message numerus="yes">
        <source>The page did not finish loading within %n second(s).</source>
        <translation type="unfinished">
            <numerusform>The page did not finish loading within %n second.</numerusform>
            <numerusform>The page did not finish loading within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session loads pages over HTTP/3 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first connection, made to obtain a session ticket, did not get one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it closed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the clock started, a first QUIC connection (straight to the server, not recorded) completed a full handshake and received a session ticket. This connection resumes that session and sends its first request as 0-RTT early data, in the same flight as its Initial packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::HttpBalancer</name>
    <message>
        <source>The load balancer has no server instances to send requests to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer cannot listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its cookie %1=instance-%2 pins the client to that instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no %1 cookie yet, so round robin picks the instance, and the response will set the cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round robin: each request goes to the next instance, whichever client sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1</source>
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
    <message>
        <source>The client asks to turn this HTTP connection into a WebSocket. Sec-WebSocket-Key is a random nonce, new for every handshake: the server must answer with a value only it can derive from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Here: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>101 Switching Protocols: from now on the connection speaks WebSocket. Sec-WebSocket-Accept is base64(SHA-1(key + the fixed GUID 258EAFA5-E914-47DA-95CA-C5AB0DC85B11)): it proves the server understood the WebSocket handshake, not just any HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %n client(s)</source>
        <translation type="unfinished">
            <numerusform>%1 → %n client</numerusform>
            <numerusform>%1 → %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ×%2 · %3 RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 request(s) one after another, sent between %2 and %3 ms</source>
        <translation type="unfinished">
            <numerusform>%n %1 request, sent between %2 and %3 ms</numerusform>
            <numerusform>%n %1 requests one after another, sent between %2 and %3 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They took %n round trip(s): each request waited for the answer to the one before.</source>
        <translation type="unfinished">
            <numerusform>They took %n round trip: each request waited for the answer to the one before.</numerusform>
            <numerusform>They took %n round trips: each request waited for the answer to the one before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They took %n round trip(s).</source>
        <translation type="unfinished">
            <numerusform>They took %n round trip.</numerusform>
            <numerusform>They took %n round trips.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too close together to label one by one at this zoom: zoom in (mouse wheel) to see each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C%1–%2</source>
        <comment>short for &quot;Clients %1–%2&quot; where the lifelines stand close</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C%1</source>
        <comment>short for &quot;Client %1&quot; where the lifelines stand close</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RTT</source>
        <comment>round trips taken, where &quot;Round trips: %1&quot; does not fit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never read: the receiver had closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at %1 ms; never read: the server had closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at %1 ms; never read: the client had closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never read: the server had closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never read: the client had closed the connection.</source>
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
        <source>messages</source>
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
    <message>
        <source>#%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Lost on the way: the receiver never got this datagram. QUIC sends the frames it carried again, in new packets, once it finds the loss.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Waited %1 behind a lost packet: later bytes of this stream had arrived, but QUIC hands a stream&apos;s bytes over only in order. Other streams went on.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held back behind a lost packet (its stream only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top: client → server, bottom: server → client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::LessonPanel</name>
    <message>
        <source>This step asks no question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run this question is about is not over yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>how long a lesson takes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits for the scenario &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lesson above. Each one runs live sessions, stops where something happens and asks you to predict what the run will measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <comment>a lesson and how long it takes</comment>
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits for the scenario &quot;%1&quot;, which ProtoViz does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running… watch the panes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last step of this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lesson runs live sessions; the greyed-out ones wait for a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers now come from your own run, with the knobs you set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous step (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::LessonPlayer</name>
    <message>
        <source>The run did not start. Change what the message said, then choose the step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was replaced before it finished. Choose the step again to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no event to select, so the inspector cannot show its field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected event has no field &quot;%1&quot;, so the inspector cannot show it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::LessonQuestionView</name>
    <message>
        <source>The answer is measured when the run is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict a number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects the event in its pane; the inspector shows its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panes no longer show the run this answer is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run cannot answer the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a predicted number and its unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Right: you predicted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not quite: you predicted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured in this run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the answer this run measured, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;event that proves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
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
    <name>protoviz::LoadBalancer</name>
    <message>
        <source>The load balancer has no server instances to send connections to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer cannot listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer sends connection %1 to instance %2 of %3 (round robin: each new connection goes to the next instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer is done with connection %1: it relayed %2 bytes to instance %3 and %4 bytes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::LongPoller</name>
    <message>
        <source>Client %1&apos;s poll failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1&apos;s poll was answered %2.</source>
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
    <message>
        <source>Some lessons could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These lessons are left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the terms lessons and views use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided lessons on live runs, with questions (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview practice: questions drawn from every topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trade-offs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to pick each protocol, and when not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing a recorded run of %1. Press Space to replay it, ← and → to step through the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ea&amp;vesdropper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What someone on the link reads, and what an attacker changed (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario and knobs</source>
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
        <source>The session was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/3 runs over QUIC, not TCP: its page loads have their own session.</source>
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
    <message>
        <source>Playback position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay speed</source>
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
    <name>protoviz::PollingInstance</name>
    <message>
        <source>Server instance %1 cannot listen on 127.0.0.1: %2</source>
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
    <name>protoviz::PubSubBroker</name>
    <message>
        <source>The pub/sub broker cannot listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The broker: connection %1 subscribed to the channel &quot;%2&quot;, which now has %n subscriber(s); every message published there goes to each of them.</source>
        <translation type="unfinished">
            <numerusform>The broker: connection %1 subscribed to the channel &quot;%2&quot;, which now has %n subscriber; every message published there goes to each of them.</numerusform>
            <numerusform>The broker: connection %1 subscribed to the channel &quot;%2&quot;, which now has %n subscribers; every message published there goes to each of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>broker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::QuizDialog</name>
    <message>
        <source>Interview practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions are drawn at random from the topics you choose. Live questions first run their scenario, and their answer is measured on that run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1 (%n question)</numerusform>
            <numerusform>%1 (%n questions)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;live questions (each runs its scenario first, for a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the results as Markdown (.md) or PDF (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario for this question cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the scenario for this question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is in. The scenario for this question is still running; the answer is measured on it when it is over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Measured answer:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Answer:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The time ran out: %n question(s) had no answer and count as wrong.</source>
        <translation>
            <numerusform>The time ran out: %n question had no answer and counts as wrong.</numerusform>
            <numerusform>The time ran out: %n questions had no answer and count as wrong.</numerusform>
        </translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer was right: nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer: time ran out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Your answer:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Right answer:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiz-results.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProtoViz quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a predicted number and its unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the run this answer was measured on in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the question&apos;s scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer and explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::RecordingStream</name>
    <message>
        <source>Cannot write %1: %2</source>
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
    <message>
        <source>The server could not take the connection.</source>
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
        <source>GET %1 answered %2 where %3 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 did not answer item %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not the Protobuf of that item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no JSON form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is the JSON of another item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::ScalingSession</name>
    <message numerus="yes">
        <source>The chat did not finish within %n second(s).</source>
        <translation type="unfinished">
            <numerusform>The chat did not finish within %n second.</numerusform>
            <numerusform>The chat did not finish within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>instance %1 holds %n of them</source>
        <translation type="unfinished">
            <numerusform>instance %1 holds %n of them</numerusform>
            <numerusform>instance %1 holds %n of them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %1 clients are in the chat (%2): they post %3 messages a second, taking turns, for %n second(s), and each message should reach every client.</source>
        <translation type="unfinished">
            <numerusform>All %1 clients are in the chat (%2): they post %3 messages a second, taking turns, for %n second, and each message should reach every client.</numerusform>
            <numerusform>All %1 clients are in the chat (%2): they post %3 messages a second, taking turns, for %n seconds, and each message should reach every client.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 deliveries arrived: each instance published every message to the broker, which passed it to both instances (%2 messages forwarded), and each sent it to its own clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 deliveries arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 deliveries did not arrive in time (%3 % did).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 deliveries never reached clients on the other instance (%3 % arrived): each instance only knows its own connections, so a message goes only to the clients that the balancer happened to put on the same instance as its sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was stopped.</source>
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
        <source>Each segment&apos;s delay varies randomly by up to this much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth in each direction, e.g. 10mbit, 512kbit or unlimited.</source>
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
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the random losses and jitter to repeat a run exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many HTTP/1.1 connections a browser opens to one host.</source>
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
    <message>
        <source>gRPC calls (gRPC-Web)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each gRPC call&apos;s deadline, sent to the server as grpc-timeout; a call still running when it passes ends with DEADLINE_EXCEEDED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the server works on each call: 0 ms on the first, rising to this on the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client cancels each call still running after this long: CANCELLED, by RST_STREAM on HTTP/2, by closing the connection on HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mixed page: the first object requested is this large, the others keep the object size, so you can watch small responses wait behind a slow one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round tr&amp;ip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;oss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objec&amp;ts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lar&amp;ge first object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 co&amp;nnections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest TLS &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Updates a second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll ever&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;adline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server wor&amp;k up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a&amp;fter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 &amp;pipelining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 server pus&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;LS (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many objects the page has, or items and calls an API scenario moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes of each object or item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 sends requests back to back without waiting for each response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP/2 server pushes the page&apos;s objects along with the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the sessions over TLS (HTTPS, wss://) rather than in cleartext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticker updates, or chat messages, a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the updates go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WebSocket compression (permessage-deflate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket clients offer permessage-deflate and the server accepts it: each message travels compressed (RSV1 set), and the statistics show the bytes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to the scenario&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set objects, sizes, protocols and updates to the values that show this scenario&apos;s point; the network stays as you set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the scenario&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::SecuritySession</name>
    <message numerus="yes">
        <source>The login and the account page did not finish within %n second(s).</source>
        <translation type="unfinished">
            <numerusform>The login and the account page did not finish within %n second.</numerusform>
            <numerusform>The login and the account page did not finish within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>A passive eavesdropper on the link reads every byte that crosses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attacker on the link will flip one byte of the account page (the balance) on its way to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login&apos;s response set no session cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account page arrived as the server sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The cleartext client accepted %n altered byte(s): nothing checks integrity.</source>
        <translation type="unfinished">
            <numerusform>The cleartext client accepted %n altered byte: nothing checks integrity.</numerusform>
            <numerusform>The cleartext client accepted %n altered bytes: nothing checks integrity.</numerusform>
        </translation>
    </message>
    <message>
        <source>The page reads %1 where the server sent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS&apos;s record MAC/AEAD tag failed on the altered record: the client sent bad_record_mac and closed. The altered page never reached the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in and read the account page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 talking to %3 port %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eavesdropper read %1 in the clear: HTTP carries them as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record sizes and timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server name %1 (SNI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The eavesdropper read no secret: TLS encrypted %n byte(s) of records; it saw only %1.</source>
        <translation type="unfinished">
            <numerusform>The eavesdropper read no secret: TLS encrypted %n byte of records; it saw only %1.</numerusform>
            <numerusform>The eavesdropper read no secret: TLS encrypted %n bytes of records; it saw only %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was stopped.</source>
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
    <message>
        <source>%1: events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what an eavesdropper reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::SessionPollingClient</name>
    <message>
        <source>Client %1&apos;s connection closed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1&apos;s handshake was answered %2 without a session id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Client %1 starts over: instance %2 opens session %3, which begins after update %4. The client had update %5, so it skipped %n update(s).</source>
        <translation type="unfinished">
            <numerusform>Client %1 starts over: instance %2 opens session %3, which begins after update %4. The client had update %5, so it skipped %n update.</numerusform>
            <numerusform>Client %1 starts over: instance %2 opens session %3, which begins after update %4. The client had update %5, so it skipped %n updates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client %1&apos;s poll for session %2 was refused: 400 &quot;%3&quot; from %4. That instance never saw the session; the client will start over with a new handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1&apos;s poll was answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::ShootoutGrpcUpdates</name>
    <message>
        <source>The update stream (ListItems) ended with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update stream ended after %1 of %2 updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update stream sent another item than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 arrived, but the server&apos;s sending of it is not on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::ShootoutHttp3Side</name>
    <message>
        <source>The server closed the QUIC connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::ShootoutSession</name>
    <message numerus="yes">
        <source>Not every answer and update arrived within %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Not every answer and update arrived within %n second.</numerusform>
            <numerusform>Not every answer and update arrived within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send {&quot;get&quot;:N} to ask for item N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every answer is in: the server has news %1 times a second for %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Every answer is in: the server has news %1 times a second for %n second.</numerusform>
            <numerusform>Every answer is in: the server has news %1 times a second for %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::ShootoutWebSocketClient</name>
    <message>
        <source>The WebSocket closed unexpectedly (close code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a message that is neither an update nor an item asked for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::StatisticsChart</name>
    <message>
        <source>%1 · %2: %3</source>
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
        <source>%1&apos;s items took %2 as Protobuf; as JSON they would take %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK saved %1 % of %2&apos;s header text.</source>
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
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured from the sessions&apos; events up to the playhead at %1 ms (of %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took %2: as long as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took %2: %3 % less time than %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took %2: %3 % more time than %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of protocol overhead with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent %2 HTTP requests and %3 WebSocket frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the updates reached their client %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each update cost %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened %2 connections and waited %3 round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent its items as JSON: %2; as Protobuf they would take %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: as sent, as Protobuf, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as Protobuf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fact about the protocol and today&apos;s browsers, not measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human-readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser-native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured from this run&apos;s updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No update has arrived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 updates arrived with no client request on their channel since the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 updates arrived on a response, call or connection that had already delivered an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request latency, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request latency, mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request latency, maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exchanges done after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update latency, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update latency, mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update latency, maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item bytes as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same items as Protobuf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same items as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened %2 and moved %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation type="unfinished">
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>Half of the requests were answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the updates reached the client %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server pushed updates unasked with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates streamed on one carrier, each asked for, with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked for every update anew with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request latency</source>
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
        <source>Update latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind the server (proxy, balancer, broker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s), %1 bytes</source>
        <translation type="unfinished">
            <numerusform>%n connection, %1 bytes</numerusform>
            <numerusform>%n connections, %1 bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent its headers uncompressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the run, one column per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes (%2 inflated, %3 on the wire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
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
    <message>
        <source>Request sent at %1 as %2 stream %3 on connection %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 multiplexes every request as its own stream on one connection: none waits for another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::Timeline</name>
    <message numerus="yes">
        <source>%n other kind(s)</source>
        <translation type="unfinished">
            <numerusform>%n other kind</numerusform>
            <numerusform>%n other kinds</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 events (%2) before %3 s were dropped to stay within the event budget of %4 MiB; %L5 dropped since the start.</source>
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
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>connection %1</source>
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
    <name>protoviz::TradeoffCardsDialog</name>
    <message>
        <source>Trade-off cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trade-off cards are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick it when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid it when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it in an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs &quot;%1&quot; in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs &quot;%1&quot; with %2 in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it: %1</source>
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
        <source>PUSH_PROMISE</source>
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
        <source>call headers, trailers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN: done sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST: connection aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application data (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close_notify, warning alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fatal alert, error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SETTINGS, PING, WINDOW_UPDATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST_STREAM, GOAWAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost datagram</source>
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
    <message>
        <source>The server does not serve TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not serve cleartext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake was not complete %1 s after the connection was accepted (handshake timeout); the connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle connection limit %1 reached: the server closed this connection, the one idle longest (%2 s since it was accepted, without a byte from the client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle connection limit %1 reached: the server closed this HTTP/1.1 connection, the one idle longest (%2 s without a request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle connection limit %1 reached: the server closed this HTTP/2 connection with GOAWAY (NO_ERROR), the one idle longest (%2 s without an open stream).</source>
        <translation type="unfinished"></translation>
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
