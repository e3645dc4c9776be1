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
</context>
<context>
    <name>Http2FrameDissector</name>
    <message>
        <source>header block</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of HPACK</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>value as %n plain byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Usage: protoviz-cli &lt;command&gt; [options]

Commands:
  run        Run a scenario live, A against B, and print what was measured
  serve      Serve ProtoViz&apos;s page to real clients (curl, nghttp, browsers)
  fetch      Load a page from any HTTP server through the emulated link
  scenarios  List the scenarios

`protoviz-cli &lt;command&gt; --help` describes a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Push the page&apos;s objects along with the page (HTTP/2).</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>The connection did not start with the HTTP/2 client preface (&quot;PRI * HTTP/2.0&quot;): this peer is not speaking HTTP/2 with prior knowledge.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Stop</source>
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
        <source>Running %1 live...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protoviz::PageLoadSession</name>
    <message numerus="yes">
        <source>The page did not finish loading within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Page and protocol</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n round trip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 objects · %2 bytes on the wire</source>
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
    <name>protoviz::WebServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
