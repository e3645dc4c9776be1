<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Time to first byte</source>
        <translation>Zeit bis zum ersten Byte</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Round trips</source>
        <translation>Roundtrips</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source> (%1 pushed)</source>
        <translation> (%1 per Server-Push)</translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation>Bytes auf der Leitung</translation>
    </message>
    <message>
        <source>  headers</source>
        <translation>  Header</translation>
    </message>
    <message>
        <source>  bodies</source>
        <translation>  Bodys</translation>
    </message>
    <message>
        <source>  framing</source>
        <translation>  Framing</translation>
    </message>
    <message>
        <source>  TLS</source>
        <translation>  TLS</translation>
    </message>
    <message>
        <source>Header compression</source>
        <translation>Header-Komprimierung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 % saved (%2 of %3 bytes)</source>
        <translation>%1 % gespart (%2 von %3 Bytes)</translation>
    </message>
    <message>
        <source>Segments lost / held back</source>
        <translation>Segmente verloren / zurückgehalten</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>an event filter is empty (it starts with LAYER.KIND, such as tls.Alert)</source>
        <translation>ein Ereignisfilter ist leer (er beginnt mit SCHICHT.ART, etwa tls.Alert)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LAYER.KIND (layers: session, wire, tls, http1, http2, websocket, grpc)</source>
        <translation>&quot;%1&quot; ist nicht SCHICHT.ART (Schichten: session, wire, tls, http1, http2, websocket, grpc)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of event of the %2 layer</source>
        <translation>&quot;%1&quot; ist keine Ereignisart der Schicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the event filter &quot;%2&quot; is none of client, server, link, c2s, s2c, flags=N, opcode=N, stream=N, value=N</source>
        <translation>&quot;%1&quot; im Ereignisfilter &quot;%2&quot; ist keines von client, server, link, c2s, s2c, flags=N, opcode=N, stream=N, value=N</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartetes &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 at column %2 of &quot;%3&quot;</source>
        <translation>%1 in Spalte %2 von &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the expression ends too soon</source>
        <translation>der Ausdruck endet zu früh</translation>
    </message>
    <message>
        <source>a &quot;)&quot; is missing</source>
        <translation>ein &quot;)&quot; fehlt</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>a &quot;)&quot; is missing after the arguments of %1</source>
        <translation>nach den Argumenten von %1 fehlt ein &quot;)&quot;</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot; is not a number</source>
        <translation>die Zeichenkette &quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>der Ausdruck ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number</source>
        <translation>&quot;%1&quot; ist keine endliche Zahl</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Loads a page and the objects it references from any HTTP server, as a browser would, through the emulated link; prints what was measured.</source>
        <translation>Lädt wie ein Browser eine Seite und die von ihr referenzierten Objekte von einem beliebigen HTTP-Server über die emulierte Leitung und gibt die Messwerte aus.</translation>
    </message>
    <message>
        <source>The page, e.g. https://127.0.0.1:8443/</source>
        <translation>Die Seite, z. B. https://127.0.0.1:8443/</translation>
    </message>
    <message>
        <source>Use HTTP/1.1 (a pool of connections).</source>
        <translation>HTTP/1.1 verwenden (ein Pool von Verbindungen).</translation>
    </message>
    <message>
        <source>Use HTTP/2 (the default): over TLS by ALPN, over http:// with prior knowledge.</source>
        <translation>HTTP/2 verwenden (Standard): über TLS per ALPN, über http:// mit Prior Knowledge.</translation>
    </message>
    <message>
        <source>Trust the authorities in this PEM file (default: the system&apos;s).</source>
        <translation>Den Zertifizierungsstellen in dieser PEM-Datei vertrauen (Standard: denen des Systems).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>HTTP/1.1 connections per host (default 6).</source>
        <translation>HTTP/1.1-Verbindungen pro Host (Standard: 6).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Let HTTP/1.1 pipeline requests.</source>
        <translation>HTTP/1.1-Anfragen per Pipelining senden.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 120).</source>
        <translation>Nach so vielen Sekunden aufgeben (Standard: 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Which events to print: all, errors or none (default none).</source>
        <translation>Welche Ereignisse ausgegeben werden: all, errors oder none (Standard: none).</translation>
    </message>
    <message>
        <source>which</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Write the recording of every event to this file.</source>
        <translation>Die Aufzeichnung aller Ereignisse in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Try `protoviz-cli fetch --help`.</source>
        <translation>Siehe `protoviz-cli fetch --help`.</translation>
    </message>
    <message>
        <source>fetch takes one address, such as https://127.0.0.1:8443/.</source>
        <translation>fetch erwartet genau eine Adresse, etwa https://127.0.0.1:8443/.</translation>
    </message>
    <message>
        <source>--events takes all, errors or none, not &quot;%1&quot;.</source>
        <translation>--events erwartet all, errors oder none, nicht „%1“.</translation>
    </message>
    <message>
        <source>Choose --http1.1 or --http2, not both.</source>
        <translation>Wählen Sie --http1.1 oder --http2, nicht beides.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Loading %1 with %2 ...</source>
        <translation>%1 wird mit %2 geladen ...</translation>
    </message>
    <message>
        <source>Append the TLS secrets to this file (SSLKEYLOGFILE format, for Wireshark).</source>
        <translation>Die TLS-Geheimnisse an diese Datei anhängen (SSLKEYLOGFILE-Format, für Wireshark).</translation>
    </message>
</context>
<context>
    <name>GrpcCommand</name>
    <message>
        <source>ProtoViz&apos;s schema does not know this method, so it cannot write JSON messages for it; give them with --message-hex.</source>
        <translation>Das Schema von ProtoViz kennt diese Methode nicht und kann daher keine JSON-Nachrichten für sie schreiben; geben Sie sie mit --message-hex an.</translation>
    </message>
    <message>
        <source>--message-hex takes hexadecimal digits, not &quot;%1&quot;.</source>
        <translation>--message-hex erwartet Hexadezimalziffern, nicht „%1“.</translation>
    </message>
    <message>
        <source>Calls a gRPC method on any server with ProtoViz&apos;s own gRPC client (HTTP/2 on nghttp2): sends the request messages, half-closes, prints every response message as JSON and the status the call ended with. Exits with 0 when the status is OK, 1 otherwise.</source>
        <translation>Ruft mit dem eigenen gRPC-Client von ProtoViz (HTTP/2 auf nghttp2) eine gRPC-Methode auf einem beliebigen Server auf: sendet die Anfragenachrichten, schließt die eigene Senderichtung (Half-Close), gibt jede Antwortnachricht als JSON aus und den Status, mit dem der Aufruf endete. Beendet sich mit 0, wenn der Status OK ist, sonst mit 1.</translation>
    </message>
    <message>
        <source>The server: http://host:port (h2c) or https://host:port (TLS, ALPN h2).</source>
        <translation>Der Server: http://host:port (h2c) oder https://host:port (TLS, ALPN h2).</translation>
    </message>
    <message>
        <source>The method&apos;s path, e.g. /protoviz.lesson.v1.Lesson/GetItem.</source>
        <translation>Der Pfad der Methode, z. B. /protoviz.lesson.v1.Lesson/GetItem.</translation>
    </message>
    <message>
        <source>A request message in Protobuf&apos;s JSON mapping, e.g. &apos;{&quot;id&quot;: 3}&apos;; repeat for a stream.</source>
        <translation>Eine Anfragenachricht im JSON-Mapping von Protobuf, z. B. &apos;{&quot;id&quot;: 3}&apos;; für einen Stream wiederholen.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>A request message as hexadecimal protobuf bytes; repeatable.</source>
        <translation>Eine Anfragenachricht als hexadezimale Protobuf-Bytes; wiederholbar.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>The call&apos;s deadline in milliseconds (sent as grpc-timeout).</source>
        <translation>Die Deadline des Aufrufs in Millisekunden (gesendet als grpc-timeout).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Cancel the call (RST_STREAM CANCEL) after this many responses.</source>
        <translation>Den Aufruf nach so vielen Antworten abbrechen (RST_STREAM CANCEL).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>An extra request header, name:value; repeatable.</source>
        <translation>Ein zusätzlicher Anfrage-Header, Name:Wert; wiederholbar.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Trust the authorities in this PEM file (default: the system&apos;s).</source>
        <translation>Den Zertifizierungsstellen in dieser PEM-Datei vertrauen (Standard: denen des Systems).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Which events to print: all, errors or none (default none).</source>
        <translation>Welche Ereignisse ausgegeben werden: all, errors oder none (Standard: none).</translation>
    </message>
    <message>
        <source>which</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Write the recording of every event to this file.</source>
        <translation>Die Aufzeichnung aller Ereignisse in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Try `protoviz-cli grpc --help`.</source>
        <translation>Siehe `protoviz-cli grpc --help`.</translation>
    </message>
    <message>
        <source>grpc takes a server and a method, such as http://127.0.0.1:8080 /protoviz.lesson.v1.Lesson/GetItem.</source>
        <translation>grpc erwartet einen Server und eine Methode, etwa http://127.0.0.1:8080 /protoviz.lesson.v1.Lesson/GetItem.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address with an IP address or localhost.</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse mit einer IP-Adresse oder localhost.</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of milliseconds, not &quot;%1&quot;.</source>
        <translation>--timeout erwartet eine positive Anzahl Millisekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>--cancel-after takes a number of responses, 1 or more.</source>
        <translation>--cancel-after erwartet eine Anzahl Antworten, 1 oder mehr.</translation>
    </message>
    <message>
        <source>--metadata takes name:value, not &quot;%1&quot;.</source>
        <translation>--metadata erwartet Name:Wert, nicht „%1“.</translation>
    </message>
    <message>
        <source>--events takes all, errors or none, not &quot;%1&quot;.</source>
        <translation>--events erwartet all, errors oder none, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>gRPC over HTTP/2 and TLS</source>
        <translation>gRPC über HTTP/2 und TLS</translation>
    </message>
    <message>
        <source>gRPC over HTTP/2 cleartext (h2c)</source>
        <translation>gRPC über HTTP/2 im Klartext (h2c)</translation>
    </message>
    <message>
        <source>response %1: %2</source>
        <translation>Antwort %1: %2</translation>
    </message>
    <message>
        <source>The call did not end: the server neither answered nor closed the connection.</source>
        <translation>Der Aufruf endete nicht: Der Server hat weder geantwortet noch die Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>GrpcEventLog</name>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>call type</source>
        <translation>Aufrufart</translation>
    </message>
    <message>
        <source>request type</source>
        <translation>Anfragetyp</translation>
    </message>
    <message>
        <source>response type</source>
        <translation>Antworttyp</translation>
    </message>
    <message>
        <source>not in ProtoViz&apos;s schema</source>
        <translation>nicht im Schema von ProtoViz</translation>
    </message>
    <message>
        <source> (malformed)</source>
        <translation> (fehlerhaft)</translation>
    </message>
    <message>
        <source>message (no schema)</source>
        <translation>Nachricht (kein Schema)</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 Bytes</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>als JSON</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 request %2</source>
        <translation>%1-Anfrage %2</translation>
    </message>
    <message>
        <source>%1 response %2</source>
        <translation>%1-Antwort %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes of protobuf + 5 bytes of prefix; %3 bytes as JSON</source>
        <translation>%1: %2 Bytes Protobuf + 5 Bytes Präfix; %3 Bytes als JSON</translation>
    </message>
    <message>
        <source>%1: %2 bytes of protobuf + 5 bytes of prefix</source>
        <translation>%1: %2 Bytes Protobuf + 5 Bytes Präfix</translation>
    </message>
    <message>
        <source>form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Trailers-Only: the status came in the response&apos;s only header block</source>
        <translation>Trailers-Only: Der Status kam im einzigen Header-Block der Antwort</translation>
    </message>
    <message>
        <source>the stream was reset (RST_STREAM)</source>
        <translation>der Stream wurde zurückgesetzt (RST_STREAM)</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>entschieden von</translation>
    </message>
    <message>
        <source>this side, without a status from the peer</source>
        <translation>dieser Seite, ohne Status von der Gegenstelle</translation>
    </message>
</context>
<context>
    <name>GrpcMessageReader</name>
    <message>
        <source>The compressed flag of a message is %1; gRPC allows only 0 (plain) and 1 (compressed).</source>
        <translation>Das Komprimierungs-Flag einer Nachricht ist %1; gRPC erlaubt nur 0 (unkomprimiert) und 1 (komprimiert).</translation>
    </message>
    <message>
        <source>A message has the compressed flag set, but the stream&apos;s grpc-encoding is identity: there is no compression it could have used.</source>
        <translation>Eine Nachricht hat das Komprimierungs-Flag gesetzt, aber das grpc-encoding des Streams ist identity: Es gibt keine Komprimierung, die sie hätte verwenden können.</translation>
    </message>
    <message>
        <source>A message announces %1 bytes, more than the %2 bytes this endpoint accepts.</source>
        <translation>Eine Nachricht kündigt %1 Bytes an, mehr als die %2 Bytes, die dieser Endpunkt annimmt.</translation>
    </message>
    <message numerus="yes">
        <source>The stream ended inside a message prefix: %n of its 5 bytes arrived.</source>
        <translation>
            <numerusform>Der Stream endete innerhalb eines Nachrichtenpräfixes: %n seiner 5 Bytes ist angekommen.</numerusform>
            <numerusform>Der Stream endete innerhalb eines Nachrichtenpräfixes: %n seiner 5 Bytes sind angekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A message announces %1 bytes, but the stream ended after %2 of them: the length is beyond the data.</source>
        <translation>Eine Nachricht kündigt %1 Bytes an, aber der Stream endete nach %2 davon: Die Länge reicht über die Daten hinaus.</translation>
    </message>
    <message>
        <source>0 (not compressed)</source>
        <translation>0 (nicht komprimiert)</translation>
    </message>
    <message>
        <source>1 (compressed)</source>
        <translation>1 (komprimiert)</translation>
    </message>
    <message>
        <source>%1 (invalid: only 0 and 1 are defined)</source>
        <translation>%1 (ungültig: nur 0 und 1 sind definiert)</translation>
    </message>
    <message>
        <source>compressed flag</source>
        <translation>Komprimierungs-Flag</translation>
    </message>
    <message>
        <source>message length</source>
        <translation>Nachrichtenlänge</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>GrpcMethod</name>
    <message>
        <source>unary</source>
        <translation>unär</translation>
    </message>
    <message>
        <source>server streaming</source>
        <translation>Server-Streaming</translation>
    </message>
    <message>
        <source>client streaming</source>
        <translation>Client-Streaming</translation>
    </message>
    <message>
        <source>bidirectional streaming</source>
        <translation>bidirektionales Streaming</translation>
    </message>
</context>
<context>
    <name>GrpcScenarios</name>
    <message>
        <source>REST/JSON over HTTP/1.1 against gRPC over HTTP/2</source>
        <translation>REST/JSON über HTTP/1.1 vs. gRPC über HTTP/2</translation>
    </message>
    <message>
        <source>The same items from the same server: A reads each as a JSON document from a REST API (GET /api/items/N) over a browser&apos;s pool of HTTP/1.1 connections; B asks for each with a unary gRPC call (GetItem), every call a stream on one HTTP/2 connection, every item a protobuf message. Items carry --object-size bytes of thumbnail, which JSON must write as base64.</source>
        <translation>Dieselben Elemente vom selben Server: A liest jedes als JSON-Dokument aus einer REST-API (GET /api/items/N) über den Pool von HTTP/1.1-Verbindungen eines Browsers; B fragt jedes mit einem unären gRPC-Aufruf (GetItem) ab, jeder Aufruf ein Stream auf einer einzigen HTTP/2-Verbindung, jedes Element eine Protobuf-Nachricht. Elemente enthalten ein Vorschaubild von --object-size Bytes, das JSON als Base64 schreiben muss.</translation>
    </message>
    <message>
        <source>gRPC: one message per exchange against streams</source>
        <translation>gRPC: eine Nachricht pro Austausch vs. Streams</translation>
    </message>
    <message>
        <source>The four gRPC call types moving the same items down and back up over one HTTP/2 connection. A waits for every answer: a unary call (GetItem) per item, one after another, then each item back through a bidirectional stream (Exchange), the next sent once the last was acknowledged. B streams: every item in one server-streaming call (ListItems), then all back in one client-streaming call (UploadItems), answered once. A pays a round trip and, for the unary calls, a header block and trailers per item; B pays them once per call.</source>
        <translation>Die vier gRPC-Aufrufarten übertragen dieselben Elemente über eine HTTP/2-Verbindung zum Client und wieder zurück. A wartet auf jede Antwort: ein unärer Aufruf (GetItem) pro Element, einer nach dem anderen, dann jedes Element zurück über einen bidirektionalen Stream (Exchange), das nächste erst gesendet, wenn das vorige bestätigt wurde. B streamt: alle Elemente in einem Server-Streaming-Aufruf (ListItems), dann alle zurück in einem Client-Streaming-Aufruf (UploadItems), der einmal beantwortet wird. A zahlt pro Element einen Roundtrip und, bei den unären Aufrufen, einen Header-Block und Trailer; B zahlt sie einmal pro Aufruf.</translation>
    </message>
    <message>
        <source>%1, one message per exchange</source>
        <translation>%1, eine Nachricht pro Austausch</translation>
    </message>
    <message>
        <source>%1, streams</source>
        <translation>%1, Streams</translation>
    </message>
</context>
<context>
    <name>GrpcSchema</name>
    <message>
        <source>varint</source>
        <translation>Varint</translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation>64 Bit</translation>
    </message>
    <message>
        <source>length-delimited</source>
        <translation>längenbegrenzt</translation>
    </message>
    <message>
        <source>start group</source>
        <translation>Gruppenbeginn</translation>
    </message>
    <message>
        <source>end group</source>
        <translation>Gruppenende</translation>
    </message>
    <message>
        <source>32-bit</source>
        <translation>32 Bit</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not a value of %2)</source>
        <translation>%1 (kein Wert von %2)</translation>
    </message>
    <message>
        <source>A field tag at byte %1 is cut short.</source>
        <translation>Ein Feld-Tag bei Byte %1 ist abgeschnitten.</translation>
    </message>
    <message>
        <source>Byte %1 holds field number %2, which no message can have.</source>
        <translation>Byte %1 enthält die Feldnummer %2, die keine Nachricht haben kann.</translation>
    </message>
    <message>
        <source>#%1 (unknown field)</source>
        <translation>#%1 (unbekanntes Feld)</translation>
    </message>
    <message>
        <source>field %1, wire type %2 (%3)</source>
        <translation>Feld %1, Wire-Typ %2 (%3)</translation>
    </message>
    <message>
        <source>The varint of %1 at byte %2 is cut short.</source>
        <translation>Der Varint von %1 bei Byte %2 ist abgeschnitten.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>The value of %1 at byte %2 is cut short.</source>
        <translation>Der Wert von %1 bei Byte %2 ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The length of %1 at byte %2 is cut short.</source>
        <translation>Die Länge von %1 bei Byte %2 ist abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 at byte %2 announces %3 bytes, but only %4 follow.</source>
        <translation>%1 bei Byte %2 kündigt %3 Bytes an, aber nur %4 folgen.</translation>
    </message>
    <message>
        <source>Byte %1 starts a group (wire type %2), an encoding proto3 no longer writes.</source>
        <translation>Byte %1 beginnt eine Gruppe (Wire-Typ %2), eine Kodierung, die proto3 nicht mehr schreibt.</translation>
    </message>
    <message>
        <source>Byte %1 holds wire type %2, which does not exist.</source>
        <translation>Byte %1 enthält den Wire-Typ %2, den es nicht gibt.</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message numerus="yes">
        <source>packed, %n byte(s)</source>
        <translation>
            <numerusform>gepackt, %n Byte</numerusform>
            <numerusform>gepackt, %n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s)</source>
        <translation>
            <numerusform>%1, %n Byte</numerusform>
            <numerusform>%1, %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages nest deeper than %1 levels.</source>
        <translation>Nachrichten sind tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>A packed value of %1 is cut short.</source>
        <translation>Ein gepackter Wert von %1 ist abgeschnitten.</translation>
    </message>
    <message numerus="yes">
        <source>packed, %n value(s)</source>
        <translation>
            <numerusform>gepackt, %n Wert</numerusform>
            <numerusform>gepackt, %n Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more field(s) not listed</source>
        <translation>
            <numerusform>%n weiteres Feld nicht aufgeführt</numerusform>
            <numerusform>%n weitere Felder nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>The bytes are not a valid %1.</source>
        <translation>Die Bytes sind keine gültige Nachricht vom Typ %1.</translation>
    </message>
    <message>
        <source>The bytes are not a valid %1: %2</source>
        <translation>Die Bytes sind keine gültige Nachricht vom Typ %1: %2</translation>
    </message>
    <message>
        <source>The schema has no message type &quot;%1&quot;.</source>
        <translation>Das Schema hat keinen Nachrichtentyp „%1“.</translation>
    </message>
    <message>
        <source>The JSON is not a %1: %2</source>
        <translation>Das JSON ist keine Nachricht vom Typ %1: %2</translation>
    </message>
</context>
<context>
    <name>GrpcSessionConfig</name>
    <message>
        <source>Between 1 and %1 items can be moved.</source>
        <translation>Es können zwischen 1 und %1 Elemente übertragen werden.</translation>
    </message>
    <message>
        <source>Items may carry between 0 and %1 bytes, so that each fits in gRPC&apos;s default 4 MiB message limit.</source>
        <translation>Elemente dürfen zwischen 0 und %1 Bytes enthalten, damit jedes in das Standardlimit von 4 MiB pro gRPC-Nachricht passt.</translation>
    </message>
    <message>
        <source>One stream may carry at most %1 MiB of items; ask for fewer or smaller items.</source>
        <translation>Ein Stream darf höchstens %1 MiB an Elementen übertragen; fordern Sie weniger oder kleinere Elemente an.</translation>
    </message>
    <message>
        <source>The REST API only fetches items.</source>
        <translation>Die REST-API ruft Elemente nur ab.</translation>
    </message>
    <message>
        <source>HTTP/1.1 may use between 1 and %1 connections per host.</source>
        <translation>HTTP/1.1 darf zwischen 1 und %1 Verbindungen pro Host verwenden.</translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 Sekunde und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>REST/JSON over HTTP/1.1 and TLS</source>
        <translation>REST/JSON über HTTP/1.1 und TLS</translation>
    </message>
    <message>
        <source>REST/JSON over HTTP/1.1 cleartext</source>
        <translation>REST/JSON über HTTP/1.1 im Klartext</translation>
    </message>
    <message>
        <source>gRPC over HTTP/2 and TLS</source>
        <translation>gRPC über HTTP/2 und TLS</translation>
    </message>
    <message>
        <source>gRPC over HTTP/2 cleartext (h2c)</source>
        <translation>gRPC über HTTP/2 im Klartext (h2c)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 bytes</source>
        <translation>
            <numerusform>%n Element zu %1 Bytes</numerusform>
            <numerusform>%n Elemente zu je %1 Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Items: %1, fetched as JSON documents (GET /api/items/N).</source>
        <translation>Elemente: %1, als JSON-Dokumente abgerufen (GET /api/items/N).</translation>
    </message>
    <message>
        <source>Items: %1, fetched with unary calls (GetItem).</source>
        <translation>Elemente: %1, mit unären Aufrufen abgerufen (GetItem).</translation>
    </message>
    <message>
        <source>Items: %1, fetched one call at a time (GetItem), then sent back through one bidirectional stream, each waiting for its acknowledgement (Exchange).</source>
        <translation>Elemente: %1, mit einem Aufruf nach dem anderen abgerufen (GetItem), dann über einen bidirektionalen Stream zurückgesendet, jedes wartet auf seine Bestätigung (Exchange).</translation>
    </message>
    <message>
        <source>Items: %1, fetched in one server-streaming call (ListItems), then sent back in one client-streaming call (UploadItems).</source>
        <translation>Elemente: %1, in einem Server-Streaming-Aufruf abgerufen (ListItems), dann in einem Client-Streaming-Aufruf zurückgesendet (UploadItems).</translation>
    </message>
</context>
<context>
    <name>GrpcStatus</name>
    <message>
        <source>The server answered with HTTP status %1 instead of 200.</source>
        <translation>Der Server antwortete mit HTTP-Status %1 statt 200.</translation>
    </message>
    <message>
        <source>The server refused the stream (RST_STREAM REFUSED_STREAM).</source>
        <translation>Der Server hat den Stream abgelehnt (RST_STREAM REFUSED_STREAM).</translation>
    </message>
    <message>
        <source>The stream was cancelled (RST_STREAM CANCEL).</source>
        <translation>Der Stream wurde abgebrochen (RST_STREAM CANCEL).</translation>
    </message>
    <message>
        <source>The server asked to slow down (RST_STREAM ENHANCE_YOUR_CALM).</source>
        <translation>Der Server bat darum, langsamer zu senden (RST_STREAM ENHANCE_YOUR_CALM).</translation>
    </message>
    <message>
        <source>The connection&apos;s security is inadequate (INADEQUATE_SECURITY).</source>
        <translation>Die Sicherheit der Verbindung ist unzureichend (INADEQUATE_SECURITY).</translation>
    </message>
    <message>
        <source>The stream was reset with HTTP/2 error code %1 before the call had a status.</source>
        <translation>Der Stream wurde mit dem HTTP/2-Fehlercode %1 zurückgesetzt, bevor der Aufruf einen Status hatte.</translation>
    </message>
</context>
<context>
    <name>GrpcTimeout</name>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Http2FrameDissector</name>
    <message>
        <source>header block</source>
        <translation>Header-Block</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of HPACK</source>
        <translation>
            <numerusform>%n Byte HPACK</numerusform>
            <numerusform>%n Bytes HPACK</numerusform>
        </translation>
    </message>
    <message>
        <source>table size update</source>
        <translation>Aktualisierung der Tabellengröße</translation>
    </message>
    <message>
        <source>static table entry %1</source>
        <translation>Eintrag %1 der statischen Tabelle</translation>
    </message>
    <message>
        <source>dynamic table entry %1</source>
        <translation>Eintrag %1 der dynamischen Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>value Huffman-coded in %n byte(s)</source>
        <translation>
            <numerusform>Wert Huffman-kodiert in %n Byte</numerusform>
            <numerusform>Wert Huffman-kodiert in %n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>value as %n plain byte(s)</source>
        <translation>
            <numerusform>Wert als %n Byte Klartext</numerusform>
            <numerusform>Wert als %n Bytes Klartext</numerusform>
        </translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>HPACK</source>
        <translation>HPACK</translation>
    </message>
    <message>
        <source>the block ends inside a representation (continued in a CONTINUATION frame, or malformed)</source>
        <translation>der Block endet innerhalb einer Repräsentation (fortgesetzt in einem CONTINUATION-Frame, oder fehlerhaft)</translation>
    </message>
    <message>
        <source>no error: a graceful shutdown</source>
        <translation>kein Fehler: ein geordnetes Herunterfahren</translation>
    </message>
    <message>
        <source>the peer broke a rule of the protocol</source>
        <translation>die Gegenstelle hat gegen eine Regel des Protokolls verstoßen</translation>
    </message>
    <message>
        <source>the peer hit an internal problem</source>
        <translation>die Gegenstelle hatte ein internes Problem</translation>
    </message>
    <message>
        <source>the peer sent more data than the flow-control window allowed</source>
        <translation>die Gegenstelle hat mehr Daten gesendet, als das Flusskontrollfenster erlaubte</translation>
    </message>
    <message>
        <source>the peer did not acknowledge SETTINGS in time</source>
        <translation>die Gegenstelle hat SETTINGS nicht rechtzeitig bestätigt</translation>
    </message>
    <message>
        <source>a frame arrived for a stream that was already closed</source>
        <translation>ein Frame kam für einen bereits geschlossenen Stream an</translation>
    </message>
    <message>
        <source>a frame had an invalid size</source>
        <translation>ein Frame hatte eine ungültige Größe</translation>
    </message>
    <message>
        <source>the stream was refused before any processing; it is safe to retry</source>
        <translation>der Stream wurde vor jeder Verarbeitung abgelehnt; ein erneuter Versuch ist sicher</translation>
    </message>
    <message>
        <source>the stream is no longer needed</source>
        <translation>der Stream wird nicht mehr benötigt</translation>
    </message>
    <message>
        <source>the header compression state could not be kept in step</source>
        <translation>der Zustand der Header-Komprimierung konnte nicht synchron gehalten werden</translation>
    </message>
    <message>
        <source>a CONNECT tunnel was reset or closed abnormally</source>
        <translation>ein CONNECT-Tunnel wurde zurückgesetzt oder unerwartet geschlossen</translation>
    </message>
    <message>
        <source>the peer is generating excessive load</source>
        <translation>die Gegenstelle erzeugt übermäßige Last</translation>
    </message>
    <message>
        <source>the TLS connection does not meet HTTP/2&apos;s security requirements</source>
        <translation>die TLS-Verbindung erfüllt die Sicherheitsanforderungen von HTTP/2 nicht</translation>
    </message>
    <message>
        <source>the peer wants HTTP/1.1 for this request</source>
        <translation>die Gegenstelle möchte für diese Anfrage HTTP/1.1</translation>
    </message>
    <message>
        <source>an error code this version does not know</source>
        <translation>ein Fehlercode, den diese Version nicht kennt</translation>
    </message>
    <message>
        <source>connection preface</source>
        <translation>Verbindungspräambel</translation>
    </message>
    <message>
        <source>frame header</source>
        <translation>Frame-Header</translation>
    </message>
    <message>
        <source>9 bytes</source>
        <translation>9 Bytes</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>stream id</source>
        <translation>Stream-ID</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>padding or fixed fields run past the end of the frame</source>
        <translation>Padding oder feste Felder reichen über das Ende des Frames hinaus</translation>
    </message>
    <message>
        <source>pad length</source>
        <translation>Padding-Länge</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>exclusive</source>
        <translation>exklusiv</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>stream dependency</source>
        <translation>Stream-Abhängigkeit</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>promised stream id</source>
        <translation>zugesagte Stream-ID</translation>
    </message>
    <message>
        <source>error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>opaque data</source>
        <translation>opake Daten</translation>
    </message>
    <message>
        <source>last stream id</source>
        <translation>letzte Stream-ID</translation>
    </message>
    <message>
        <source>debug data</source>
        <translation>Debug-Daten</translation>
    </message>
    <message>
        <source>window size increment</source>
        <translation>Fenstergrößen-Inkrement</translation>
    </message>
</context>
<context>
    <name>InspectorDescription</name>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>SYN: the client opens TCP connection %1; it reaches the server at %2</source>
        <translation>SYN: Der Client öffnet die TCP-Verbindung %1; der SYN erreicht den Server bei %2</translation>
    </message>
    <message>
        <source>SYN-ACK: the server accepts connection %1; it reaches the client at %2</source>
        <translation>SYN-ACK: Der Server nimmt die Verbindung %1 an; der SYN-ACK erreicht den Client bei %2</translation>
    </message>
    <message>
        <source>ACK: the client completes the three-way handshake of connection %1; it reaches the server at %2</source>
        <translation>ACK: Der Client schließt den Drei-Wege-Handshake der Verbindung %1 ab; der ACK erreicht den Server bei %2</translation>
    </message>
    <message>
        <source>Connection %1 is established: the client may send from now on</source>
        <translation>Verbindung %1 ist aufgebaut: Der Client darf ab jetzt senden</translation>
    </message>
    <message>
        <source>TCP segment %1 leaves the %2 with %3 of payload; it is due at the %4 at %5, after %6 on the link</source>
        <translation>TCP-Segment %1 verlässt den %2 mit %3 Nutzdaten; es soll den %4 bei %5 erreichen, nach %6 auf der Leitung</translation>
    </message>
    <message>
        <source>TCP segment %1 (%2) from the %3 is lost on the link; it is sent again at %4</source>
        <translation>TCP-Segment %1 (%2) vom %3 geht auf der Leitung verloren; es wird bei %4 erneut gesendet</translation>
    </message>
    <message>
        <source>TCP segment %1 (%2) reaches the %3: it left at %4, %5 before</source>
        <translation>TCP-Segment %1 (%2) erreicht den %3: Es wurde bei %4 gesendet, %5 zuvor</translation>
    </message>
    <message>
        <source>It arrived earlier but had to wait behind a lost segment: head-of-line blocking.</source>
        <translation>Es kam früher an, musste aber hinter einem verlorenen Segment warten: Head-of-Line-Blocking.</translation>
    </message>
    <message>
        <source>This attempt is a retransmission.</source>
        <translation>Dieser Versuch ist eine Sendewiederholung.</translation>
    </message>
    <message>
        <source>FIN: the %1 has finished sending on connection %2</source>
        <translation>FIN: Der %1 hat das Senden auf Verbindung %2 beendet</translation>
    </message>
    <message>
        <source>RST: connection %1 is aborted</source>
        <translation>RST: Verbindung %1 wird abgebrochen</translation>
    </message>
    <message>
        <source>The link could not carry connection %1</source>
        <translation>Die Leitung konnte Verbindung %1 nicht übertragen</translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation>TCP %1</translation>
    </message>
    <message>
        <source>HTTP/1.1 request head</source>
        <translation>HTTP/1.1-Anfragekopf</translation>
    </message>
    <message>
        <source>HTTP/1.1 request head: %1 %2</source>
        <translation>HTTP/1.1-Anfragekopf: %1 %2</translation>
    </message>
    <message>
        <source>HTTP/1.1 response head</source>
        <translation>HTTP/1.1-Antwortkopf</translation>
    </message>
    <message>
        <source>HTTP/1.1 response head: %1 %2</source>
        <translation>HTTP/1.1-Antwortkopf: %1 %2</translation>
    </message>
    <message>
        <source>HTTP/1.1 body: %1 of content and %2 of chunked framing</source>
        <translation>HTTP/1.1-Body: %1 Inhalt und %2 Chunked-Framing</translation>
    </message>
    <message>
        <source>HTTP/1.1 body: %1 of content</source>
        <translation>HTTP/1.1-Body: %1 Inhalt</translation>
    </message>
    <message>
        <source>HTTP/1.1 message %1 is complete: %2 of body in all</source>
        <translation>HTTP/1.1-Nachricht %1 ist vollständig: %2 Body insgesamt</translation>
    </message>
    <message>
        <source>HTTP/1.1 error</source>
        <translation>HTTP/1.1-Fehler</translation>
    </message>
    <message>
        <source>HTTP/1.1 %1</source>
        <translation>HTTP/1.1 %1</translation>
    </message>
    <message>
        <source>The session starts; the link&apos;s round-trip time is %1</source>
        <translation>Die Sitzung beginnt; die Umlaufzeit (RTT) der Leitung beträgt %1</translation>
    </message>
    <message>
        <source>The session is over: the workload completed</source>
        <translation>Die Sitzung ist beendet: Die Arbeitslast ist vollständig abgearbeitet</translation>
    </message>
    <message>
        <source>The session is over: it failed</source>
        <translation>Die Sitzung ist beendet: Sie ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The session is over: it was given up after its time limit</source>
        <translation>Die Sitzung ist beendet: Sie wurde nach Ablauf ihres Zeitlimits aufgegeben</translation>
    </message>
    <message>
        <source>The session is over: it was cancelled</source>
        <translation>Die Sitzung ist beendet: Sie wurde abgebrochen</translation>
    </message>
    <message>
        <source>The session is over</source>
        <translation>Die Sitzung ist beendet</translation>
    </message>
    <message>
        <source>The client asks for the page (the HTML document)</source>
        <translation>Der Client fordert die Seite an (das HTML-Dokument)</translation>
    </message>
    <message>
        <source>The server announces that it pushes page object %1</source>
        <translation>Der Server kündigt an, dass er Seitenobjekt %1 per Push sendet</translation>
    </message>
    <message>
        <source>The client asks for page object %1</source>
        <translation>Der Client fordert Seitenobjekt %1 an</translation>
    </message>
    <message>
        <source>The page (the HTML document) has arrived: %1 of body</source>
        <translation>Die Seite (das HTML-Dokument) ist angekommen: %1 Body</translation>
    </message>
    <message>
        <source>Pushed page object %1 has arrived: %2 of body</source>
        <translation>Per Push gesendetes Seitenobjekt %1 ist angekommen: %2 Body</translation>
    </message>
    <message>
        <source>Page object %1 has arrived: %2 of body</source>
        <translation>Seitenobjekt %1 ist angekommen: %2 Body</translation>
    </message>
    <message>
        <source>Update %1 reaches a client %2 after the server published it</source>
        <translation>Update %1 erreicht einen Client %2 nach seiner Veröffentlichung durch den Server</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Session error</source>
        <translation>Sitzungsfehler</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>On the link</source>
        <translation>Auf der Leitung</translation>
    </message>
    <message>
        <source>On the link, client → server</source>
        <translation>Auf der Leitung, Client → Server</translation>
    </message>
    <message>
        <source>On the link, server → client</source>
        <translation>Auf der Leitung, Server → Client</translation>
    </message>
    <message>
        <source>Seen by the client</source>
        <translation>Vom Client gesehen</translation>
    </message>
    <message>
        <source>Sent by the client</source>
        <translation>Vom Client gesendet</translation>
    </message>
    <message>
        <source>Received by the client</source>
        <translation>Vom Client empfangen</translation>
    </message>
    <message>
        <source>Seen by the server</source>
        <translation>Vom Server gesehen</translation>
    </message>
    <message>
        <source>Received by the server</source>
        <translation>Vom Server empfangen</translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation>Vom Server gesendet</translation>
    </message>
    <message>
        <source>stream 0 (the connection)</source>
        <translation>Stream 0 (die Verbindung)</translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation>Stream %1</translation>
    </message>
    <message>
        <source>HTTP/2 stream %1</source>
        <translation>HTTP/2-Stream %1</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>Update %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>%1, all of them framing</source>
        <translation>%1, ausschließlich Framing</translation>
    </message>
    <message>
        <source>%1, %2 of them framing</source>
        <translation>%1, davon %2 Framing</translation>
    </message>
    <message>
        <source>The link records when each segment travels and how big it is, not what it carries: its bytes are decoded in the TLS, HTTP and WebSocket events at either end.</source>
        <translation>Die Leitung zeichnet auf, wann jedes Segment unterwegs ist und wie groß es ist, nicht aber, was es transportiert: Seine Bytes werden in den TLS-, HTTP- und WebSocket-Ereignissen an beiden Enden dekodiert.</translation>
    </message>
    <message>
        <source>A session event describes the page or the run, not bytes on the wire.</source>
        <translation>Ein Sitzungsereignis beschreibt die Seite oder den Lauf, keine Bytes auf der Leitung.</translation>
    </message>
    <message>
        <source>No bytes were kept for this unit (%1 on its layer).</source>
        <translation>Für diese Einheit wurden keine Bytes aufbewahrt (%1 auf ihrer Schicht).</translation>
    </message>
    <message>
        <source>This event marks a moment of the session rather than bytes; what is known about it is listed in the fields.</source>
        <translation>Dieses Ereignis markiert einen Zeitpunkt der Sitzung statt Bytes; was darüber bekannt ist, steht in den Feldern.</translation>
    </message>
    <message>
        <source>This event carries no bytes of its own.</source>
        <translation>Dieses Ereignis trägt keine eigenen Bytes.</translation>
    </message>
    <message>
        <source>Only the first %1 of this unit&apos;s %2 were kept (the timeline&apos;s byte limit); fields beyond them have no bytes to show.</source>
        <translation>Nur die ersten %1 der %2 dieser Einheit wurden aufbewahrt (Byte-Grenze der Zeitachse); Felder dahinter haben keine Bytes zum Anzeigen.</translation>
    </message>
</context>
<context>
    <name>KnobParser</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>--%1 takes a time in milliseconds, such as 100 or 2.5, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine Zeit in Millisekunden, etwa 100 oder 2.5, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>Round-trip time of the emulated link in milliseconds (0-2000).</source>
        <translation>Umlaufzeit (RTT) der emulierten Leitung in Millisekunden (0-2000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Random variation of each segment&apos;s delay, up to ± this many ms.</source>
        <translation>Zufällige Schwankung (Jitter) der Verzögerung jedes Segments, bis zu ± so viele ms.</translation>
    </message>
    <message>
        <source>Bandwidth in both directions, e.g. 10mbit, 512kbit, unlimited.</source>
        <translation>Bandbreite in beide Richtungen, z. B. 10mbit, 512kbit, unlimited.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Bandwidth from client to server (overrides --bandwidth).</source>
        <translation>Bandbreite vom Client zum Server (überschreibt --bandwidth).</translation>
    </message>
    <message>
        <source>Bandwidth from server to client (overrides --bandwidth).</source>
        <translation>Bandbreite vom Server zum Client (überschreibt --bandwidth).</translation>
    </message>
    <message>
        <source>Share of data segments lost, as 0.01 or 1% (at most 50%).</source>
        <translation>Anteil verlorener Datensegmente, als 0.01 oder 1% (höchstens 50%).</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Seed for loss and jitter, to repeat a run exactly.</source>
        <translation>Startwert (Seed) für Verlust und Jitter, um einen Lauf exakt zu wiederholen.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Objects on the page (default 100).</source>
        <translation>Objekte auf der Seite (Standard: 100).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Size of each object, e.g. 4096, 4k, 1M (default 4k).</source>
        <translation>Größe jedes Objekts, z. B. 4096, 4k, 1M (Standard: 4k).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>HTTP/1.1 connections per host (default 6, as browsers).</source>
        <translation>HTTP/1.1-Verbindungen pro Host (Standard: 6, wie bei Browsern).</translation>
    </message>
    <message>
        <source>Let HTTP/1.1 pipeline requests.</source>
        <translation>HTTP/1.1-Anfragen per Pipelining senden.</translation>
    </message>
    <message>
        <source>Let the HTTP/2 server push the page&apos;s objects.</source>
        <translation>Den HTTP/2-Server die Objekte der Seite per Push senden lassen.</translation>
    </message>
    <message>
        <source>Run without TLS (HTTP/2 then uses h2c with prior knowledge).</source>
        <translation>Ohne TLS ausführen (HTTP/2 nutzt dann h2c mit Prior Knowledge).</translation>
    </message>
    <message>
        <source>Give a session up after this many seconds (default 120).</source>
        <translation>Eine Sitzung nach so vielen Sekunden aufgeben (Standard: 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>--loss takes a share from 0 to 0.5 (or 0% to 50%), not &quot;%1&quot;.</source>
        <translation>--loss erwartet einen Anteil von 0 bis 0.5 (oder 0% bis 50%), nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation>--seed erwartet eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--object-size takes a size up to 64M, such as 4096 or 4k, not &quot;%1&quot;.</source>
        <translation>--object-size erwartet eine Größe bis 64M, etwa 4096 oder 4k, nicht „%1“.</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source> ± %1 ms</source>
        <translation> ± %1 ms</translation>
    </message>
    <message>
        <source>, %1 down, %2 up</source>
        <translation>, %1 abwärts, %2 aufwärts</translation>
    </message>
    <message>
        <source>, loss %1 %</source>
        <translation>, Verlust %1 %</translation>
    </message>
    <message>
        <source>The newest TLS version clients offer: 1.2 or 1.3 (default).</source>
        <translation>Die neueste TLS-Version, die Clients anbieten: 1.2 oder 1.3 (Standard).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>--tls-version takes 1.2 or 1.3, not &quot;%1&quot;.</source>
        <translation>--tls-version erwartet 1.2 oder 1.3, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>KnobSettings</name>
    <message>
        <source>&quot;%1&quot; is not a knob setting: write NAME=VALUE, such as rtt=100</source>
        <translation>&quot;%1&quot; ist keine Reglereinstellung: Schreiben Sie NAME=WERT, etwa rtt=100</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 erwartet eine ganze Zahl von %2 bis %3, nicht &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1 takes milliseconds from 0 to %2, not &quot;%3&quot;</source>
        <translation>%1 erwartet Millisekunden von 0 bis %2, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 is on or off, not &quot;%2&quot;</source>
        <translation>%1 ist on oder off, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>bandwidth: %1</source>
        <translation>bandwidth: %1</translation>
    </message>
    <message>
        <source>loss takes a share from 0 to 50%, such as 2% or 0.02, not &quot;%1&quot;</source>
        <translation>loss erwartet einen Anteil von 0 bis 50%, etwa 2% oder 0.02, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>seed takes a whole number, not &quot;%1&quot;</source>
        <translation>seed erwartet eine ganze Zahl, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tlsVersion is 1.2 or 1.3, not &quot;%1&quot;</source>
        <translation>tlsVersion ist 1.2 oder 1.3, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no knob &quot;%1&quot; (knobs: rtt, jitter, bandwidth, loss, seed, objects, objectSize, connections, pipelining, push, tls, tlsVersion, clients, updatesPerSecond, duration, pollInterval)</source>
        <translation>es gibt keinen Regler &quot;%1&quot; (Regler: rtt, jitter, bandwidth, loss, seed, objects, objectSize, connections, pipelining, push, tls, tlsVersion, clients, updatesPerSecond, duration, pollInterval)</translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <source>alert %1</source>
        <translation>Alert %1</translation>
    </message>
    <message>
        <source>early data</source>
        <translation>Early Data</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>%1 (upgrade to WebSocket)</source>
        <translation>%1 (Upgrade auf WebSocket)</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation>%1-Frame</translation>
    </message>
    <message>
        <source>WebSocket upgrade request</source>
        <translation>WebSocket-Upgrade-Anfrage</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>gRPC %1</source>
        <translation>gRPC %1</translation>
    </message>
    <message>
        <source>gRPC message</source>
        <translation>gRPC-Nachricht</translation>
    </message>
</context>
<context>
    <name>LadderPrinter</name>
    <message>
        <source>Handshake ladder of %1 (time since the session started; 1 RTT = %2 ms)</source>
        <translation>Handshake-Leiterdiagramm von %1 (Zeit seit Sitzungsbeginn; 1 RTT = %2 ms)</translation>
    </message>
    <message>
        <source>Handshake ladder of %1 (time since the session started)</source>
        <translation>Handshake-Leiterdiagramm von %1 (Zeit seit Sitzungsbeginn)</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>client sends</source>
        <translation>Client sendet</translation>
    </message>
    <message>
        <source>server sends</source>
        <translation>Server sendet</translation>
    </message>
    <message>
        <source>  Agreed: %1, %2, group %3, ALPN %4; session resumed: %5; early data: %6.</source>
        <translation>  Vereinbart: %1, %2, Gruppe %3, ALPN %4; Sitzung wiederaufgenommen: %5; Early Data: %6.</translation>
    </message>
    <message>
        <source>  Server certificate chain, as the client verified it (%1):</source>
        <translation>  Zertifikatskette des Servers, wie der Client sie geprüft hat (%1):</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>gültig ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>a certificate authority</source>
        <translation>eine Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>  The client sent the alert %1.</source>
        <translation>  Der Client hat den Alert %1 gesendet.</translation>
    </message>
    <message>
        <source>  The server sent the alert %1.</source>
        <translation>  Der Server hat den Alert %1 gesendet.</translation>
    </message>
    <message>
        <source>  The session failed: %1</source>
        <translation>  Die Sitzung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>  First response byte after %1 round trips (%2 ms).</source>
        <translation>  Erstes Antwortbyte nach %1 Roundtrips (%2 ms).</translation>
    </message>
    <message>
        <source>  First response byte after %1 ms.</source>
        <translation>  Erstes Antwortbyte nach %1 ms.</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Live, measured visualisations of web protocols.</source>
        <translation>Live gemessene Visualisierungen von Webprotokollen.</translation>
    </message>
    <message>
        <source>Select this scenario (see protoviz-cli scenarios).</source>
        <translation>Dieses Szenario auswählen (siehe protoviz-cli scenarios).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Start the selected scenario at once.</source>
        <translation>Das ausgewählte Szenario sofort starten.</translation>
    </message>
    <message>
        <source>Open a recording.</source>
        <translation>Eine Aufzeichnung öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Show lanes, ladder, tiles or events.</source>
        <translation>Diese Ansicht zeigen: lanes, ladder, tiles oder events.</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>Farbschema: light oder dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen, large fonts).</source>
        <translation>Im Präsentationsmodus starten (Vollbild, große Schriften).</translation>
    </message>
    <message>
        <source>Save the current view as an image (PNG or SVG) once the run is over, then quit.</source>
        <translation>Die aktuelle Ansicht nach Ende des Laufs als Bild (PNG oder SVG) speichern und dann beenden.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: use lanes, ladder, tiles or events.</source>
        <translation>Unbekannte Ansicht „%1“: lanes, ladder, tiles oder events verwenden.</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: use light or dark.</source>
        <translation>Unbekanntes Farbschema „%1“: light oder dark verwenden.</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;: protoviz-cli scenarios lists them.</source>
        <translation>Unbekanntes Szenario „%1“: protoviz-cli scenarios listet alle auf.</translation>
    </message>
    <message>
        <source>--run and --open exclude each other: a window shows either a new run or a recording.</source>
        <translation>--run und --open schließen einander aus: Ein Fenster zeigt entweder einen neuen Durchlauf oder eine Aufzeichnung.</translation>
    </message>
    <message>
        <source>The screenshot &quot;%1&quot; must end in .png or .svg.</source>
        <translation>Der Screenshot „%1“ muss auf .png oder .svg enden.</translation>
    </message>
    <message>
        <source>Start this lesson (see protoviz-cli lesson list).</source>
        <translation>Diese Lektion starten (siehe protoviz-cli lesson list).</translation>
    </message>
    <message>
        <source>Start the lesson at this step (from 1).</source>
        <translation>Die Lektion bei diesem Schritt beginnen (gezählt ab 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is not a number.</source>
        <translation>Der Schritt „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>--step needs --lesson: it is a step of a lesson.</source>
        <translation>--step erfordert --lesson: Es bezeichnet einen Schritt einer Lektion.</translation>
    </message>
    <message>
        <source>Unknown lesson &quot;%1&quot;: protoviz-cli lesson list lists them.</source>
        <translation>Unbekannte Lektion „%1“: protoviz-cli lesson list listet alle auf.</translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; waits for the scenario &quot;%2&quot;, which ProtoViz does not have yet.</source>
        <translation>Die Lektion „%1“ wartet auf das Szenario „%2“, das es in ProtoViz noch nicht gibt.</translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; has steps 1 to %2, not %3.</source>
        <translation>Die Lektion „%1“ hat die Schritte 1 bis %2, nicht %3.</translation>
    </message>
    <message>
        <source>--lesson runs what its steps show: leave out --run and --open.</source>
        <translation>--lesson führt aus, was die Schritte der Lektion zeigen: --run und --open weglassen.</translation>
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
        <translation>Aufruf: protoviz-cli lesson list
        protoviz-cli lesson show ID            Text, Schritte und Fragen der Lektion
        protoviz-cli lesson run ID [--ask]     führt sie live aus und setzt die gemessenen Antworten ein;
                                               --ask fragt vor jeder Auflösung nach Ihrer Antwort
        protoviz-cli lesson check [ORDNER]     prüft jede Lektionsdatei (Standard: die eingebauten)
        protoviz-cli lesson strings [ORDNER]   die Texte der Lektionen als C++ für lupdate (Übersetzer)
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n min)</source>
        <translation>
            <numerusform>%1 (%2, %n Min.)</numerusform>
            <numerusform>%1 (%2, %n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the scenario &quot;%1&quot;, which ProtoViz does not have yet: not counted, not run.</source>
        <translation>Wartet auf das Szenario &quot;%1&quot;, das es in ProtoViz noch nicht gibt: nicht gezählt, nicht ausgeführt.</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>knobs %1</source>
        <translation>Regler %1</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>pause at %1</source>
        <translation>Pause bei %1</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>Ansicht %1</translation>
    </message>
    <message>
        <source>select %1</source>
        <translation>Auswahl %1</translation>
    </message>
    <message>
        <source>zoom %1</source>
        <translation>Zoom %1</translation>
    </message>
    <message numerus="yes">
        <source>Topic: %1 · about %n minute(s)</source>
        <translation>
            <numerusform>Thema: %1 · etwa %n Minute</numerusform>
            <numerusform>Thema: %1 · etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; waits for the scenario &quot;%2&quot;, which ProtoViz does not have yet.</source>
        <translation>Die Lektion &quot;%1&quot; wartet auf das Szenario &quot;%2&quot;, das es in ProtoViz noch nicht gibt.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>A %1 events, B %2 events</source>
        <translation>A %1 Ereignisse, B %2 Ereignisse</translation>
    </message>
    <message>
        <source>no such event in this run</source>
        <translation>kein solches Ereignis in diesem Durchlauf</translation>
    </message>
    <message>
        <source>%1 ms to %2 ms</source>
        <translation>%1 ms bis %2 ms</translation>
    </message>
    <message>
        <source>(the answer is measured when the lesson runs: protoviz-cli lesson run %1)</source>
        <translation>(die Antwort wird gemessen, wenn die Lektion läuft: protoviz-cli lesson run %1)</translation>
    </message>
    <message>
        <source>Ask for your answer before revealing each one.</source>
        <translation>Vor jeder Auflösung nach Ihrer Antwort fragen.</translation>
    </message>
    <message>
        <source>list, show, run, check or strings</source>
        <translation>list, show, run, check oder strings</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 lessons (%2 waiting for a scenario), %3 quiz questions, %4 glossary terms, %5 trade-off cards: all read.</source>
        <translation>%1 Lektionen (%2 warten auf ein Szenario), %3 Quizfragen, %4 Glossarbegriffe, %5 Abwägungskarten: alle gelesen.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Unbekannte Aktion &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no lesson &quot;%1&quot;. Lessons: %2.</source>
        <translation>Es gibt keine Lektion &quot;%1&quot;. Lektionen: %2.</translation>
    </message>
    <message>
        <source>show the field %1 of the selected event in the inspector</source>
        <translation>das Feld %1 des ausgewählten Ereignisses im Inspektor zeigen</translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <source>%1: there are no lessons in this folder</source>
        <translation>%1: In diesem Ordner gibt es keine Lektionen</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>a tab: indent with spaces</source>
        <translation>ein Tabulator: Rücken Sie mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;, not &quot;%1&quot;</source>
        <translation>erwartet wurde &quot;Schlüssel: Wert&quot;, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not SIDE FILTER, such as &quot;b tls.Alert&quot;</source>
        <translation>&quot;%1&quot; ist nicht SEITE FILTER, etwa &quot;b tls.Alert&quot;</translation>
    </message>
    <message>
        <source>a question is &quot;number&quot; or &quot;choice&quot;, not &quot;%1&quot;</source>
        <translation>eine Frage ist &quot;number&quot; oder &quot;choice&quot;, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a tolerance is a number or a percentage, not &quot;%1&quot;</source>
        <translation>eine Toleranz ist eine Zahl oder ein Prozentsatz, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;when:&quot; belongs under a choice</source>
        <translation>&quot;when:&quot; gehört unter eine Antwortoption</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; belongs to a question of the quiz bank, not of a lesson</source>
        <translation>&quot;%1:&quot; gehört zu einer Frage des Fragenkatalogs, nicht zu einer Lektion</translation>
    </message>
    <message>
        <source>there is no scenario &quot;%1&quot;</source>
        <translation>es gibt kein Szenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the question has no &quot;ask:&quot;</source>
        <translation>die Frage hat kein &quot;ask:&quot;</translation>
    </message>
    <message>
        <source>the question has no &quot;explain:&quot; (say why)</source>
        <translation>die Frage hat kein &quot;explain:&quot; (nennen Sie den Grund)</translation>
    </message>
    <message>
        <source>a number question needs &quot;answer:&quot;, an expression over the run</source>
        <translation>eine Zahlenfrage braucht &quot;answer:&quot;, einen Ausdruck über den Durchlauf</translation>
    </message>
    <message>
        <source>a number question has no choices</source>
        <translation>eine Zahlenfrage hat keine Antwortoptionen</translation>
    </message>
    <message>
        <source>a choice question needs at least two choices</source>
        <translation>eine Auswahlfrage braucht mindestens zwei Antwortoptionen</translation>
    </message>
    <message>
        <source>a choice question has exactly one &quot;correct:&quot;, or a &quot;when:&quot; under every choice</source>
        <translation>eine Auswahlfrage hat genau ein &quot;correct:&quot; oder ein &quot;when:&quot; unter jeder Antwortoption</translation>
    </message>
    <message>
        <source>a question of the quiz bank needs an &quot;id:&quot;</source>
        <translation>eine Frage des Fragenkatalogs braucht eine &quot;id:&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a topic (%2)</source>
        <translation>&quot;%1&quot; ist kein Thema (%2)</translation>
    </message>
    <message>
        <source>a live question of the quiz bank needs the &quot;scenario:&quot; it runs</source>
        <translation>eine Live-Frage des Fragenkatalogs braucht das &quot;scenario:&quot;, das sie ausführt</translation>
    </message>
    <message>
        <source>there is no scenario &quot;%1&quot; (a lesson waiting for one says &quot;needs:&quot;)</source>
        <translation>es gibt kein Szenario &quot;%1&quot; (eine Lektion, die auf eines wartet, schreibt &quot;needs:&quot;)</translation>
    </message>
    <message>
        <source>&quot;run&quot; takes nothing after it</source>
        <translation>auf &quot;run&quot; darf nichts folgen</translation>
    </message>
    <message>
        <source>there is no view &quot;%1&quot; (%2)</source>
        <translation>es gibt keine Ansicht &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>zoom takes FROM .. TO, in milliseconds</source>
        <translation>zoom erwartet VON .. BIS, in Millisekunden</translation>
    </message>
    <message>
        <source>a lesson file starts with &quot;lesson: ID&quot;</source>
        <translation>eine Lektionsdatei beginnt mit &quot;lesson: ID&quot;</translation>
    </message>
    <message>
        <source>a lesson&apos;s id is lower-case letters, digits and &apos;-&apos;, not &quot;%1&quot;</source>
        <translation>die ID einer Lektion besteht aus Kleinbuchstaben, Ziffern und &apos;-&apos;, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a lesson takes 5 to 15 minutes, not &quot;%1&quot;</source>
        <translation>eine Lektion dauert 5 bis 15 Minuten, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; belongs before the step&apos;s question</source>
        <translation>&quot;%1:&quot; gehört vor die Frage des Schritts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a run before it</source>
        <translation>vor &quot;%1&quot; muss ein run kommen</translation>
    </message>
    <message>
        <source>a step has one question</source>
        <translation>ein Schritt hat genau eine Frage</translation>
    </message>
    <message>
        <source>this question&apos;s answer is measured, but no run comes before it</source>
        <translation>die Antwort dieser Frage wird gemessen, aber vor ihr kommt kein run</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; does not belong in a step</source>
        <translation>&quot;%1:&quot; gehört nicht in einen Schritt</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; does not belong before the first step</source>
        <translation>&quot;%1:&quot; gehört nicht vor den ersten Schritt</translation>
    </message>
    <message>
        <source>a lesson needs &quot;title:&quot;, &quot;summary:&quot; and &quot;minutes:&quot;</source>
        <translation>eine Lektion braucht &quot;title:&quot;, &quot;summary:&quot; und &quot;minutes:&quot;</translation>
    </message>
    <message>
        <source>a lesson needs at least one step</source>
        <translation>eine Lektion braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>a step needs a title and &quot;text:&quot;</source>
        <translation>ein Schritt braucht einen Titel und &quot;text:&quot;</translation>
    </message>
    <message>
        <source>expected &quot;question:&quot;, not &quot;%1:&quot;</source>
        <translation>erwartet wurde &quot;question:&quot;, nicht &quot;%1:&quot;</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is taken</source>
        <translation>die ID &quot;%1&quot; ist bereits vergeben</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; has no &quot;means:&quot;</source>
        <translation>der Begriff &quot;%1&quot; hat kein &quot;means:&quot;</translation>
    </message>
    <message>
        <source>a glossary has &quot;term:&quot;, &quot;aka:&quot; and &quot;means:&quot;, not &quot;%1:&quot;</source>
        <translation>ein Glossar hat &quot;term:&quot;, &quot;aka:&quot; und &quot;means:&quot;, nicht &quot;%1:&quot;</translation>
    </message>
    <message>
        <source>a cards file starts with &quot;card: ID&quot;</source>
        <translation>eine Kartendatei beginnt mit &quot;card: ID&quot;</translation>
    </message>
    <message>
        <source>a card has &quot;title:&quot;, &quot;pick:&quot;, &quot;avoid:&quot;, &quot;run:&quot; under a claim and &quot;say:&quot;, not &quot;%1:&quot;</source>
        <translation>eine Karte hat &quot;title:&quot;, &quot;pick:&quot;, &quot;avoid:&quot;, &quot;run:&quot; unter einer Behauptung und &quot;say:&quot;, nicht &quot;%1:&quot;</translation>
    </message>
    <message>
        <source>the card &quot;%1&quot; needs a title, pick, avoid and say</source>
        <translation>die Karte &quot;%1&quot; braucht einen Titel, pick, avoid und say</translation>
    </message>
    <message>
        <source>&quot;field&quot; takes the name of a field of the selected event, such as key_share</source>
        <translation>„field“ nimmt den Namen eines Feldes des ausgewählten Ereignisses, etwa key_share</translation>
    </message>
    <message>
        <source>there is no action &quot;%1&quot; (scenario, knobs, run, pause-at, view, select, field, zoom)</source>
        <translation>es gibt keine Aktion „%1“ (scenario, knobs, run, pause-at, view, select, field, zoom)</translation>
    </message>
    <message>
        <source>&quot;field&quot; picks a field of the event a &quot;select&quot; before it in the step chose</source>
        <translation>„field“ wählt ein Feld des Ereignisses, das ein „select“ zuvor im selben Schritt gewählt hat</translation>
    </message>
</context>
<context>
    <name>LessonService</name>
    <message>
        <source>The lesson service does not implement %1.</source>
        <translation>Der Dienst Lesson implementiert %1 nicht.</translation>
    </message>
    <message>
        <source>thumbnail_size %1 is above the limit of %2 bytes.</source>
        <translation>thumbnail_size %1 überschreitet das Limit von %2 Bytes.</translation>
    </message>
    <message>
        <source>delay_ms %1 is above the limit of %2 ms.</source>
        <translation>delay_ms %1 überschreitet das Limit von %2 ms.</translation>
    </message>
    <message>
        <source>The list is beyond the service&apos;s limits: at most %1 items, %2 bytes of thumbnails in all, %3 ms between items.</source>
        <translation>Die Liste überschreitet die Grenzen des Dienstes: höchstens %1 Elemente, insgesamt %2 Bytes an Vorschaubildern, %3 ms zwischen Elementen.</translation>
    </message>
</context>
<context>
    <name>LessonState</name>
    <message>
        <source>there is no run to zoom into yet</source>
        <translation>es gibt noch keinen Durchlauf zum Hineinzoomen</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Choosing a protocol: HTTP, HTTPS, gRPC or WebSockets</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Ein Protokoll wählen: HTTP, HTTPS, gRPC oder WebSockets</translation>
    </message>
    <message>
        <source>One workload over HTTP, HTTPS, gRPC and WebSockets side by side, then what each is good at, what it costs, and how to argue a choice in a design interview.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Eine Arbeitslast über HTTP, HTTPS, gRPC und WebSockets im direkten Vergleich; dann, wofür sich jedes eignet, was es kostet und wie man eine Wahl im Design-Interview begründet.</translation>
    </message>
    <message>
        <source>One workload, four protocols</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Eine Arbeitslast, vier Protokolle</translation>
    </message>
    <message>
        <source>The same workload, the same items from the same server over the same link, runs four times: over
plain **HTTP/1.1**, over **HTTPS**, as **gRPC** calls and over a **WebSocket**. The statistics
show them side by side: total time, time to the first byte, connections, round trips and bytes on
the wire, split into headers, bodies, framing and TLS.

Read the table by asking, for each column, where its cost comes from:

- **handshakes**: TCP for all, TLS for every encrypted one, the upgrade for the WebSocket;
- **per-message overhead**: HTTP heads, HPACK blocks and frame headers, gRPC&apos;s prefixes, WebSocket
  frame headers;
- **waiting**: how many round trips the client spends waiting for answers it needs before it can
  go on.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Dieselbe Arbeitslast, dieselben Elemente vom selben Server über dieselbe Leitung, läuft viermal:
über reines **HTTP/1.1**, über **HTTPS**, als **gRPC**-Aufrufe und über einen **WebSocket**. Die
Statistik zeigt sie nebeneinander: Gesamtzeit, Zeit bis zum ersten Byte, Verbindungen, Roundtrips
und Bytes auf der Leitung, aufgeteilt in Header, Bodys, Framing und TLS.

Lesen Sie die Tabelle, indem Sie bei jeder Spalte fragen, woher ihre Kosten kommen:

- **Handshakes**: TCP für alle, TLS für jede verschlüsselte, das Upgrade für den WebSocket;
- **Overhead pro Nachricht**: HTTP-Köpfe, HPACK-Blöcke und Frame-Header, die Präfixe von gRPC,
  WebSocket-Frame-Header;
- **Warten**: wie viele Roundtrips der Client auf Antworten wartet, die er braucht, bevor er
  weitermachen kann.</translation>
    </message>
    <message>
        <source>Which of the four can a script in a web page not use directly?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Welches der vier kann ein Skript in einer Webseite nicht direkt nutzen?</translation>
    </message>
    <message>
        <source>gRPC</source>
        <extracomment>choosing-a-protocol.lesson
----------
quiz.questions
----------
tradeoffs.cards</extracomment>
        <translation>gRPC</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Reines HTTP</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>WebSockets</source>
        <extracomment>choosing-a-protocol.lesson
----------
quiz.questions
----------
tradeoffs.cards</extracomment>
        <translation>WebSockets</translation>
    </message>
    <message>
        <source>Browsers give scripts fetch for HTTP and HTTPS and the WebSocket API for WebSockets, but no access to HTTP/2 trailers, where gRPC puts every call&apos;s status. A page needs gRPC-Web and a translating proxy to reach a gRPC service.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Browser geben Skripten fetch für HTTP und HTTPS und die WebSocket-API für WebSockets, aber keinen Zugriff auf HTTP/2-Trailer, in die gRPC den Status jedes Aufrufs legt. Eine Seite braucht gRPC-Web und einen übersetzenden Proxy, um einen gRPC-Dienst zu erreichen.</translation>
    </message>
    <message>
        <source>What TLS adds</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Was TLS hinzufügt</translation>
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
        <translation>Vergleichen Sie die ersten beiden Spalten, **HTTP** (Seite A) und **HTTPS** (Seite B). Dieselben
Anfragen, dieselben Antworten; B führt aber auf jeder Verbindung zuerst einen TLS-Handshake aus.
Mit TLS 1.3 kostet dieser Handshake **einen Roundtrip**, bevor die erste Anfrage hinausgehen darf
(TLS 1.2 kostet zwei), dazu die Bytes für Zertifikat und Schlüsselaustausch und danach auf jedem
Record einige Bytes für Record-Header und Authentifizierungs-Tag.

Im öffentlichen Internet ist das keine Wahl: Browser markieren reines HTTP als nicht sicher,
HTTP/2 verlangt in Browsern TLS, und jedes Netz zwischen Nutzer und Server kann Klartext lesen
und verändern. Die Frage ist nur, wie man TLS günstig macht: TLS 1.3, Wiederaufnahme und wenige,
langlebige Verbindungen.</translation>
    </message>
    <message>
        <source>How many more round trips did HTTPS (B) wait for than plain HTTP (A)?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Auf wie viele Roundtrips mehr wartete HTTPS (B) als reines HTTP (A)?</translation>
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
        <translation>Roundtrips</translation>
    </message>
    <message>
        <source>B needed {b.roundTrips} round trips and A {a.roundTrips}: the difference is the TLS 1.3 handshake, one round trip per connection before the first request. It also cost {b.tlsBytes} bytes of TLS on the wire, and the first byte came {b.timeToFirstByteMs - a.timeToFirstByteMs:0} ms later.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>B brauchte {b.roundTrips} Roundtrips und A {a.roundTrips}: Der Unterschied ist der TLS-1.3-Handshake, ein Roundtrip pro Verbindung vor der ersten Anfrage. Er kostete außerdem {b.tlsBytes} Bytes TLS auf der Leitung, und das erste Byte kam {b.timeToFirstByteMs - a.timeToFirstByteMs:0} ms später.</translation>
    </message>
    <message>
        <source>gRPC: contracts and streams between services</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>gRPC: Verträge und Streams zwischen Diensten</translation>
    </message>
    <message>
        <source>**gRPC** is at its best **between services**: a `.proto` file is a typed, versioned contract,
code for a dozen languages is generated from it, messages are compact Protobuf, calls can stream
both ways, deadlines and cancellation are built in, and every call shares one HTTP/2 connection.

Its costs: browsers need gRPC-Web and a proxy; messages are not human-readable; HTTP caches and
CDNs cannot cache calls; and because one long-lived connection carries all calls, a load balancer
that balances **connections** sends every call of a client to the same backend. gRPC needs
balancing **per call** (an HTTP/2-aware proxy, or balancing in the client).

Here the REST side is a browser-style pool of HTTP/1.1 connections against gRPC&apos;s one.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>**gRPC** ist **zwischen Diensten** am stärksten: Eine `.proto`-Datei ist ein typisierter,
versionierter Vertrag, aus dem Code für ein Dutzend Sprachen erzeugt wird; Nachrichten sind
kompaktes Protobuf, Aufrufe können in beide Richtungen streamen, Deadlines und Abbruch sind
eingebaut, und alle Aufrufe teilen sich eine HTTP/2-Verbindung.

Seine Kosten: Browser brauchen gRPC-Web und einen Proxy; Nachrichten sind nicht für Menschen
lesbar; HTTP-Caches und CDNs können Aufrufe nicht cachen; und weil eine langlebige Verbindung alle
Aufrufe trägt, schickt ein Load Balancer, der **Verbindungen** verteilt, jeden Aufruf eines Clients
an dasselbe Backend. gRPC braucht Lastverteilung **pro Aufruf** (einen HTTP/2-fähigen Proxy oder
Lastverteilung im Client).

Hier tritt auf der REST-Seite ein Pool von HTTP/1.1-Verbindungen wie im Browser gegen die eine
Verbindung von gRPC an.</translation>
    </message>
    <message>
        <source>How many TCP connections did the REST side (A) open to fetch the items?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Wie viele TCP-Verbindungen öffnete die REST-Seite (A), um die Elemente abzurufen?</translation>
    </message>
    <message>
        <source>connections</source>
        <extracomment>choosing-a-protocol.lesson
----------
http2-multiplexing.lesson
----------
websockets.lesson</extracomment>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>A opened {a.connections} connections, as a browser does to run several HTTP/1.1 requests at once, each with its own TCP and TLS handshake ({a.tlsBytes} bytes of TLS in all). gRPC ran every call as a stream on {b.connections} connection ({b.tlsBytes} bytes of TLS). That single connection is also why a connection-level load balancer cannot spread one client&apos;s calls.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>A öffnete {a.connections} Verbindungen, wie es ein Browser tut, um mehrere HTTP/1.1-Anfragen gleichzeitig auszuführen, jede mit eigenem TCP- und TLS-Handshake (insgesamt {a.tlsBytes} Bytes TLS). gRPC führte jeden Aufruf als Stream auf {b.connections} Verbindung aus ({b.tlsBytes} Bytes TLS). Diese eine Verbindung ist auch der Grund, warum ein Load Balancer auf Verbindungsebene die Aufrufe eines Clients nicht verteilen kann.</translation>
    </message>
    <message>
        <source>WebSockets: when the server must speak first</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>WebSockets: wenn der Server zuerst sprechen muss</translation>
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
        <translation>**WebSockets** sind für Daten gedacht, die **in beide Richtungen fließen, sobald sie bereit sind**:
Chat, gemeinsames Bearbeiten, Multiplayer-Spiele, Live-Dashboards, die auch Befehle senden. Nach
einem einzigen HTTP-Upgrade kostet eine Nachricht ein paar Bytes Frame-Header und kommt nach der
Einwegverzögerung an.

Ihre Kosten: eine langlebige, **zustandsbehaftete** Verbindung pro Client, die Lastverteilung,
Deployments und Fan-out über mehrere Server zu echter Arbeit macht (siehe die Lektion zur
Skalierung von WebSockets); kein HTTP-Caching; Nachrichtenformate und Bestätigungen, die Sie
selbst entwerfen; und manche Proxys und Firmennetze, die immer noch stören.

In diesem Chat fragt Seite A per Polling über HTTP ab, und Seite B nutzt WebSockets.</translation>
    </message>
    <message>
        <source>What mean delivery latency did the WebSocket side (B) reach?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Welche mittlere Zustelllatenz erreichte die WebSocket-Seite (B)?</translation>
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
        <translation>ms</translation>
    </message>
    <message>
        <source>B&apos;s messages arrived {b.polling.latencyMeanMs:0} ms after the server had them, about the one-way delay of {knob.rttMs / 2} ms. Polling, with a poll every {knob.pollIntervalMs} ms, needed {a.polling.latencyMeanMs:0} ms on average and {a.polling.connections} connections against {b.polling.connections}.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Die Nachrichten von B kamen {b.polling.latencyMeanMs:0} ms nach dem Zeitpunkt an, zu dem der Server sie hatte, also etwa nach der Einwegverzögerung von {knob.rttMs / 2} ms. Polling mit einer Abfrage alle {knob.pollIntervalMs} ms brauchte im Mittel {a.polling.latencyMeanMs:0} ms und {a.polling.connections} Verbindungen gegenüber {b.polling.connections}.</translation>
    </message>
    <message>
        <source>Plain HTTP is still the default</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Reines HTTP ist weiterhin der Standard</translation>
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
        <translation>Für die meisten öffentlichen APIs und Webseiten bleibt **HTTP-Anfrage und -Antwort über HTTPS**
der richtige Standard. Jeder Client, jeder Proxy, jedes CDN, jeder Cache und jedes Werkzeug
versteht es (`curl`, die Entwicklerwerkzeuge der Browser, Logs); es ist **zustandslos**, sodass
jeder Server jede Anfrage beantworten kann; und Antworten auf GET lassen sich nah beim Nutzer
cachen.

Wenn der Server nur in eine Richtung pushen muss, bleiben **Server-Sent Events** im Rahmen von
reinem HTTP: eine lange Antwort, die Ereignisse streamt, mit in Browser eingebauter
Wiederverbindung. Wählen Sie etwas anderes, wenn Sie brauchen, was HTTP nicht bieten kann: Push in
beide Richtungen mit geringer Latenz (WebSockets) oder typisierte, streamende Aufrufe zwischen
Diensten (gRPC).</translation>
    </message>
    <message>
        <source>You publish an API for outside developers, who will call it from every language and tool. Which fits best?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Sie veröffentlichen eine API für externe Entwickler, die sie aus jeder Sprache und mit jedem Werkzeug aufrufen werden. Was passt am besten?</translation>
    </message>
    <message>
        <source>A REST API with JSON over HTTPS</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Eine REST-API mit JSON über HTTPS</translation>
    </message>
    <message>
        <source>gRPC only, with the .proto file on request</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Nur gRPC, mit der .proto-Datei auf Anfrage</translation>
    </message>
    <message>
        <source>A WebSocket per developer, carrying JSON commands</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Ein WebSocket pro Entwickler, der JSON-Befehle überträgt</translation>
    </message>
    <message>
        <source>Plain HTTP without TLS, to keep it simple</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Reines HTTP ohne TLS, der Einfachheit halber</translation>
    </message>
    <message>
        <source>Outside developers need the lowest barrier: any HTTP client can call REST and read JSON, responses can be cached, and errors are ordinary HTTP statuses. gRPC can be offered as well, but it asks for code generation, HTTP/2 and trailers; a WebSocket adds state and a protocol of your own; cleartext is out of the question on the internet. In the chat above, even the polling side managed with plain HTTP, at {a.polling.latencyMeanMs:0} ms per message: acceptable for an API, not for a chat.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Externe Entwickler brauchen die niedrigste Hürde: Jeder HTTP-Client kann REST aufrufen und JSON lesen, Antworten lassen sich cachen, und Fehler sind gewöhnliche HTTP-Statuscodes. gRPC kann man zusätzlich anbieten, aber es verlangt Codegenerierung, HTTP/2 und Trailer; ein WebSocket bringt Zustand und ein eigenes Protokoll mit; Klartext kommt im Internet nicht infrage. Im Chat oben kam sogar die Polling-Seite mit reinem HTTP aus, bei {a.polling.latencyMeanMs:0} ms pro Nachricht: akzeptabel für eine API, nicht für einen Chat.</translation>
    </message>
    <message>
        <source>Arguing a choice in an interview</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Eine Wahl im Interview begründen</translation>
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
        <translation>Eine gute Antwort nennt die **Einflussfaktoren**, dann die Wahl, dann deren Kosten:

- **Wer ist der Client?** Ein Browser (HTTP, WebSockets, SSE; gRPC nur über gRPC-Web) oder ein
  Dienst, den Sie kontrollieren (alles möglich, gRPC ist stark).
- **In welche Richtung fließen die Daten?** Anfrage und Antwort; nur Server-Push; jederzeit in
  beide Richtungen; lange Streams.
- **Wie aktuell muss es sein, und wie oft ändert es sich?** Polling genügt für Minuten, nicht für
  Millisekunden.
- **Was liegt dazwischen?** CDNs und Caches begünstigen reines HTTP; langlebige Verbindungen
  brauchen Load Balancer, Timeouts und Deployments, die damit umgehen können.
- **Was kostet es pro Nachricht und pro Verbindung?** Köpfe gegen Frame-Header; zustandslose
  Anfragen gegen zustandsbehaftete Sockets.

Echte Systeme mischen sie: REST an der öffentlichen Außenseite, WebSockets oder SSE für
Live-Updates an Browser, gRPC zwischen den Diensten dahinter.</translation>
    </message>
    <message>
        <source>A browser app needs live updates, and all back-end services already talk gRPC to each other. Which design is sound?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Eine Browser-App braucht Live-Updates, und alle Backend-Dienste sprechen untereinander bereits gRPC. Welcher Entwurf ist solide?</translation>
    </message>
    <message>
        <source>Keep gRPC between the services, and give the browser a WebSocket or SSE (or gRPC-Web through a proxy) at the edge</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>gRPC zwischen den Diensten beibehalten und dem Browser am Rand des Systems einen WebSocket oder SSE (oder gRPC-Web über einen Proxy) geben</translation>
    </message>
    <message>
        <source>Make the browser call the back-end gRPC services directly</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Den Browser die gRPC-Dienste im Backend direkt aufrufen lassen</translation>
    </message>
    <message>
        <source>Replace gRPC everywhere with WebSockets, so that there is only one protocol</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>gRPC überall durch WebSockets ersetzen, damit es nur ein Protokoll gibt</translation>
    </message>
    <message>
        <source>Have the browser poll each back-end service every second</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Den Browser jeden Backend-Dienst jede Sekunde abfragen lassen</translation>
    </message>
    <message>
        <source>Each protocol where it is strong. The services keep their contracts, streaming and deadlines; the browser gets a transport it can actually use, starting with an ordinary HTTP request such as the WebSocket upgrade in the last run, and an edge service translates between the two. Polling every service from the browser multiplies requests and is still late.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>Jedes Protokoll dort, wo es stark ist. Die Dienste behalten ihre Verträge, ihr Streaming und ihre Deadlines; der Browser bekommt einen Transport, den er tatsächlich nutzen kann und der mit einer gewöhnlichen HTTP-Anfrage beginnt, etwa dem WebSocket-Upgrade im letzten Durchlauf, und ein Dienst am Rand des Systems übersetzt zwischen beiden. Jeden Dienst vom Browser aus per Polling abzufragen vervielfacht die Anfragen und ist trotzdem zu spät.</translation>
    </message>
    <message>
        <source>The time a message takes to reach the other side and an answer to come back. Every exchange that must wait for a reply costs at least one RTT, which is why protocols are compared by how many round trips they need rather than by how many bytes they send.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Zeit, die eine Nachricht braucht, um die Gegenseite zu erreichen, und eine Antwort, um zurückzukommen. Jeder Austausch, der auf eine Antwort warten muss, kostet mindestens eine RTT; deshalb vergleicht man Protokolle danach, wie viele Roundtrips sie brauchen, und nicht danach, wie viele Bytes sie senden.</translation>
    </message>
    <message>
        <source>The time from the start of a request (connection set-up included) until the first byte of the response reaches the client. It adds up every round trip spent on TCP, TLS and the request itself, so handshake improvements show up here first.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Zeit vom Beginn einer Anfrage (einschließlich Verbindungsaufbau) bis zum Eintreffen des ersten Bytes der Antwort beim Client. Sie summiert jeden Roundtrip für TCP, TLS und die Anfrage selbst; daher zeigen sich Verbesserungen am Handshake hier zuerst.</translation>
    </message>
    <message>
        <source>The first segment of a TCP connection, sent by the client to propose a connection and its initial sequence number. Nothing else can be sent until the handshake it starts completes.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Das erste Segment einer TCP-Verbindung, vom Client gesendet, um eine Verbindung und seine initiale Sequenznummer vorzuschlagen. Nichts anderes kann gesendet werden, bevor der damit begonnene Handshake abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a SYN, accepting the connection and acknowledging the client&apos;s sequence number. When it arrives, one round trip has passed and the client may send data with its ACK.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Antwort des Servers auf ein SYN: Sie nimmt die Verbindung an und bestätigt die Sequenznummer des Clients. Wenn sie ankommt, ist ein Roundtrip vergangen, und der Client darf mit seinem ACK Daten senden.</translation>
    </message>
    <message>
        <source>A TCP acknowledgement: it tells the sender which bytes have arrived. The ACK completing the handshake can already travel with the client&apos;s first data, such as a ClientHello.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine TCP-Bestätigung: Sie teilt dem Sender mit, welche Bytes angekommen sind. Das ACK, das den Handshake abschließt, kann bereits mit den ersten Daten des Clients reisen, etwa einem ClientHello.</translation>
    </message>
    <message>
        <source>A TCP segment saying that one side has finished sending. Each direction is closed separately, so a connection ends with a FIN from each side.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein TCP-Segment, das anzeigt, dass eine Seite mit dem Senden fertig ist. Jede Richtung wird getrennt geschlossen, daher endet eine Verbindung mit je einem FIN von jeder Seite.</translation>
    </message>
    <message>
        <source>A TCP segment that aborts a connection at once, without an orderly close. Data still in flight is lost.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein TCP-Segment, das eine Verbindung sofort abbricht, ohne geordnetes Schließen. Daten, die noch unterwegs sind, gehen verloren.</translation>
    </message>
    <message>
        <source>The largest amount of data one TCP segment may carry, typically around 1,460 bytes on Ethernet. Larger writes are cut into several segments.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die größte Datenmenge, die ein TCP-Segment tragen darf, bei Ethernet typischerweise etwa 1.460 Bytes. Größere Schreibvorgänge werden auf mehrere Segmente aufgeteilt.</translation>
    </message>
    <message>
        <source>One unit of data TCP sends, at most one MSS long. The emulated link delays, limits and drops segments, so the lanes show where each one went.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine Dateneinheit, die TCP sendet, höchstens eine MSS lang. Die emulierte Leitung verzögert, begrenzt und verwirft Segmente, und die Bahnen zeigen, wohin jedes einzelne ging.</translation>
    </message>
    <message>
        <source>How many bytes (or segments) a TCP sender may have in flight without an acknowledgement. It starts small, grows as acknowledgements come back and shrinks when segments are lost, so a new connection cannot use the full bandwidth at once.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Wie viele Bytes (oder Segmente) ein TCP-Sender ohne Bestätigung unterwegs haben darf. Es beginnt klein, wächst, während Bestätigungen zurückkommen, und schrumpft, wenn Segmente verloren gehen; deshalb kann eine neue Verbindung nicht sofort die volle Bandbreite nutzen.</translation>
    </message>
    <message>
        <source>TCP&apos;s start-up phase, in which the congestion window roughly doubles every round trip from its initial size (often 10 segments). A large response on a fresh connection therefore takes several round trips, and each extra connection goes through slow start again.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Anlaufphase von TCP, in der sich das Congestion Window ausgehend von seiner Anfangsgröße (oft 10 Segmente) mit jedem Roundtrip ungefähr verdoppelt. Eine große Antwort auf einer frischen Verbindung braucht daher mehrere Roundtrips, und jede zusätzliche Verbindung durchläuft Slow Start erneut.</translation>
    </message>
    <message>
        <source>Sending a lost segment again, after duplicate acknowledgements or a timeout signal that it never arrived. Until it arrives, the receiver cannot pass on anything behind it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Das erneute Senden eines verlorenen Segments, nachdem doppelte Bestätigungen oder ein Timeout signalisiert haben, dass es nie angekommen ist. Bis es ankommt, kann der Empfänger nichts weitergeben, was dahinter liegt.</translation>
    </message>
    <message>
        <source>Segments that never reach the other side, dropped by a congested router or a weak radio link. TCP hides loss from the application by retransmitting, at the cost of delay.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Segmente, die die Gegenseite nie erreichen, verworfen von einem überlasteten Router oder einer schwachen Funkverbindung. TCP verbirgt Verluste vor der Anwendung, indem es neu überträgt, auf Kosten von Verzögerung.</translation>
    </message>
    <message>
        <source>When an item at the front of a queue holds up everything behind it. In HTTP/1.1 a slow response blocks later ones on the same connection; in TCP a lost segment holds back every later byte, including those of other HTTP/2 streams, until it is retransmitted.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Wenn ein Element am Anfang einer Warteschlange alles dahinter aufhält. In HTTP/1.1 blockiert eine langsame Antwort spätere auf derselben Verbindung; in TCP hält ein verlorenes Segment jedes spätere Byte zurück, auch die anderer HTTP/2-Streams, bis es erneut übertragen ist.</translation>
    </message>
    <message>
        <source>How many bits per second a link can carry in each direction. With small objects and long RTTs, round trips usually matter more than bandwidth.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Wie viele Bits pro Sekunde eine Leitung in jede Richtung übertragen kann. Bei kleinen Objekten und langen RTTs zählen Roundtrips meist mehr als die Bandbreite.</translation>
    </message>
    <message>
        <source>Random variation in how long each packet takes to cross the network. It makes arrival times uneven and can reorder packets.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Zufällige Schwankung der Zeit, die jedes Paket durch das Netz braucht. Sie macht Ankunftszeiten ungleichmäßig und kann die Reihenfolge von Paketen vertauschen.</translation>
    </message>
    <message>
        <source>The text-based version of HTTP: a request line and header lines, a blank line, then an optional body. A connection carries one exchange at a time, so browsers open several connections per host.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die textbasierte Version von HTTP: eine Anfragezeile und Header-Zeilen, eine Leerzeile, dann ein optionaler Body. Eine Verbindung trägt jeweils nur einen Austausch, daher öffnen Browser mehrere Verbindungen pro Host.</translation>
    </message>
    <message>
        <source>Keeping a TCP connection open after a response so the next request skips the TCP and TLS handshakes. It is the default in HTTP/1.1; Connection close asks for the opposite.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine TCP-Verbindung nach einer Antwort offen halten, damit die nächste Anfrage die TCP- und TLS-Handshakes überspringt. In HTTP/1.1 ist das der Standard; Connection close verlangt das Gegenteil.</translation>
    </message>
    <message>
        <source>Sending several HTTP/1.1 requests on one connection without waiting for the responses. The server must still answer in order, so one slow response delays the rest, and browsers never enabled it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Mehrere HTTP/1.1-Anfragen auf einer Verbindung senden, ohne auf die Antworten zu warten. Der Server muss trotzdem der Reihe nach antworten, daher verzögert eine langsame Antwort den Rest, und Browser haben es nie aktiviert.</translation>
    </message>
    <message>
        <source>An HTTP/1.1 way to send a body of unknown length: each chunk is preceded by its size, and a zero-size chunk ends the body, optionally followed by trailer fields.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein Weg in HTTP/1.1, einen Body unbekannter Länge zu senden: Jedem Chunk geht seine Größe voraus, und ein Chunk der Größe null beendet den Body, optional gefolgt von Trailer-Feldern.</translation>
    </message>
    <message>
        <source>A request that has the same intended effect whether it is sent once or several times, such as GET, PUT and DELETE, so a client may retry it safely. POST is not idempotent.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine Anfrage, die dieselbe beabsichtigte Wirkung hat, ob sie einmal oder mehrmals gesendet wird, etwa GET, PUT und DELETE; ein Client darf sie daher gefahrlos wiederholen. POST ist nicht idempotent.</translation>
    </message>
    <message>
        <source>Every request carries all the context the server needs, so no request depends on a server remembering an earlier one. Stateless services scale by adding identical instances.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Jede Anfrage trägt den gesamten Kontext, den der Server braucht, daher hängt keine Anfrage davon ab, dass sich ein Server an eine frühere erinnert. Zustandslose Dienste skalieren durch Hinzufügen identischer Instanzen.</translation>
    </message>
    <message>
        <source>A style of API that names resources with URLs and acts on them with HTTP methods, usually with JSON bodies. It relies on HTTP&apos;s own features: status codes, caching and content negotiation.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein API-Stil, der Ressourcen mit URLs benennt und mit HTTP-Methoden auf sie einwirkt, meist mit JSON-Bodys. Er stützt sich auf die eigenen Mittel von HTTP: Statuscodes, Caching und Content Negotiation.</translation>
    </message>
    <message>
        <source>A text format for structured data, readable by people and parsed by every language. It has no bytes type, so binary data must be written in base64, which takes a third more space.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein Textformat für strukturierte Daten, für Menschen lesbar und in jeder Sprache parsebar. Es hat keinen Byte-Typ, daher müssen Binärdaten in Base64 geschrieben werden, was ein Drittel mehr Platz braucht.</translation>
    </message>
    <message>
        <source>HTTP carried inside a TLS connection, normally on port 443. It adds encryption, integrity protection and server authentication to every request and response.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP innerhalb einer TLS-Verbindung, normalerweise auf Port 443. Es fügt jeder Anfrage und Antwort Verschlüsselung, Integritätsschutz und Server-Authentifizierung hinzu.</translation>
    </message>
    <message>
        <source>The protocol that secures a byte stream such as a TCP connection: a handshake authenticates the server and agrees on keys, then records carry encrypted, integrity-protected data. TLS 1.2 and TLS 1.3 are in use today; SSL is its long-retired predecessor.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Das Protokoll, das einen Bytestrom wie eine TCP-Verbindung absichert: Ein Handshake authentifiziert den Server und vereinbart Schlüssel, danach tragen Records verschlüsselte, integritätsgeschützte Daten. Heute sind TLS 1.2 und TLS 1.3 im Einsatz; SSL ist sein längst ausgemusterter Vorgänger.</translation>
    </message>
    <message>
        <source>The messages that open a TLS connection, from ClientHello to Finished: they negotiate the version and algorithms, authenticate the server and derive the keys. Full TLS 1.2 handshakes take two round trips, TLS 1.3 handshakes one.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Nachrichten, die eine TLS-Verbindung eröffnen, vom ClientHello bis Finished: Sie handeln Version und Algorithmen aus, authentifizieren den Server und leiten die Schlüssel ab. Vollständige TLS-1.2-Handshakes brauchen zwei Roundtrips, TLS-1.3-Handshakes einen.</translation>
    </message>
    <message>
        <source>The client&apos;s first handshake message: the TLS versions and cipher suites it supports, a random value, and extensions such as SNI, ALPN, supported groups and, in TLS 1.3, key shares.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die erste Handshake-Nachricht des Clients: die TLS-Versionen und Cipher Suites, die er unterstützt, ein Zufallswert und Erweiterungen wie SNI, ALPN, unterstützte Gruppen und, in TLS 1.3, Key Shares.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the ClientHello, fixing the version and cipher suite; in TLS 1.3 it also carries the server&apos;s key share, and everything after it is encrypted.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Antwort des Servers auf das ClientHello, die Version und Cipher Suite festlegt; in TLS 1.3 trägt sie auch den Key Share des Servers, und alles danach ist verschlüsselt.</translation>
    </message>
    <message>
        <source>A TLS 1.3 ServerHello with a special random value, sent when the client&apos;s key shares are for groups the server will not use. It names a group the server accepts, and the client must send a second ClientHello with that share, costing one more round trip.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein TLS-1.3-ServerHello mit einem besonderen Zufallswert, gesendet, wenn die Key Shares des Clients für Gruppen sind, die der Server nicht verwenden will. Es nennt eine Gruppe, die der Server akzeptiert, und der Client muss ein zweites ClientHello mit diesem Share senden, was einen weiteren Roundtrip kostet.</translation>
    </message>
    <message>
        <source>The first encrypted message of a TLS 1.3 server: the extensions that need not be visible, such as the ALPN protocol the server chose.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die erste verschlüsselte Nachricht eines TLS-1.3-Servers: die Erweiterungen, die nicht sichtbar sein müssen, etwa das vom Server gewählte ALPN-Protokoll.</translation>
    </message>
    <message>
        <source>The handshake message carrying the server&apos;s certificate chain: its public key and names, signed by an authority, plus intermediates up to a root the client should trust.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Handshake-Nachricht mit der Zertifikatskette des Servers: sein öffentlicher Schlüssel und seine Namen, signiert von einer Zertifizierungsstelle, dazu Zwischenzertifikate bis zu einem Stammzertifikat, dem der Client vertrauen sollte.</translation>
    </message>
    <message>
        <source>A TLS 1.3 (and client-auth) message holding a signature over the handshake so far, made with the certificate&apos;s private key. It proves the server really holds that key.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine Nachricht in TLS 1.3 (und bei Client-Authentifizierung) mit einer Signatur über den bisherigen Handshake, erstellt mit dem privaten Schlüssel des Zertifikats. Sie beweist, dass der Server diesen Schlüssel wirklich besitzt.</translation>
    </message>
    <message>
        <source>The TLS 1.2 message with the server&apos;s ephemeral key-exchange parameters, signed with its certificate key. TLS 1.3 folded it into the ServerHello&apos;s key share.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die TLS-1.2-Nachricht mit den ephemeren Schlüsselaustauschparametern des Servers, signiert mit dem Schlüssel seines Zertifikats. TLS 1.3 hat sie im Key Share des ServerHello aufgehen lassen.</translation>
    </message>
    <message>
        <source>The TLS 1.2 message saying the server has finished its first flight and waits for the client&apos;s key exchange.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die TLS-1.2-Nachricht, die anzeigt, dass der Server seinen ersten Flight beendet hat und auf den Schlüsselaustausch des Clients wartet.</translation>
    </message>
    <message>
        <source>The TLS 1.2 message with the client&apos;s side of the key exchange. It leaves in the second round trip, which is the round trip TLS 1.3 saves.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die TLS-1.2-Nachricht mit der Client-Seite des Schlüsselaustauschs. Sie geht im zweiten Roundtrip hinaus, und genau diesen Roundtrip spart TLS 1.3.</translation>
    </message>
    <message>
        <source>A TLS 1.2 record announcing that what follows is protected with the new keys. TLS 1.3 no longer needs it, but sends a dummy one so that middleboxes expecting TLS 1.2 let the connection through.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein TLS-1.2-Record, der ankündigt, dass alles Folgende mit den neuen Schlüsseln geschützt ist. TLS 1.3 braucht ihn nicht mehr, sendet aber einen Platzhalter, damit Middleboxes, die TLS 1.2 erwarten, die Verbindung durchlassen.</translation>
    </message>
    <message>
        <source>The last handshake message of each side: a MAC over the whole handshake transcript. It proves both sides saw the same messages and hold the same keys, so tampering or a downgrade is detected.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die letzte Handshake-Nachricht jeder Seite: ein MAC über das gesamte Handshake-Transkript. Sie beweist, dass beide Seiten dieselben Nachrichten gesehen haben und dieselben Schlüssel besitzen, sodass Manipulation oder ein Downgrade erkannt wird.</translation>
    </message>
    <message>
        <source>A message the server sends after the handshake with a ticket the client can present next time to resume the session. TLS 1.3 servers often send two, one per future connection.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine Nachricht, die der Server nach dem Handshake sendet, mit einem Ticket, das der Client beim nächsten Mal vorlegen kann, um die Sitzung wiederaufzunehmen. TLS-1.3-Server senden oft zwei, eines pro künftiger Verbindung.</translation>
    </message>
    <message>
        <source>An encrypted blob, readable only by the server, holding what it needs to resume a session. A client that presents it skips the certificate and the full key exchange.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein verschlüsselter Blob, nur für den Server lesbar, mit allem, was er zur Wiederaufnahme einer Sitzung braucht. Ein Client, der ihn vorlegt, überspringt das Zertifikat und den vollständigen Schlüsselaustausch.</translation>
    </message>
    <message>
        <source>In TLS 1.3, a secret both sides already share, usually from an earlier session&apos;s ticket. Resuming with a PSK skips the certificate and signature, and enables 0-RTT early data.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>In TLS 1.3 ein Geheimnis, das beide Seiten bereits teilen, meist aus dem Ticket einer früheren Sitzung. Eine Wiederaufnahme mit einem PSK überspringt Zertifikat und Signatur und ermöglicht 0-RTT-Early-Data.</translation>
    </message>
    <message>
        <source>TLS 1.3 resumption in which the client sends application data with its very first flight, before the handshake completes. The response can arrive one round trip sooner.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TLS-1.3-Wiederaufnahme, bei der der Client schon mit seinem allerersten Flight Anwendungsdaten sendet, bevor der Handshake abgeschlossen ist. Die Antwort kann einen Roundtrip früher ankommen.</translation>
    </message>
    <message>
        <source>The application data sent in 0-RTT. It can be replayed by an attacker and lacks forward secrecy, so servers accept it only for idempotent requests and may answer 425 Too Early.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die in 0-RTT gesendeten Anwendungsdaten. Ein Angreifer kann sie wiedereinspielen, und ihnen fehlt Forward Secrecy; daher akzeptieren Server sie nur für idempotente Anfragen und antworten unter Umständen mit 425 Too Early.</translation>
    </message>
    <message>
        <source>A public value for an ephemeral (EC)DHE key exchange on a named group such as X25519 or P-256. In TLS 1.3 the client sends one in the ClientHello, which is what allows a one-round-trip handshake.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein öffentlicher Wert für einen ephemeren (EC)DHE-Schlüsselaustausch auf einer benannten Gruppe wie X25519 oder P-256. In TLS 1.3 sendet der Client einen im ClientHello, und das ermöglicht einen Handshake mit nur einem Roundtrip.</translation>
    </message>
    <message>
        <source>The property that stolen long-term keys cannot decrypt past sessions, because each session&apos;s keys came from ephemeral key shares that were discarded. Every TLS 1.3 full handshake has it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Eigenschaft, dass gestohlene langfristige Schlüssel vergangene Sitzungen nicht entschlüsseln können, weil die Schlüssel jeder Sitzung aus ephemeren Key Shares stammen, die verworfen wurden. Jeder vollständige TLS-1.3-Handshake hat sie.</translation>
    </message>
    <message>
        <source>The set of algorithms a TLS connection uses. In TLS 1.2 it names key exchange, authentication, cipher and hash; in TLS 1.3 only the AEAD cipher and the hash, such as TLS_AES_128_GCM_SHA256.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Menge der Algorithmen, die eine TLS-Verbindung verwendet. In TLS 1.2 benennt sie Schlüsselaustausch, Authentifizierung, Chiffre und Hash; in TLS 1.3 nur die AEAD-Chiffre und den Hash, etwa TLS_AES_128_GCM_SHA256.</translation>
    </message>
    <message>
        <source>TLS&apos;s unit on the wire: a 5-byte header (content type, version, length) followed by the payload, encrypted and followed by an authentication tag once keys are in place. Records carry handshake messages, alerts and application data.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Einheit von TLS auf der Leitung: ein 5-Byte-Header (Inhaltstyp, Version, Länge), gefolgt von der Nutzlast, die verschlüsselt ist und von einem Authentifizierungs-Tag gefolgt wird, sobald Schlüssel vorhanden sind. Records tragen Handshake-Nachrichten, Alerts und Anwendungsdaten.</translation>
    </message>
    <message>
        <source>A TLS message reporting a problem or the end of a connection. A fatal alert ends the connection at once, and its description says why.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine TLS-Nachricht, die ein Problem oder das Ende einer Verbindung meldet. Ein fataler Alert beendet die Verbindung sofort, und seine Beschreibung sagt, warum.</translation>
    </message>
    <message>
        <source>The TLS alert saying the sender will send no more data. It lets the other side tell a complete response from a connection cut short by an attacker.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der TLS-Alert, der ankündigt, dass der Sender keine Daten mehr senden wird. Damit kann die Gegenseite eine vollständige Antwort von einer Verbindung unterscheiden, die ein Angreifer abgeschnitten hat.</translation>
    </message>
    <message>
        <source>The TLS alert sent when a record fails its integrity check: it was altered in transit or decrypted with the wrong keys.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der TLS-Alert, der gesendet wird, wenn ein Record seine Integritätsprüfung nicht besteht: Er wurde unterwegs verändert oder mit den falschen Schlüsseln entschlüsselt.</translation>
    </message>
    <message>
        <source>The TLS alert sent when a certificate is corrupt or its signatures do not verify.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der TLS-Alert, der gesendet wird, wenn ein Zertifikat beschädigt ist oder sich seine Signaturen nicht verifizieren lassen.</translation>
    </message>
    <message>
        <source>The TLS alert sent when the certificate chain leads to no certificate authority the receiver trusts, for example a self-signed or private-CA certificate the client was not given.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der TLS-Alert, der gesendet wird, wenn die Zertifikatskette zu keiner Zertifizierungsstelle führt, der der Empfänger vertraut, etwa bei einem selbst signierten Zertifikat oder dem Zertifikat einer privaten CA, das dem Client nicht mitgegeben wurde.</translation>
    </message>
    <message>
        <source>The TLS alert sent when the two sides share no TLS version, for example a client that offers TLS 1.2 at most and a server that requires TLS 1.3.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der TLS-Alert, der gesendet wird, wenn die beiden Seiten keine gemeinsame TLS-Version haben, etwa ein Client, der höchstens TLS 1.2 anbietet, und ein Server, der TLS 1.3 verlangt.</translation>
    </message>
    <message>
        <source>An organisation whose signature on certificates clients trust. Clients keep a store of root certificates; a server certificate is accepted only if it chains up to one of them.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine Organisation, deren Signatur auf Zertifikaten Clients vertrauen. Clients führen einen Speicher mit Stammzertifikaten; ein Serverzertifikat wird nur akzeptiert, wenn seine Kette zu einem davon führt.</translation>
    </message>
    <message>
        <source>A ClientHello extension naming the host the client wants, so one IP address can serve many sites with different certificates. It is sent in the clear unless Encrypted Client Hello is used.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine ClientHello-Erweiterung, die den Host nennt, den der Client erreichen will, sodass eine IP-Adresse viele Sites mit unterschiedlichen Zertifikaten bedienen kann. Sie wird im Klartext gesendet, außer wenn Encrypted Client Hello verwendet wird.</translation>
    </message>
    <message>
        <source>A TLS extension in which the client lists the application protocols it speaks (h2, http/1.1) and the server picks one during the handshake, at no extra round trip.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine TLS-Erweiterung, in der der Client die Anwendungsprotokolle auflistet, die er spricht (h2, http/1.1), und der Server während des Handshakes eines auswählt, ohne zusätzlichen Roundtrip.</translation>
    </message>
    <message>
        <source>TLS in which the client also presents a certificate, so both sides authenticate each other. Common between services inside a company network or a service mesh.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TLS, bei dem auch der Client ein Zertifikat vorlegt, sodass sich beide Seiten gegenseitig authentifizieren. Üblich zwischen Diensten in einem Firmennetz oder einem Service Mesh.</translation>
    </message>
    <message>
        <source>A response header telling the browser to reach the host only over HTTPS for a given time, so a later http:// link or typed address cannot be intercepted in plain text.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein Antwort-Header, der den Browser anweist, den Host für eine bestimmte Zeit nur über HTTPS anzusprechen, sodass ein späterer http://-Link oder eine eingetippte Adresse nicht im Klartext abgefangen werden kann.</translation>
    </message>
    <message>
        <source>The binary version of HTTP: one connection carries many concurrent requests as streams of frames, with headers compressed by HPACK. Over TLS it is negotiated with ALPN.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die binäre Version von HTTP: Eine Verbindung trägt viele gleichzeitige Anfragen als Streams von Frames, und die Header werden mit HPACK komprimiert. Über TLS wird sie mit ALPN ausgehandelt.</translation>
    </message>
    <message>
        <source>HTTP/2 without TLS. The client must know in advance that the server speaks it and starts directly with the connection preface; browsers do not support it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP/2 ohne TLS. Der Client muss vorab wissen, dass der Server es spricht, und beginnt direkt mit dem Connection Preface; Browser unterstützen es nicht.</translation>
    </message>
    <message>
        <source>The fixed 24-byte string an HTTP/2 client sends first, followed by its SETTINGS frame. A server that only understands HTTP/1.1 rejects it at once.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die feste 24-Byte-Zeichenkette, die ein HTTP/2-Client zuerst sendet, gefolgt von seinem SETTINGS-Frame. Ein Server, der nur HTTP/1.1 versteht, lehnt sie sofort ab.</translation>
    </message>
    <message>
        <source>One request and its response inside an HTTP/2 connection, named by a stream ID: odd for streams the client opens, even for those the server opens by push, 0 for the connection itself.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine Anfrage und ihre Antwort innerhalb einer HTTP/2-Verbindung, benannt durch eine Stream-ID: ungerade für Streams, die der Client öffnet, gerade für solche, die der Server per Push öffnet, 0 für die Verbindung selbst.</translation>
    </message>
    <message>
        <source>HTTP/2&apos;s unit on the wire: a 9-byte header (length, type, flags, stream ID) and a payload. Frames of different streams can be interleaved on one connection.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Einheit von HTTP/2 auf der Leitung: ein 9-Byte-Header (Länge, Typ, Flags, Stream-ID) und eine Nutzlast. Frames verschiedener Streams können auf einer Verbindung verschachtelt werden.</translation>
    </message>
    <message>
        <source>Carrying many independent exchanges over one connection at the same time, by interleaving their frames. It removes HTTP-level head-of-line blocking and the need for many connections.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Viele unabhängige Austausche gleichzeitig über eine Verbindung übertragen, indem ihre Frames verschachtelt werden. Das beseitigt Head-of-Line-Blocking auf HTTP-Ebene und die Notwendigkeit vieler Verbindungen.</translation>
    </message>
    <message>
        <source>The HTTP/2 frame that opens a stream and carries a header block compressed with HPACK: a request&apos;s headers, a response&apos;s headers or, at the end, trailers.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der HTTP/2-Frame, der einen Stream öffnet und einen mit HPACK komprimierten Header-Block trägt: die Header einer Anfrage, die Header einer Antwort oder, am Ende, Trailer.</translation>
    </message>
    <message>
        <source>The HTTP/2 frame carrying body bytes of a stream. Only DATA frames count against flow control.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der HTTP/2-Frame, der die Body-Bytes eines Streams trägt. Nur DATA-Frames zählen für die Flusskontrolle.</translation>
    </message>
    <message>
        <source>The frame each side sends first on an HTTP/2 connection, stating its parameters (maximum concurrent streams, initial window size, whether push is allowed). It must be acknowledged by a SETTINGS frame with the ACK flag.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der Frame, den jede Seite auf einer HTTP/2-Verbindung zuerst sendet und der ihre Parameter nennt (maximale Zahl gleichzeitiger Streams, anfängliche Fenstergröße, ob Push erlaubt ist). Er muss mit einem SETTINGS-Frame mit ACK-Flag bestätigt werden.</translation>
    </message>
    <message>
        <source>The frame a server sends, on the stream of a client&apos;s request, to announce that it will push a response. It carries the request headers the push answers and the even stream ID that will carry it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der Frame, den ein Server auf dem Stream einer Client-Anfrage sendet, um anzukündigen, dass er eine Antwort pushen wird. Er trägt die Anfrage-Header, die der Push beantwortet, und die gerade Stream-ID, die ihn übertragen wird.</translation>
    </message>
    <message>
        <source>The frame that ends a single stream at once, with an error code such as CANCEL, while the connection and its other streams go on.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der Frame, der einen einzelnen Stream sofort beendet, mit einem Fehlercode wie CANCEL, während die Verbindung und ihre anderen Streams weiterlaufen.</translation>
    </message>
    <message>
        <source>The frame that starts shutting down an HTTP/2 connection: it tells the peer the highest stream that will be processed, so requests on later streams can be retried elsewhere.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der Frame, der das Herunterfahren einer HTTP/2-Verbindung einleitet: Er teilt der Gegenseite den höchsten Stream mit, der noch verarbeitet wird, sodass Anfragen auf späteren Streams anderswo wiederholt werden können.</translation>
    </message>
    <message>
        <source>The frame that gives the sender more flow-control credit, for one stream or for the whole connection, as the receiver consumes data.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der Frame, der dem Sender mehr Flusskontroll-Guthaben gibt, für einen Stream oder für die ganze Verbindung, während der Empfänger Daten verbraucht.</translation>
    </message>
    <message>
        <source>An HTTP/2 frame the peer must echo back with the ACK flag. It measures round-trip time and checks that an idle connection is still alive.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein HTTP/2-Frame, den die Gegenseite mit dem ACK-Flag zurücksenden muss. Er misst die Roundtrip-Zeit und prüft, ob eine ruhende Verbindung noch lebt.</translation>
    </message>
    <message>
        <source>The frame that carries the rest of a header block too large for one HEADERS or PUSH_PROMISE frame. No other frame may come between them.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der Frame, der den Rest eines Header-Blocks trägt, der für einen HEADERS- oder PUSH_PROMISE-Frame zu groß ist. Kein anderer Frame darf dazwischen kommen.</translation>
    </message>
    <message>
        <source>A flag on HEADERS or DATA meaning the sender has nothing more to send on that stream. A request with no body has it on its HEADERS frame.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein Flag an HEADERS oder DATA, das bedeutet, dass der Sender auf diesem Stream nichts mehr zu senden hat. Eine Anfrage ohne Body trägt es an ihrem HEADERS-Frame.</translation>
    </message>
    <message>
        <source>A flag meaning a header block is complete in this frame; without it, CONTINUATION frames follow.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein Flag, das bedeutet, dass ein Header-Block in diesem Frame vollständig ist; ohne es folgen CONTINUATION-Frames.</translation>
    </message>
    <message>
        <source>HTTP/2&apos;s credit system: a sender may have only as many DATA bytes outstanding as the receiver&apos;s window, per stream and per connection, starting at 65,535 bytes and raised with WINDOW_UPDATE.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Das Guthabensystem von HTTP/2: Ein Sender darf nur so viele DATA-Bytes ausstehend haben, wie das Fenster des Empfängers zulässt, pro Stream und pro Verbindung, beginnend bei 65.535 Bytes und erhöht mit WINDOW_UPDATE.</translation>
    </message>
    <message>
        <source>HTTP/2&apos;s header compression: fields are replaced by indexes into a static table of common fields and a dynamic table of fields sent earlier, and literals can be Huffman-coded. Repeated headers shrink to a byte or two.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Header-Komprimierung von HTTP/2: Felder werden durch Indizes in eine statische Tabelle häufiger Felder und eine dynamische Tabelle früher gesendeter Felder ersetzt, und Literale können Huffman-kodiert werden. Wiederholte Header schrumpfen auf ein oder zwei Bytes.</translation>
    </message>
    <message>
        <source>HTTP/3&apos;s version of HPACK, redesigned so that streams arriving out of order over QUIC do not block on each other&apos;s table updates.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die HTTP/3-Variante von HPACK, so umgestaltet, dass Streams, die über QUIC in anderer Reihenfolge ankommen, nicht gegenseitig auf ihre Tabellenaktualisierungen warten müssen.</translation>
    </message>
    <message>
        <source>An HTTP/2 feature letting a server send responses the client has not asked for yet, announced with PUSH_PROMISE, to save a round trip. Browsers dropped it because it often pushed what was already cached.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine HTTP/2-Funktion, mit der ein Server Antworten senden kann, die der Client noch nicht angefordert hat, angekündigt mit PUSH_PROMISE, um einen Roundtrip zu sparen. Browser haben sie aufgegeben, weil sie oft pushte, was schon im Cache lag.</translation>
    </message>
    <message>
        <source>An interim response that tells the browser which resources to preload while the server still prepares the page. It replaced server push on the web because the browser keeps the choice.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine vorläufige Antwort, die dem Browser mitteilt, welche Ressourcen er vorladen soll, während der Server die Seite noch vorbereitet. Sie hat Server Push im Web abgelöst, weil die Wahl beim Browser bleibt.</translation>
    </message>
    <message>
        <source>HTTP over QUIC, a transport on UDP that orders each stream separately, so a lost packet stalls only the streams whose data it carried. It also merges the transport and TLS 1.3 handshakes.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP über QUIC, einen Transport auf UDP, der jeden Stream getrennt ordnet, sodass ein verlorenes Paket nur die Streams aufhält, deren Daten es trug. Es verschmilzt außerdem den Transport- und den TLS-1.3-Handshake.</translation>
    </message>
    <message>
        <source>A protocol that turns an HTTP/1.1 connection into a persistent, full-duplex channel of small frames, so either side can send at any time. wss:// runs it over TLS.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein Protokoll, das eine HTTP/1.1-Verbindung in einen dauerhaften Vollduplex-Kanal aus kleinen Frames verwandelt, sodass jede Seite jederzeit senden kann. wss:// führt es über TLS aus.</translation>
    </message>
    <message>
        <source>The HTTP/1.1 header by which a client asks to switch the connection to another protocol, such as websocket. It is sent with Connection: Upgrade.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der HTTP/1.1-Header, mit dem ein Client darum bittet, die Verbindung auf ein anderes Protokoll umzustellen, etwa websocket. Er wird mit Connection: Upgrade gesendet.</translation>
    </message>
    <message>
        <source>The status a server answers an Upgrade request with when it agrees: from the end of that response on, the connection speaks the new protocol.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der Status, mit dem ein Server auf eine Upgrade-Anfrage antwortet, wenn er zustimmt: Ab dem Ende dieser Antwort spricht die Verbindung das neue Protokoll.</translation>
    </message>
    <message>
        <source>A random 16-byte value, base64-encoded, that the client sends in the WebSocket upgrade request so that the server can prove it understood the handshake.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein zufälliger 16-Byte-Wert, Base64-kodiert, den der Client in der WebSocket-Upgrade-Anfrage sendet, damit der Server beweisen kann, dass er den Handshake verstanden hat.</translation>
    </message>
    <message>
        <source>The server&apos;s reply to Sec-WebSocket-Key: the SHA-1 hash of the key joined with a fixed GUID, base64-encoded. It shows the server speaks WebSocket; it provides no security.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Antwort des Servers auf Sec-WebSocket-Key: der SHA-1-Hash des Schlüssels, verbunden mit einer festen GUID, Base64-kodiert. Sie zeigt, dass der Server WebSocket spricht; Sicherheit bietet sie nicht.</translation>
    </message>
    <message>
        <source>The 4 bits in a WebSocket frame header saying what the frame is: 1 text, 2 binary, 0 continuation, 8 close, 9 ping, 10 pong.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die 4 Bits in einem WebSocket-Frame-Header, die angeben, was der Frame ist: 1 Text, 2 binär, 0 Fortsetzung, 8 Close, 9 Ping, 10 Pong.</translation>
    </message>
    <message>
        <source>The XOR of every client-to-server WebSocket payload with a random 4-byte key carried in the frame. It keeps scripts from putting chosen bytes on the wire that a proxy could mistake for HTTP; it is not encryption.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Das XOR jeder WebSocket-Nutzlast vom Client zum Server mit einem zufälligen 4-Byte-Schlüssel, der im Frame mitgeführt wird. Es verhindert, dass Skripte gezielt gewählte Bytes auf die Leitung bringen, die ein Proxy für HTTP halten könnte; eine Verschlüsselung ist es nicht.</translation>
    </message>
    <message>
        <source>WebSocket control frames: a ping must be answered with a pong carrying the same payload. They detect dead peers and keep idle connections alive through proxies and NAT.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>WebSocket-Steuer-Frames: Ein Ping muss mit einem Pong mit derselben Nutzlast beantwortet werden. Sie erkennen tote Gegenstellen und halten ruhende Verbindungen durch Proxys und NAT hindurch am Leben.</translation>
    </message>
    <message>
        <source>The number in a WebSocket close frame saying why the connection ends: 1000 normal, 1001 going away, 1009 message too big. 1006 is never sent; it reports a connection lost without a close frame.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die Zahl in einem WebSocket-Close-Frame, die angibt, warum die Verbindung endet: 1000 normal, 1001 going away, 1009 Nachricht zu groß. 1006 wird nie gesendet; es meldet eine Verbindung, die ohne Close-Frame verloren ging.</translation>
    </message>
    <message>
        <source>Asking the server for news at a fixed interval, answered at once, often with nothing. Simple and cache-friendly, but updates wait for the next poll and empty polls cost requests.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Den Server in festen Abständen nach Neuigkeiten fragen; er antwortet sofort, oft mit nichts. Einfach und cachefreundlich, aber Updates warten auf die nächste Abfrage, und leere Abfragen kosten Anfragen.</translation>
    </message>
    <message>
        <source>A request the server holds open until there is news, after which the client asks again at once. Updates arrive nearly as fast as over a WebSocket, but each one costs an HTTP request.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine Anfrage, die der Server offen hält, bis es Neuigkeiten gibt; danach fragt der Client sofort erneut. Updates kommen fast so schnell an wie über einen WebSocket, aber jedes kostet eine HTTP-Anfrage.</translation>
    </message>
    <message>
        <source>A long-lived HTTP response through which the server streams text events to the browser, which reconnects by itself. It flows one way only, server to client.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine langlebige HTTP-Antwort, über die der Server Textereignisse an den Browser streamt, der sich selbstständig neu verbindet. Sie fließt nur in eine Richtung, vom Server zum Client.</translation>
    </message>
    <message>
        <source>A remote procedure call framework on HTTP/2: services and messages are defined in .proto files, code is generated for each language, and every call is one HTTP/2 stream carrying length-prefixed Protobuf messages.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein Framework für entfernte Prozeduraufrufe auf HTTP/2: Dienste und Nachrichten werden in .proto-Dateien definiert, Code wird für jede Sprache erzeugt, und jeder Aufruf ist ein HTTP/2-Stream, der Protobuf-Nachrichten mit Längenpräfix trägt.</translation>
    </message>
    <message>
        <source>Google&apos;s binary serialisation format and schema language. Fields are identified by numbers, so messages are compact and old and new versions of a schema can read each other.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Googles binäres Serialisierungsformat und Schemasprache. Felder werden durch Nummern identifiziert, daher sind Nachrichten kompakt, und alte und neue Versionen eines Schemas können einander lesen.</translation>
    </message>
    <message>
        <source>The 5 bytes before every gRPC message: one flag byte saying whether it is compressed and four bytes giving its length.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Die 5 Bytes vor jeder gRPC-Nachricht: ein Flag-Byte, das angibt, ob sie komprimiert ist, und vier Bytes mit ihrer Länge.</translation>
    </message>
    <message>
        <source>A gRPC call with one request message and one response message, like an ordinary function call or a REST request.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein gRPC-Aufruf mit einer Anfragenachricht und einer Antwortnachricht, wie ein gewöhnlicher Funktionsaufruf oder eine REST-Anfrage.</translation>
    </message>
    <message>
        <source>A gRPC call in which the client sends one request and the server answers with a stream of messages, such as the results of a search.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein gRPC-Aufruf, bei dem der Client eine Anfrage sendet und der Server mit einem Strom von Nachrichten antwortet, etwa den Ergebnissen einer Suche.</translation>
    </message>
    <message>
        <source>A gRPC call in which the client sends a stream of messages and the server answers once at the end, such as an upload in chunks.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein gRPC-Aufruf, bei dem der Client einen Strom von Nachrichten sendet und der Server am Ende einmal antwortet, etwa bei einem Upload in Teilstücken.</translation>
    </message>
    <message>
        <source>A gRPC call in which both sides send streams of messages independently on the same HTTP/2 stream, such as a chat or a live sync.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein gRPC-Aufruf, bei dem beide Seiten unabhängig voneinander Ströme von Nachrichten auf demselben HTTP/2-Stream senden, etwa bei einem Chat oder einer Live-Synchronisation.</translation>
    </message>
    <message>
        <source>Header fields sent after the body. gRPC sends its status in them, in a last HEADERS frame with END_STREAM, so it can report an error after messages have already been sent.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Header-Felder, die nach dem Body gesendet werden. gRPC sendet darin seinen Status, in einem letzten HEADERS-Frame mit END_STREAM, sodass es einen Fehler melden kann, nachdem bereits Nachrichten gesendet wurden.</translation>
    </message>
    <message>
        <source>A gRPC response made of a single HEADERS frame holding the HTTP status and the grpc-status, used when a call ends without any response message, typically an immediate error.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine gRPC-Antwort aus einem einzigen HEADERS-Frame mit dem HTTP-Status und dem grpc-status; sie wird verwendet, wenn ein Aufruf ohne jede Antwortnachricht endet, typischerweise bei einem sofortigen Fehler.</translation>
    </message>
    <message>
        <source>The trailer carrying a call&apos;s outcome: 0 OK, or codes such as NOT_FOUND (5), DEADLINE_EXCEEDED (4) and UNAVAILABLE (14). The HTTP status stays 200.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der Trailer mit dem Ergebnis eines Aufrufs: 0 OK oder Codes wie NOT_FOUND (5), DEADLINE_EXCEEDED (4) und UNAVAILABLE (14). Der HTTP-Status bleibt 200.</translation>
    </message>
    <message>
        <source>The point in time after which a gRPC client gives up on a call; it travels as the grpc-timeout header, and the call then ends with DEADLINE_EXCEEDED. Services should pass the remaining time on to the calls they make.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Der Zeitpunkt, nach dem ein gRPC-Client einen Aufruf aufgibt; er wird als Header grpc-timeout übertragen, und der Aufruf endet dann mit DEADLINE_EXCEEDED. Dienste sollten die verbleibende Zeit an die Aufrufe weitergeben, die sie selbst tätigen.</translation>
    </message>
    <message>
        <source>A variant of gRPC that browsers can use over fetch or XHR: trailers travel inside the response body. A proxy such as Envoy, or a server that supports it, translates to native gRPC.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine Variante von gRPC, die Browser über fetch oder XHR nutzen können: Trailer werden im Antwort-Body übertragen. Ein Proxy wie Envoy oder ein Server, der es unterstützt, übersetzt in natives gRPC.</translation>
    </message>
    <message>
        <source>A component that spreads connections or requests over several servers. A layer-4 balancer picks a server per TCP connection; a layer-7 balancer reads HTTP and can pick per request or per gRPC call.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine Komponente, die Verbindungen oder Anfragen auf mehrere Server verteilt. Ein Layer-4-Balancer wählt einen Server pro TCP-Verbindung; ein Layer-7-Balancer liest HTTP und kann pro Anfrage oder pro gRPC-Aufruf wählen.</translation>
    </message>
    <message>
        <source>A load-balancer rule that sends all requests of one client to the same server, usually by a cookie or the client&apos;s address. Needed when a server keeps a client&apos;s state in memory, as with long polling; it makes load uneven.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Eine Load-Balancer-Regel, die alle Anfragen eines Clients an denselben Server schickt, meist anhand eines Cookies oder der Adresse des Clients. Nötig, wenn ein Server den Zustand eines Clients im Speicher hält, wie bei Long Polling; sie macht die Last ungleichmäßig.</translation>
    </message>
    <message>
        <source>A messaging pattern in which publishers send messages to topics and every subscriber of a topic receives them, without knowing each other. WebSocket servers use it (Redis, Kafka, NATS) to reach users connected to other servers.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Ein Messaging-Muster, bei dem Publisher Nachrichten an Topics senden und jeder Abonnent eines Topics sie erhält, ohne dass sie einander kennen. WebSocket-Server nutzen es (Redis, Kafka, NATS), um Nutzer zu erreichen, die mit anderen Servern verbunden sind.</translation>
    </message>
    <message>
        <source>Handling more load by adding more machines behind a load balancer rather than buying a bigger one. It is easiest when servers are stateless.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Mehr Last bewältigen, indem man weitere Maschinen hinter einen Load Balancer stellt, statt eine größere zu kaufen. Am einfachsten ist das, wenn Server zustandslos sind.</translation>
    </message>
    <message>
        <source>Many clients doing the same thing at the same moment, such as reconnecting after a server restarts. Exponential backoff with random jitter spreads them out.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Viele Clients, die im selben Moment dasselbe tun, etwa sich nach einem Serverneustart neu verbinden. Exponentielles Backoff mit zufälligem Jitter verteilt sie zeitlich.</translation>
    </message>
    <message>
        <source>gRPC: Protobuf messages on HTTP/2 streams</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>gRPC: Protobuf-Nachrichten auf HTTP/2-Streams</translation>
    </message>
    <message>
        <source>What a gRPC call is on the wire: a POST on an HTTP/2 stream, Protobuf messages with a five-byte prefix, the status in trailers, four kinds of call on one connection, and deadlines.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Was ein gRPC-Aufruf auf der Leitung ist: ein POST auf einem HTTP/2-Stream, Protobuf-Nachrichten mit einem fünf Byte langen Präfix, der Status in Trailern, vier Arten von Aufrufen auf einer Verbindung und Deadlines.</translation>
    </message>
    <message>
        <source>The same items, as REST and as gRPC</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Dieselben Elemente, als REST und als gRPC</translation>
    </message>
    <message>
        <source>Both sides fetch the same items from the same server. **A** is a REST API: a `GET /api/items/N`
per item, each answered with a JSON document, over a browser&apos;s pool of HTTP/1.1 connections.
**B** is gRPC: a unary call `GetItem` per item, each an **HTTP/2 stream** on a single connection.

A gRPC call is an ordinary HTTP/2 request with strict rules. The selected event shows its headers:

- `:method POST` and `:path /protoviz.lesson.v1.Lesson/GetItem`: the path names the service and
  the method, as declared in a `.proto` file;
- `content-type: application/grpc`;
- `te: trailers`: the client promises it can read trailers, where the outcome will come.

Both sides of a gRPC call share the `.proto` schema, and code generated from it builds and reads
the messages.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Beide Seiten rufen dieselben Elemente vom selben Server ab. **A** ist eine REST-API: ein
`GET /api/items/N` pro Element, jedes mit einem JSON-Dokument beantwortet, über einen Pool von
HTTP/1.1-Verbindungen wie im Browser. **B** ist gRPC: ein unärer Aufruf `GetItem` pro Element, jeder
ein **HTTP/2-Stream** auf einer einzigen Verbindung.

Ein gRPC-Aufruf ist eine gewöhnliche HTTP/2-Anfrage mit strengen Regeln. Das ausgewählte Ereignis zeigt ihre Header:

- `:method POST` und `:path /protoviz.lesson.v1.Lesson/GetItem`: Der Pfad nennt den Dienst und
  die Methode, wie in einer `.proto`-Datei deklariert;
- `content-type: application/grpc`;
- `te: trailers`: Der Client verspricht, Trailer lesen zu können, in denen das Ergebnis kommen
  wird.

Beide Seiten eines gRPC-Aufrufs teilen das `.proto`-Schema, und daraus erzeugter Code baut und
liest die Nachrichten.</translation>
    </message>
    <message>
        <source>Which side put fewer bytes on the wire in all?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Welche Seite brachte insgesamt weniger Bytes auf die Leitung?</translation>
    </message>
    <message>
        <source>REST/JSON over HTTP/1.1 (A)</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>REST/JSON über HTTP/1.1 (A)</translation>
    </message>
    <message>
        <source>gRPC over HTTP/2 (B)</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>gRPC über HTTP/2 (B)</translation>
    </message>
    <message>
        <source>A put {a.wireBytes} bytes on the wire, B {b.wireBytes}. Three things add up. The bodies: {a.bodyBytes} bytes of JSON against {b.bodyBytes} of Protobuf. The headers: {a.headerBytes} bytes of HTTP/1.1 text against {b.headerBytes} bytes of HPACK, which sends repeated fields as small indexes. And TLS: A&apos;s {a.connections} connections each paid for a handshake, {a.tlsBytes} bytes in all, against {b.tlsBytes} bytes for B&apos;s one connection.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>A brachte {a.wireBytes} Bytes auf die Leitung, B {b.wireBytes}. Drei Dinge summieren sich. Die Bodys: {a.bodyBytes} Bytes JSON gegenüber {b.bodyBytes} Bytes Protobuf. Die Header: {a.headerBytes} Bytes HTTP/1.1-Text gegenüber {b.headerBytes} Bytes HPACK, das wiederholte Felder als kleine Indizes sendet. Und TLS: Die {a.connections} Verbindungen von A zahlten jeweils für einen Handshake, insgesamt {a.tlsBytes} Bytes, gegenüber {b.tlsBytes} Bytes für die eine Verbindung von B.</translation>
    </message>
    <message>
        <source>Protobuf against JSON</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Protobuf gegen JSON</translation>
    </message>
    <message>
        <source>The selected message is one item as B received it. **Protobuf** writes each field as a small
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
        <translation>Die ausgewählte Nachricht ist ein Element, wie B es empfangen hat. **Protobuf** schreibt jedes
Feld als kleines **Tag** (die Nummer des Felds und ein Wire-Typ), dann den Wert: Ganzzahlen als
**Varints** (kleine Zahlen belegen ein Byte), Strings und Bytes als Länge, gefolgt von den rohen
Bytes. Feldnamen werden nie übertragen; beide Seiten kennen sie aus dem Schema.

**JSON** schreibt jeden Feldnamen als Text in jedes Dokument, Zahlen als Dezimalziffern und
Binärdaten, etwa das Vorschaubild dieses Elements, als **Base64**: vier Zeichen für je drei Bytes.
Der Inspektor zeigt für jede Nachricht, wie viele Bytes dieselbe Nachricht im JSON-Mapping von
Protobuf belegt.

Der Preis von Protobuf: Eine Nachricht lässt sich ohne ihr Schema nicht lesen, und man kann sie
weder in `curl` eintippen noch in einem Log lesen.</translation>
    </message>
    <message>
        <source>For every 100 bytes B&apos;s gRPC messages took, prefixes included, how many bytes would the same messages take as JSON?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Je 100 Bytes, die die gRPC-Nachrichten von B einschließlich Präfixen belegten: Wie viele Bytes würden dieselben Nachrichten als JSON belegen?</translation>
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
        <translation>Bytes</translation>
    </message>
    <message>
        <source>B&apos;s messages took {b.grpc.messageBytes} bytes; written as JSON they would take {b.grpc.jsonBytes}, about {100 * b.grpc.jsonBytes / b.grpc.messageBytes:0} for every 100. Most of the difference is the thumbnail, which base64 makes a third larger; the rest is field names, quotes and decimal numbers. A&apos;s REST responses carried {a.bodyBytes} bytes of JSON bodies on the wire.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Die Nachrichten von B belegten {b.grpc.messageBytes} Bytes; als JSON geschrieben, würden sie {b.grpc.jsonBytes} belegen, etwa {100 * b.grpc.jsonBytes / b.grpc.messageBytes:0} je 100. Der größte Teil des Unterschieds ist das Vorschaubild, das Base64 um ein Drittel größer macht; der Rest sind Feldnamen, Anführungszeichen und Dezimalzahlen. Die REST-Antworten von A trugen {a.bodyBytes} Bytes JSON-Bodys über die Leitung.</translation>
    </message>
    <message>
        <source>Five bytes in front of every message</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Fünf Bytes vor jeder Nachricht</translation>
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
        <translation>HTTP/2-DATA-Frames markieren nicht, wo eine Nachricht endet und die nächste beginnt: Eine
Nachricht kann über mehrere Frames verteilt sein, oder mehrere Nachrichten können sich einen Frame
teilen. Daher rahmt gRPC seine Nachrichten selbst. Jede Nachricht, ob Anfrage oder Antwort, ist
eine **Nachricht mit Längenpräfix** (length-prefixed message):

    +------------+---------------------+-------------------+
    | compressed |   message length    |  message (bytes)  |
    |   1 byte   | 4 bytes, big-endian |                   |
    +------------+---------------------+-------------------+

Das erste Byte gibt an, ob die Nachricht komprimiert ist (mit dem in `grpc-encoding` genannten
Algorithmus), die nächsten vier geben ihre Länge an. Die ausgewählte Anfrage ist ein winziger
`ItemRequest`: Das Präfix ist größer als die Nachricht selbst. Dieselbe Rahmung erlaubt einem
Stream, beliebig viele Nachrichten in beide Richtungen zu tragen, und genau das macht streamende
Aufrufe möglich.</translation>
    </message>
    <message>
        <source>How many bytes of length prefixes did B&apos;s calls carry in all?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Wie viele Bytes an Längenpräfixen trugen die Aufrufe von B insgesamt?</translation>
    </message>
    <message>
        <source>Five bytes for every message: {b.grpc.messagesSent} requests and {b.grpc.messagesReceived} responses make {b.grpc.prefixBytes} bytes of prefixes, out of {b.grpc.messageBytes} bytes of messages.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Fünf Bytes für jede Nachricht: {b.grpc.messagesSent} Anfragen und {b.grpc.messagesReceived} Antworten ergeben {b.grpc.prefixBytes} Bytes an Präfixen, von {b.grpc.messageBytes} Bytes an Nachrichten.</translation>
    </message>
    <message>
        <source>The outcome travels in trailers</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Das Ergebnis reist in Trailern</translation>
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
        <translation>Eine gRPC-Antwort besteht auf ihrem Stream aus drei Teilen: einem **HEADERS**-Frame mit
`:status 200` und `content-type: application/grpc`, den Antwortnachrichten in **DATA**-Frames und
einem letzten **HEADERS**-Frame, der den Stream beendet: den **Trailern**. Sie tragen das Ergebnis:

- `grpc-status`: `0` OK; sonst ein Code wie `3` INVALID_ARGUMENT, `4` DEADLINE_EXCEEDED,
  `5` NOT_FOUND, `7` PERMISSION_DENIED, `12` UNIMPLEMENTED, `13` INTERNAL, `14` UNAVAILABLE,
  `16` UNAUTHENTICATED;
- `grpc-message`: eine für Menschen lesbare Beschreibung, falls vorhanden.

Der HTTP-Status bleibt `200`, auch wenn der Aufruf fehlschlägt. Warum steht der Status am Ende? In
einem streamenden Aufruf hat der Server womöglich schon viele Nachrichten gesendet, bevor etwas
schiefgeht; das Ergebnis steht also erst nach der letzten Nachricht fest. Ein Aufruf, der sofort
fehlschlägt, kann einen einzigen HEADERS-Frame senden, der beides trägt: **Trailers-Only**.</translation>
    </message>
    <message>
        <source>The server answered with :status 200, but the call failed. Where does the client learn that?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Der Server antwortete mit :status 200, aber der Aufruf schlug fehl. Wo erfährt der Client das?</translation>
    </message>
    <message>
        <source>From grpc-status in the trailers, the HEADERS frame that ends the stream</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Aus grpc-status in den Trailern, dem HEADERS-Frame, der den Stream beendet</translation>
    </message>
    <message>
        <source>From the HTTP status, which the client must look at first</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Aus dem HTTP-Status, den der Client zuerst prüfen muss</translation>
    </message>
    <message>
        <source>From a field inside the last Protobuf message</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Aus einem Feld in der letzten Protobuf-Nachricht</translation>
    </message>
    <message>
        <source>From a RST_STREAM frame that carries the gRPC status code</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Aus einem RST_STREAM-Frame, der den gRPC-Statuscode trägt</translation>
    </message>
    <message>
        <source>gRPC keeps HTTP&apos;s status at 200 for any call the server handled and reports the outcome in grpc-status, which goes in the trailers because only they come after the last message. In this run {count(b, &quot;grpc.CallFinished client value=0&quot;)} of B&apos;s {b.grpc.calls} calls ended with grpc-status 0, OK.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>gRPC belässt den HTTP-Status bei 200 für jeden Aufruf, den der Server bearbeitet hat, und meldet das Ergebnis in grpc-status, das in den Trailern steht, weil nur sie nach der letzten Nachricht kommen. In diesem Durchlauf endeten {count(b, &quot;grpc.CallFinished client value=0&quot;)} der {b.grpc.calls} Aufrufe von B mit grpc-status 0, OK.</translation>
    </message>
    <message>
        <source>Four kinds of call on one connection</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Vier Arten von Aufrufen auf einer Verbindung</translation>
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
        <translation>Ein `.proto`-Dienst deklariert jede Methode mit einem Anfrage- und einem Antworttyp, und das
Schlüsselwort `stream` auf einer der beiden Seiten ergibt die vier **Aufrufarten**:

- **unär**: eine Anfrage, eine Antwort (`GetItem`);
- **Server-Streaming**: eine Anfrage, viele Antworten (`ListItems`);
- **Client-Streaming**: viele Anfragen, eine Antwort (`UploadItems`);
- **bidirektionales Streaming**: Beide Seiten senden Nachrichten, wann immer sie wollen (`Exchange`).

Jeder Aufruf ist ein HTTP/2-Stream, und alle teilen sich hier **eine Verbindung**. Seite **A**
bewegt die Elemente mit einer Nachricht pro Austausch: ein unärer Aufruf pro Element, einer nach
dem anderen, dann jedes Element zurück über einen bidirektionalen Stream, wobei sie jede
Bestätigung abwartet. Seite **B** streamt: alle Elemente in einem Server-Streaming-Aufruf
herunter, dann alle in einem Client-Streaming-Aufruf wieder hinauf.</translation>
    </message>
    <message>
        <source>How many gRPC calls did side A make?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Wie viele gRPC-Aufrufe machte Seite A?</translation>
    </message>
    <message>
        <source>calls</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Waiting is what costs</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Was kostet, ist das Warten</translation>
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
        <translation>Zählen Sie die Wartezeiten. Jeder unäre Aufruf von A wartet auf seine Antwort, bevor der nächste
Aufruf beginnt, und jedes Element, das über den bidirektionalen Stream von A gesendet wird, wartet
auf seine Bestätigung. Jedes Warten ist ein **Roundtrip**. Die Streams von B senden Nachricht um
Nachricht, ohne zu warten, daher kostet eine ganze Richtung etwa einen Roundtrip.

Ein bidirektionaler Stream muss nicht so warten wie der von A; es ist die Entscheidung von A, ein
Element nach dem anderen zu senden. Die Lektion handelt vom Muster, nicht von der Aufrufart:
**Warten Sie nicht auf eine Antwort, die Sie noch nicht brauchen**.</translation>
    </message>
    <message>
        <source>Counting the TCP and TLS handshakes, how many round trips did side A wait for?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Wie viele Roundtrips wartete Seite A ab, die TCP- und TLS-Handshakes mitgezählt?</translation>
    </message>
    <message>
        <source>One for TCP, one for TLS, then one per item fetched and one per item sent back: {a.roundTrips} round trips, {a.totalTimeMs:0} ms in all. B needed {b.roundTrips} round trips, {b.totalTimeMs:0} ms, for the same items: its streams pay a round trip per call, not per message.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Einer für TCP, einer für TLS, dann einer pro abgerufenem Element und einer pro zurückgesendetem Element: {a.roundTrips} Roundtrips, insgesamt {a.totalTimeMs:0} ms. B brauchte für dieselben Elemente {b.roundTrips} Roundtrips, {b.totalTimeMs:0} ms: Seine Streams zahlen einen Roundtrip pro Aufruf, nicht pro Nachricht.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>A gRPC client should give every call a **deadline**: the moment after which the answer is no
longer useful. It travels as the `grpc-timeout` header, a number of at most eight digits and a
unit (`H`, `M`, `S`, `m` for milliseconds, `u`, `n`), such as `grpc-timeout: 250m`.

When the deadline passes, the client ends the call with **DEADLINE_EXCEEDED** (status `4`) and
cancels the stream with `RST_STREAM`, so the server can stop working on it. A server that calls
other services passes the **remaining** time on, so a whole chain of calls gives up together
instead of finishing work nobody waits for. Without a deadline, a call to a stuck server can hang
for as long as the connection lives.

The calls in this run set no deadline: the selected request headers have no `grpc-timeout`.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Ein gRPC-Client sollte jedem Aufruf eine **Deadline** geben: den Zeitpunkt, nach dem die Antwort
nicht mehr nützlich ist. Sie wird als Header `grpc-timeout` übertragen, eine Zahl mit höchstens
acht Ziffern und eine Einheit (`H`, `M`, `S`, `m` für Millisekunden, `u`, `n`), etwa
`grpc-timeout: 250m`.

Wenn die Deadline verstreicht, beendet der Client den Aufruf mit **DEADLINE_EXCEEDED** (Status
`4`) und bricht den Stream mit `RST_STREAM` ab, damit der Server die Arbeit daran einstellen kann.
Ein Server, der andere Dienste aufruft, gibt die **verbleibende** Zeit weiter, sodass eine ganze
Kette von Aufrufen gemeinsam aufgibt, statt Arbeit zu Ende zu bringen, auf die niemand mehr
wartet. Ohne Deadline kann ein Aufruf an einen hängenden Server so lange hängen, wie die
Verbindung besteht.

Die Aufrufe in diesem Durchlauf setzen keine Deadline: Die ausgewählten Anfrage-Header enthalten
kein `grpc-timeout`.</translation>
    </message>
    <message>
        <source>A client calls with a 300 ms deadline, and the server needs a full second. What does the client&apos;s code see?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Ein Client ruft mit einer Deadline von 300 ms auf, und der Server braucht eine volle Sekunde. Was sieht der Code des Clients?</translation>
    </message>
    <message>
        <source>The call fails with DEADLINE_EXCEEDED after about 300 ms, and the stream is cancelled</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Der Aufruf schlägt nach etwa 300 ms mit DEADLINE_EXCEEDED fehl, und der Stream wird abgebrochen</translation>
    </message>
    <message>
        <source>An HTTP 504 Gateway Timeout</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Ein HTTP 504 Gateway Timeout</translation>
    </message>
    <message>
        <source>The response after a second, marked as late</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Die Antwort nach einer Sekunde, als verspätet markiert</translation>
    </message>
    <message>
        <source>Nothing, until the TCP connection times out</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Nichts, bis die TCP-Verbindung in einen Timeout läuft</translation>
    </message>
    <message>
        <source>The deadline is enforced by the client itself, which ends the call with status 4 when it passes and resets the stream; the server learns the same deadline from grpc-timeout and the reset, and can abandon the work. None of this run&apos;s {a.grpc.calls} calls in A carried a deadline, and all {a.grpc.callsOk} ended OK.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Der Client setzt die Deadline selbst durch: Er beendet den Aufruf mit Status 4, wenn sie verstreicht, und setzt den Stream zurück; der Server erfährt dieselbe Deadline aus grpc-timeout und dem Reset und kann die Arbeit aufgeben. Keiner der {a.grpc.calls} Aufrufe von A in diesem Durchlauf trug eine Deadline, und alle {a.grpc.callsOk} endeten mit OK.</translation>
    </message>
    <message>
        <source>Browsers and gRPC-Web</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Browser und gRPC-Web</translation>
    </message>
    <message>
        <source>A page&apos;s JavaScript cannot make these calls. `fetch` and `XMLHttpRequest` let the browser choose
the HTTP version and frames, and they give a script **no access to HTTP/2 trailers**, where the
selected `grpc-status` lives. A browser cannot hold a client-streaming call open either.

**gRPC-Web** adapts the protocol. The trailers move into the response body as one last
length-prefixed block, marked by the top bit of its first byte, so a script can read them; it
works over HTTP/1.1 or HTTP/2. A **proxy** such as Envoy, or a gRPC-Web layer in the server,
translates between gRPC-Web and gRPC. Unary and server-streaming calls work; client and
bidirectional streaming do not. A live gRPC-Web scenario comes in a later version of ProtoViz.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Das JavaScript einer Seite kann diese Aufrufe nicht ausführen. Bei `fetch` und `XMLHttpRequest`
wählt der Browser HTTP-Version und Frames, und sie geben einem Skript **keinen Zugriff auf
HTTP/2-Trailer**, in denen der ausgewählte `grpc-status` steht. Einen Client-Streaming-Aufruf kann
ein Browser auch nicht offen halten.

**gRPC-Web** passt das Protokoll an. Die Trailer wandern als letzter Block mit Längenpräfix in den
Antwort-Body, markiert durch das oberste Bit seines ersten Bytes, sodass ein Skript sie lesen
kann; das funktioniert über HTTP/1.1 oder HTTP/2. Ein **Proxy** wie Envoy oder eine
gRPC-Web-Schicht im Server übersetzt zwischen gRPC-Web und gRPC. Unäre und
Server-Streaming-Aufrufe funktionieren, Client- und bidirektionales Streaming nicht. Ein
Live-Szenario für gRPC-Web kommt in einer späteren Version von ProtoViz.</translation>
    </message>
    <message>
        <source>Why can&apos;t a web page call a gRPC service directly with fetch?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Warum kann eine Webseite einen gRPC-Dienst nicht direkt mit fetch aufrufen?</translation>
    </message>
    <message>
        <source>Browser APIs do not expose HTTP/2 trailers, where gRPC puts the call&apos;s status, nor control over HTTP/2 framing</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Browser-APIs legen weder HTTP/2-Trailer offen, in die gRPC den Status des Aufrufs legt, noch geben sie Kontrolle über das HTTP/2-Framing</translation>
    </message>
    <message>
        <source>Browsers cannot send POST requests with binary bodies</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Browser können keine POST-Anfragen mit binären Bodys senden</translation>
    </message>
    <message>
        <source>Browsers do not support HTTP/2 at all</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Browser unterstützen HTTP/2 überhaupt nicht</translation>
    </message>
    <message>
        <source>Protobuf cannot be decoded in JavaScript</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Protobuf lässt sich in JavaScript nicht dekodieren</translation>
    </message>
    <message>
        <source>Browsers speak HTTP/2 and JavaScript decodes Protobuf well; what is missing is access to the protocol underneath. Every one of B&apos;s {b.grpc.calls} calls ended with its status in trailers, which a script could not read. gRPC-Web puts them where a script can, in the body, and a proxy translates.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Browser sprechen HTTP/2, und JavaScript dekodiert Protobuf gut; was fehlt, ist der Zugriff auf das darunterliegende Protokoll. Jeder der {b.grpc.calls} Aufrufe von B endete mit seinem Status in Trailern, die ein Skript nicht lesen konnte. gRPC-Web legt sie dorthin, wo ein Skript sie lesen kann, in den Body, und ein Proxy übersetzt.</translation>
    </message>
    <message>
        <source>Head-of-line blocking, from HTTP/1.1 to TCP</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Head-of-Line-Blocking, von HTTP/1.1 bis TCP</translation>
    </message>
    <message>
        <source>Where requests get stuck behind each other: HTTP/1.1&apos;s one-at-a-time connections and in-order pipelining, HTTP/2&apos;s streams that fix it, and the lost TCP segment that brings it back for every stream at once.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Wo Anfragen hintereinander feststecken: die Verbindungen von HTTP/1.1, die nur eine Anfrage zurzeit bedienen, und das Pipelining mit fester Reihenfolge, die Streams von HTTP/2, die das beheben, und das verlorene TCP-Segment, das das Problem für alle Streams auf einmal zurückbringt.</translation>
    </message>
    <message>
        <source>One request at a time</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Eine Anfrage nach der anderen</translation>
    </message>
    <message>
        <source>How many round trips does side A need for the whole page, handshakes included?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Wie viele Roundtrips braucht Seite A für die ganze Webseite, Handshakes eingeschlossen?</translation>
    </message>
    <message>
        <source>Side A needed {a.roundTrips} round trips: one for TCP, one for TLS 1.3, one for the document, then one for each of the {knob.objects} objects, because every request waited for the response before it. That took {a.totalTimeMs:0} ms, and almost all of it was waiting, not transferring.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Seite A brauchte {a.roundTrips} Roundtrips: einen für TCP, einen für TLS 1.3, einen für das Dokument und dann einen für jedes der {knob.objects} Objekte, weil jede Anfrage auf die Antwort vor ihr wartete. Das dauerte {a.totalTimeMs:0} ms, und fast alles davon war Warten, nicht Übertragen.</translation>
    </message>
    <message>
        <source>Pipelining: send at once, answer in order</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Pipelining: auf einmal senden, der Reihe nach antworten</translation>
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
        <translation>Seite **B** nutzt HTTP/1.1-**Pipelining**: Der Client sendet mehrere Anfragen direkt
hintereinander, ohne zu warten (ProtoViz hält bis zu sechs ausstehend), und der Server beantwortet
sie, wie sie kommen.

Der Haken liegt in der Regel, die das möglich macht. Antworten tragen keine Anfrage-ID, daher
verlangt RFC 9112, dass der Server seine Antworten **in der Reihenfolge sendet, in der die
Anfragen ankamen**:

    requests:   GET /a   GET /b   GET /c    --&gt;
    responses:                           &lt;--  /a (slow)  /b  /c
                                              ^ /b und /c sind fertig, müssen aber warten

Wenn die erste Antwort langsam entsteht oder groß ist, wartet jede Antwort dahinter, auch wenn sie
fertig ist. Das ist Head-of-Line-Blocking auf **HTTP-Ebene**. Dazu kamen Proxys, die Anfragen im
Pipelining falsch behandelten, und so schalteten Browser Pipelining nie standardmäßig ein: Sie
öffneten stattdessen sechs Verbindungen pro Host.</translation>
    </message>
    <message>
        <source>A client pipelines requests for /a, /b and /c. The server needs a second to produce /a, while /b and /c are ready at once. What may the server send first?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Ein Client sendet Anfragen für /a, /b und /c per Pipelining. Der Server braucht eine Sekunde, um /a zu erzeugen, während /b und /c sofort fertig sind. Was darf der Server zuerst senden?</translation>
    </message>
    <message>
        <source>The responses to /b and /c, then /a when it is ready</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Die Antworten auf /b und /c, dann /a, sobald sie fertig ist</translation>
    </message>
    <message>
        <source>Whichever response is ready first, tagged with its request&apos;s path</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Die Antwort, die zuerst fertig ist, versehen mit dem Pfad ihrer Anfrage</translation>
    </message>
    <message>
        <source>The response to /a, so /b and /c wait until it has been sent</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Die Antwort auf /a, also warten /b und /c, bis sie gesendet ist</translation>
    </message>
    <message>
        <source>An interim 100 Continue for /a, then /b and /c</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Ein vorläufiges 100 Continue für /a, dann /b und /c</translation>
    </message>
    <message>
        <source>An HTTP/1.1 response names no request; the client matches responses to requests purely by order, so the server must keep that order. In this run all objects were equally quick, and pipelining still cut the load from {a.totalTimeMs:0} ms to {b.totalTimeMs:0} ms ({a.roundTrips} round trips against {b.roundTrips}), because requests no longer waited for responses. But one slow response would have stalled all of them.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Eine HTTP/1.1-Antwort nennt keine Anfrage; der Client ordnet Antworten den Anfragen allein über die Reihenfolge zu, daher muss der Server diese Reihenfolge einhalten. In diesem Durchlauf waren alle Objekte gleich schnell, und Pipelining verkürzte das Laden trotzdem von {a.totalTimeMs:0} ms auf {b.totalTimeMs:0} ms ({a.roundTrips} Roundtrips gegenüber {b.roundTrips}), weil Anfragen nicht mehr auf Antworten warteten. Aber eine einzige langsame Antwort hätte alle aufgehalten.</translation>
    </message>
    <message>
        <source>HTTP/2 against HTTP/1.1 on a lossy link</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HTTP/2 gegen HTTP/1.1 auf einer verlustbehafteten Leitung</translation>
    </message>
    <message>
        <source>At two percent loss, which side has the whole page first?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Bei zwei Prozent Verlust: Auf welcher Seite ist die ganze Webseite zuerst geladen?</translation>
    </message>
    <message>
        <source>HTTP/1.1 with six connections</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HTTP/1.1 mit sechs Verbindungen</translation>
    </message>
    <message>
        <source>HTTP/2 with one connection</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HTTP/2 mit einer Verbindung</translation>
    </message>
    <message>
        <source>HTTP/1.1 took {a.totalTimeMs:0} ms and HTTP/2 {b.totalTimeMs:0} ms. HTTP/1.1 lost {a.segmentsLost} segments, but each loss stalled only one of its {a.connections} connections; HTTP/2 lost {b.segmentsLost}, all on its one connection, and every loss stalled every stream and shrank the one congestion window they all share. Which side wins depends on where the losses fall, and with other seeds HTTP/2 often still wins at this loss rate; but every loss costs it more than it costs one of six connections.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HTTP/1.1 brauchte {a.totalTimeMs:0} ms und HTTP/2 {b.totalTimeMs:0} ms. HTTP/1.1 verlor {a.segmentsLost} Segmente, aber jeder Verlust hielt nur eine seiner {a.connections} Verbindungen auf; HTTP/2 verlor {b.segmentsLost}, alle auf seiner einen Verbindung, und jeder Verlust hielt jeden Stream auf und verkleinerte das eine Congestion Window, das sie alle teilen. Welche Seite gewinnt, hängt davon ab, wo die Verluste fallen, und mit anderen Seeds gewinnt HTTP/2 bei dieser Verlustrate oft trotzdem; aber jeder Verlust kostet es mehr, als er eine von sechs Verbindungen kostet.</translation>
    </message>
    <message>
        <source>One lost segment holds back every stream</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Ein verlorenes Segment hält jeden Stream auf</translation>
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
        <translation>Die Wiedergabe hat beim ersten Segment angehalten, das die Leitung auf der HTTP/2-Verbindung
verworfen hat. Gehen Sie schrittweise weiter und beobachten Sie die Segmente dahinter: Sie
**kommen an**, aber TCP gibt sie nicht an TLS und HTTP/2 weiter, denn TCP verspricht einen
geordneten Bytestrom, und darin ist jetzt ein Loch. Sie warten im Empfangspuffer, in den Bahnen
schattiert dargestellt, bis die Neuübertragung das Loch füllt, und werden dann alle auf einmal
ausgeliefert.

    sent:       s1  s2  s3  s4  s5  s6
    arrived:    s1  s2  --  s4  s5  s6      (s3 unterwegs verloren)
    delivered:  s1  s2  ...waiting...  s3 (resent)  s4  s5  s6

Diese zurückgehaltenen Segmente tragen DATA-Frames vieler verschiedener Streams. Keiner dieser
Streams hat etwas verloren, und doch warten alle: Das Head-of-Line-Blocking ist von HTTP hinunter
in **TCP** gewandert. Geht auch die Neuübertragung verloren, verdoppelt TCP seinen Timeout vor dem
nächsten Versuch, und alles hinter dem Loch wartet entsprechend länger.</translation>
    </message>
    <message>
        <source>On the HTTP/2 connection, how many segments were held back, on average, for every segment the link lost?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Wie viele Segmente wurden auf der HTTP/2-Verbindung im Mittel für jedes von der Leitung verlorene Segment zurückgehalten?</translation>
    </message>
    <message>
        <source>segments</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>The HTTP/2 connection lost {b.segmentsLost} segments and held back {b.segmentsBlocked} behind them, about {b.segmentsBlocked / max(b.segmentsLost, 1):1} per loss: every segment in flight behind a hole waits, whichever stream it carries. On HTTP/1.1, {a.segmentsLost} losses held back {a.segmentsBlocked} segments, about {a.segmentsBlocked / max(a.segmentsLost, 1):1} per loss, because each connection carries one response, has fewer segments in flight, and a stall on it leaves the other connections running.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Die HTTP/2-Verbindung verlor {b.segmentsLost} Segmente und hielt {b.segmentsBlocked} dahinter zurück, etwa {b.segmentsBlocked / max(b.segmentsLost, 1):1} pro Verlust: Jedes Segment, das hinter einem Loch unterwegs ist, wartet, egal welchen Stream es trägt. Bei HTTP/1.1 hielten {a.segmentsLost} Verluste {a.segmentsBlocked} Segmente zurück, etwa {a.segmentsBlocked / max(a.segmentsLost, 1):1} pro Verlust, denn jede Verbindung trägt eine einzige Antwort, hat weniger Segmente unterwegs, und ein Stillstand auf ihr lässt die anderen Verbindungen weiterlaufen.</translation>
    </message>
    <message>
        <source>Why six connections cope better</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Warum sechs Verbindungen besser zurechtkommen</translation>
    </message>
    <message>
        <source>Why does a single lost segment hurt the HTTP/2 connection more than it hurts one of HTTP/1.1&apos;s six connections?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Warum schadet ein einzelnes verlorenes Segment der HTTP/2-Verbindung mehr als einer der sechs Verbindungen von HTTP/1.1?</translation>
    </message>
    <message>
        <source>HTTP/2 frames are bigger, so more bytes are lost with each segment</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HTTP/2-Frames sind größer, daher gehen mit jedem Segment mehr Bytes verloren</translation>
    </message>
    <message>
        <source>All streams share one TCP byte stream, delivered in order, and one congestion window</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Alle Streams teilen sich einen TCP-Bytestrom, der in Reihenfolge ausgeliefert wird, und ein Congestion Window</translation>
    </message>
    <message>
        <source>HTTP/2 must resend the whole stream that lost a frame</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HTTP/2 muss den ganzen Stream erneut senden, dessen Frame verloren ging</translation>
    </message>
    <message>
        <source>HPACK tables are lost with the segment and must be rebuilt</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Die HPACK-Tabellen gehen mit dem Segment verloren und müssen neu aufgebaut werden</translation>
    </message>
    <message>
        <source>TCP knows nothing of streams: it sees one ordered byte stream per connection. Every stream of the HTTP/2 connection waits for the retransmission, and every stream slows down when the window halves. Here HTTP/2 held back {b.segmentsBlocked} segments against {a.segmentsBlocked} for HTTP/1.1. Frames are not resent by HTTP/2 at all (TCP resends the lost segment), and HPACK state is never lost, because TCP delivers every byte eventually, in order.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>TCP weiß nichts von Streams: Es sieht pro Verbindung einen geordneten Bytestrom. Jeder Stream der HTTP/2-Verbindung wartet auf die Neuübertragung, und jeder Stream wird langsamer, wenn sich das Fenster halbiert. Hier hielt HTTP/2 {b.segmentsBlocked} Segmente zurück, HTTP/1.1 dagegen {a.segmentsBlocked}. HTTP/2 sendet überhaupt keine Frames erneut (TCP sendet das verlorene Segment erneut), und der HPACK-Zustand geht nie verloren, weil TCP jedes Byte irgendwann ausliefert, in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <source>The way out: streams in the transport</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Der Ausweg: Streams in der Transportschicht</translation>
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

ProtoViz does not run HTTP/3 yet; what you have seen is the problem it was built to solve.

A short answer for an interview: *HTTP/1.1 suffers head-of-line blocking between requests on a
connection; HTTP/2 removes that with multiplexed streams, but on one TCP connection a lost
segment still stalls every stream; HTTP/3 over QUIC makes streams independent in the transport.*</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Die Lösung braucht ein Transportprotokoll, das Streams kennt. **QUIC** (RFC 9000) läuft über UDP
und transportiert viele unabhängige Streams in einer Verbindung: Die Bytes jedes Streams werden für
sich geordnet, sodass ein verlorenes Paket nur die Streams verzögert, deren Daten es enthielt.
Verlustbehandlung und Überlastkontrolle bleiben gemeinsam, wie in einer TCP-Verbindung, die
Reihenfolge aber nicht.

**HTTP/3** (RFC 9114) ist HTTP über QUIC. Es übernimmt die Ideen von HTTP/2, mit einer
Header-Kompression (**QPACK**, RFC 9204), die so umgestaltet wurde, dass auch Header-Blöcke nicht in
Reihenfolge ankommen müssen. QUIC integriert außerdem den TLS-1.3-Handshake in seinen eigenen,
sodass eine neue Verbindung nur einen Roundtrip kostet statt je einen für TCP und für TLS.

ProtoViz unterstützt HTTP/3 noch nicht; was Sie gesehen haben, ist das Problem, für dessen Lösung
es entwickelt wurde.

Eine kurze Antwort für ein Vorstellungsgespräch: *HTTP/1.1 leidet unter Head-of-Line-Blocking
zwischen den Anfragen einer Verbindung; HTTP/2 beseitigt das mit gemultiplexten Streams, aber auf
einer TCP-Verbindung hält ein verlorenes Segment trotzdem jeden Stream auf; HTTP/3 über QUIC macht
die Streams in der Transportschicht unabhängig.*</translation>
    </message>
    <message>
        <source>On an HTTP/3 connection, a packet carrying data of stream 8 is lost. What happens to stream 12, whose packets all arrived?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Auf einer HTTP/3-Verbindung geht ein Paket mit Daten von Stream 8 verloren. Was geschieht mit Stream 12, dessen Pakete alle angekommen sind?</translation>
    </message>
    <message>
        <source>It waits for the retransmission, like a stream of an HTTP/2 connection</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Er wartet auf die Neuübertragung, wie ein Stream einer HTTP/2-Verbindung</translation>
    </message>
    <message>
        <source>The whole connection is reset and both streams restart</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Die ganze Verbindung wird zurückgesetzt, und beide Streams beginnen von vorn</translation>
    </message>
    <message>
        <source>Stream 12 is moved to a new QUIC connection</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Stream 12 wird auf eine neue QUIC-Verbindung verlegt</translation>
    </message>
    <message>
        <source>Its data is delivered at once; only stream 8 waits for the retransmission</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>Seine Daten werden sofort ausgeliefert; nur Stream 8 wartet auf die Neuübertragung</translation>
    </message>
    <message>
        <source>QUIC orders bytes per stream, not per connection, so data of other streams that arrived is handed to the application right away. On the HTTP/2 connection of this run, by contrast, {b.segmentsLost} lost segments held back {b.segmentsBlocked} others, whatever streams they carried.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>QUIC ordnet Bytes pro Stream, nicht pro Verbindung, daher werden angekommene Daten anderer Streams sofort an die Anwendung übergeben. Auf der HTTP/2-Verbindung dieses Laufs dagegen hielten {b.segmentsLost} verlorene Segmente {b.segmentsBlocked} andere zurück, egal welche Streams diese transportierten.</translation>
    </message>
    <message>
        <source>HTTP/1.1: requests, responses and headers</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>HTTP/1.1: Anfragen, Antworten und Header</translation>
    </message>
    <message>
        <source>What an HTTP exchange looks like on the wire: a request you can read, one response to it, and headers that every request repeats because the protocol remembers nothing.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Wie ein HTTP-Austausch auf der Leitung aussieht: eine lesbare Anfrage, genau eine Antwort darauf und Header, die jede Anfrage wiederholt, weil sich das Protokoll nichts merkt.</translation>
    </message>
    <message>
        <source>A request is text you can read</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Eine Anfrage ist lesbarer Text</translation>
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
        <translation>HTTP ist ein **Anfrage/Antwort**-Protokoll. Der Client sendet eine **Anfrage** (Request), der
Server beantwortet sie mit genau einer **Antwort** (Response), und nichts geschieht, solange der
Client nicht fragt. Seite A lädt eine Webseite und ihre Objekte über eine TCP-Verbindung, im
Klartext, sodass jedes Byte reines HTTP ist.

Eine HTTP/1.1-Nachricht ist **Text**: eine Startzeile, ein **Header-Feld** pro Zeile, eine
Leerzeile, die den Kopf beendet, und dann, bei manchen Nachrichten, ein **Body**. Der Inspektor
zeigt die erste Anfrage, die für die Webseite selbst:

    GET / HTTP/1.1            Anfragezeile: Methode, Ziel, Version
    host: localhost:PORT      Header-Felder, &quot;Name: Wert&quot;
    user-agent: ProtoViz
    accept: */*
                              Leerzeile: Hier endet der Kopf

- Die **Methode** sagt, was zu tun ist (`GET` liest, `POST` übermittelt, `PUT` ersetzt, `DELETE` löscht).
- Das **Ziel** benennt die Ressource auf dem Server.
- `host` ist der einzige Header, den HTTP/1.1 vorschreibt: Eine Adresse kann viele Websites bedienen.

Weil es Text ist, können Sie eine Anfrage von Hand eintippen (mit `telnet` oder `nc`) und die
Antwort lesen; das ist ein wesentlicher Grund, warum HTTP/1.1 so leicht zu debuggen und zu
übernehmen war.</translation>
    </message>
    <message>
        <source>The response: status, headers, body</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Die Antwort: Status, Header, Body</translation>
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
        <translation>Die Antwort beginnt mit einer **Statuszeile**: der Version, einem dreistelligen **Statuscode** und
einem Begründungstext für Menschen. Die erste Ziffer gibt die Klasse an: `2xx` Erfolg, `3xx`
Umleitung, `4xx` ein Fehler des Clients (`404 Not Found`), `5xx` ein Fehler des Servers.

Ihre Header-Felder beschreiben den folgenden Body: `content-type` sagt, was er ist (`text/html`),
`content-length`, wie viele Bytes er hat. Der Body selbst ist nicht als Text gegliedert: Er besteht
einfach aus genau so vielen Bytes, die alles Mögliche sein können, auch Bilder.

Die Verbindung bleibt nach der Antwort offen (HTTP/1.1-Verbindungen sind standardmäßig
**persistent**), sodass die nächste Anfrage sie ohne neuen TCP-Handshake wiederverwenden kann.</translation>
    </message>
    <message>
        <source>The connection stays open for the next request. How does the client know where this response&apos;s body ends?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Die Verbindung bleibt für die nächste Anfrage offen. Woran erkennt der Client, wo der Body dieser Antwort endet?</translation>
    </message>
    <message>
        <source>The server closes the connection after every body</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Der Server schließt die Verbindung nach jedem Body</translation>
    </message>
    <message>
        <source>The body ends at the next empty line</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Der Body endet an der nächsten Leerzeile</translation>
    </message>
    <message>
        <source>The content-length header gives the body&apos;s size in bytes</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Der Header content-length gibt die Größe des Bodys in Bytes an</translation>
    </message>
    <message>
        <source>The server sends a special end-of-body byte</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Der Server sendet ein besonderes Byte für das Ende des Bodys</translation>
    </message>
    <message>
        <source>A body may contain any bytes, empty lines and every possible byte value included, so nothing inside it can mark its end; and closing the connection would throw away the persistent connection. HTTP/1.1 therefore states the length up front with `content-length`, or, when the server does not know it yet, sends the body in chunks that each carry their own length (`transfer-encoding: chunked`). The response in the inspector announces its body&apos;s size in `content-length`, and the client reads exactly that many bytes after the empty line.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Ein Body kann beliebige Bytes enthalten, auch Leerzeilen und jeden möglichen Bytewert, daher kann nichts in ihm sein Ende markieren; und das Schließen der Verbindung würde die persistente Verbindung wegwerfen. HTTP/1.1 gibt die Länge deshalb vorab mit `content-length` an oder sendet den Body, wenn der Server die Länge noch nicht kennt, in Chunks, die jeweils ihre eigene Länge tragen (`transfer-encoding: chunked`). Die Antwort im Inspektor kündigt die Größe ihres Bodys in `content-length` an, und der Client liest nach der Leerzeile genau so viele Bytes.</translation>
    </message>
    <message>
        <source>Ask, wait, ask again</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Fragen, warten, wieder fragen</translation>
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
        <translation>Auf Seite A sendet der Client eine Anfrage erst, wenn die vorherige Antwort angekommen ist. Die
Sequenzansicht zeigt den Rhythmus: ein Pfeil hin, ein Pfeil zurück, und erst dann der nächste Pfeil
hin. Jeder Austausch kostet mindestens einen vollen **Roundtrip**, wie klein das Objekt auch ist.

Die Wiedergabe hat bei der zweiten Anfrage angehalten (der für das erste Objekt): Diese konnte erst
abgehen, als die Webseite angekommen war, denn erst die Webseite sagt, welche Objekte es gibt.

Seite B verwendet **Pipelining**: Der Client sendet seine Anfragen direkt hintereinander, ohne zu
warten. Der Server muss sie trotzdem **in Reihenfolge** beantworten, sodass eine langsame Antwort
jede Antwort dahinter aufhält (**Head-of-Line-Blocking**). Deshalb ließen Browser Pipelining
ausgeschaltet und öffneten stattdessen mehrere Verbindungen pro Host, und deshalb multiplexte HTTP/2
später viele Anfragen über eine Verbindung.</translation>
    </message>
    <message>
        <source>Side A loads the page and ten objects over one connection, each request waiting for the previous response. How many round trips does the whole load take, TCP&apos;s handshake included?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Seite A lädt die Webseite und zehn Objekte über eine Verbindung, wobei jede Anfrage auf die vorherige Antwort wartet. Wie viele Roundtrips braucht der gesamte Ladevorgang, den TCP-Handshake eingeschlossen?</translation>
    </message>
    <message>
        <source>One round trip for TCP&apos;s handshake, one for the page, then one per object, because each request waits for the response before it: {a.roundTrips} round trips, {a.totalTimeMs:0} ms at this RTT. Pipelining (side B) sent the object requests together and needed {b.roundTrips} round trips ({b.totalTimeMs:0} ms) for the same bytes. Waiting, not bandwidth, was the cost.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Ein Roundtrip für den TCP-Handshake, einer für die Webseite, dann einer pro Objekt, weil jede Anfrage auf die Antwort vor ihr wartet: {a.roundTrips} Roundtrips, {a.totalTimeMs:0} ms bei dieser RTT. Pipelining (Seite B) sendete die Objektanfragen gemeinsam und brauchte für dieselben Bytes {b.roundTrips} Roundtrips ({b.totalTimeMs:0} ms). Nicht die Bandbreite kostete Zeit, sondern das Warten.</translation>
    </message>
    <message>
        <source>HTTP remembers nothing</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>HTTP merkt sich nichts</translation>
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
        <translation>Vergleichen Sie diese Anfrage mit der ersten: wieder dieselben Felder `host`, `user-agent` und
`accept`, auf derselben Verbindung, einen Sekundenbruchteil später. HTTP ist **zustandslos**: Jede
Anfrage muss für sich allein verständlich sein, also enthält sie alles, was der Server braucht. Der
Server behält auf Protokollebene keine Erinnerung an frühere Anfragen, auch nicht auf derselben
Verbindung.

Zustand wird darauf aufgebaut, und er reist in den Headern mit:

- Der Server setzt in einer Antwort mit `set-cookie` ein **Cookie**.
- Der Browser sendet es in einem `cookie`-Header mit **jeder** späteren Anfrage an diese Website zurück.
- Zugangsdaten reisen genauso mit (`authorization`), bei jeder Anfrage.

Dank der Zustandslosigkeit kann jeder Server hinter einem Load Balancer jede Anfrage beantworten,
können Caches Antworten speichern und kann ein Client es einfach auf einer neuen Verbindung erneut
versuchen. Der Preis ist Wiederholung: Ein echter Browser sendet mit jeder einzelnen Anfrage
Hunderte Bytes derselben Header (User-Agent, Sprachen, Cookies).</translation>
    </message>
    <message>
        <source>A site logs you in and sets a session cookie. Which of your later requests to that site carry the cookie?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Eine Website meldet Sie an und setzt ein Session-Cookie. Welche Ihrer späteren Anfragen an diese Website enthalten das Cookie?</translation>
    </message>
    <message>
        <source>Only the first request on each new connection</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Nur die erste Anfrage auf jeder neuen Verbindung</translation>
    </message>
    <message>
        <source>Every request, for images and scripts too</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Jede Anfrage, auch die für Bilder und Skripte</translation>
    </message>
    <message>
        <source>Only the login request: from then on the server knows the connection</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Nur die Anmeldeanfrage: Danach kennt der Server die Verbindung</translation>
    </message>
    <message>
        <source>None: the server keeps the session in the TCP connection</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Keine: Der Server hält die Session in der TCP-Verbindung</translation>
    </message>
    <message>
        <source>The server remembers nothing between requests, not even on one connection, and requests may arrive over any connection at any server of a cluster. So the only way for the server to know who is asking is for the request to say so, every time: the browser adds the `cookie` header to every request for that site. The request shown repeats all its header fields for the same reason: each request head on side A is complete on its own.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Der Server merkt sich zwischen Anfragen nichts, nicht einmal auf einer Verbindung, und Anfragen können über jede Verbindung bei jedem Server eines Clusters ankommen. Der Server kann also nur dann wissen, wer fragt, wenn die Anfrage es sagt, und zwar jedes Mal: Der Browser fügt den `cookie`-Header jeder Anfrage an diese Website hinzu. Die gezeigte Anfrage wiederholt aus demselben Grund alle ihre Header-Felder: Jeder Anfragekopf auf Seite A ist für sich vollständig.</translation>
    </message>
    <message>
        <source>Many small objects: headers add up</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Viele kleine Objekte: Header summieren sich</translation>
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
        <translation>Eine echte Webseite besteht aus vielen kleinen Objekten: Icons, Skripten, Stylesheets,
API-Aufrufen. Jedes davon kostet einen Anfragekopf und einen Antwortkopf, unabhängig von der Größe
seines Bodys. Dieser Lauf lädt eine Webseite mit zwanzig Objekten von je einem Kilobyte; sehen Sie
sich Seite A an, HTTP/1.1 über einen browsertypischen Pool von sechs Verbindungen.

Die Statistik teilt die Bytes auf der Leitung auf in **Header** (die Anfrage- und Antwortköpfe),
**Bodys** (der Inhalt selbst), Framing und TLS. Bei kleinen Bodys ist der Kopf jedes Austauschs
neben ihnen nicht mehr klein.</translation>
    </message>
    <message>
        <source>On side A, how many bytes of headers does one exchange cost on average, request head and response head together?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Wie viele Header-Bytes kostet ein Austausch auf Seite A im Durchschnitt, Anfragekopf und Antwortkopf zusammen?</translation>
    </message>
    <message>
        <source>Side A sent and received {a.headerBytes} header bytes over {count(a, &quot;http1.RequestHead client&quot;)} exchanges (the page and its {a.objectsCompleted} objects): about {a.headerBytes / count(a, &quot;http1.RequestHead client&quot;):0} bytes each, against about {a.bodyBytes / count(a, &quot;http1.RequestHead client&quot;):0} bytes of body. Nearly all of it is the same names and values, written out again for each exchange.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Seite A sendete und empfing {a.headerBytes} Header-Bytes in {count(a, &quot;http1.RequestHead client&quot;)} Austauschen (die Webseite und ihre {a.objectsCompleted} Objekte): etwa {a.headerBytes / count(a, &quot;http1.RequestHead client&quot;):0} Bytes je Austausch, gegenüber etwa {a.bodyBytes / count(a, &quot;http1.RequestHead client&quot;):0} Bytes Body. Fast alles davon sind dieselben Namen und Werte, für jeden Austausch erneut ausgeschrieben.</translation>
    </message>
    <message>
        <source>What share of the wire is headers?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Welcher Anteil der Bytes auf der Leitung sind Header?</translation>
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
        <translation>Der Overhead der Header ist eine Frage der Verhältnisse. Bei einem großen Download verschwindet er;
bei einer Webseite aus vielen kleinen Objekten oder einer API, die mit kleinen JSON-Dokumenten
antwortet, ist er ein sichtbarer Anteil jedes gesendeten Bytes. Und die Header dieses Clients sind
schlank: Die eines Browsers sind mit Cookies oft um ein Mehrfaches länger.

HTTP/2 (Seite B) behält die Bedeutung von HTTP bei, dieselben Methoden, Statuscodes und
Header-Felder, ändert aber, wie sie geschrieben werden: binäre Frames statt Text und **HPACK**, mit
dem sich beide Enden bereits gesendete Header-Felder merken und über einen kleinen Index auf sie
verweisen können.</translation>
    </message>
    <message>
        <source>What percentage of all the bytes on side A&apos;s wire were HTTP headers?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Wie viel Prozent aller Bytes auf der Leitung von Seite A waren HTTP-Header?</translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>http-basics.lesson
----------
http2-multiplexing.lesson
----------
https.lesson
----------
quiz.questions</extracomment>
        <translation>%</translation>
    </message>
    <message>
        <source>Headers were {100 * a.headerBytes / a.wireBytes:1} % of side A&apos;s {a.wireBytes} bytes. With larger objects the share shrinks; with smaller ones, or cookie-laden browser headers, it grows. Side B carried the same header fields in {b.headerBytes} bytes: HPACK saved {100 * b.headerCompression:0} % of the text, because from the second request on most fields are a reference to one sent before. Statelessness stays; HTTP/2 only stops paying for it in full every time.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>Header machten {100 * a.headerBytes / a.wireBytes:1} % der {a.wireBytes} Bytes von Seite A aus. Mit größeren Objekten sinkt der Anteil; mit kleineren oder mit Browser-Headern voller Cookies steigt er. Seite B übertrug dieselben Header-Felder in {b.headerBytes} Bytes: HPACK sparte {100 * b.headerCompression:0} % des Texts, weil ab der zweiten Anfrage die meisten Felder ein Verweis auf ein zuvor gesendetes Feld sind. Die Zustandslosigkeit bleibt; HTTP/2 bezahlt sie nur nicht mehr jedes Mal in voller Höhe.</translation>
    </message>
    <message>
        <source>HTTP/2 multiplexing: one connection instead of six</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2-Multiplexing: eine Verbindung statt sechs</translation>
    </message>
    <message>
        <source>Load the same page over HTTP/1.1 and HTTP/2 and see what one multiplexed connection changes: streams, binary frames, HPACK header compression and fewer round trips.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Laden Sie dieselbe Webseite über HTTP/1.1 und über HTTP/2 und sehen Sie, was eine gemultiplexte Verbindung ändert: Streams, binäre Frames, HPACK-Header-Kompression und weniger Roundtrips.</translation>
    </message>
    <message>
        <source>The same page, two protocols</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Dieselbe Webseite, zwei Protokolle</translation>
    </message>
    <message>
        <source>With no packet loss, which side has the whole page first?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Welche Seite hat ohne Paketverlust die ganze Webseite zuerst?</translation>
    </message>
    <message>
        <source>HTTP/1.1, with its pool of connections</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/1.1 mit seinem Pool von Verbindungen</translation>
    </message>
    <message>
        <source>HTTP/2, with its one connection</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2 mit seiner einen Verbindung</translation>
    </message>
    <message>
        <source>Six connections against one</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Sechs Verbindungen gegen eine</translation>
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
        <translation>In der Ansicht **Bahnen** ist jede TCP-Verbindung eine Bahn, mit Zeilen für TCP, TLS und die
HTTP-Nachrichten, die sie transportiert.

Eine HTTP/1.1-Verbindung transportiert **jeweils nur eine Anfrage**: Die nächste Anfrage darf erst
gesendet werden, wenn die vorherige Antwort vollständig angekommen ist. Um mehrere Objekte
gleichzeitig in Bewegung zu bringen, öffnen Browser **bis zu sechs Verbindungen pro Host**. Jede
kostet ihren eigenen TCP-Handshake, ihren eigenen TLS-Handshake und ihren eigenen TCP-Slow-Start,
und der Server muss für jede Zustand vorhalten.

HTTP/2 öffnet **eine** Verbindung pro Origin und sendet jede Anfrage darauf als eigenen **Stream**.
Zählen Sie die Bahnen auf jeder Seite.</translation>
    </message>
    <message>
        <source>How many TCP connections did the HTTP/1.1 side open to load the page?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Wie viele TCP-Verbindungen hat die HTTP/1.1-Seite geöffnet, um die Webseite zu laden?</translation>
    </message>
    <message>
        <source>Frames and streams</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Frames und Streams</translation>
    </message>
    <message>
        <source>The selected HEADERS frame carries the flags END_STREAM and END_HEADERS. What does END_STREAM tell the server?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Der ausgewählte HEADERS-Frame trägt die Flags END_STREAM und END_HEADERS. Was teilt END_STREAM dem Server mit?</translation>
    </message>
    <message>
        <source>The client is about to close the connection</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Der Client ist im Begriff, die Verbindung zu schließen</translation>
    </message>
    <message>
        <source>The client sends nothing more on this stream, so the request has no body</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Der Client sendet auf diesem Stream nichts mehr, die Anfrage hat also keinen Body</translation>
    </message>
    <message>
        <source>This is the last request the client will make</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Dies ist die letzte Anfrage, die der Client stellen wird</translation>
    </message>
    <message>
        <source>The header block is complete and no CONTINUATION frame follows</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Der Header-Block ist vollständig, und es folgt kein CONTINUATION-Frame</translation>
    </message>
    <message>
        <source>END_STREAM half-closes the stream from the sender&apos;s side. A GET has no body, so its HEADERS frame is the whole request and carries END_STREAM at once; a POST would send DATA frames and set END_STREAM on the last one. The last choice describes END_HEADERS, a different flag. Closing the connection is the job of GOAWAY, and the client remains free to open more streams; in this run it opened {count(b, &quot;http2.HEADERS client c2s&quot;)} of them.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>END_STREAM schließt den Stream von der Seite des Senders aus halb (half-closed). Ein GET hat keinen Body, daher ist sein HEADERS-Frame die ganze Anfrage und trägt sofort END_STREAM; ein POST würde DATA-Frames senden und END_STREAM beim letzten setzen. Die letzte Antwortmöglichkeit beschreibt END_HEADERS, ein anderes Flag. Das Schließen der Verbindung ist Aufgabe von GOAWAY, und dem Client steht es frei, weitere Streams zu öffnen; in diesem Lauf öffnete er {count(b, &quot;http2.HEADERS client c2s&quot;)} davon.</translation>
    </message>
    <message>
        <source>Every request at once</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Alle Anfragen auf einmal</translation>
    </message>
    <message>
        <source>How many milliseconds pass between the HTTP/2 client&apos;s request for the first object and its request for the last one?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Wie viele Millisekunden vergehen zwischen der Anfrage des HTTP/2-Clients für das erste Objekt und seiner Anfrage für das letzte?</translation>
    </message>
    <message>
        <source>The HTTP/2 client sent all its object requests within {lastMs(b, &quot;http2.HEADERS client c2s&quot;) - firstMs(b, &quot;http2.HEADERS client c2s stream=3&quot;):1} ms, a small fraction of one round trip of {knob.rttMs} ms, because opening a stream costs no waiting. The HTTP/1.1 client&apos;s object requests were spread over {lastMs(a, &quot;http1.RequestHead client&quot;) - firstMs(a, &quot;http1.RequestHead client stream=2&quot;):0} ms, because each of its connections had to wait for one response before sending the next request.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Der HTTP/2-Client sendete alle seine Objektanfragen innerhalb von {lastMs(b, &quot;http2.HEADERS client c2s&quot;) - firstMs(b, &quot;http2.HEADERS client c2s stream=3&quot;):1} ms, einem kleinen Bruchteil eines Roundtrips von {knob.rttMs} ms, weil das Öffnen eines Streams kein Warten kostet. Die Objektanfragen des HTTP/1.1-Clients verteilten sich über {lastMs(a, &quot;http1.RequestHead client&quot;) - firstMs(a, &quot;http1.RequestHead client stream=2&quot;):0} ms, weil jede seiner Verbindungen auf eine Antwort warten musste, bevor sie die nächste Anfrage senden konnte.</translation>
    </message>
    <message>
        <source>HPACK compresses the headers</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HPACK komprimiert die Header</translation>
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
        <translation>Anfragen wiederholen jedes Mal fast dieselben Header-Felder: `:method`, `:scheme`, `:authority`,
`user-agent`, `accept` und auf echten Websites lange Cookies. HTTP/1.1 schreibt sie in jeder
Anfrage als Text aus. HTTP/2 komprimiert jede Header-Liste mit **HPACK** (RFC 7541):

- eine **statische Tabelle** mit 61 häufigen Feldern und Namen (`:method: GET` ist Eintrag 2);
- eine **dynamische Tabelle**, die beide Enden in derselben Reihenfolge füllen, in der Felder
  gesendet werden, sodass ein einmal gesendetes Feld später über seinen Index benannt werden kann,
  meist in einem einzigen Byte;
- **Huffman-Codierung** für die verbleibenden literalen Zeichenketten.

Der Inspektor dekodiert den ausgewählten Block Feld für Feld: Die meisten Felder sind **indiziert**,
aus der statischen Tabelle oder aus der dynamischen Tabelle, die die Anfrage des Dokuments gefüllt
hat; typischerweise ist nur `:path` neu. Wählen Sie zum Vergleich die Anfrage des Dokuments auf
Stream 1 aus: Dort mussten dieselben Felder als Literale gesendet werden. HPACK hat die allgemeine
Kompression bewusst abgelöst: Bei mit DEFLATE komprimierten Headern konnten Angreifer Geheimnisse wie
Cookies erraten (der CRIME-Angriff), während die Tabellen von HPACK immer nur ganze Felder treffen.</translation>
    </message>
    <message>
        <source>What share of the header bytes did HPACK save on this page, in percent?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Welchen Anteil der Header-Bytes hat HPACK auf dieser Webseite eingespart, in Prozent?</translation>
    </message>
    <message>
        <source>The HTTP/2 header blocks took {b.headerBytes} bytes, where the same header lists written as HTTP/1.1 text would take {b.headerTextBytes}: {b.headerCompression * 100:0} % saved. The HTTP/1.1 side sent {a.headerBytes} bytes of headers for the same exchanges, {a.headerBytes / b.headerBytes:1} times as many. Headers are small beside the bodies here, but with real cookies every request carries hundreds of bytes of them, often over a slow upstream link.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Die HTTP/2-Header-Blöcke belegten {b.headerBytes} Bytes, während dieselben Header-Listen als HTTP/1.1-Text {b.headerTextBytes} belegen würden: {b.headerCompression * 100:0} % gespart. Die HTTP/1.1-Seite sendete für dieselben Austausche {a.headerBytes} Bytes Header, {a.headerBytes / b.headerBytes:1}-mal so viele. Die Header sind hier klein neben den Bodys, aber mit echten Cookies trägt jede Anfrage Hunderte Bytes davon, oft über eine langsame Upstream-Leitung.</translation>
    </message>
    <message>
        <source>Counting round trips</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Roundtrips zählen</translation>
    </message>
    <message>
        <source>Latency, not bandwidth, decides how fast a page of small objects loads, so count **round
trips**: each time the client must wait for an answer before it can go on.

On the HTTP/2 side: one round trip for the TCP handshake, one for TLS 1.3, one for the
document, and then the objects. On the HTTP/1.1 side the objects are shared among the
connections, but each connection fetches its share one after the other, and the extra
connections first pay their own handshakes.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Die Latenz, nicht die Bandbreite, entscheidet, wie schnell eine Webseite aus kleinen Objekten
lädt, also zählen Sie **Roundtrips**: jedes Mal, wenn der Client auf eine Antwort warten muss,
bevor er weitermachen kann.

Auf der HTTP/2-Seite: ein Roundtrip für den TCP-Handshake, einer für TLS 1.3, einer für das
Dokument und dann die Objekte. Auf der HTTP/1.1-Seite werden die Objekte auf die Verbindungen
verteilt, aber jede Verbindung holt ihren Anteil nacheinander, und die zusätzlichen Verbindungen
bezahlen zuerst ihre eigenen Handshakes.</translation>
    </message>
    <message>
        <source>How many round trips did HTTP/2 need until the last object had arrived?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Wie viele Roundtrips brauchte HTTP/2, bis das letzte Objekt angekommen war?</translation>
    </message>
    <message>
        <source>HTTP/2 needed {b.roundTrips} round trips: TCP, TLS, the document, and one more for all the objects together, because every request left at once. HTTP/1.1 needed {a.roundTrips}: {knob.objects} objects over {a.connections} connections, one request at a time per connection, take several rounds, on top of the handshakes of the extra connections.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2 brauchte {b.roundTrips} Roundtrips: TCP, TLS, das Dokument und einen weiteren für alle Objekte zusammen, weil jede Anfrage sofort abging. HTTP/1.1 brauchte {a.roundTrips}: {knob.objects} Objekte über {a.connections} Verbindungen, pro Verbindung jeweils eine Anfrage, brauchen mehrere Runden, zusätzlich zu den Handshakes der weiteren Verbindungen.</translation>
    </message>
    <message>
        <source>What HTTP/2 did not fix</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Was HTTP/2 nicht gelöst hat</translation>
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
        <translation>Die Vorteile von HTTP/2 kommen vom Teilen: eine Verbindung, ein TCP-Handshake, ein TLS-Handshake,
ein Congestion Window, das schnell wächst, ein HPACK-Kontext, der die Header lernt, und Anfragen,
die sich auf HTTP-Ebene nie hintereinander anstellen.

Teilen hat seinen Preis. Alle Streams laufen über eine TCP-Verbindung, und TCP liefert seine Bytes
strikt in Reihenfolge aus. Geht ein Segment verloren, warten die Bytes dahinter auf die
Neuübertragung, egal zu welchen Streams sie gehören. Die Lektion **Head-of-Line-Blocking** lässt
diese Webseite noch einmal bei zwei Prozent Verlust laufen.</translation>
    </message>
    <message>
        <source>A segment carrying part of one object&apos;s DATA frame is lost on the HTTP/2 connection. Which streams wait for its retransmission?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Auf der HTTP/2-Verbindung geht ein Segment verloren, das einen Teil des DATA-Frames eines Objekts enthält. Welche Streams warten auf seine Neuübertragung?</translation>
    </message>
    <message>
        <source>Only the stream whose DATA frame was in the lost segment</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Nur der Stream, dessen DATA-Frame im verlorenen Segment war</translation>
    </message>
    <message>
        <source>None: HTTP/2 resends the frame on another stream</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Keiner: HTTP/2 sendet den Frame auf einem anderen Stream erneut</translation>
    </message>
    <message>
        <source>Every stream whose bytes arrived after it on the connection</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Jeder Stream, dessen Bytes auf der Verbindung nach ihm ankamen</translation>
    </message>
    <message>
        <source>None: the other streams use other TCP connections</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Keiner: Die anderen Streams verwenden andere TCP-Verbindungen</translation>
    </message>
    <message>
        <source>HTTP/2 multiplexes streams inside one TCP byte stream, and TCP hands bytes to the application only in order. Frames of other streams that arrived after the lost segment sit in the receive buffer until the retransmission fills the gap. HTTP/2 removed head-of-line blocking between requests, but not below it, in TCP. This run had no loss: {b.segmentsLost} segments lost, {b.segmentsBlocked} held back.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2 multiplext Streams innerhalb eines TCP-Bytestroms, und TCP übergibt Bytes nur in Reihenfolge an die Anwendung. Frames anderer Streams, die nach dem verlorenen Segment ankamen, liegen im Empfangspuffer, bis die Neuübertragung die Lücke füllt. HTTP/2 hat das Head-of-Line-Blocking zwischen Anfragen beseitigt, aber nicht darunter, in TCP. Dieser Lauf hatte keinen Verlust: {b.segmentsLost} Segmente verloren, {b.segmentsBlocked} zurückgehalten.</translation>
    </message>
    <message>
        <source>What HTTPS protects, and what it does not</source>
        <extracomment>https.lesson</extracomment>
        <translation>Was HTTPS schützt und was nicht</translation>
    </message>
    <message>
        <source>HTTPS is HTTP inside TLS: what encryption, authentication tags and certificates buy you, what an observer on the path can still see, and how a client refuses a server it cannot trust.</source>
        <extracomment>https.lesson</extracomment>
        <translation>HTTPS ist HTTP innerhalb von TLS: was Ihnen Verschlüsselung, Authentifizierungs-Tags und Zertifikate bringen, was ein Beobachter auf dem Pfad trotzdem sieht und wie ein Client einen Server abweist, dem er nicht vertrauen kann.</translation>
    </message>
    <message>
        <source>HTTP inside TLS</source>
        <extracomment>https.lesson</extracomment>
        <translation>HTTP innerhalb von TLS</translation>
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
        <translation>**HTTPS** ist gewöhnliches HTTP, transportiert in einer **TLS**-Verbindung (das Schema `https`,
standardmäßig Port 443). Vor der ersten Anfrage öffnet der Client TCP und führt dann einen
**TLS-Handshake** durch; danach reist jedes HTTP-Byte in **TLS-Records**. Seite A verwendet TLS
1.2, Seite B TLS 1.3; die TLS-Lektionen vergleichen die beiden, hier betrachten wir, was sie
gemeinsam haben.

TLS verleiht der Verbindung drei Eigenschaften:

- **Vertraulichkeit**: Die Inhalte der Records werden mit Schlüsseln verschlüsselt, die nur Client
  und Server kennen. Sie werden im Handshake durch einen ephemeren (EC)DHE-Schlüsselaustausch
  vereinbart, sodass ein Beobachter, der jedes Byte davon gesehen hat, sie trotzdem nicht berechnen
  kann.
- **Integrität**: Jeder Record trägt ein **Authentifizierungs-Tag**. Ändert sich unterwegs ein
  einziges Bit, stimmt das Tag nicht mehr: Der Empfänger weist den Record zurück und beendet die
  Verbindung.
- **Authentizität**: Der Server legt ein **Zertifikat** für seinen Namen vor, signiert von einer
  Zertifizierungsstelle, der der Client vertraut, und beweist mit einer Signatur, dass er den
  passenden privaten Schlüssel besitzt.

Nichts davon ist umsonst: Der Handshake kostet Roundtrips und Bytes, bevor die erste Anfrage
abgehen darf.</translation>
    </message>
    <message>
        <source>Side B sent one small request and got one page back. What percentage of all the bytes on its wire belonged to TLS itself (handshake messages, record headers and tags)?</source>
        <extracomment>https.lesson</extracomment>
        <translation>Seite B sendete eine kleine Anfrage und erhielt eine Webseite zurück. Wie viel Prozent aller Bytes auf ihrer Leitung gehörten zu TLS selbst (Handshake-Nachrichten, Record-Header und Tags)?</translation>
    </message>
    <message>
        <source>TLS&apos;s own bytes were {b.tlsBytes} of {b.wireBytes}, {100 * b.tlsBytes / b.wireBytes:0} %. Most of them are the handshake, paid once per connection: the certificate alone was {bytes(b, &quot;tls.HandshakeMessage server flags=11&quot;)} bytes. After the handshake each record costs only a header and a tag, a few dozen bytes, so on a long connection that moves a lot of data TLS&apos;s share of the bytes becomes small. What stays is the handshake&apos;s waiting.</source>
        <extracomment>https.lesson</extracomment>
        <translation>Die eigenen Bytes von TLS waren {b.tlsBytes} von {b.wireBytes}, also {100 * b.tlsBytes / b.wireBytes:0} %. Die meisten davon entfallen auf den Handshake, der einmal pro Verbindung bezahlt wird: Allein das Zertifikat umfasste {bytes(b, &quot;tls.HandshakeMessage server flags=11&quot;)} Bytes. Nach dem Handshake kostet jeder Record nur einen Header und ein Tag, einige Dutzend Bytes, sodass der Anteil von TLS an den Bytes auf einer langen Verbindung, die viele Daten überträgt, klein wird. Was bleibt, ist das Warten auf den Handshake.</translation>
    </message>
    <message>
        <source>Every record is sealed</source>
        <extracomment>https.lesson</extracomment>
        <translation>Jeder Record ist versiegelt</translation>
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
        <translation>Der Inspektor zeigt den Record, der `GET /` von Seite A transportierte. Ein Beobachter sieht
seinen **Record-Header** im Klartext: den Inhaltstyp (`application_data`), die Version und die
Länge. Der Rest ist Chiffretext.

Bei einem **AEAD**-Verfahren wie AES-GCM (dem hier vereinbarten) gehen Verschlüsselung und
Integrität in einem Schritt: Der Sender verschlüsselt den Inhalt und berechnet darüber ein
**Authentifizierungs-Tag**, und der Empfänger entschlüsselt nur, wenn das Tag passt. Ein Record,
der verändert, gekürzt, auf der Verbindung erneut eingespielt oder umsortiert wurde, besteht die
Prüfung nicht, und der Empfänger antwortet mit dem fatalen Alert `bad_record_mac`, statt veränderte
Daten weiterzugeben.

Der Record ist größer als die Anfrage, die er transportiert. Vergleichen Sie seine Größe mit der
des Anfragekopfs.</translation>
    </message>
    <message>
        <source>How many bytes larger is this record on the wire than the HTTP request head it carries?</source>
        <extracomment>https.lesson</extracomment>
        <translation>Um wie viele Bytes ist dieser Record auf der Leitung größer als der HTTP-Anfragekopf, den er transportiert?</translation>
    </message>
    <message>
        <source>The record is {bytes(a, &quot;tls.Record client c2s flags=23&quot;)} bytes for a request head of {bytes(a, &quot;http1.RequestHead client&quot;)}: the difference is the cost of protecting it. In TLS 1.2 with AES-GCM that is a 5-byte record header, an 8-byte explicit nonce and a 16-byte authentication tag. TLS 1.3 drops the explicit nonce but adds one byte for the real content type, hidden inside the encryption. Encryption does not hide the length: the record is as long as its content plus a constant.</source>
        <extracomment>https.lesson</extracomment>
        <translation>Der Record umfasst {bytes(a, &quot;tls.Record client c2s flags=23&quot;)} Bytes für einen Anfragekopf von {bytes(a, &quot;http1.RequestHead client&quot;)}: Die Differenz ist der Preis für seinen Schutz. In TLS 1.2 mit AES-GCM sind das ein 5 Byte langer Record-Header, eine 8 Byte lange explizite Nonce und ein 16 Byte langes Authentifizierungs-Tag. TLS 1.3 lässt die explizite Nonce weg, fügt aber ein Byte für den echten Inhaltstyp hinzu, verborgen innerhalb der Verschlüsselung. Verschlüsselung verbirgt die Länge nicht: Der Record ist so lang wie sein Inhalt plus eine Konstante.</translation>
    </message>
    <message>
        <source>Who is on the other end?</source>
        <extracomment>https.lesson</extracomment>
        <translation>Wer ist am anderen Ende?</translation>
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
        <translation>Verschlüsselung allein garantiert nur, dass Sie vertraulich *mit dem sprechen, der geantwortet
hat*. Ein Angreifer in der Mitte könnte einen Handshake mit dem Client und einen weiteren mit dem
Server durchführen, alles entschlüsseln und wieder verschlüsseln. Das **Zertifikat** verhindert
das.

Der Inspektor zeigt die `Certificate`-Nachricht von Seite A: das Zertifikat des Servers
(`CN=localhost`) und die Stelle, die es signiert hat. Der Client prüft Folgendes:

- Die Kette der Signaturen führt zu einer **Zertifizierungsstelle**, der er bereits vertraut.
- Das Zertifikat ist heute gültig und nennt den Server, den er erreichen wollte.
- Der Server besitzt den privaten Schlüssel des Zertifikats: In TLS 1.2 signiert der Server seine
  Parameter für den Schlüsselaustausch (`ServerKeyExchange`), in TLS 1.3 den gesamten bisherigen
  Handshake (`CertificateVerify`).

Erst dann gehören die im Handshake vereinbarten Schlüssel zum richtigen Server.</translation>
    </message>
    <message>
        <source>Why is it not enough that the connection is encrypted, without checking the certificate?</source>
        <extracomment>https.lesson</extracomment>
        <translation>Warum genügt es nicht, dass die Verbindung verschlüsselt ist, ohne das Zertifikat zu prüfen?</translation>
    </message>
    <message>
        <source>Without a certificate the client cannot encrypt at all</source>
        <extracomment>https.lesson</extracomment>
        <translation>Ohne Zertifikat kann der Client überhaupt nicht verschlüsseln</translation>
    </message>
    <message>
        <source>An attacker in the middle could complete a handshake with each side and read everything</source>
        <extracomment>https.lesson</extracomment>
        <translation>Ein Angreifer in der Mitte könnte mit jeder Seite einen Handshake abschließen und alles mitlesen</translation>
    </message>
    <message>
        <source>The certificate carries the key that encrypts the records</source>
        <extracomment>https.lesson</extracomment>
        <translation>Das Zertifikat enthält den Schlüssel, der die Records verschlüsselt</translation>
    </message>
    <message>
        <source>The tags of the records are computed from the certificate</source>
        <extracomment>https.lesson</extracomment>
        <translation>Die Tags der Records werden aus dem Zertifikat berechnet</translation>
    </message>
    <message>
        <source>Key exchange gives a shared secret with the party at the other end of the handshake, whoever that is. Without authentication a man in the middle simply becomes that party, twice. The record keys do not come from the certificate: they come from the ephemeral key exchange. The certificate and the signature tie that exchange to the server&apos;s name, which is what makes the encryption worth having.</source>
        <extracomment>https.lesson</extracomment>
        <translation>Der Schlüsselaustausch liefert ein gemeinsames Geheimnis mit der Partei am anderen Ende des Handshakes, wer auch immer das ist. Ohne Authentifizierung wird ein Man-in-the-Middle einfach zu dieser Partei, und zwar zweimal. Die Record-Schlüssel stammen nicht aus dem Zertifikat, sondern aus dem ephemeren Schlüsselaustausch. Zertifikat und Signatur binden diesen Austausch an den Namen des Servers, und erst das macht die Verschlüsselung wertvoll.</translation>
    </message>
    <message>
        <source>The certificate in the clear, or not</source>
        <extracomment>https.lesson</extracomment>
        <translation>Das Zertifikat im Klartext, oder nicht</translation>
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
        <translation>Beide Seiten haben ein Zertifikat gesendet, aber nicht auf dieselbe Weise. In **TLS 1.2** (Seite A)
reist jede Handshake-Nachricht vor `ChangeCipherSpec` in Klartext-Records vom Typ `handshake`: Das
Zertifikat geht für jeden auf dem Pfad lesbar über das Netz.

In **TLS 1.3** (Seite B) werden die Schlüssel schon in den allerersten beiden Nachrichten vereinbart
(`ClientHello` und `ServerHello`), daher ist alles nach dem `ServerHello` bereits verschlüsselt:
`EncryptedExtensions`, `Certificate`, `CertificateVerify` und `Finished`. Auf der Leitung sehen
diese Records wie `application_data` aus; nur die Endpunkte wissen, dass sie Handshake-Nachrichten
transportieren.

ProtoViz sitzt in den Endpunkten und zeigt jede Nachricht entschlüsselt; der Inspektor markiert,
was auf der Leitung verschlüsselt war.</translation>
    </message>
    <message>
        <source>In which of the two runs could a passive observer on the path read the server&apos;s certificate?</source>
        <extracomment>https.lesson</extracomment>
        <translation>In welchem der beiden Läufe konnte ein passiver Beobachter auf dem Pfad das Zertifikat des Servers lesen?</translation>
    </message>
    <message>
        <source>In neither: certificates are always encrypted</source>
        <extracomment>https.lesson</extracomment>
        <translation>In keinem: Zertifikate sind immer verschlüsselt</translation>
    </message>
    <message>
        <source>Only in side B&apos;s, TLS 1.3</source>
        <extracomment>https.lesson</extracomment>
        <translation>Nur in dem von Seite B, TLS 1.3</translation>
    </message>
    <message>
        <source>Only in side A&apos;s, TLS 1.2</source>
        <extracomment>https.lesson</extracomment>
        <translation>Nur in dem von Seite A, TLS 1.2</translation>
    </message>
    <message>
        <source>In both: certificates are public anyway</source>
        <extracomment>https.lesson</extracomment>
        <translation>In beiden: Zertifikate sind ohnehin öffentlich</translation>
    </message>
    <message>
        <source>TLS 1.2 sends `Certificate` before any key is agreed, so it is plaintext. TLS 1.3 sends it after the `ServerHello`, under handshake keys derived from the key exchange, so an observer sees only an encrypted record of about the same size. The certificate is public information, but seeing it tells an observer which site you visit; TLS 1.3 takes that clue away (though not the server name in the `ClientHello`, as a later step shows).</source>
        <extracomment>https.lesson</extracomment>
        <translation>TLS 1.2 sendet `Certificate`, bevor ein Schlüssel vereinbart ist, also im Klartext. TLS 1.3 sendet es nach dem `ServerHello`, unter Handshake-Schlüsseln, die aus dem Schlüsselaustausch abgeleitet sind, sodass ein Beobachter nur einen verschlüsselten Record von etwa derselben Größe sieht. Das Zertifikat ist öffentlich, aber wer es sieht, erfährt, welche Website Sie besuchen; TLS 1.3 nimmt diesen Hinweis weg (nicht aber den Servernamen im `ClientHello`, wie ein späterer Schritt zeigt).</translation>
    </message>
    <message>
        <source>A server the client does not trust</source>
        <extracomment>https.lesson</extracomment>
        <translation>Ein Server, dem der Client nicht vertraut</translation>
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
        <translation>In diesem Lauf vertraut der Client von Seite B einer anderen Zertifizierungsstelle als der, die das
Zertifikat des Servers signiert hat. Der erste Flight des Servers kommt wie gewohnt an, aber die
Kette führt zu keiner Stelle, die der Client kennt.

Der Client tut, was ein Browser tut, bevor er eine Zertifikatswarnung anzeigt: Er bricht den
Handshake mit einem fatalen **Alert** ab, hier `unknown_ca` (Alert 48), und schließt die
Verbindung. Andere Fehler haben ihre eigenen Alerts: `bad_certificate`, `certificate_expired`,
`certificate_unknown`. Ein Alert ist eine kurze TLS-Nachricht: eine Stufe (Warnung oder fatal) und
eine Beschreibung.</translation>
    </message>
    <message>
        <source>How many bytes of HTTP (headers and bodies) did side B exchange before its client gave up?</source>
        <extracomment>https.lesson</extracomment>
        <translation>Wie viele Bytes HTTP (Header und Bodys) hat Seite B ausgetauscht, bevor ihr Client aufgab?</translation>
    </message>
    <message>
        <source>{b.headerBytes + b.bodyBytes} bytes. A request may leave only once the handshake is finished, and the handshake failed at the certificate, so `GET /` was never sent: side B&apos;s {b.tlsBytes} bytes on the wire were all TLS. Side A, which trusts the authority, exchanged {a.headerBytes + a.bodyBytes} bytes of HTTP. A client that cannot authenticate the server reveals nothing of its request: no path, no cookies.</source>
        <extracomment>https.lesson</extracomment>
        <translation>{b.headerBytes + b.bodyBytes} Bytes. Eine Anfrage darf erst abgehen, wenn der Handshake abgeschlossen ist, und der Handshake scheiterte am Zertifikat, also wurde `GET /` nie gesendet: Die {b.tlsBytes} Bytes von Seite B auf der Leitung waren alle TLS. Seite A, die der Zertifizierungsstelle vertraut, tauschte {a.headerBytes + a.bodyBytes} Bytes HTTP aus. Ein Client, der den Server nicht authentifizieren kann, verrät nichts von seiner Anfrage: keinen Pfad, keine Cookies.</translation>
    </message>
    <message>
        <source>What an observer still sees</source>
        <extracomment>https.lesson</extracomment>
        <translation>Was ein Beobachter trotzdem sieht</translation>
    </message>
    <message>
        <source>TLS protects the **content** of the connection: the method, the path and query, every header
(cookies included), the bodies and the status codes. It does not hide that the connection
exists. Someone on the path, at your Wi-Fi or your provider, still sees:

- the **IP addresses and ports** of both ends, in every TCP/IP packet;
- the **server name** the client asked for: the `server_name` (SNI) extension of the
  `ClientHello`, shown in the inspector, is sent in the clear so that one address can host many
  sites (Encrypted Client Hello, ECH, is the newer extension that hides it);
- the **sizes and timing** of the records, enough to guess which page of a known site was
  loaded, or when someone is typing;
- the TLS version, the cipher suites offered and chosen, and the application protocols the
  client offers (ALPN);
- in **TLS 1.2** also the server&apos;s certificate.

In ProtoViz every message appears decrypted because the tool sits inside both endpoints. A live
eavesdropper&apos;s view, showing only what crosses the wire, comes with a later scenario.</source>
        <extracomment>https.lesson</extracomment>
        <translation>TLS schützt den **Inhalt** der Verbindung: die Methode, den Pfad und die Query, jeden Header
(Cookies eingeschlossen), die Bodys und die Statuscodes. Es verbirgt nicht, dass die Verbindung
existiert. Wer auf dem Pfad mithört, in Ihrem WLAN oder bei Ihrem Provider, sieht trotzdem:

- die **IP-Adressen und Ports** beider Enden, in jedem TCP/IP-Paket;
- den **Servernamen**, den der Client angefragt hat: Die Erweiterung `server_name` (SNI) des
  `ClientHello`, im Inspektor angezeigt, wird im Klartext gesendet, damit eine Adresse viele
  Websites hosten kann (Encrypted Client Hello, ECH, ist die neuere Erweiterung, die ihn verbirgt);
- die **Größen und Zeitpunkte** der Records, genug, um zu erraten, welche Seite einer bekannten
  Website geladen wurde oder wann jemand tippt;
- die TLS-Version, die angebotenen und gewählten Cipher Suites und die Anwendungsprotokolle, die
  der Client anbietet (ALPN);
- bei **TLS 1.2** außerdem das Zertifikat des Servers.

In ProtoViz erscheint jede Nachricht entschlüsselt, weil das Werkzeug in beiden Endpunkten sitzt.
Die Sicht eines echten Lauschers, die nur zeigt, was über die Leitung geht, folgt mit einem
späteren Szenario.</translation>
    </message>
    <message>
        <source>Someone on the network path watches your TLS 1.3 connection to a web shop. Which of these can they not read?</source>
        <extracomment>https.lesson</extracomment>
        <translation>Jemand auf dem Netzwerkpfad beobachtet Ihre TLS-1.3-Verbindung zu einem Webshop. Was davon kann er nicht lesen?</translation>
    </message>
    <message>
        <source>The server name you connected to</source>
        <extracomment>https.lesson</extracomment>
        <translation>Den Servernamen, mit dem Sie sich verbunden haben</translation>
    </message>
    <message>
        <source>The IP addresses and ports of both ends</source>
        <extracomment>https.lesson</extracomment>
        <translation>Die IP-Adressen und Ports beider Enden</translation>
    </message>
    <message>
        <source>How many bytes each response had, and when it came</source>
        <extracomment>https.lesson</extracomment>
        <translation>Wie viele Bytes jede Antwort hatte und wann sie kam</translation>
    </message>
    <message>
        <source>The path of each request and your cookies</source>
        <extracomment>https.lesson</extracomment>
        <translation>Den Pfad jeder Anfrage und Ihre Cookies</translation>
    </message>
    <message>
        <source>The path, the headers and the cookies travel only inside encrypted records. The server name is in the `ClientHello`, which is sent before any key exists; the addresses and ports are in every packet; and record lengths and timing are visible because encryption adds only a constant to each record&apos;s size. TLS hides what you say, not that you are saying it, nor to which site.</source>
        <extracomment>https.lesson</extracomment>
        <translation>Pfad, Header und Cookies reisen nur in verschlüsselten Records. Der Servername steht im `ClientHello`, das gesendet wird, bevor es überhaupt einen Schlüssel gibt; die Adressen und Ports stehen in jedem Paket; und Record-Längen und Zeitpunkte sind sichtbar, weil Verschlüsselung die Größe jedes Records nur um eine Konstante erhöht. TLS verbirgt, was Sie sagen, nicht aber, dass Sie etwas sagen, und auch nicht, zu welcher Website.</translation>
    </message>
    <message>
        <source>Short polling, long polling and push</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Short Polling, Long Polling und Push</translation>
    </message>
    <message>
        <source>Three ways to get the server&apos;s news to a client, measured: how late each update arrives, how many requests it takes and how many bytes each update costs.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Drei Wege, Neuigkeiten vom Server zu einem Client zu bringen, gemessen: wie spät jedes Update ankommt, wie viele Anfragen es braucht und wie viele Bytes jedes Update kostet.</translation>
    </message>
    <message>
        <source>Short polling: asking on a timer</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Short Polling: Fragen nach Zeitplan</translation>
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
        <translation>HTTP ist Anfrage und Antwort: Ein Server kann nicht zu einem Client sprechen, der nicht gefragt
hat. Der älteste Weg, das zu umgehen, ist **Short Polling**: Jeder Client fragt in festen Abständen
„Gibt es etwas Neues?“, und der Server antwortet sofort, mit den Neuigkeiten oder mit nichts.

In diesem Schritt veröffentlicht der Server jede halbe Sekunde ein Update, während jeder Client
mehrmals so oft pollt. Seite **A** pollt; Seite **B** macht Long Polling (nächster Schritt). Sehen
Sie sich Seite A in der Sequenzansicht an: Anfrage, Antwort, Anfrage, Antwort, ob es Neuigkeiten
gibt oder nicht. Die ausgewählte Antwort ist der allererste Poll, beantwortet, bevor es überhaupt
ein Update gab: `200 OK` mit `content-length: 0`.</translation>
    </message>
    <message>
        <source>How many of short polling&apos;s responses came back empty?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Wie viele der Antworten beim Short Polling kamen leer zurück?</translation>
    </message>
    <message>
        <source>responses</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>A&apos;s clients got {count(a, &quot;http1.ResponseHead client&quot;)} responses and only {count(a, &quot;http1.Body client&quot;)} of them had a body. With a poll every {knob.pollIntervalMs} ms and an update every {1000 / knob.updatesPerSecond} ms, most polls find nothing, yet each still costs a full request head and response head, and work on the server.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Die Clients von A erhielten {count(a, &quot;http1.ResponseHead client&quot;)} Antworten, und nur {count(a, &quot;http1.Body client&quot;)} davon hatten einen Body. Bei einem Poll alle {knob.pollIntervalMs} ms und einem Update alle {1000 / knob.updatesPerSecond} ms finden die meisten Polls nichts, und doch kostet jeder einen vollständigen Anfragekopf und Antwortkopf sowie Arbeit auf dem Server.</translation>
    </message>
    <message>
        <source>The timer sets the latency</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Der Timer bestimmt die Latenz</translation>
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
        <translation>Ein Update, das kurz nach einem Poll auf dem Server erscheint, muss auf den **nächsten** Poll
warten. Dann braucht die Antwort noch einen halben Roundtrip bis zum Client. Beim Short Polling
gilt also:

- Die **durchschnittliche** Wartezeit beträgt etwa ein halbes Poll-Intervall plus einen halben
  Roundtrip.
- Die **längste** Wartezeit beträgt ein ganzes Poll-Intervall plus einen halben Roundtrip.

Schnelleres Polling senkt die Latenz, vervielfacht aber die Anfragen, die meisten davon leer. Die
**Zustelllatenz** in der Statistik wird pro Update gemessen: von dem Moment, in dem der Server es
hatte, bis zu dem Moment, in dem ein Client es hatte.</translation>
    </message>
    <message>
        <source>What mean delivery latency do you expect for short polling (A)?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Welche mittlere Zustelllatenz erwarten Sie für Short Polling (A)?</translation>
    </message>
    <message>
        <source>An update waits on average about half a poll interval ({knob.pollIntervalMs / 2} ms) for the next poll, then half a round trip ({knob.rttMs / 2} ms) to travel: A measured {a.polling.latencyMeanMs:0} ms on average and {a.polling.latencyMaxMs:0} ms at worst. The long polls of side B took {b.polling.latencyMeanMs:0} ms on average.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Ein Update wartet im Durchschnitt etwa ein halbes Poll-Intervall ({knob.pollIntervalMs / 2} ms) auf den nächsten Poll und braucht dann einen halben Roundtrip ({knob.rttMs / 2} ms) für den Weg: A maß im Durchschnitt {a.polling.latencyMeanMs:0} ms und im schlechtesten Fall {a.polling.latencyMaxMs:0} ms. Die Long Polls von Seite B brauchten im Durchschnitt {b.polling.latencyMeanMs:0} ms.</translation>
    </message>
    <message>
        <source>Long polling: the server holds the request</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Long Polling: Der Server hält die Anfrage fest</translation>
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
        <translation>**Long Polling** kehrt den Timer um. Der Client fragt, und der Server **antwortet erst, wenn er
Neuigkeiten hat** (oder nach einem Timeout, oft 20 bis 60 Sekunden, nach dem er leer antwortet).
Sobald eine Antwort ankommt, fragt der Client erneut.

Ein Update, das erscheint, während eine Anfrage wartet, geht sofort hinaus, daher liegt die Latenz
nahe bei einem halben Roundtrip, und es gibt keine leeren Antworten, solange Neuigkeiten kommen.
Die Kosten verlagern sich auf den Server: Jeder Client hat dort eine Anfrage geparkt, die eine
Verbindung belegt (und bei manchen Servern einen Thread), und jedes Update reist weiterhin in einer
vollständigen HTTP-Antwort mit ihrem Kopf.</translation>
    </message>
    <message>
        <source>Which side sent fewer HTTP requests in this run?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Welche Seite hat in diesem Lauf weniger HTTP-Anfragen gesendet?</translation>
    </message>
    <message>
        <source>Short polling (A)</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Short Polling (A)</translation>
    </message>
    <message>
        <source>Long polling (B)</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Long Polling (B)</translation>
    </message>
    <message>
        <source>A sent {a.polling.httpRequests} requests and B {b.polling.httpRequests}. A long poll is answered only when there is news, so B asks about once per update per client; A asks on its timer, news or not. With updates much more frequent than the polls, this turns around: short polling&apos;s answers then carry several updates each, while long polling still pays a request for every answer.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>A sendete {a.polling.httpRequests} Anfragen und B {b.polling.httpRequests}. Ein Long Poll wird erst beantwortet, wenn es Neuigkeiten gibt, daher fragt B etwa einmal pro Update und Client; A fragt nach seinem Timer, ob es Neuigkeiten gibt oder nicht. Wenn Updates viel häufiger sind als die Polls, kehrt sich das um: Die Antworten beim Short Polling tragen dann jeweils mehrere Updates, während Long Polling weiterhin für jede Antwort eine Anfrage bezahlt.</translation>
    </message>
    <message>
        <source>When updates outpace the round trip</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Wenn Updates schneller kommen als ein Roundtrip</translation>
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
        <translation>Jetzt macht Seite **A** Long Polling und Seite **B** hält einen **WebSocket**, auf einer
langsameren Leitung, und die Updates kommen schneller als ein Roundtrip.

Nach jeder Long-Poll-Antwort entsteht eine Lücke: Die Antwort braucht einen halben Roundtrip bis
zum Client, und die nächste Anfrage des Clients einen weiteren halben bis zum Server. Während dieses
**ganzen Roundtrips** wartet keine Anfrage beim Server, und Updates, die in der Lücke
veröffentlicht werden, müssen auf die nächste warten. Long Polling bündelt sie dann, verspätet. Der
WebSocket hat keine Lücke: Der Server darf jederzeit senden. Sehen Sie sich die Bahnen an: Die
Anfragen von A folgen einander im Abstand eines Roundtrips, während die Frames von B den Server
verlassen, sobald die Updates erscheinen.</translation>
    </message>
    <message>
        <source>What mean delivery latency did long polling (A) reach now?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Welche mittlere Zustelllatenz hat Long Polling (A) jetzt erreicht?</translation>
    </message>
    <message>
        <source>The one-way trip is {knob.rttMs / 2} ms, and the WebSocket stayed close to it at {b.polling.latencyMeanMs:0} ms on average. Long polling measured {a.polling.latencyMeanMs:0} ms: an update published while no request was parked waited up to a round trip for the next one ({a.polling.latencyMaxMs:0} ms at worst). A&apos;s clients sent {a.polling.httpRequests} requests for {a.polling.deliveries} deliveries, so each answer carried more than one update.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Der einfache Weg dauert {knob.rttMs / 2} ms, und der WebSocket blieb mit durchschnittlich {b.polling.latencyMeanMs:0} ms nahe daran. Long Polling maß {a.polling.latencyMeanMs:0} ms: Ein Update, das veröffentlicht wurde, während keine Anfrage geparkt war, wartete bis zu einen Roundtrip auf die nächste ({a.polling.latencyMaxMs:0} ms im schlechtesten Fall). Die Clients von A sendeten {a.polling.httpRequests} Anfragen für {a.polling.deliveries} Zustellungen, also trug jede Antwort mehr als ein Update.</translation>
    </message>
    <message>
        <source>What each update costs in bytes</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Was jedes Update an Bytes kostet</translation>
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
        <translation>**Overhead** ist jedes Protokollbyte, das nicht das Update selbst ist: HTTP-Anfrage- und
Antwortköpfe beim Polling; Frame-Header, das Upgrade und die Control-Frames beim WebSocket. Die
Statistik teilt ihn durch die zugestellten Updates.

Eine Long-Poll-Antwort kostet einen Anfragekopf und einen Antwortkopf, und in einem echten Browser
weit mehr als hier, weil er Cookies, einen User-Agent und mehr hinzufügt. Ein WebSocket-Update
kostet einen zwei Byte langen Frame-Header für eine kurze Nachricht vom Server, plus das Upgrade,
das einmal pro Verbindung bezahlt wird.</translation>
    </message>
    <message>
        <source>How many times as many overhead bytes per update did long polling (A) spend as the WebSocket (B)?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Das Wievielfache an Overhead-Bytes pro Update hat Long Polling (A) gegenüber dem WebSocket (B) verbraucht?</translation>
    </message>
    <message>
        <source>times</source>
        <extracomment>polling-vs-push.lesson
----------
quiz.questions</extracomment>
        <translation>mal</translation>
    </message>
    <message>
        <source>Long polling spent {a.polling.overheadPerDelivery:0} bytes per update delivered, a request and a response head for every answer. The WebSocket spent {b.polling.overheadPerDelivery:1}: the upgrade once per connection, {b.polling.frameHeaderBytes} bytes of frame headers in all and {b.polling.controlFrameBytes} bytes of close payloads, spread over {b.polling.deliveries} deliveries. The ratio is about {a.polling.overheadPerDelivery / b.polling.overheadPerDelivery:0} to one, and real-world heads make it larger.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Long Polling verbrauchte {a.polling.overheadPerDelivery:0} Bytes pro zugestelltem Update, einen Anfrage- und einen Antwortkopf für jede Antwort. Der WebSocket verbrauchte {b.polling.overheadPerDelivery:1}: das Upgrade einmal pro Verbindung, insgesamt {b.polling.frameHeaderBytes} Bytes Frame-Header und {b.polling.controlFrameBytes} Bytes Close-Payloads, verteilt auf {b.polling.deliveries} Zustellungen. Das Verhältnis liegt bei etwa {a.polling.overheadPerDelivery / b.polling.overheadPerDelivery:0} zu eins, und reale Köpfe machen es noch größer.</translation>
    </message>
    <message>
        <source>Short polling against push, with a slow poll</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Short Polling gegen Push, mit langsamem Poll</translation>
    </message>
    <message>
        <source>Last, short polling (**A**) against the WebSocket (**B**) with the scenario&apos;s defaults: the
clients poll once a second while the ticker publishes several updates a second. Each poll now
finds a handful of updates and returns them together, so polling&apos;s heads are shared between
them. Before you look at the overhead, decide which side you expect to win.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Zum Schluss Short Polling (**A**) gegen den WebSocket (**B**) mit den Standardwerten des
Szenarios: Die Clients pollen einmal pro Sekunde, während der Ticker mehrere Updates pro Sekunde
veröffentlicht. Jeder Poll findet jetzt eine Handvoll Updates und gibt sie zusammen zurück, sodass
sich die Köpfe des Pollings auf sie verteilen. Bevor Sie sich den Overhead ansehen, entscheiden
Sie, welche Seite Ihrer Erwartung nach gewinnt.</translation>
    </message>
    <message>
        <source>Which side spent fewer overhead bytes per update delivered?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Welche Seite verbrauchte weniger Overhead-Bytes pro zugestelltem Update?</translation>
    </message>
    <message>
        <source>Short polling once a second (A)</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Short Polling einmal pro Sekunde (A)</translation>
    </message>
    <message>
        <source>WebSocket push (B)</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>WebSocket-Push (B)</translation>
    </message>
    <message>
        <source>A spent {a.polling.overheadPerDelivery:1} bytes per update, B {b.polling.overheadPerDelivery:1}. Batching makes slow polling much cheaper per update than long polling, but it pays in time instead: A&apos;s updates arrived {a.polling.latencyMeanMs:0} ms after publication on average and up to {a.polling.latencyMaxMs:0} ms, B&apos;s in {b.polling.latencyMeanMs:0} ms. Polling can be cheap or prompt; push is both.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>A verbrauchte {a.polling.overheadPerDelivery:1} Bytes pro Update, B {b.polling.overheadPerDelivery:1}. Durch Bündelung wird langsames Polling pro Update viel billiger als Long Polling, aber es bezahlt stattdessen mit Zeit: Die Updates von A kamen im Durchschnitt {a.polling.latencyMeanMs:0} ms nach der Veröffentlichung an, im schlechtesten Fall nach {a.polling.latencyMaxMs:0} ms, die von B nach {b.polling.latencyMeanMs:0} ms. Polling kann billig oder schnell sein; Push ist beides.</translation>
    </message>
    <message>
        <source>Choosing</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Die richtige Wahl</translation>
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
        <translation>Was die drei Läufe gezeigt haben:

- **Short Polling** ist am einfachsten und funktioniert durch alles hindurch, aber seine Latenz
  wird vom Timer bestimmt, und ein schneller Timer bedeutet viele leere Anfragen. Gut für Daten, die
  sich selten ändern.
- **Long Polling** kommt mit reinem HTTP nahe an die Latenz von Push heran, hält aber pro Client
  eine Anfrage auf dem Server fest und bezahlt pro Antwort einen vollständigen HTTP-Austausch; es
  fällt zurück, wenn Neuigkeiten schneller kommen als ein Roundtrip.
- **WebSocket-Push** kostet ein Upgrade, danach wenige Bytes pro Nachricht in beide Richtungen, mit
  der Verzögerung des einfachen Wegs. Der Preis ist eine langlebige, zustandsbehaftete Verbindung
  pro Client (die Lektion über das Skalieren von WebSockets zeigt, was das für eine Flotte von
  Servern bedeutet).

Eine weitere Option sollten Sie kennen: **Server-Sent Events** (`text/event-stream`) halten eine
HTTP-Antwort offen und streamen Ereignisse darüber. Push nur vom Server aus, aber mit reinem HTTP
und automatischer Wiederverbindung im Browser.</translation>
    </message>
    <message>
        <source>A chat app must carry messages both ways within a fraction of a second, for many users at once. Which fits best?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Eine Chat-App muss Nachrichten in beide Richtungen innerhalb eines Sekundenbruchteils übertragen, für viele Benutzer gleichzeitig. Was passt am besten?</translation>
    </message>
    <message>
        <source>A WebSocket per client</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Ein WebSocket pro Client</translation>
    </message>
    <message>
        <source>Short polling every five seconds</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Short Polling alle fünf Sekunden</translation>
    </message>
    <message>
        <source>Long polling, with posts sent as separate requests</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Long Polling, mit Beiträgen als separaten Anfragen</translation>
    </message>
    <message>
        <source>Server-Sent Events alone</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Nur Server-Sent Events</translation>
    </message>
    <message>
        <source>Chat needs low latency in both directions. Short polling is late by design; long polling and Server-Sent Events only push from server to client, so every post is a separate HTTP request with its head, and each answer a full HTTP response. A WebSocket carries both directions on one connection at the one-way delay: in the last run {b.polling.latencyMeanMs:0} ms on average, against {a.polling.latencyMeanMs:0} ms for polling.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>Chat braucht niedrige Latenz in beide Richtungen. Short Polling ist konstruktionsbedingt verspätet; Long Polling und Server-Sent Events pushen nur vom Server zum Client, daher ist jeder Beitrag eine separate HTTP-Anfrage mit ihrem Kopf und jede Antwort eine vollständige HTTP-Antwort. Ein WebSocket trägt beide Richtungen auf einer Verbindung, mit der Verzögerung des einfachen Wegs: im letzten Lauf durchschnittlich {b.polling.latencyMeanMs:0} ms gegenüber {a.polling.latencyMeanMs:0} ms beim Polling.</translation>
    </message>
    <message>
        <source>Your REST API is described as &quot;stateless&quot;. What does that mean for the servers behind the load balancer?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ihre REST-API wird als „zustandslos“ beschrieben. Was bedeutet das für die Server hinter dem Load Balancer?</translation>
    </message>
    <message>
        <source>Each request carries everything needed to serve it, so any instance can answer it</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jede Anfrage enthält alles, was zu ihrer Bearbeitung nötig ist, daher kann jede Instanz sie beantworten</translation>
    </message>
    <message>
        <source>The servers never store anything, not even in a database</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Server speichern nie etwas, nicht einmal in einer Datenbank</translation>
    </message>
    <message>
        <source>Clients may not send cookies or tokens</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Clients dürfen keine Cookies oder Tokens senden</translation>
    </message>
    <message>
        <source>The connection is closed after every response</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Verbindung wird nach jeder Antwort geschlossen</translation>
    </message>
    <message>
        <source>Statelessness is about the protocol: no request relies on what an earlier request left in a server&apos;s memory. Data still lives in databases, and what the client must prove (a token, a cookie) travels with every request. That is what lets a load balancer send two consecutive requests to two different instances. Connections are another matter: HTTP/1.1 keeps them open by default.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Zustandslosigkeit betrifft das Protokoll: Keine Anfrage verlässt sich darauf, was eine frühere Anfrage im Speicher eines Servers hinterlassen hat. Daten liegen weiterhin in Datenbanken, und was der Client nachweisen muss (ein Token, ein Cookie), reist mit jeder Anfrage mit. Deshalb kann ein Load Balancer zwei aufeinanderfolgende Anfragen an zwei verschiedene Instanzen schicken. Verbindungen sind eine andere Sache: HTTP/1.1 hält sie standardmäßig offen.</translation>
    </message>
    <message>
        <source>A mobile client times out and retries automatically. Which request is NOT safe to repeat blindly, because HTTP does not define its method as idempotent?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein mobiler Client läuft in ein Timeout und wiederholt automatisch. Welche Anfrage darf NICHT blind wiederholt werden, weil HTTP ihre Methode nicht als idempotent definiert?</translation>
    </message>
    <message>
        <source>PUT /orders/42</source>
        <extracomment>quiz.questions</extracomment>
        <translation>PUT /orders/42</translation>
    </message>
    <message>
        <source>DELETE /orders/42</source>
        <extracomment>quiz.questions</extracomment>
        <translation>DELETE /orders/42</translation>
    </message>
    <message>
        <source>POST /orders</source>
        <extracomment>quiz.questions</extracomment>
        <translation>POST /orders</translation>
    </message>
    <message>
        <source>GET /orders/42</source>
        <extracomment>quiz.questions</extracomment>
        <translation>GET /orders/42</translation>
    </message>
    <message>
        <source>RFC 9110 defines GET, HEAD, OPTIONS, TRACE, PUT and DELETE as idempotent: sending one twice has the same intended effect as sending it once. POST is not, so a retried POST may create a second order. APIs that must retry POSTs accept an idempotency key and ignore repeats of it.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>RFC 9110 definiert GET, HEAD, OPTIONS, TRACE, PUT und DELETE als idempotent: Eine solche Anfrage zweimal zu senden, hat dieselbe beabsichtigte Wirkung, wie sie einmal zu senden. POST ist es nicht, daher kann ein wiederholtes POST eine zweite Bestellung anlegen. APIs, die POSTs wiederholen müssen, akzeptieren einen Idempotenzschlüssel und ignorieren Wiederholungen mit demselben Schlüssel.</translation>
    </message>
    <message>
        <source>Why do browsers open up to six HTTP/1.1 connections to the same host?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Warum öffnen Browser bis zu sechs HTTP/1.1-Verbindungen zum selben Host?</translation>
    </message>
    <message>
        <source>The HTTP/1.1 specification requires exactly six</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die HTTP/1.1-Spezifikation verlangt genau sechs</translation>
    </message>
    <message>
        <source>A connection carries one request and response at a time, so parallel downloads need parallel connections</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine Verbindung transportiert jeweils nur eine Anfrage und Antwort, daher brauchen parallele Downloads parallele Verbindungen</translation>
    </message>
    <message>
        <source>Each connection can carry only one kind of resource (HTML, CSS, images)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jede Verbindung kann nur eine Art von Ressource transportieren (HTML, CSS, Bilder)</translation>
    </message>
    <message>
        <source>TCP gives every connection a fixed share of the bandwidth, so more connections are faster</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TCP gibt jeder Verbindung einen festen Anteil der Bandbreite, daher sind mehr Verbindungen schneller</translation>
    </message>
    <message>
        <source>Without pipelining, an HTTP/1.1 client must wait for a response before it sends the next request on that connection. Browsers work around it by opening several connections per host. Six is a browser convention, not a rule of the protocol, and every extra connection pays its own TCP handshake, TLS handshake and slow start.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ohne Pipelining muss ein HTTP/1.1-Client auf eine Antwort warten, bevor er die nächste Anfrage auf dieser Verbindung sendet. Browser umgehen das, indem sie mehrere Verbindungen pro Host öffnen. Sechs ist eine Browserkonvention, keine Regel des Protokolls, und jede zusätzliche Verbindung bezahlt ihren eigenen TCP-Handshake, ihren eigenen TLS-Handshake und ihren eigenen Slow Start.</translation>
    </message>
    <message>
        <source>HTTP/1.1 pipelining lets a client send several requests without waiting. Why did browsers never turn it on by default?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Mit HTTP/1.1-Pipelining kann ein Client mehrere Anfragen senden, ohne zu warten. Warum haben Browser es nie standardmäßig eingeschaltet?</translation>
    </message>
    <message>
        <source>Responses must come back in request order, so one slow response holds up all the others, and many proxies and servers mishandled it</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Antworten müssen in der Reihenfolge der Anfragen zurückkommen, daher hält eine langsame Antwort alle anderen auf, und viele Proxys und Server haben es fehlerhaft umgesetzt</translation>
    </message>
    <message>
        <source>It is forbidden over TLS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Es ist über TLS verboten</translation>
    </message>
    <message>
        <source>The server has to answer pipelined requests over separate connections</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der Server muss per Pipelining gesendete Anfragen über separate Verbindungen beantworten</translation>
    </message>
    <message>
        <source>It works only for POST requests</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Es funktioniert nur für POST-Anfragen</translation>
    </message>
    <message>
        <source>A server must answer pipelined requests in the order they arrived. If the first response is slow to produce, finished responses wait behind it: head-of-line blocking at the HTTP level. Broken intermediaries made it risky, so browsers shipped it off. HTTP/2 solved the problem by letting frames of different responses interleave on one connection.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Server muss per Pipelining gesendete Anfragen in der Reihenfolge beantworten, in der sie angekommen sind. Dauert die erste Antwort lange, warten fertige Antworten dahinter: Head-of-Line-Blocking auf HTTP-Ebene. Fehlerhafte Zwischenstationen machten es riskant, daher lieferten Browser es ausgeschaltet aus. HTTP/2 löste das Problem, indem es Frames verschiedener Antworten auf einer Verbindung verschachtelt.</translation>
    </message>
    <message>
        <source>Which HTTP feature lets a REST API answer a repeated GET without sending the body again?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Mit welcher HTTP-Funktion kann eine REST-API ein wiederholtes GET beantworten, ohne den Body erneut zu senden?</translation>
    </message>
    <message>
        <source>101 Switching Protocols</source>
        <extracomment>quiz.questions</extracomment>
        <translation>101 Switching Protocols</translation>
    </message>
    <message>
        <source>HTTP/2 server push</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2 Server Push</translation>
    </message>
    <message>
        <source>The Connection keep-alive header</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der Header Connection mit keep-alive</translation>
    </message>
    <message>
        <source>A conditional request (If-None-Match with the ETag it got before), answered with 304 Not Modified</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine bedingte Anfrage (If-None-Match mit dem zuvor erhaltenen ETag), beantwortet mit 304 Not Modified</translation>
    </message>
    <message>
        <source>The client sends the validator it holds, an ETag in If-None-Match or a date in If-Modified-Since. If the resource has not changed, the server answers 304 with no body. Together with Cache-Control this is a large part of why REST over HTTP scales so well: browsers, CDNs and proxies all understand it without any code of yours.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der Client sendet den Validator, den er besitzt, ein ETag in If-None-Match oder ein Datum in If-Modified-Since. Hat sich die Ressource nicht geändert, antwortet der Server mit 304 ohne Body. Zusammen mit Cache-Control ist das ein wesentlicher Grund, warum REST über HTTP so gut skaliert: Browser, CDNs und Proxys verstehen es, ohne dass Sie eine Zeile Code dafür schreiben.</translation>
    </message>
    <message>
        <source>At 100 ms RTT, one HTTP/1.1 connection loads 10 objects, first one request at a time (A), then pipelined (B). How many times longer does A take than B?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Bei 100 ms RTT lädt eine HTTP/1.1-Verbindung 10 Objekte, zuerst mit jeweils einer Anfrage (A), dann per Pipelining (B). Um welchen Faktor dauert A länger als B?</translation>
    </message>
    <message>
        <source>A waits a full round trip per object and took {a.totalTimeMs:0} ms; B sent every request without waiting and took {b.totalTimeMs:0} ms, {a.totalTimeMs / b.totalTimeMs:1} times less. The longer the RTT, the more the waiting dominates. Pipelining still delivers the responses in order, so one slow response would hold up the rest; that is the problem HTTP/2 fixed.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>A wartet einen vollen Roundtrip pro Objekt und brauchte {a.totalTimeMs:0} ms; B sendete jede Anfrage ohne zu warten und brauchte {b.totalTimeMs:0} ms, A also {a.totalTimeMs / b.totalTimeMs:1}-mal so lange. Je länger die RTT, desto mehr dominiert das Warten. Pipelining liefert die Antworten trotzdem in Reihenfolge, sodass eine langsame Antwort den Rest aufhalten würde; genau dieses Problem hat HTTP/2 gelöst.</translation>
    </message>
    <message>
        <source>In an interview you say &quot;HTTPS everywhere&quot;. Which three properties does TLS add to an HTTP connection?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Im Vorstellungsgespräch sagen Sie „HTTPS überall“. Welche drei Eigenschaften fügt TLS einer HTTP-Verbindung hinzu?</translation>
    </message>
    <message>
        <source>Confidentiality, compression and caching</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Vertraulichkeit, Kompression und Caching</translation>
    </message>
    <message>
        <source>Authentication of the user, load balancing and integrity</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Authentifizierung des Benutzers, Lastverteilung und Integrität</translation>
    </message>
    <message>
        <source>Confidentiality, integrity, and authentication of the server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Vertraulichkeit, Integrität und Authentifizierung des Servers</translation>
    </message>
    <message>
        <source>Anonymity of both ends, integrity and availability</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Anonymität beider Enden, Integrität und Verfügbarkeit</translation>
    </message>
    <message>
        <source>TLS encrypts the traffic (confidentiality), protects every record with an authentication tag so tampering is detected (integrity), and proves with a certificate that the client talks to whoever holds the key for the server&apos;s name (authentication). It does not identify the user unless client certificates are used, and it hides neither the IP addresses nor how much is sent.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS verschlüsselt den Verkehr (Vertraulichkeit), schützt jeden Record mit einem Authentifizierungs-Tag, sodass Manipulationen erkannt werden (Integrität), und beweist mit einem Zertifikat, dass der Client mit dem spricht, der den Schlüssel für den Namen des Servers besitzt (Authentifizierung). Den Benutzer identifiziert es nur, wenn Client-Zertifikate verwendet werden, und es verbirgt weder die IP-Adressen noch, wie viel gesendet wird.</translation>
    </message>
    <message>
        <source>One IP address hosts shop.example and blog.example, each with its own certificate. How does the server know which certificate to present?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine IP-Adresse hostet shop.example und blog.example, jede mit eigenem Zertifikat. Woher weiß der Server, welches Zertifikat er vorlegen muss?</translation>
    </message>
    <message>
        <source>From the Host header of the first HTTP request</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Aus dem Host-Header der ersten HTTP-Anfrage</translation>
    </message>
    <message>
        <source>It tries each certificate until the client accepts one</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Er probiert jedes Zertifikat aus, bis der Client eines akzeptiert</translation>
    </message>
    <message>
        <source>From the DNS query the client made before connecting</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Aus der DNS-Abfrage, die der Client vor dem Verbindungsaufbau gestellt hat</translation>
    </message>
    <message>
        <source>The client names the host in the server_name (SNI) extension of its ClientHello</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der Client nennt den Host in der Erweiterung server_name (SNI) seines ClientHello</translation>
    </message>
    <message>
        <source>The certificate is sent before any HTTP request can be read, so the name must travel in the handshake itself. Server Name Indication carries it in the ClientHello, in the clear, which is why observers can tell which site you visit unless Encrypted Client Hello (ECH) is used.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Das Zertifikat wird gesendet, bevor irgendeine HTTP-Anfrage gelesen werden kann, also muss der Name im Handshake selbst reisen. Server Name Indication transportiert ihn im ClientHello, im Klartext; deshalb können Beobachter erkennen, welche Website Sie besuchen, sofern nicht Encrypted Client Hello (ECH) verwendet wird.</translation>
    </message>
    <message>
        <source>What must a client check before it trusts a server&apos;s certificate?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Was muss ein Client prüfen, bevor er dem Zertifikat eines Servers vertraut?</translation>
    </message>
    <message>
        <source>Only that it is signed by someone, even by itself</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nur, dass es von irgendwem signiert ist, auch von sich selbst</translation>
    </message>
    <message>
        <source>It chains to a root the client trusts, it is within its validity period, and it names the host the client asked for</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Seine Kette führt zu einem Stammzertifikat, dem der Client vertraut, es ist innerhalb seines Gültigkeitszeitraums, und es nennt den Host, den der Client angefragt hat</translation>
    </message>
    <message>
        <source>That the server&apos;s IP address matches the certificate&apos;s serial number</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Dass die IP-Adresse des Servers zur Seriennummer des Zertifikats passt</translation>
    </message>
    <message>
        <source>That it arrived within one round trip</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Dass es innerhalb eines Roundtrips angekommen ist</translation>
    </message>
    <message>
        <source>The client builds a chain from the server&apos;s certificate through intermediates to a root in its trust store, checks the dates, and looks for the requested name among the subject alternative names. The handshake signature (CertificateVerify in TLS 1.3) then proves the server holds the matching private key. A chain that leads nowhere ends the handshake with an alert such as unknown_ca.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der Client bildet eine Kette vom Zertifikat des Servers über Zwischenzertifikate zu einem Stammzertifikat in seinem Trust Store, prüft den Gültigkeitszeitraum und sucht den angefragten Namen unter den Subject Alternative Names. Die Handshake-Signatur (CertificateVerify in TLS 1.3) beweist dann, dass der Server den passenden privaten Schlüssel besitzt. Eine Kette, die nirgendwohin führt, beendet den Handshake mit einem Alert wie unknown_ca.</translation>
    </message>
    <message>
        <source>Users type example.com and the browser first tries plain http://, which an attacker on the network could intercept. What protects them on later visits?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Benutzer tippen example.com ein, und der Browser versucht es zuerst mit einfachem http://, was ein Angreifer im Netz abfangen könnte. Was schützt sie bei späteren Besuchen?</translation>
    </message>
    <message>
        <source>A 301 redirect to https:// on every request</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine 301-Umleitung auf https:// bei jeder Anfrage</translation>
    </message>
    <message>
        <source>ALPN</source>
        <extracomment>quiz.questions</extracomment>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>TLS session resumption</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wiederaufnahme der TLS-Session</translation>
    </message>
    <message>
        <source>HSTS: the Strict-Transport-Security header makes the browser use only HTTPS for that host</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HSTS: Der Header Strict-Transport-Security sorgt dafür, dass der Browser für diesen Host nur noch HTTPS verwendet</translation>
    </message>
    <message>
        <source>A redirect still begins with an unprotected request that an attacker can answer instead. Strict-Transport-Security tells the browser to rewrite every later http:// URL for that host to https:// before anything is sent; the browsers&apos; preload list protects even the first visit.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine Umleitung beginnt trotzdem mit einer ungeschützten Anfrage, die ein Angreifer an Stelle des Servers beantworten kann. Strict-Transport-Security weist den Browser an, jede spätere http://-URL für diesen Host in https:// umzuschreiben, bevor irgendetwas gesendet wird; die Preload-Liste der Browser schützt sogar den ersten Besuch.</translation>
    </message>
    <message>
        <source>Where is TLS usually terminated in a system with a load balancer in front of many application servers?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wo wird TLS in einem System mit einem Load Balancer vor vielen Anwendungsservern üblicherweise terminiert?</translation>
    </message>
    <message>
        <source>At the database, the only place that holds secrets</source>
        <extracomment>quiz.questions</extracomment>
        <translation>An der Datenbank, dem einzigen Ort, der Geheimnisse hält</translation>
    </message>
    <message>
        <source>Nowhere: a load balancer cannot forward encrypted traffic, so HTTPS systems do without one</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nirgends: Ein Load Balancer kann keinen verschlüsselten Verkehr weiterleiten, daher kommen HTTPS-Systeme ohne ihn aus</translation>
    </message>
    <message>
        <source>At the load balancer or edge proxy, which forwards over the private network, often re-encrypted with mutual TLS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Am Load Balancer oder Edge-Proxy, der über das private Netz weiterleitet, oft erneut verschlüsselt mit Mutual TLS</translation>
    </message>
    <message>
        <source>In each browser&apos;s cache</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Im Cache jedes Browsers</translation>
    </message>
    <message>
        <source>Terminating at the edge lets the balancer read HTTP (route by path, add headers, reuse warm connections to the backends) and keeps certificates in one place. Zero-trust set-ups encrypt again towards the backends, often with mutual TLS so every service proves its identity too. A layer-4 balancer can instead pass TLS through untouched.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Terminierung am Edge erlaubt dem Balancer, HTTP zu lesen (nach Pfad routen, Header hinzufügen, warme Verbindungen zu den Backends wiederverwenden), und hält die Zertifikate an einem Ort. Zero-Trust-Umgebungen verschlüsseln zu den Backends hin erneut, oft mit Mutual TLS, sodass auch jeder Dienst seine Identität nachweist. Ein Layer-4-Balancer kann TLS stattdessen unverändert durchreichen.</translation>
    </message>
    <message>
        <source>In B the client does not trust the authority that signed the server&apos;s certificate. Which alert ends B&apos;s handshake?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>In B vertraut der Client der Stelle nicht, die das Zertifikat des Servers signiert hat. Welcher Alert beendet den Handshake von B?</translation>
    </message>
    <message>
        <source>unknown_ca</source>
        <extracomment>quiz.questions</extracomment>
        <translation>unknown_ca</translation>
    </message>
    <message>
        <source>bad_record_mac</source>
        <extracomment>quiz.questions</extracomment>
        <translation>bad_record_mac</translation>
    </message>
    <message>
        <source>protocol_version</source>
        <extracomment>quiz.questions</extracomment>
        <translation>protocol_version</translation>
    </message>
    <message>
        <source>The client checks the chain as soon as the Certificate message arrives. It cannot link the certificate to any authority it trusts, so it aborts with a fatal alert ({count(b, &quot;tls.Alert client c2s&quot;)} alert sent by B&apos;s client) instead of its Finished. No request follows: B moved {b.headerBytes} bytes of HTTP headers, against {a.headerBytes} for A. bad_record_mac would mean a record failed its integrity check; protocol_version, that no TLS version was shared.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der Client prüft die Kette, sobald die Certificate-Nachricht ankommt. Er kann das Zertifikat mit keiner Stelle verbinden, der er vertraut, und bricht deshalb ab: Statt seines Finished sendet er einen fatalen Alert ({count(b, &quot;tls.Alert client c2s&quot;)} Alert vom Client von B gesendet). Es folgt keine Anfrage: B übertrug {b.headerBytes} Bytes HTTP-Header, A dagegen {a.headerBytes}. bad_record_mac würde bedeuten, dass ein Record seine Integritätsprüfung nicht bestanden hat; protocol_version, dass es keine gemeinsame TLS-Version gab.</translation>
    </message>
    <message>
        <source>A page of 20 objects over HTTPS: how many times more TLS bytes does HTTP/1.1&apos;s pool of connections spend than HTTP/2&apos;s single connection?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine Seite mit 20 Objekten über HTTPS: Um welchen Faktor verbraucht der Verbindungspool von HTTP/1.1 mehr TLS-Bytes als die einzelne Verbindung von HTTP/2?</translation>
    </message>
    <message>
        <source>Every one of A&apos;s {a.connections} connections runs its own full handshake, certificate chain included, and then adds record headers and tags to its own traffic: {a.tlsBytes} TLS bytes against {b.tlsBytes} for B&apos;s {b.connections} connection. Fewer connections means fewer handshakes, less server CPU spent on signatures, and fewer round trips spent before the first request.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jede der {a.connections} Verbindungen von A führt ihren eigenen vollständigen Handshake samt Zertifikatskette durch und fügt ihrem eigenen Verkehr Record-Header und Tags hinzu: {a.tlsBytes} TLS-Bytes gegenüber {b.tlsBytes} für die {b.connections} Verbindung von B. Weniger Verbindungen bedeuten weniger Handshakes, weniger Server-CPU für Signaturen und weniger Roundtrips vor der ersten Anfrage.</translation>
    </message>
    <message>
        <source>Why does a full TLS 1.3 handshake need one round trip where TLS 1.2 needs two?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Warum braucht ein vollständiger TLS-1.3-Handshake einen Roundtrip, TLS 1.2 dagegen zwei?</translation>
    </message>
    <message>
        <source>The ClientHello already carries a key share, so the server can compute the keys and finish in its first reply</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Das ClientHello enthält bereits einen Key Share, sodass der Server die Schlüssel berechnen und mit seiner ersten Antwort abschließen kann</translation>
    </message>
    <message>
        <source>TLS 1.3 skips verifying the certificate</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.3 überspringt die Prüfung des Zertifikats</translation>
    </message>
    <message>
        <source>TLS 1.3 sends the ClientHello inside the TCP SYN</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.3 sendet das ClientHello im TCP-SYN</translation>
    </message>
    <message>
        <source>TLS 1.3 servers send their Finished before the ClientHello arrives</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS-1.3-Server senden ihr Finished, bevor das ClientHello ankommt</translation>
    </message>
    <message>
        <source>In TLS 1.2 the key exchange begins only after the ServerHello (ServerKeyExchange, then the client&apos;s ClientKeyExchange), which costs a second round trip. A TLS 1.3 client guesses the group and sends its key share at once; the server answers with ServerHello, its own share, and encrypted EncryptedExtensions, Certificate, CertificateVerify and Finished, all in one flight. Only a wrong guess costs a round trip more (HelloRetryRequest).</source>
        <extracomment>quiz.questions</extracomment>
        <translation>In TLS 1.2 beginnt der Schlüsselaustausch erst nach dem ServerHello (ServerKeyExchange, dann das ClientKeyExchange des Clients), was einen zweiten Roundtrip kostet. Ein TLS-1.3-Client errät die Gruppe und sendet seinen Key Share sofort; der Server antwortet mit ServerHello, seinem eigenen Share und den verschlüsselten Nachrichten EncryptedExtensions, Certificate, CertificateVerify und Finished, alles in einem einzigen Flight. Nur eine falsche Vermutung kostet einen Roundtrip mehr (HelloRetryRequest).</translation>
    </message>
    <message>
        <source>An attacker records your TLS 1.3 traffic today and steals the server&apos;s private key next year. Can they decrypt the recording?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Angreifer zeichnet heute Ihren TLS-1.3-Verkehr auf und stiehlt nächstes Jahr den privaten Schlüssel des Servers. Kann er die Aufzeichnung entschlüsseln?</translation>
    </message>
    <message>
        <source>Yes: the traffic was encrypted with the server&apos;s public key</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ja: Der Verkehr wurde mit dem öffentlichen Schlüssel des Servers verschlüsselt</translation>
    </message>
    <message>
        <source>Yes, but only the requests, not the responses</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ja, aber nur die Anfragen, nicht die Antworten</translation>
    </message>
    <message>
        <source>No: the session keys came from ephemeral key shares that were thrown away, and the private key only signed the handshake</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nein: Die Sitzungsschlüssel stammen aus ephemeren Key Shares, die verworfen wurden, und der private Schlüssel hat nur den Handshake signiert</translation>
    </message>
    <message>
        <source>No, because TLS 1.3 does not encrypt with keys at all</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nein, denn TLS 1.3 verschlüsselt überhaupt nicht mit Schlüsseln</translation>
    </message>
    <message>
        <source>That property is forward secrecy. TLS 1.3 removed static RSA key transport, so every full handshake derives its keys from fresh ephemeral (EC)DHE shares, and the certificate&apos;s key only authenticates the server through CertificateVerify. 0-RTT early data is the exception: it is protected by a key derived from an earlier session&apos;s resumption secret.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Diese Eigenschaft heißt Forward Secrecy. TLS 1.3 hat den statischen RSA-Schlüsseltransport abgeschafft, daher leitet jeder vollständige Handshake seine Schlüssel aus frischen ephemeren (EC)DHE-Shares ab, und der Schlüssel des Zertifikats authentifiziert den Server nur über CertificateVerify. 0-RTT-Early-Data sind die Ausnahme: Sie werden mit einem Schlüssel geschützt, der aus dem Resumption Secret einer früheren Sitzung abgeleitet ist.</translation>
    </message>
    <message>
        <source>What does the Finished message prove?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Was beweist die Finished-Nachricht?</translation>
    </message>
    <message>
        <source>That the certificate is signed by a trusted authority</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Dass das Zertifikat von einer vertrauenswürdigen Zertifizierungsstelle signiert ist</translation>
    </message>
    <message>
        <source>That both sides saw the same handshake and hold the same keys, so nothing was altered or downgraded</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Dass beide Seiten denselben Handshake gesehen haben und dieselben Schlüssel besitzen, also nichts verändert oder herabgestuft wurde</translation>
    </message>
    <message>
        <source>That all application data has arrived</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Dass alle Anwendungsdaten angekommen sind</translation>
    </message>
    <message>
        <source>That the TCP connection is about to close</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Dass die TCP-Verbindung gleich geschlossen wird</translation>
    </message>
    <message>
        <source>Finished carries a MAC over the whole handshake transcript, keyed with a secret only the two endpoints can derive. If an attacker changed any message, for example removing strong cipher suites from the ClientHello, the values would not match and the handshake would fail. The end of a connection is announced differently, with the close_notify alert.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Finished enthält einen MAC über das gesamte Handshake-Transkript, berechnet mit einem Geheimnis, das nur die beiden Endpunkte ableiten können. Hätte ein Angreifer irgendeine Nachricht verändert, etwa starke Cipher Suites aus dem ClientHello entfernt, stimmten die Werte nicht überein und der Handshake schlüge fehl. Das Ende einer Verbindung wird anders angekündigt, nämlich mit dem close_notify-Alert.</translation>
    </message>
    <message>
        <source>When does a TLS 1.3 server answer with a HelloRetryRequest?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wann antwortet ein TLS-1.3-Server mit einem HelloRetryRequest?</translation>
    </message>
    <message>
        <source>When its certificate has expired</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wenn sein Zertifikat abgelaufen ist</translation>
    </message>
    <message>
        <source>When the client tries to resume a session the server does not know</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wenn der Client versucht, eine Sitzung fortzusetzen, die der Server nicht kennt</translation>
    </message>
    <message>
        <source>When the client sent no key share for a group the server accepts, though it listed one the server does accept</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wenn der Client keinen Key Share für eine Gruppe gesendet hat, die der Server akzeptiert, aber eine solche Gruppe aufgelistet hat</translation>
    </message>
    <message>
        <source>Whenever the client offers 0-RTT data</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Immer wenn der Client 0-RTT-Daten anbietet</translation>
    </message>
    <message>
        <source>The client guesses which group to send a key share for, usually X25519. If the server will only use another group from the client&apos;s supported_groups list, it sends a HelloRetryRequest (a ServerHello with a special random value) naming that group, and the client must send a second ClientHello with a matching share: one round trip more. An unknown session ticket is simply ignored and the handshake runs in full.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der Client rät, für welche Gruppe er einen Key Share sendet, meist X25519. Will der Server nur eine andere Gruppe aus der supported_groups-Liste des Clients verwenden, sendet er einen HelloRetryRequest (ein ServerHello mit einem speziellen Zufallswert), der diese Gruppe nennt, und der Client muss ein zweites ClientHello mit passendem Share senden: ein Roundtrip mehr. Ein unbekanntes Session Ticket wird einfach ignoriert, und der Handshake läuft vollständig ab.</translation>
    </message>
    <message>
        <source>A TLS 1.3 cipher suite such as TLS_AES_128_GCM_SHA256 names fewer things than a TLS 1.2 suite such as TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256. What did TLS 1.3 take out of it?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine TLS-1.3-Cipher-Suite wie TLS_AES_128_GCM_SHA256 benennt weniger als eine TLS-1.2-Suite wie TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256. Was hat TLS 1.3 daraus entfernt?</translation>
    </message>
    <message>
        <source>The hash function</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Hashfunktion</translation>
    </message>
    <message>
        <source>The symmetric cipher</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die symmetrische Chiffre</translation>
    </message>
    <message>
        <source>Nothing: only the spelling changed</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nichts: Nur die Schreibweise hat sich geändert</translation>
    </message>
    <message>
        <source>The key exchange and the signature algorithm, which are negotiated in their own extensions</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Den Schlüsselaustausch und den Signaturalgorithmus, die in eigenen Extensions ausgehandelt werden</translation>
    </message>
    <message>
        <source>A TLS 1.2 suite bundled key exchange, authentication, cipher and hash. A TLS 1.3 suite names only the AEAD cipher and the hash of the key schedule; the group comes from supported_groups and key_share, the signature scheme from signature_algorithms. All TLS 1.3 suites are forward secret and authenticated-encryption only.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine TLS-1.2-Suite bündelte Schlüsselaustausch, Authentifizierung, Chiffre und Hash. Eine TLS-1.3-Suite nennt nur die AEAD-Chiffre und den Hash des Key Schedule; die Gruppe ergibt sich aus supported_groups und key_share, das Signaturverfahren aus signature_algorithms. Alle TLS-1.3-Suites bieten Forward Secrecy und ausschließlich authentifizierte Verschlüsselung.</translation>
    </message>
    <message>
        <source>At 80 ms RTT, how many milliseconds sooner does the first response byte arrive with TLS 1.3 than with TLS 1.2?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Um wie viele Millisekunden früher kommt bei 80 ms RTT das erste Antwortbyte mit TLS 1.3 an als mit TLS 1.2?</translation>
    </message>
    <message>
        <source>TLS 1.2 needed {a.roundTrips} round trips to the first response byte and TLS 1.3 {b.roundTrips}; the difference is one round trip of the {knob.rttMs} ms link, measured as {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms. It comes from the key share in TLS 1.3&apos;s ClientHello: TLS 1.2 needs a second flight (ClientKeyExchange, ChangeCipherSpec, Finished) before the request may leave.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.2 brauchte {a.roundTrips} Roundtrips bis zum ersten Antwortbyte, TLS 1.3 {b.roundTrips}; der Unterschied ist ein Roundtrip der Strecke mit {knob.rttMs} ms, gemessen als {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms. Er rührt vom Key Share im ClientHello von TLS 1.3 her: TLS 1.2 braucht einen zweiten Flight (ClientKeyExchange, ChangeCipherSpec, Finished), bevor die Anfrage abgehen darf.</translation>
    </message>
    <message>
        <source>How many TLS bytes does resuming a TLS 1.2 session from a ticket save, compared with a full handshake?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wie viele TLS-Bytes spart die Wiederaufnahme einer TLS-1.2-Sitzung per Ticket im Vergleich zu einem vollständigen Handshake?</translation>
    </message>
    <message>
        <source>The resumed handshake skips the Certificate, ServerKeyExchange, ServerHelloDone and ClientKeyExchange messages: {b.tlsBytes} TLS bytes against {a.tlsBytes}. Most of the saving is the certificate chain. It saves time too: the server sends its Finished right after its ServerHello, so B needed {b.roundTrips} round trips against {a.roundTrips}.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der wiederaufgenommene Handshake überspringt die Nachrichten Certificate, ServerKeyExchange, ServerHelloDone und ClientKeyExchange: {b.tlsBytes} TLS-Bytes gegenüber {a.tlsBytes}. Den größten Teil der Ersparnis macht die Zertifikatskette aus. Auch Zeit wird gespart: Der Server sendet sein Finished direkt nach seinem ServerHello, daher brauchte B {b.roundTrips} Roundtrips gegenüber {a.roundTrips}.</translation>
    </message>
    <message>
        <source>Both sides resume a TLS 1.3 session; B also sends its request as 0-RTT early data. At 100 ms RTT, how many milliseconds sooner does B get the first response byte?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Beide Seiten nehmen eine TLS-1.3-Sitzung wieder auf; B sendet seine Anfrage zusätzlich als 0-RTT-Early-Data. Um wie viele Millisekunden früher erhält B bei 100 ms RTT das erste Antwortbyte?</translation>
    </message>
    <message>
        <source>B&apos;s GET travels with its ClientHello, encrypted with a key derived from the earlier session, so the response comes back with the server&apos;s first flight: {b.roundTrips} round trips against {a.roundTrips}, {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms sooner at {knob.rttMs} ms RTT. The price is that early data can be replayed, so only idempotent requests belong there.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Das GET von B reist mit seinem ClientHello, verschlüsselt mit einem aus der früheren Sitzung abgeleiteten Schlüssel, daher kommt die Antwort mit dem ersten Flight des Servers zurück: {b.roundTrips} Roundtrips gegenüber {a.roundTrips}, {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms früher bei {knob.rttMs} ms RTT. Der Preis: Early Data können erneut eingespielt werden, daher gehören nur idempotente Anfragen dorthin.</translation>
    </message>
    <message>
        <source>Why does HTTP/2 compress headers with HPACK instead of simply running them through gzip?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Warum komprimiert HTTP/2 Header mit HPACK, statt sie einfach durch gzip zu schicken?</translation>
    </message>
    <message>
        <source>Compressing secret headers together with attacker-chosen text leaks the secrets through the compressed size (the CRIME attack), and HPACK is designed to resist that</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Werden geheime Header zusammen mit vom Angreifer gewähltem Text komprimiert, verrät die komprimierte Größe die Geheimnisse (der CRIME-Angriff), und HPACK ist darauf ausgelegt, dem zu widerstehen</translation>
    </message>
    <message>
        <source>gzip is patented</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gzip ist patentiert</translation>
    </message>
    <message>
        <source>gzip cannot compress text</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gzip kann keinen Text komprimieren</translation>
    </message>
    <message>
        <source>HPACK encrypts the headers and gzip does not</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HPACK verschlüsselt die Header, gzip nicht</translation>
    </message>
    <message>
        <source>HPACK replaces fields with indexes into a static table of common fields and a dynamic table of fields sent earlier on the connection, and Huffman-codes the literals; senders can mark sensitive fields never to be indexed. Repeated fields such as cookies, user agent and authority shrink to a byte or two. HPACK does not encrypt anything: TLS does.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HPACK ersetzt Felder durch Indizes in eine statische Tabelle gängiger Felder und eine dynamische Tabelle der zuvor auf der Verbindung gesendeten Felder und codiert Literale mit Huffman; Sender können sensible Felder als „nie indizieren“ markieren. Wiederholte Felder wie Cookies, User-Agent und Authority schrumpfen auf ein oder zwei Bytes. HPACK verschlüsselt nichts: Das übernimmt TLS.</translation>
    </message>
    <message>
        <source>Which HTTP/2 stream IDs may a client open?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Welche HTTP/2-Stream-IDs darf ein Client öffnen?</translation>
    </message>
    <message>
        <source>Even numbers, starting at 2</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Gerade Zahlen, beginnend bei 2</translation>
    </message>
    <message>
        <source>Any number not currently in use</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jede Zahl, die gerade nicht verwendet wird</translation>
    </message>
    <message>
        <source>Only stream 0</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nur Stream 0</translation>
    </message>
    <message>
        <source>Odd numbers, each higher than the last (1, 3, 5, ...)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ungerade Zahlen, jede höher als die vorige (1, 3, 5, ...)</translation>
    </message>
    <message>
        <source>Streams the client opens are odd and must increase; even IDs belong to streams the server opens for push; stream 0 is the connection itself and carries SETTINGS, PING, GOAWAY and the connection-wide WINDOW_UPDATE. When IDs run out, the client opens a new connection.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Streams, die der Client öffnet, haben ungerade und steigende IDs; gerade IDs gehören zu Streams, die der Server für Push öffnet; Stream 0 ist die Verbindung selbst und trägt SETTINGS, PING, GOAWAY und das verbindungsweite WINDOW_UPDATE. Wenn die IDs ausgehen, öffnet der Client eine neue Verbindung.</translation>
    </message>
    <message>
        <source>A slow HTTP/2 client cannot keep up with a large download on one stream. What stops the server from flooding its buffers?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein langsamer HTTP/2-Client kommt bei einem großen Download auf einem Stream nicht hinterher. Was hält den Server davon ab, seine Puffer zu überfluten?</translation>
    </message>
    <message>
        <source>The PRIORITY frame</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der PRIORITY-Frame</translation>
    </message>
    <message>
        <source>Flow control: the server may only send as many DATA bytes as the receiver&apos;s window allows, and the receiver opens it with WINDOW_UPDATE</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Flusskontrolle: Der Server darf nur so viele DATA-Bytes senden, wie das Fenster des Empfängers erlaubt, und der Empfänger öffnet es mit WINDOW_UPDATE</translation>
    </message>
    <message>
        <source>An RST_STREAM after every frame</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein RST_STREAM nach jedem Frame</translation>
    </message>
    <message>
        <source>Nothing but TCP&apos;s congestion window</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nichts außer dem Congestion Window von TCP</translation>
    </message>
    <message>
        <source>HTTP/2 has credit-based flow control per stream and for the whole connection, each starting at 65,535 bytes. Only DATA frames count against it. The receiver grants more with WINDOW_UPDATE as it consumes data, so one greedy stream cannot fill the buffers the other streams need. TCP&apos;s congestion window protects the network, not the receiving application.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2 hat eine kreditbasierte Flusskontrolle pro Stream und für die gesamte Verbindung, die jeweils bei 65.535 Bytes beginnt. Nur DATA-Frames werden darauf angerechnet. Der Empfänger gewährt mit WINDOW_UPDATE mehr, während er Daten verarbeitet, sodass ein gieriger Stream nicht die Puffer füllen kann, die die anderen Streams brauchen. Das Congestion Window von TCP schützt das Netz, nicht die empfangende Anwendung.</translation>
    </message>
    <message>
        <source>How do a browser and a server agree to speak HTTP/2 over TLS?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wie einigen sich Browser und Server darauf, HTTP/2 über TLS zu sprechen?</translation>
    </message>
    <message>
        <source>With an Upgrade h2 header on a first HTTP/1.1 request</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Mit einem Header Upgrade h2 in einer ersten HTTP/1.1-Anfrage</translation>
    </message>
    <message>
        <source>The browser tries HTTP/2 and falls back to HTTP/1.1 on an error</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der Browser versucht HTTP/2 und fällt bei einem Fehler auf HTTP/1.1 zurück</translation>
    </message>
    <message>
        <source>The server&apos;s certificate lists the protocols it supports</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Das Zertifikat des Servers listet die Protokolle auf, die er unterstützt</translation>
    </message>
    <message>
        <source>With ALPN: the ClientHello offers h2 and http/1.1, and the server picks one during the handshake</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Mit ALPN: Das ClientHello bietet h2 und http/1.1 an, und der Server wählt während des Handshakes eines aus</translation>
    </message>
    <message>
        <source>Application-Layer Protocol Negotiation settles the protocol inside the TLS handshake at no extra cost. Without TLS (h2c), RFC 9113 keeps only prior knowledge, where the client simply starts with the connection preface; the old HTTP/1.1 Upgrade route is deprecated, and browsers never speak h2c at all.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Application-Layer Protocol Negotiation legt das Protokoll ohne Zusatzkosten innerhalb des TLS-Handshakes fest. Ohne TLS (h2c) sieht RFC 9113 nur noch Prior Knowledge vor, bei dem der Client einfach mit dem Connection Preface beginnt; der alte Weg über HTTP/1.1-Upgrade ist veraltet, und Browser sprechen h2c überhaupt nicht.</translation>
    </message>
    <message>
        <source>You move a site from HTTP/1.1 to HTTP/2. Which HTTP/1.1-era optimisation now tends to hurt?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Sie stellen eine Website von HTTP/1.1 auf HTTP/2 um. Welche Optimierung aus der HTTP/1.1-Zeit schadet jetzt eher?</translation>
    </message>
    <message>
        <source>Compressing response bodies</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Komprimieren der Antwort-Bodys</translation>
    </message>
    <message>
        <source>Caching static files with long lifetimes</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Caching statischer Dateien mit langer Lebensdauer</translation>
    </message>
    <message>
        <source>Domain sharding: spreading the files over several host names</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Domain Sharding: Verteilen der Dateien auf mehrere Hostnamen</translation>
    </message>
    <message>
        <source>Serving static files from a CDN</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ausliefern statischer Dateien über ein CDN</translation>
    </message>
    <message>
        <source>Sharding existed to get past the six connections per host. With HTTP/2, one connection already carries every request in parallel, and each extra host name costs a DNS lookup, a TCP and a TLS handshake, its own slow start and its own HPACK tables. Sprites and concatenated bundles lose much of their point for the same reason.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Sharding gab es, um die Grenze von sechs Verbindungen pro Host zu umgehen. Mit HTTP/2 trägt bereits eine Verbindung alle Anfragen parallel, und jeder zusätzliche Hostname kostet eine DNS-Abfrage, einen TCP- und einen TLS-Handshake, einen eigenen Slow Start und eigene HPACK-Tabellen. Sprites und zusammengefügte Bundles verlieren aus demselben Grund viel von ihrem Sinn.</translation>
    </message>
    <message>
        <source>What does &quot;binary framing&quot; mean in HTTP/2?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Was bedeutet „binäres Framing“ bei HTTP/2?</translation>
    </message>
    <message>
        <source>Every message is cut into frames that start with a fixed 9-byte header (length, type, flags, stream ID) instead of lines of text</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jede Nachricht wird in Frames zerlegt, die mit einem festen 9-Byte-Header (Länge, Typ, Flags, Stream-ID) beginnen, statt in Textzeilen</translation>
    </message>
    <message>
        <source>Bodies must be binary, so JSON is not allowed</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Bodys müssen binär sein, daher ist JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>Headers are encrypted with a binary key</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Header werden mit einem binären Schlüssel verschlüsselt</translation>
    </message>
    <message>
        <source>Each frame travels in a TCP segment of its own</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jeder Frame reist in einem eigenen TCP-Segment</translation>
    </message>
    <message>
        <source>The fixed frame header lets a receiver find frame boundaries without parsing text and mix frames of many streams on one connection. Header lists travel HPACK-encoded in HEADERS (and CONTINUATION) frames, bodies in DATA frames. How frames map onto TCP segments is TCP&apos;s business.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Dank des festen Frame-Headers findet ein Empfänger Frame-Grenzen, ohne Text zu parsen, und kann Frames vieler Streams auf einer Verbindung mischen. Header-Listen reisen HPACK-codiert in HEADERS- (und CONTINUATION-)Frames, Bodys in DATA-Frames. Wie Frames auf TCP-Segmente verteilt werden, ist Sache von TCP.</translation>
    </message>
    <message>
        <source>At 3 % loss, which side has more segments held back behind a lost one?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Welche Seite hat bei 3 % Verlust mehr Segmente, die hinter einem verlorenen zurückgehalten werden?</translation>
    </message>
    <message>
        <source>HTTP/1.1, because it has more connections on which to lose segments</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/1.1, weil es mehr Verbindungen hat, auf denen Segmente verloren gehen können</translation>
    </message>
    <message>
        <source>HTTP/2, because all its streams share one TCP connection</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2, weil sich alle seine Streams eine TCP-Verbindung teilen</translation>
    </message>
    <message>
        <source>Neither: they hold back the same number</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Keine: Beide halten gleich viele zurück</translation>
    </message>
    <message>
        <source>HTTP/1.1 lost {a.segmentsLost} segment(s) and held back {a.segmentsBlocked}; HTTP/2 lost {b.segmentsLost} and held back {b.segmentsBlocked}. On a single connection, everything that arrives after a loss waits for the retransmission, whichever stream it belongs to, while HTTP/1.1&apos;s separate connections keep a loss local to one of them. Where the losses fall decides the outcome of one run: try other seeds.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/1.1 verlor {a.segmentsLost} Segment(e) und hielt {a.segmentsBlocked} zurück; HTTP/2 verlor {b.segmentsLost} und hielt {b.segmentsBlocked} zurück. Auf einer einzigen Verbindung wartet alles, was nach einem Verlust ankommt, auf die Neuübertragung, egal zu welchem Stream es gehört, während die getrennten Verbindungen von HTTP/1.1 einen Verlust auf eine von ihnen beschränken. Wo die Verluste fallen, entscheidet über das Ergebnis eines einzelnen Laufs: Probieren Sie andere Seeds aus.</translation>
    </message>
    <message>
        <source>What does a PUSH_PROMISE frame carry?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Was enthält ein PUSH_PROMISE-Frame?</translation>
    </message>
    <message>
        <source>The pushed response&apos;s body</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Den Body der gepushten Antwort</translation>
    </message>
    <message>
        <source>The request headers the server answers as if the client had sent them, and the ID of the new stream that will carry the response</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Anfrage-Header, die der Server beantwortet, als hätte der Client sie gesendet, und die ID des neuen Streams, der die Antwort tragen wird</translation>
    </message>
    <message>
        <source>A promise to send a WINDOW_UPDATE later</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Das Versprechen, später ein WINDOW_UPDATE zu senden</translation>
    </message>
    <message>
        <source>A list of URLs the client should request next</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine Liste von URLs, die der Client als Nächstes anfragen soll</translation>
    </message>
    <message>
        <source>The server sends PUSH_PROMISE on the stream of the client&apos;s original request, with a complete request header block and a promised, even-numbered stream ID. The response then arrives on the promised stream like any other, as HEADERS and DATA. Sending the promise before the page body tells the client not to request that object itself.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der Server sendet PUSH_PROMISE auf dem Stream der ursprünglichen Anfrage des Clients, mit einem vollständigen Anfrage-Header-Block und einer versprochenen, geraden Stream-ID. Die Antwort kommt dann wie jede andere auf dem versprochenen Stream an, als HEADERS und DATA. Wird das Promise vor dem Body der Seite gesendet, weiß der Client, dass er dieses Objekt nicht selbst anfragen muss.</translation>
    </message>
    <message>
        <source>How can an HTTP/2 client keep a server from pushing?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wie kann ein HTTP/2-Client einen Server am Pushen hindern?</translation>
    </message>
    <message>
        <source>Send GOAWAY after each response</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nach jeder Antwort GOAWAY senden</translation>
    </message>
    <message>
        <source>Leave out the Accept header</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Den Accept-Header weglassen</translation>
    </message>
    <message>
        <source>It cannot: every HTTP/2 server may push</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Gar nicht: Jeder HTTP/2-Server darf pushen</translation>
    </message>
    <message>
        <source>Send SETTINGS_ENABLE_PUSH set to 0, or reset unwanted pushed streams with RST_STREAM</source>
        <extracomment>quiz.questions</extracomment>
        <translation>SETTINGS_ENABLE_PUSH auf 0 gesetzt senden oder unerwünschte gepushte Streams mit RST_STREAM zurücksetzen</translation>
    </message>
    <message>
        <source>A server may push only while the client&apos;s SETTINGS_ENABLE_PUSH is 1, the default. A client that already has the resource can cancel the promised stream with RST_STREAM (error code CANCEL), although some of its data may already be on the way.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Server darf nur pushen, solange SETTINGS_ENABLE_PUSH des Clients 1 ist, der Standardwert. Ein Client, der die Ressource schon hat, kann den versprochenen Stream mit RST_STREAM (Fehlercode CANCEL) abbrechen, auch wenn ein Teil der Daten womöglich schon unterwegs ist.</translation>
    </message>
    <message>
        <source>A candidate proposes HTTP/2 server push to deliver chat messages to browsers as they happen. What is wrong with that?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Kandidat schlägt vor, Chatnachrichten per HTTP/2 Server Push in Echtzeit an Browser auszuliefern. Was ist daran falsch?</translation>
    </message>
    <message>
        <source>Push only attaches extra responses to a request the client made, for the browser&apos;s cache; the page&apos;s code never receives them as messages</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Push hängt nur zusätzliche Antworten an eine Anfrage des Clients an, für den Cache des Browsers; der Code der Seite erhält sie nie als Nachrichten</translation>
    </message>
    <message>
        <source>Nothing: that is what push was designed for</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nichts: Genau dafür wurde Push entworfen</translation>
    </message>
    <message>
        <source>Push works only for images</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Push funktioniert nur für Bilder</translation>
    </message>
    <message>
        <source>A pushed response cannot exceed 16 KB</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine gepushte Antwort darf nicht größer als 16 KB sein</translation>
    </message>
    <message>
        <source>A pushed response belongs to an open client request and lands in the browser&apos;s push cache, where it is used only if the page later asks for that URL. For messages the application consumes as they happen, use WebSockets, server-sent events or long polling.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine gepushte Antwort gehört zu einer offenen Client-Anfrage und landet im Push-Cache des Browsers, wo sie nur verwendet wird, wenn die Seite später diese URL anfragt. Für Nachrichten, die die Anwendung in Echtzeit verarbeitet, verwenden Sie WebSockets, Server-Sent Events oder Long Polling.</translation>
    </message>
    <message>
        <source>On which stream does the server send a PUSH_PROMISE frame?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Auf welchem Stream sendet der Server einen PUSH_PROMISE-Frame?</translation>
    </message>
    <message>
        <source>On stream 0</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Auf Stream 0</translation>
    </message>
    <message>
        <source>On the new, even-numbered stream it promises</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Auf dem neuen, geradzahligen Stream, den er verspricht</translation>
    </message>
    <message>
        <source>On the stream of the client request the pushed resource belongs to</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Auf dem Stream der Client-Anfrage, zu der die gepushte Ressource gehört</translation>
    </message>
    <message>
        <source>On any idle stream the server chooses</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Auf einem beliebigen inaktiven Stream, den der Server wählt</translation>
    </message>
    <message>
        <source>The promise travels on the client-initiated stream it relates to (the page&apos;s stream 1, for instance), which ties the pushed resource to that request. The promised stream ID inside the frame names the even-numbered stream that will then carry the response. Stream 0 carries only connection-wide frames.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Das Promise reist auf dem vom Client eröffneten Stream, auf den es sich bezieht (zum Beispiel Stream 1 der Seite), was die gepushte Ressource an diese Anfrage bindet. Die versprochene Stream-ID im Frame nennt den geradzahligen Stream, der anschließend die Antwort trägt. Stream 0 trägt nur verbindungsweite Frames.</translation>
    </message>
    <message>
        <source>The page lists 10 objects and B&apos;s server pushes them. How many PUSH_PROMISE frames reach B&apos;s client?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Seite nennt 10 Objekte, und der Server von B pusht sie. Wie viele PUSH_PROMISE-Frames erreichen den Client von B?</translation>
    </message>
    <message>
        <source>frames</source>
        <extracomment>quiz.questions
----------
websockets.lesson</extracomment>
        <translation>Frames</translation>
    </message>
    <message>
        <source>The server promises each object once, before sending the page body: {count(b, &quot;http2.PUSH_PROMISE client&quot;)} promises, and {b.objectsPushed} of the {b.objectsCompleted} objects arrived pushed. Each promise costs only a small HPACK-encoded header block, since the request headers of the objects are nearly identical.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der Server verspricht jedes Objekt einmal, bevor er den Body der Seite sendet: {count(b, &quot;http2.PUSH_PROMISE client&quot;)} Promises, und {b.objectsPushed} der {b.objectsCompleted} Objekte kamen per Push an. Jedes Promise kostet nur einen kleinen HPACK-codierten Header-Block, da die Anfrage-Header der Objekte nahezu identisch sind.</translation>
    </message>
    <message>
        <source>requests</source>
        <extracomment>quiz.questions
----------
server-push.lesson</extracomment>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>On which stream IDs do B&apos;s pushed responses arrive?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Auf welchen Stream-IDs kommen die gepushten Antworten von B an?</translation>
    </message>
    <message>
        <source>Odd IDs, like the client&apos;s own requests</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ungerade IDs, wie die eigenen Anfragen des Clients</translation>
    </message>
    <message>
        <source>Even IDs (2, 4, 6, ...), opened by the server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Gerade IDs (2, 4, 6, ...), vom Server eröffnet</translation>
    </message>
    <message>
        <source>Streams the server opens are even-numbered, so they can never collide with the client&apos;s odd ones. The page&apos;s response came on stream 1 and the first pushed response on stream 2 ({count(b, &quot;http2.HEADERS client s2c stream=2&quot;)} response HEADERS on it); the PUSH_PROMISE frames themselves travelled on stream 1, the page&apos;s stream.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Streams, die der Server eröffnet, sind geradzahlig, sodass sie nie mit den ungeraden des Clients kollidieren können. Die Antwort der Seite kam auf Stream 1 und die erste gepushte Antwort auf Stream 2 ({count(b, &quot;http2.HEADERS client s2c stream=2&quot;)} Antwort-HEADERS darauf); die PUSH_PROMISE-Frames selbst reisten auf Stream 1, dem Stream der Seite.</translation>
    </message>
    <message>
        <source>How does a browser open a WebSocket?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wie öffnet ein Browser einen WebSocket?</translation>
    </message>
    <message>
        <source>A TCP connection straight to port 443, starting with a magic string</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine TCP-Verbindung direkt zu Port 443, die mit einem magischen String beginnt</translation>
    </message>
    <message>
        <source>An HTTP/1.1 GET with Upgrade websocket, Connection Upgrade and a Sec-WebSocket-Key, answered by 101 Switching Protocols</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein HTTP/1.1-GET mit Upgrade websocket, Connection Upgrade und einem Sec-WebSocket-Key, beantwortet mit 101 Switching Protocols</translation>
    </message>
    <message>
        <source>An HTTP POST whose body never ends</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein HTTP-POST, dessen Body nie endet</translation>
    </message>
    <message>
        <source>A DNS lookup for a WebSocket record</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine DNS-Abfrage nach einem WebSocket-Eintrag</translation>
    </message>
    <message>
        <source>The opening handshake is an ordinary HTTP request, so it passes proxies and load balancers and can carry cookies and authorisation headers. After the 101 response, the same TCP (and TLS) connection carries WebSocket frames in both directions. Over HTTP/2, RFC 8441 uses an extended CONNECT request on a stream instead.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der öffnende Handshake ist eine gewöhnliche HTTP-Anfrage, daher passiert er Proxys und Load Balancer und kann Cookies und Autorisierungs-Header mitführen. Nach der 101-Antwort trägt dieselbe TCP- (und TLS-)Verbindung WebSocket-Frames in beide Richtungen. Über HTTP/2 verwendet RFC 8441 stattdessen eine erweiterte CONNECT-Anfrage auf einem Stream.</translation>
    </message>
    <message>
        <source>A server sends a 100-byte text message over a WebSocket. How big is the frame header?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Server sendet eine Textnachricht von 100 Bytes über einen WebSocket. Wie groß ist der Frame-Header?</translation>
    </message>
    <message>
        <source>6 bytes</source>
        <extracomment>quiz.questions</extracomment>
        <translation>6 Bytes</translation>
    </message>
    <message>
        <source>2 bytes</source>
        <extracomment>quiz.questions</extracomment>
        <translation>2 Bytes</translation>
    </message>
    <message>
        <source>9 bytes</source>
        <extracomment>quiz.questions</extracomment>
        <translation>9 Bytes</translation>
    </message>
    <message>
        <source>About 200 bytes, like an HTTP response head</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Etwa 200 Bytes, wie der Header einer HTTP-Antwort</translation>
    </message>
    <message>
        <source>The first byte holds FIN, three reserved bits and the opcode; the second the mask bit and a 7-bit length, enough for payloads up to 125 bytes. Longer payloads add 2 or 8 length bytes, and frames from a client add a 4-byte masking key, so the same message from a browser has a 6-byte header. 9 bytes is the size of an HTTP/2 frame header.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Das erste Byte enthält FIN, drei reservierte Bits und den Opcode, das zweite das Mask-Bit und eine 7-Bit-Länge, genug für Nutzdaten bis 125 Bytes. Längere Nutzdaten fügen 2 oder 8 Längenbytes hinzu, und Frames eines Clients einen 4-Byte-Maskierungsschlüssel, daher hat dieselbe Nachricht von einem Browser einen 6-Byte-Header. 9 Bytes ist die Größe eines HTTP/2-Frame-Headers.</translation>
    </message>
    <message>
        <source>Why do WebSocket servers send ping frames on quiet connections?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Warum senden WebSocket-Server auf ruhigen Verbindungen Ping-Frames?</translation>
    </message>
    <message>
        <source>To measure the client&apos;s CPU load</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Um die CPU-Last des Clients zu messen</translation>
    </message>
    <message>
        <source>To ask the client to resend lost messages</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Um den Client aufzufordern, verlorene Nachrichten erneut zu senden</translation>
    </message>
    <message>
        <source>To notice dead peers, and to keep proxies and NAT devices from dropping an idle connection</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Um tote Gegenstellen zu bemerken und zu verhindern, dass Proxys und NAT-Geräte eine ungenutzte Verbindung verwerfen</translation>
    </message>
    <message>
        <source>Because TCP cannot keep a connection open without data</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Weil TCP eine Verbindung ohne Daten nicht offen halten kann</translation>
    </message>
    <message>
        <source>A ping must be answered by a pong with the same payload. A missing pong tells the server the client is gone (a laptop lid closed, a phone in a tunnel) so it can free the connection; the traffic also keeps middleboxes with idle timeouts from cutting it. Resending lost data is TCP&apos;s job.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Ping muss mit einem Pong mit denselben Nutzdaten beantwortet werden. Ein fehlendes Pong zeigt dem Server, dass der Client weg ist (Laptop zugeklappt, Handy im Tunnel), sodass er die Verbindung freigeben kann; der Verkehr hält außerdem Middleboxes mit Leerlauf-Timeouts davon ab, sie zu kappen. Verlorene Daten erneut zu senden ist Aufgabe von TCP.</translation>
    </message>
    <message>
        <source>Two chat clients exchange messages for 2 seconds. How many HTTP requests does the WebSocket side send in all?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Zwei Chat-Clients tauschen 2 Sekunden lang Nachrichten aus. Wie viele HTTP-Anfragen sendet die WebSocket-Seite insgesamt?</translation>
    </message>
    <message>
        <source>Each client sends one HTTP request, its upgrade, and from then on only frames: {b.polling.httpRequests} requests and {b.polling.webSocketFrames} frames in all. Short polling needed {a.polling.httpRequests} requests for the same chat, every one with a full HTTP head each way.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jeder Client sendet eine HTTP-Anfrage, sein Upgrade, und danach nur noch Frames: insgesamt {b.polling.httpRequests} Anfragen und {b.polling.webSocketFrames} Frames. Short Polling brauchte für denselben Chat {a.polling.httpRequests} Anfragen, jede mit einem vollständigen HTTP-Header in beide Richtungen.</translation>
    </message>
    <message>
        <source>When B&apos;s chat is over, which close code do its WebSocket connections end with?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Mit welchem Close-Code enden die WebSocket-Verbindungen von B, wenn der Chat vorbei ist?</translation>
    </message>
    <message>
        <source>1001, going away</source>
        <extracomment>quiz.questions</extracomment>
        <translation>1001, Going Away</translation>
    </message>
    <message>
        <source>1006, abnormal closure</source>
        <extracomment>quiz.questions</extracomment>
        <translation>1006, abnormales Schließen</translation>
    </message>
    <message>
        <source>1000, normal closure</source>
        <extracomment>quiz.questions</extracomment>
        <translation>1000, normales Schließen</translation>
    </message>
    <message>
        <source>Your chat service runs on 10 WebSocket servers behind a load balancer. Alice is connected to server 3, Bob to server 7. How does Alice&apos;s message reach Bob?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ihr Chatdienst läuft auf 10 WebSocket-Servern hinter einem Load Balancer. Alice ist mit Server 3 verbunden, Bob mit Server 7. Wie erreicht Alices Nachricht Bob?</translation>
    </message>
    <message>
        <source>The load balancer copies every frame to all servers</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der Load Balancer kopiert jeden Frame an alle Server</translation>
    </message>
    <message>
        <source>Alice&apos;s browser opens a second WebSocket, to server 7</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Alices Browser öffnet einen zweiten WebSocket, zu Server 7</translation>
    </message>
    <message>
        <source>Server 3 publishes it to a shared pub/sub channel (Redis, Kafka, NATS) that server 7 is subscribed to</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Server 3 veröffentlicht sie in einem gemeinsamen Pub/Sub-Kanal (Redis, Kafka, NATS), den Server 7 abonniert hat</translation>
    </message>
    <message>
        <source>It cannot: users who talk to each other must be on the same server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Gar nicht: Nutzer, die miteinander sprechen, müssen auf demselben Server sein</translation>
    </message>
    <message>
        <source>Each WebSocket server only knows its own connections. A pub/sub backplane, or a presence service that maps users to servers plus routing between servers, fans messages out, so any server can deliver to any user and servers can be added freely.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jeder WebSocket-Server kennt nur seine eigenen Verbindungen. Ein Pub/Sub-Backplane oder ein Presence-Dienst, der Nutzer Servern zuordnet, zusammen mit Routing zwischen den Servern verteilt Nachrichten, sodass jeder Server an jeden Nutzer zustellen kann und sich Server beliebig hinzufügen lassen.</translation>
    </message>
    <message>
        <source>When do you need sticky sessions at the load balancer?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wann brauchen Sie Sticky Sessions am Load Balancer?</translation>
    </message>
    <message>
        <source>For every HTTPS API, because the TLS keys live on one server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Für jede HTTPS-API, weil die TLS-Schlüssel auf einem Server liegen</translation>
    </message>
    <message>
        <source>For stateless REST services, to improve caching</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Für zustandslose REST-Dienste, um das Caching zu verbessern</translation>
    </message>
    <message>
        <source>When a client&apos;s successive requests must reach the server that keeps its state in memory, as with long polling that buffers per-client messages</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wenn aufeinanderfolgende Anfragen eines Clients den Server erreichen müssen, der seinen Zustand im Speicher hält, etwa bei Long Polling, das Nachrichten pro Client puffert</translation>
    </message>
    <message>
        <source>Never: load balancers cannot do it</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nie: Load Balancer können das nicht</translation>
    </message>
    <message>
        <source>A WebSocket is a single long-lived connection, so it stays on one server by nature. Protocols made of many requests (long polling, or Socket.IO&apos;s polling phase before it upgrades) need every request to reach the same server, unless that state moves to a shared store. Stateless REST should avoid stickiness, because it unbalances the load.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein WebSocket ist eine einzige langlebige Verbindung und bleibt daher von Natur aus auf einem Server. Protokolle aus vielen Anfragen (Long Polling oder die Polling-Phase von Socket.IO vor dem Upgrade) brauchen jede Anfrage auf demselben Server, es sei denn, dieser Zustand wandert in einen gemeinsamen Speicher. Zustandsloses REST sollte Stickiness vermeiden, weil sie die Last ungleich verteilt.</translation>
    </message>
    <message>
        <source>Why is a stateless HTTP API easy to scale horizontally?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Warum lässt sich eine zustandslose HTTP-API leicht horizontal skalieren?</translation>
    </message>
    <message>
        <source>Any instance can handle any request, so instances can be added, removed or replaced behind the load balancer without losing sessions</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jede Instanz kann jede Anfrage bearbeiten, daher lassen sich Instanzen hinter dem Load Balancer hinzufügen, entfernen oder ersetzen, ohne Sitzungen zu verlieren</translation>
    </message>
    <message>
        <source>Stateless APIs need no database</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Zustandslose APIs brauchen keine Datenbank</translation>
    </message>
    <message>
        <source>HTTP requests are smaller than WebSocket frames</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP-Anfragen sind kleiner als WebSocket-Frames</translation>
    </message>
    <message>
        <source>Stateless servers need no TLS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Zustandslose Server brauchen kein TLS</translation>
    </message>
    <message>
        <source>With session data in tokens or a shared store, instances are interchangeable: scale on load, roll out new versions gradually, route round-robin. Long-lived connections (WebSockets, gRPC streams) pin a client to one instance for their whole life, so new servers get no share of existing clients until those reconnect.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Liegen die Sitzungsdaten in Tokens oder einem gemeinsamen Speicher, sind Instanzen austauschbar: nach Last skalieren, neue Versionen schrittweise ausrollen, per Round Robin verteilen. Langlebige Verbindungen (WebSockets, gRPC-Streams) binden einen Client für ihre ganze Lebensdauer an eine Instanz, daher erhalten neue Server keinen Anteil an bestehenden Clients, bis diese sich neu verbinden.</translation>
    </message>
    <message>
        <source>You put 5 gRPC backends behind a layer-4 (TCP) load balancer, yet each client&apos;s calls all land on one backend. Why?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Sie stellen 5 gRPC-Backends hinter einen Layer-4-(TCP-)Load-Balancer, doch alle Aufrufe eines Clients landen auf einem Backend. Warum?</translation>
    </message>
    <message>
        <source>gRPC messages are too big for layer-4 balancers</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC-Nachrichten sind zu groß für Layer-4-Balancer</translation>
    </message>
    <message>
        <source>Layer-4 balancers cannot forward HTTP/2</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Layer-4-Balancer können kein HTTP/2 weiterleiten</translation>
    </message>
    <message>
        <source>gRPC keeps one long-lived HTTP/2 connection and multiplexes every call over it, and a layer-4 balancer balances connections, not calls</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC hält eine langlebige HTTP/2-Verbindung und multiplext alle Aufrufe darüber, und ein Layer-4-Balancer verteilt Verbindungen, nicht Aufrufe</translation>
    </message>
    <message>
        <source>Protobuf ties a client to one server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Protobuf bindet einen Client an einen Server</translation>
    </message>
    <message>
        <source>A TCP balancer picks a backend once per connection; afterwards every call rides the same connection. Balance per call instead: a layer-7 proxy that speaks HTTP/2 (Envoy, for example), client-side load balancing over connections to several backends, or a service mesh.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein TCP-Balancer wählt ein Backend einmal pro Verbindung; danach läuft jeder Aufruf über dieselbe Verbindung. Verteilen Sie stattdessen pro Aufruf: mit einem Layer-7-Proxy, der HTTP/2 spricht (zum Beispiel Envoy), mit clientseitigem Load Balancing über Verbindungen zu mehreren Backends oder mit einem Service Mesh.</translation>
    </message>
    <message>
        <source>What mostly limits how many idle WebSocket clients one server can hold?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Was begrenzt vor allem, wie viele ruhende WebSocket-Clients ein Server halten kann?</translation>
    </message>
    <message>
        <source>TCP allows at most 65,535 connections per server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TCP erlaubt höchstens 65.535 Verbindungen pro Server</translation>
    </message>
    <message>
        <source>Each connection needs a CPU core of its own</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jede Verbindung braucht einen eigenen CPU-Kern</translation>
    </message>
    <message>
        <source>Memory and file descriptors for every open connection (socket and TLS buffers, per-client state), plus heartbeat traffic</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Speicher und Dateideskriptoren für jede offene Verbindung (Socket- und TLS-Puffer, Zustand pro Client), dazu der Heartbeat-Verkehr</translation>
    </message>
    <message>
        <source>The number of HTTP requests the server can parse per second</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Zahl der HTTP-Anfragen, die der Server pro Sekunde parsen kann</translation>
    </message>
    <message>
        <source>An idle connection costs almost no CPU, but it holds kernel buffers, TLS state and application state, so capacity is planned in memory and open files. A TCP connection is named by both addresses and both ports, so one listening port can accept far more than 65,535 connections from different clients.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine ruhende Verbindung kostet fast keine CPU, belegt aber Kernel-Puffer, TLS-Zustand und Anwendungszustand, daher plant man die Kapazität in Speicher und offenen Dateien. Eine TCP-Verbindung wird durch beide Adressen und beide Ports bezeichnet, daher kann ein lauschender Port weit mehr als 65.535 Verbindungen von verschiedenen Clients annehmen.</translation>
    </message>
    <message>
        <source>A ticker sends 5 updates a second to 2 clients. Which costs more HTTP head bytes per delivered update: short polling every 500 ms, or long polling?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Ticker sendet 5 Updates pro Sekunde an 2 Clients. Was kostet mehr HTTP-Header-Bytes pro zugestelltem Update: Short Polling alle 500 ms oder Long Polling?</translation>
    </message>
    <message>
        <source>Short polling</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Short Polling</translation>
    </message>
    <message>
        <source>Long polling</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Long Polling</translation>
    </message>
    <message>
        <source>Long polling sends a request for almost every update ({b.polling.httpRequests} requests for {b.polling.deliveries} deliveries), while a short poll every {knob.pollIntervalMs} ms collects several updates at once ({a.polling.httpRequests} requests). Per delivery that is {b.polling.overheadPerDelivery:0} bytes of overhead against {a.polling.overheadPerDelivery:0}. Long polling buys its low latency ({b.polling.latencyMeanMs:0} ms against {a.polling.latencyMeanMs:0} ms) with requests, and the busier the feed, the more it pays.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Long Polling sendet für fast jedes Update eine Anfrage ({b.polling.httpRequests} Anfragen für {b.polling.deliveries} Zustellungen), während ein kurzer Poll alle {knob.pollIntervalMs} ms mehrere Updates auf einmal abholt ({a.polling.httpRequests} Anfragen). Pro Zustellung sind das {b.polling.overheadPerDelivery:0} Bytes Overhead gegenüber {a.polling.overheadPerDelivery:0}. Long Polling erkauft seine geringe Latenz ({b.polling.latencyMeanMs:0} ms gegenüber {a.polling.latencyMeanMs:0} ms) mit Anfragen, und je reger der Feed, desto mehr zahlt es.</translation>
    </message>
    <message>
        <source>Long polling, 2 clients, 10 updates a second for 2 seconds. How many HTTP requests do the clients send in all?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Long Polling, 2 Clients, 10 Updates pro Sekunde über 2 Sekunden. Wie viele HTTP-Anfragen senden die Clients insgesamt?</translation>
    </message>
    <message>
        <source>A long poll is answered as soon as there is news and the client asks again at once, so it costs about one request per update per client: {a.polling.httpRequests} requests for {a.polling.deliveries} deliveries. The WebSocket side sent {b.polling.httpRequests}, its upgrades. Every request costs a full HTTP head each way: {a.polling.httpHeadBytes} bytes of heads against {b.polling.httpHeadBytes}, and every one is work for the servers and the load balancer.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Long Poll wird beantwortet, sobald es Neues gibt, und der Client fragt sofort erneut, daher kostet es etwa eine Anfrage pro Update und Client: {a.polling.httpRequests} Anfragen für {a.polling.deliveries} Zustellungen. Die WebSocket-Seite sendete {b.polling.httpRequests}, ihre Upgrades. Jede Anfrage kostet einen vollständigen HTTP-Header in jede Richtung: {a.polling.httpHeadBytes} Bytes an Headern gegenüber {b.polling.httpHeadBytes}, und jede einzelne ist Arbeit für die Server und den Load Balancer.</translation>
    </message>
    <message>
        <source>Short polling every 200 ms for a feed that changes once a second. How many HTTP requests are spent for every update delivered?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Short Polling alle 200 ms für einen Feed, der sich einmal pro Sekunde ändert. Wie viele HTTP-Anfragen werden für jedes zugestellte Update aufgewendet?</translation>
    </message>
    <message>
        <source>requests per update</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Anfragen pro Update</translation>
    </message>
    <message>
        <source>Most polls come back empty: {a.polling.httpRequests} requests for {a.polling.deliveries} deliveries, that is {a.polling.overheadPerDelivery:0} bytes of HTTP heads per update, against {b.polling.overheadPerDelivery:0} bytes of WebSocket overhead. Polling faster lowers the latency ({a.polling.latencyMeanMs:0} ms here) but multiplies the requests every server must answer, most of them for nothing.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die meisten Polls kommen leer zurück: {a.polling.httpRequests} Anfragen für {a.polling.deliveries} Zustellungen, also {a.polling.overheadPerDelivery:0} Bytes an HTTP-Headern pro Update gegenüber {b.polling.overheadPerDelivery:0} Bytes WebSocket-Overhead. Schnelleres Polling senkt die Latenz (hier {a.polling.latencyMeanMs:0} ms), vervielfacht aber die Anfragen, die jeder Server beantworten muss, die meisten davon umsonst.</translation>
    </message>
    <message>
        <source>What comes before every gRPC message inside the HTTP/2 DATA frames?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Was steht in den HTTP/2-DATA-Frames vor jeder gRPC-Nachricht?</translation>
    </message>
    <message>
        <source>Only the 9-byte HTTP/2 frame header</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nur der 9-Byte-Frame-Header von HTTP/2</translation>
    </message>
    <message>
        <source>A JSON envelope naming the method</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein JSON-Umschlag, der die Methode nennt</translation>
    </message>
    <message>
        <source>Nothing: messages are separated by newlines</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nichts: Nachrichten werden durch Zeilenumbrüche getrennt</translation>
    </message>
    <message>
        <source>A 5-byte prefix: a compressed flag byte and a 4-byte message length</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein 5-Byte-Präfix: ein Byte mit dem Compressed-Flag und eine 4-Byte-Nachrichtenlänge</translation>
    </message>
    <message>
        <source>Length prefixes let one stream carry any number of messages, one message span several DATA frames, or several messages share one. Protobuf messages are not self-delimiting, so the prefix is needed. The method is named once per call, in the :path header (/package.Service/Method).</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Dank der Längenpräfixe kann ein Stream beliebig viele Nachrichten tragen, eine Nachricht sich über mehrere DATA-Frames erstrecken oder sich mehrere Nachrichten einen Frame teilen. Protobuf-Nachrichten sind nicht selbstbegrenzend, daher ist das Präfix nötig. Die Methode wird einmal pro Aufruf genannt, im :path-Header (/package.Service/Method).</translation>
    </message>
    <message>
        <source>Service A calls B, which calls C. How should gRPC deadlines be set?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Dienst A ruft B auf, der C aufruft. Wie sollten gRPC-Deadlines gesetzt werden?</translation>
    </message>
    <message>
        <source>Give every hop the same fixed 30-second timeout</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jedem Hop dasselbe feste Timeout von 30 Sekunden geben</translation>
    </message>
    <message>
        <source>Set none: gRPC retries until the call succeeds</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Keine setzen: gRPC wiederholt, bis der Aufruf gelingt</translation>
    </message>
    <message>
        <source>Set a deadline where the request enters, and pass the time that remains on to every call downstream</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine Deadline dort setzen, wo die Anfrage hereinkommt, und die verbleibende Zeit an jeden nachgelagerten Aufruf weitergeben</translation>
    </message>
    <message>
        <source>Only C needs a deadline</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nur C braucht eine Deadline</translation>
    </message>
    <message>
        <source>A gRPC client sends its deadline as the grpc-timeout header; when it passes, the call ends with DEADLINE_EXCEEDED on both sides. Passing the remaining budget on stops B and C from working on answers nobody waits for any more, which is how overloads cascade.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein gRPC-Client sendet seine Deadline als grpc-timeout-Header; ist sie verstrichen, endet der Aufruf auf beiden Seiten mit DEADLINE_EXCEEDED. Wird das verbleibende Budget weitergegeben, arbeiten B und C nicht mehr an Antworten, auf die niemand mehr wartet; genau solche Arbeit lässt Überlastungen kaskadieren.</translation>
    </message>
    <message>
        <source>Which change to a Protobuf message keeps old clients working?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Welche Änderung an einer Protobuf-Nachricht lässt alte Clients weiter funktionieren?</translation>
    </message>
    <message>
        <source>Changing the number of an existing field</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Nummer eines bestehenden Felds ändern</translation>
    </message>
    <message>
        <source>Changing a field from string to int64</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Feld von string auf int64 ändern</translation>
    </message>
    <message>
        <source>Adding a field with a new field number</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Feld mit einer neuen Feldnummer hinzufügen</translation>
    </message>
    <message>
        <source>Giving a deleted field&apos;s number to a new field</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Nummer eines gelöschten Felds an ein neues Feld vergeben</translation>
    </message>
    <message>
        <source>On the wire, Protobuf identifies fields by number and wire type, not by name. Old readers skip numbers they do not know, so adding fields is safe, and so is renaming one (for the binary format). Renumbering, incompatible type changes or reused numbers make old and new code misread each other; mark removed numbers as reserved.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Auf der Leitung erkennt Protobuf Felder an Nummer und Wire-Typ, nicht am Namen. Alte Leser überspringen Nummern, die sie nicht kennen, daher ist das Hinzufügen von Feldern sicher, ebenso das Umbenennen (für das Binärformat). Umnummerierungen, inkompatible Typänderungen oder wiederverwendete Nummern führen dazu, dass alter und neuer Code einander falsch lesen; markieren Sie entfernte Nummern als reserved.</translation>
    </message>
    <message>
        <source>A client uploads a large log file to a gRPC service in chunks and wants one summary at the end. Which call type fits?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Client lädt eine große Logdatei in Teilen zu einem gRPC-Dienst hoch und möchte am Ende eine Zusammenfassung. Welcher Aufruftyp passt?</translation>
    </message>
    <message>
        <source>Unary</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Unär</translation>
    </message>
    <message>
        <source>Server streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Server-Streaming</translation>
    </message>
    <message>
        <source>Bidirectional streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Bidirektionales Streaming</translation>
    </message>
    <message>
        <source>Client streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Client-Streaming</translation>
    </message>
    <message>
        <source>In client streaming the client sends a stream of messages and gets one response after it half-closes its side. Server streaming is the mirror (one request, many responses, such as a listing), bidirectional lets both sides send independently (chat, live sync), and unary is one message each way. Bidirectional would work too, but adds nothing here.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Beim Client-Streaming sendet der Client einen Strom von Nachrichten und erhält eine Antwort, nachdem er seine Seite halb geschlossen hat. Server-Streaming ist das Spiegelbild (eine Anfrage, viele Antworten, etwa eine Auflistung), bidirektionales Streaming lässt beide Seiten unabhängig senden (Chat, Live-Synchronisierung), und ein unärer Aufruf ist eine Nachricht in jede Richtung. Bidirektionales Streaming würde auch funktionieren, bringt hier aber nichts.</translation>
    </message>
    <message>
        <source>How does gRPC map a call onto HTTP/2?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wie bildet gRPC einen Aufruf auf HTTP/2 ab?</translation>
    </message>
    <message>
        <source>Every message opens a new TCP connection</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jede Nachricht öffnet eine neue TCP-Verbindung</translation>
    </message>
    <message>
        <source>All calls share stream 1</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Alle Aufrufe teilen sich Stream 1</translation>
    </message>
    <message>
        <source>Each call is one HTTP/2 stream: request HEADERS naming /Service/Method, messages in DATA frames, and the status in trailing HEADERS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jeder Aufruf ist ein HTTP/2-Stream: Anfrage-HEADERS, die /Service/Method nennen, Nachrichten in DATA-Frames und der Status in abschließenden HEADERS</translation>
    </message>
    <message>
        <source>Each call is an HTTP/1.1 request tunnelled through CONNECT</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jeder Aufruf ist eine HTTP/1.1-Anfrage, die per CONNECT getunnelt wird</translation>
    </message>
    <message>
        <source>Because calls are streams, many concurrent calls share one connection, and HPACK shrinks their repeated headers. A streaming call simply keeps its stream open for more DATA frames. The request is a POST to /package.Service/Method with content-type application/grpc.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Da Aufrufe Streams sind, teilen sich viele gleichzeitige Aufrufe eine Verbindung, und HPACK verkleinert ihre wiederholten Header. Ein Streaming-Aufruf hält seinen Stream einfach für weitere DATA-Frames offen. Die Anfrage ist ein POST an /package.Service/Method mit dem content-type application/grpc.</translation>
    </message>
    <message>
        <source>For every unary gRPC call, how many HEADERS frames does the server send?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wie viele HEADERS-Frames sendet der Server für jeden unären gRPC-Aufruf?</translation>
    </message>
    <message>
        <source>frames per call</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Frames pro Aufruf</translation>
    </message>
    <message>
        <source>One HEADERS frame opens the response (:status 200, content-type application/grpc), and a second one with END_STREAM carries the trailers with grpc-status: {count(b, &quot;http2.HEADERS client s2c&quot;)} HEADERS frames for {b.grpc.calls} calls, {b.grpc.callsOk} of them ending with status OK.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein HEADERS-Frame eröffnet die Antwort (:status 200, content-type application/grpc), und ein zweiter mit END_STREAM trägt die Trailer mit grpc-status: {count(b, &quot;http2.HEADERS client s2c&quot;)} HEADERS-Frames für {b.grpc.calls} Aufrufe, von denen {b.grpc.callsOk} mit dem Status OK endeten.</translation>
    </message>
    <message>
        <source>A waits for an answer to every message, B streams. How many times longer does A take to move the 10 items down and back up?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>A wartet auf eine Antwort auf jede Nachricht, B streamt. Um welchen Faktor länger braucht A, um die 10 Elemente nach unten und wieder nach oben zu bewegen?</translation>
    </message>
    <message>
        <source>A pays a round trip per item in each direction, {a.roundTrips} round trips and {a.totalTimeMs:0} ms in all; B keeps two streams open and sends without waiting, {b.roundTrips} round trips and {b.totalTimeMs:0} ms, {a.totalTimeMs / b.totalTimeMs:1} times less. Streams fit whenever many messages of the same kind flow one way.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>A zahlt einen Roundtrip pro Element in jeder Richtung, insgesamt {a.roundTrips} Roundtrips und {a.totalTimeMs:0} ms; B hält zwei Streams offen und sendet ohne zu warten, {b.roundTrips} Roundtrips und {b.totalTimeMs:0} ms, also um den Faktor {a.totalTimeMs / b.totalTimeMs:1} schneller. Streams passen immer dann, wenn viele Nachrichten gleicher Art in eine Richtung fließen.</translation>
    </message>
    <message>
        <source>Dozens of internal services written in Go, Java and Python call each other thousands of times a second under tight latency budgets. Which would you pick for those calls?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Dutzende interne Dienste, geschrieben in Go, Java und Python, rufen einander tausende Male pro Sekunde unter knappen Latenzbudgets auf. Was würden Sie für diese Aufrufe wählen?</translation>
    </message>
    <message>
        <source>REST with XML bodies</source>
        <extracomment>quiz.questions</extracomment>
        <translation>REST mit XML-Bodys</translation>
    </message>
    <message>
        <source>A WebSocket between every pair of services</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Einen WebSocket zwischen jedem Paar von Diensten</translation>
    </message>
    <message>
        <source>Short polling of a shared database table</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Short Polling einer gemeinsamen Datenbanktabelle</translation>
    </message>
    <message>
        <source>gRPC over HTTP/2, with .proto contracts</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC über HTTP/2, mit .proto-Verträgen</translation>
    </message>
    <message>
        <source>gRPC gives typed contracts with generated clients for every language, compact Protobuf payloads, many calls multiplexed on long-lived connections, deadlines and streaming. The price: binary payloads need tools such as grpcurl to read, and load must be balanced per call, not per connection.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC bietet typisierte Verträge mit generierten Clients für jede Sprache, kompakte Protobuf-Nutzdaten, viele auf langlebigen Verbindungen gemultiplexte Aufrufe, Deadlines und Streaming. Der Preis: Binäre Nutzdaten brauchen Werkzeuge wie grpcurl zum Lesen, und die Last muss pro Aufruf verteilt werden, nicht pro Verbindung.</translation>
    </message>
    <message>
        <source>An internal dashboard shows figures that change every few minutes, for a handful of viewers. Which would you pick?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein internes Dashboard zeigt Kennzahlen, die sich alle paar Minuten ändern, für eine Handvoll Betrachter. Was würden Sie wählen?</translation>
    </message>
    <message>
        <source>WebSockets with a Redis pub/sub backplane</source>
        <extracomment>quiz.questions</extracomment>
        <translation>WebSockets mit einem Redis-Pub/Sub-Backplane</translation>
    </message>
    <message>
        <source>gRPC bidirectional streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Bidirektionales gRPC-Streaming</translation>
    </message>
    <message>
        <source>A custom protocol over UDP</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein eigenes Protokoll über UDP</translation>
    </message>
    <message>
        <source>Plain HTTP requests, polling every minute or so</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Einfache HTTP-Anfragen, etwa jede Minute ein Poll</translation>
    </message>
    <message>
        <source>With rare updates and few viewers, the delay of polling does not matter and each poll is cheap, while a layer of long-lived connections would add servers, heartbeats and reconnect logic for nothing. Picking the simplest design that meets the requirement is itself a strong interview answer.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Bei seltenen Updates und wenigen Betrachtern spielt die Verzögerung durch Polling keine Rolle, und jeder Poll ist billig, während eine Schicht langlebiger Verbindungen Server, Heartbeats und Reconnect-Logik umsonst hinzufügen würde. Das einfachste Design zu wählen, das die Anforderung erfüllt, ist an sich schon eine starke Antwort im Vorstellungsgespräch.</translation>
    </message>
    <message>
        <source>Browsers only need to receive a one-way stream of notifications, and you want the simplest option that runs over ordinary HTTP and reconnects by itself. Which fits best?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Browser müssen nur einen Einweg-Strom von Benachrichtigungen empfangen, und Sie möchten die einfachste Option, die über gewöhnliches HTTP läuft und sich selbst neu verbindet. Was passt am besten?</translation>
    </message>
    <message>
        <source>Server-Sent Events (EventSource)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Server-Sent Events (EventSource)</translation>
    </message>
    <message>
        <source>gRPC client streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC-Client-Streaming</translation>
    </message>
    <message>
        <source>HTTP/1.1 pipelining</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/1.1-Pipelining</translation>
    </message>
    <message>
        <source>Server-Sent Events are one long HTTP response made of text events; the browser reconnects on its own and resumes with Last-Event-ID, proxies treat it as HTTP, and over HTTP/2 it is just one more stream. WebSockets work too, but bring their own framing, heartbeats and scaling work, which pays off when clients also send often.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Server-Sent Events sind eine lange HTTP-Antwort aus Textereignissen; der Browser verbindet sich von selbst neu und setzt mit Last-Event-ID fort, Proxys behandeln sie als HTTP, und über HTTP/2 sind sie nur ein weiterer Stream. WebSockets funktionieren auch, bringen aber eigenes Framing, Heartbeats und Skalierungsaufwand mit, was sich lohnt, wenn auch die Clients häufig senden.</translation>
    </message>
    <message>
        <source>A multiplayer browser game sends player positions 20 times a second in both directions. Which would you pick?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Multiplayer-Browserspiel sendet Spielerpositionen 20-mal pro Sekunde in beide Richtungen. Was würden Sie wählen?</translation>
    </message>
    <message>
        <source>One REST POST per position update</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein REST-POST pro Positionsupdate</translation>
    </message>
    <message>
        <source>WebSockets, with a compact binary message format</source>
        <extracomment>quiz.questions</extracomment>
        <translation>WebSockets, mit einem kompakten binären Nachrichtenformat</translation>
    </message>
    <message>
        <source>At 20 updates a second each way, a request per update multiplies HTTP heads and waiting; long polling also needs a request per batch of news and a second connection to send. A WebSocket frame costs a few bytes of header and leaves at once. WebTransport over QUIC is the newer option when dropping a stale position beats waiting for its retransmission.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Bei 20 Updates pro Sekunde in jede Richtung vervielfacht eine Anfrage pro Update die HTTP-Header und die Wartezeit; Long Polling braucht außerdem eine Anfrage pro Schub an Neuigkeiten und eine zweite Verbindung zum Senden. Ein WebSocket-Frame kostet wenige Bytes Header und geht sofort ab. WebTransport über QUIC ist die neuere Option, wenn das Verwerfen einer veralteten Position besser ist als das Warten auf ihre Neuübertragung.</translation>
    </message>
    <message>
        <source>A mobile app at 100 ms RTT needs 10 items. REST over a pool of HTTP/1.1 connections, or gRPC over one HTTP/2 connection: which has all the items first?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine mobile App bei 100 ms RTT braucht 10 Elemente. REST über einen Pool von HTTP/1.1-Verbindungen oder gRPC über eine HTTP/2-Verbindung: Was hat alle Elemente zuerst?</translation>
    </message>
    <message>
        <source>REST</source>
        <extracomment>quiz.questions</extracomment>
        <translation>REST</translation>
    </message>
    <message>
        <source>REST finished in {a.totalTimeMs:0} ms over {a.connections} connections, gRPC in {b.totalTimeMs:0} ms over {b.connections}. REST&apos;s parallel connections each pay a TCP and a TLS handshake ({a.tlsBytes} TLS bytes against {b.tlsBytes}), while gRPC multiplexes every call on one; on the wire {a.wireBytes} bytes against {b.wireBytes}. For a handful of calls the times are close; bytes, connections and battery are where gRPC clearly wins.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>REST war nach {a.totalTimeMs:0} ms über {a.connections} Verbindungen fertig, gRPC nach {b.totalTimeMs:0} ms über {b.connections}. Die parallelen Verbindungen von REST zahlen jeweils einen TCP- und einen TLS-Handshake ({a.tlsBytes} TLS-Bytes gegenüber {b.tlsBytes}), während gRPC alle Aufrufe über eine multiplext; auf der Leitung {a.wireBytes} Bytes gegenüber {b.wireBytes}. Bei einer Handvoll Aufrufe liegen die Zeiten nah beieinander; bei Bytes, Verbindungen und Akku gewinnt gRPC klar.</translation>
    </message>
    <message>
        <source>Five small items (200-byte thumbnails) by REST over HTTPS, against gRPC. Where do most of REST&apos;s extra bytes on the wire come from?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Fünf kleine Elemente (Vorschaubilder von 200 Bytes) per REST über HTTPS im Vergleich zu gRPC. Woher kommen die meisten zusätzlichen Bytes von REST auf der Leitung?</translation>
    </message>
    <message>
        <source>The TLS handshakes of its extra connections</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Von den TLS-Handshakes seiner zusätzlichen Verbindungen</translation>
    </message>
    <message>
        <source>Its HTTP headers and JSON bodies</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Von seinen HTTP-Headern und JSON-Bodys</translation>
    </message>
    <message>
        <source>REST opened {a.connections} connections, each with a full TLS handshake: {a.tlsBytes} TLS bytes against {b.tlsBytes} for gRPC&apos;s single connection. Its heads and JSON bodies took {a.headerBytes + a.bodyBytes} bytes against {b.headerBytes + b.bodyBytes + b.framingBytes} for gRPC&apos;s header blocks, messages and frames. With small payloads, connection set-up outweighs encoding; connection reuse (keep-alive pools, HTTP/2) matters more than the serialisation format.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>REST öffnete {a.connections} Verbindungen, jede mit einem vollständigen TLS-Handshake: {a.tlsBytes} TLS-Bytes gegenüber {b.tlsBytes} für die einzelne Verbindung von gRPC. Seine Header und JSON-Bodys umfassten {a.headerBytes + a.bodyBytes} Bytes gegenüber {b.headerBytes + b.bodyBytes + b.framingBytes} für die Header-Blöcke, Nachrichten und Frames von gRPC. Bei kleinen Nutzdaten überwiegt der Verbindungsaufbau die Codierung; die Wiederverwendung von Verbindungen (Keep-Alive-Pools, HTTP/2) zählt mehr als das Serialisierungsformat.</translation>
    </message>
    <message>
        <source>A chat with a message every half second. How does long polling&apos;s delivery latency compare with the WebSocket&apos;s?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Chat mit einer Nachricht pro halbe Sekunde. Wie verhält sich die Zustelllatenz von Long Polling zu der des WebSockets?</translation>
    </message>
    <message>
        <source>The WebSocket is clearly faster</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der WebSocket ist deutlich schneller</translation>
    </message>
    <message>
        <source>About the same, within 20 %</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Etwa gleich, innerhalb von 20 %</translation>
    </message>
    <message>
        <source>Long polling is clearly faster</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Long Polling ist deutlich schneller</translation>
    </message>
    <message>
        <source>When messages are further apart than a round trip, a long poll is already waiting at the server when news arrives, so delivery costs the same one-way trip: {a.polling.latencyMeanMs:1} ms against {b.polling.latencyMeanMs:1} ms. The difference is the cost: {a.polling.httpRequests} HTTP requests and {a.polling.overheadPerDelivery:0} bytes of overhead per delivery, against {b.polling.httpRequests} and {b.polling.overheadPerDelivery:0}. Long polling is a fine fallback; WebSockets win once traffic is heavy or flows both ways.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Liegen Nachrichten weiter auseinander als ein Roundtrip, wartet bereits ein Long Poll am Server, wenn Neuigkeiten eintreffen, daher kostet die Zustellung dieselbe einfache Strecke: {a.polling.latencyMeanMs:1} ms gegenüber {b.polling.latencyMeanMs:1} ms. Der Unterschied liegt in den Kosten: {a.polling.httpRequests} HTTP-Anfragen und {a.polling.overheadPerDelivery:0} Bytes Overhead pro Zustellung gegenüber {b.polling.httpRequests} und {b.polling.overheadPerDelivery:0}. Long Polling ist ein guter Fallback; WebSockets gewinnen, sobald der Verkehr hoch ist oder in beide Richtungen fließt.</translation>
    </message>
    <message>
        <source>HTTP/2 server push, and why browsers dropped it</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>HTTP/2 Server Push und warum Browser ihn abgeschafft haben</translation>
    </message>
    <message>
        <source>Watch an HTTP/2 server push a page&apos;s objects before they are asked for, measure the round trip it saves and what it costs, and learn why Early Hints and preload replaced it.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Beobachten Sie, wie ein HTTP/2-Server die Objekte einer Webseite pusht, bevor sie angefragt werden, messen Sie den eingesparten Roundtrip und seine Kosten, und erfahren Sie, warum Early Hints und Preload ihn ersetzt haben.</translation>
    </message>
    <message>
        <source>The round trip push wants to save</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Der Roundtrip, den Push einsparen will</translation>
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
        <translation>Ein Browser kann die Bilder, Skripte und Stylesheets einer Webseite erst anfragen, wenn er das
HTML-**Dokument** empfangen und sie darin gefunden hat. Wie schnell die Verbindung auch ist, das kostet
einen zusätzlichen **Roundtrip**: erst das Dokument, dann die Anfragen für alles, was es nennt.

HTTP/2 **Server Push** versucht, diesen Roundtrip zu beseitigen. Der Server weiß, welche Objekte das
Dokument brauchen wird, also sendet er sie zusammen mit dem Dokument ungefragt mit.

Beide Seiten laden dieselbe kleine Webseite über HTTP/2. Seite **A** fragt jedes Objekt an; bei Seite **B**
pusht der Server sie. Folgen Sie den Pfeilen im Sequenzansicht.</translation>
    </message>
    <message>
        <source>How many milliseconds sooner does side B, with push, have the whole page?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Um wie viele Millisekunden früher hat Seite B mit Push die ganze Webseite?</translation>
    </message>
    <message>
        <source>Side A took {a.totalTimeMs:0} ms and side B {b.totalTimeMs:0} ms, a gain of {a.totalTimeMs - b.totalTimeMs:0} ms against a round-trip time of {knob.rttMs} ms. Side A needed {a.roundTrips} round trips (TCP, TLS, the document, the objects); side B {b.roundTrips}, because the objects came with the document. For a small page that fits in TCP&apos;s first flights, push saves about one round trip.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Seite A brauchte {a.totalTimeMs:0} ms und Seite B {b.totalTimeMs:0} ms, ein Gewinn von {a.totalTimeMs - b.totalTimeMs:0} ms bei einer Roundtrip-Zeit von {knob.rttMs} ms. Seite A brauchte {a.roundTrips} Roundtrips (TCP, TLS, das Dokument, die Objekte), Seite B {b.roundTrips}, weil die Objekte mit dem Dokument kamen. Bei einer kleinen Webseite, die in die ersten Flights von TCP passt, spart Push etwa einen Roundtrip.</translation>
    </message>
    <message>
        <source>PUSH_PROMISE: announcing a response nobody asked for</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>PUSH_PROMISE: eine Antwort ankündigen, nach der niemand gefragt hat</translation>
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
        <translation>Ein Push beginnt mit einem `PUSH_PROMISE`-Frame (RFC 9113, Abschnitt 8.4). Der Server sendet ihn auf dem
Stream der Anfrage, auf die er sich bezieht, hier Stream 1, dem des Dokuments, und der Frame enthält:

- die **versprochene Stream-ID**, eine neue **gerade** ID, weil der Server den Stream öffnet;
- einen **Header-Block** mit der Anfrage, die der Client angeblich gestellt hat (`:method GET`,
  `:path` des Objekts), HPACK-komprimiert wie jeder andere.

Die Antwort kommt dann wie gewohnt auf dem versprochenen Stream: `HEADERS`, dann `DATA`. Der Server
sendet die Promises **vor** dem Body des Dokuments, damit der Client erfährt, dass ein Objekt unterwegs
ist, bevor er den Verweis darauf lesen und es selbst anfragen kann.

Die Regeln halten Push sicher: Nur **sichere, cachebare** Anfragen ohne Body dürfen versprochen werden,
und nur für einen Origin, für den der Server autoritativ ist. Ein Client kann einen einzelnen Push mit
`RST_STREAM` ablehnen oder alle Pushes, indem er `SETTINGS_ENABLE_PUSH = 0` in seinem ersten `SETTINGS` sendet.</translation>
    </message>
    <message>
        <source>How many fewer requests (HEADERS frames sent by the client) did side B send than side A?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Wie viele Anfragen (vom Client gesendete HEADERS-Frames) hat Seite B weniger gesendet als Seite A?</translation>
    </message>
    <message>
        <source>Side A sent {count(a, &quot;http2.HEADERS client c2s&quot;)} requests, side B only {count(b, &quot;http2.HEADERS client c2s&quot;)}, for the document. The client received {count(b, &quot;http2.PUSH_PROMISE client&quot;)} PUSH_PROMISE frames and {b.objectsPushed} of its {b.objectsCompleted} objects were pushed, each on a stream the server opened. Requests that are never made cost no upstream bytes either: side B sent {b.wireBytesUp} bytes to the server against {a.wireBytesUp} for side A.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Seite A sendete {count(a, &quot;http2.HEADERS client c2s&quot;)} Anfragen, Seite B nur {count(b, &quot;http2.HEADERS client c2s&quot;)}, für das Dokument. Der Client erhielt {count(b, &quot;http2.PUSH_PROMISE client&quot;)} PUSH_PROMISE-Frames, und {b.objectsPushed} seiner {b.objectsCompleted} Objekte wurden gepusht, jedes auf einem Stream, den der Server eröffnet hat. Anfragen, die nie gestellt werden, kosten auch keine Upstream-Bytes: Seite B sendete {b.wireBytesUp} Bytes an den Server gegenüber {a.wireBytesUp} bei Seite A.</translation>
    </message>
    <message>
        <source>Why the promise comes first</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Warum das Promise zuerst kommt</translation>
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
        <translation>Die Wiedergabe hat dort angehalten, wo die Antwort auf das Dokument den Client erreicht. Der Server hat zuerst
alle `PUSH_PROMISE`-Frames auf Stream 1 gesendet und erst dann die Antworten: die des Dokuments auf Stream 1
und die gepushten auf ihren geraden Streams.

    Stream 1:   PUSH_PROMISE (2)  PUSH_PROMISE (4) ...  HEADERS  DATA (das Dokument)
    Stream 2:                                           HEADERS  DATA (Objekt 1)
    Stream 4:                                           HEADERS  DATA (Objekt 2)

Die Reihenfolge ist Absicht, und RFC 9113 fordert Server auf, sie einzuhalten.</translation>
    </message>
    <message>
        <source>Why does the server send the PUSH_PROMISE frames before the document&apos;s DATA?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Warum sendet der Server die PUSH_PROMISE-Frames vor den DATA-Frames des Dokuments?</translation>
    </message>
    <message>
        <source>Because the client must acknowledge every promise before the document may be sent</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Weil der Client jedes Promise bestätigen muss, bevor das Dokument gesendet werden darf</translation>
    </message>
    <message>
        <source>So the client knows the objects are coming before it finds them in the document and requests them itself</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Damit der Client weiß, dass die Objekte kommen, bevor er sie im Dokument findet und selbst anfragt</translation>
    </message>
    <message>
        <source>Because a PUSH_PROMISE may only be sent on a stream that has not sent DATA yet</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Weil ein PUSH_PROMISE nur auf einem Stream gesendet werden darf, der noch keine DATA gesendet hat</translation>
    </message>
    <message>
        <source>To fill the HPACK dynamic table before the document&apos;s headers are compressed</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Um die dynamische HPACK-Tabelle zu füllen, bevor die Header des Dokuments komprimiert werden</translation>
    </message>
    <message>
        <source>If the document arrived first, the client could parse a reference and send its own request for that object while the push is still in flight, and the object would cross the wire twice. Promising first removes that race. Nothing is acknowledged: the server does not wait for the client at all, which is where the saved round trip comes from. Nor must promises precede all DATA: they need an open stream and must only come before the frames that refer to the pushed object. Here the client received its first promise {firstMs(b, &quot;http2.HEADERS client s2c stream=1&quot;) - firstMs(b, &quot;http2.PUSH_PROMISE client&quot;):1} ms before the document&apos;s response headers.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Käme das Dokument zuerst an, könnte der Client einen Verweis parsen und eine eigene Anfrage für dieses Objekt senden, während der Push noch unterwegs ist, und das Objekt ginge zweimal über die Leitung. Das vorab gesendete Promise beseitigt diese Race Condition. Bestätigt wird nichts: Der Server wartet überhaupt nicht auf den Client, und genau daher kommt der eingesparte Roundtrip. Die Promises müssen auch nicht allen DATA-Frames vorausgehen: Sie brauchen einen offenen Stream und müssen nur vor den Frames kommen, die auf das gepushte Objekt verweisen. Hier erhielt der Client sein erstes Promise {firstMs(b, &quot;http2.HEADERS client s2c stream=1&quot;) - firstMs(b, &quot;http2.PUSH_PROMISE client&quot;):1} ms vor den Antwort-Headern des Dokuments.</translation>
    </message>
    <message>
        <source>Pushing more than the first flight holds</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Mehr pushen, als der erste Flight fasst</translation>
    </message>
    <message>
        <source>The same comparison with a bigger page: more and larger objects. A new TCP connection may only
send a limited amount before it hears back from the client: its **initial congestion window**,
ten segments here, as in most real stacks. TLS adds its own unit: a **record** of up to 16 KB
can only be decrypted once all of it has arrived.

With push, the server writes the document and all the pushed responses at once. Look at when
the document&apos;s first bytes reach the client on each side.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Derselbe Vergleich mit einer größeren Webseite: mehr und größere Objekte. Eine neue TCP-Verbindung darf nur
eine begrenzte Menge senden, bevor sie vom Client hört: ihr **initiales Congestion Window**,
hier zehn Segmente, wie bei den meisten realen Stacks. TLS bringt eine eigene Einheit mit: Ein **Record** von
bis zu 16 KB lässt sich erst entschlüsseln, wenn er vollständig angekommen ist.

Mit Push schreibt der Server das Dokument und alle gepushten Antworten auf einmal. Achten Sie darauf, wann
die ersten Bytes des Dokuments auf jeder Seite beim Client ankommen.</translation>
    </message>
    <message>
        <source>With the bigger page, when does the document&apos;s response reach the client with push, compared with side A?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Wann erreicht die Antwort auf das Dokument bei der größeren Webseite den Client mit Push, verglichen mit Seite A?</translation>
    </message>
    <message>
        <source>Sooner with push</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Früher mit Push</translation>
    </message>
    <message>
        <source>About the same time</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Etwa zur gleichen Zeit</translation>
    </message>
    <message>
        <source>Later with push</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Später mit Push</translation>
    </message>
    <message>
        <source>The first response byte reached the client after {b.timeToFirstByteMs:0} ms with push and {a.timeToFirstByteMs:0} ms without. The pushed responses leave together with the document and compete with it for the first flight: when they do not fit in it, the document can end up waiting a round trip for pushed bytes to make room, because TCP sends in order and TLS decrypts whole records. The whole page took {b.totalTimeMs:0} ms with push against {a.totalTimeMs:0} ms without, where a round trip is {knob.rttMs} ms: compare that with the round trip push saved on the small page. Once the page is larger than the first flights, the bottleneck is the congestion window, not the missing requests, and push cannot send faster than TCP allows.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Das erste Antwortbyte erreichte den Client nach {b.timeToFirstByteMs:0} ms mit Push und nach {a.timeToFirstByteMs:0} ms ohne. Die gepushten Antworten gehen zusammen mit dem Dokument ab und konkurrieren mit ihm um den ersten Flight: Passen sie nicht hinein, kann das Dokument am Ende einen Roundtrip darauf warten, dass gepushte Bytes Platz machen, weil TCP in Reihenfolge sendet und TLS ganze Records entschlüsselt. Die ganze Webseite brauchte mit Push {b.totalTimeMs:0} ms gegenüber {a.totalTimeMs:0} ms ohne, bei einem Roundtrip von {knob.rttMs} ms: Vergleichen Sie das mit dem Roundtrip, den Push bei der kleinen Webseite gespart hat. Sobald die Webseite größer ist als die ersten Flights, ist das Congestion Window der Engpass, nicht die fehlenden Anfragen, und Push kann nicht schneller senden, als TCP erlaubt.</translation>
    </message>
    <message>
        <source>Why browsers gave up on push</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Warum Browser Push aufgegeben haben</translation>
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
        <translation>Push sah aus wie ein geschenkter Roundtrip, doch in der Praxis war er das selten. Chrome hat ihn 2022 abgeschaltet
(Version 106), Firefox hat ihn 2024 entfernt, und nginx hat ihn aus seinem Server gestrichen. RFC 9113 selbst
nennt Push schwer effektiv einsetzbar. Die Gründe:

- **Der Server sieht den Cache nicht.** Ein wiederkehrender Besucher hat das Stylesheet und das
  Logo schon; der Server pusht sie trotzdem. Der Client kann mit `RST_STREAM` abbrechen, doch bis das
  ankommt, ist ein Roundtrip an gepushten Bytes bereits auf der Leitung: **verschwendete Bytes**.
- **Push konkurriert mit dem, was zählt.** Gepushte Bytes nehmen dem Dokument und den Anfragen, die der
  Browser höher priorisiert hätte, Bandbreite und Congestion Window weg, wie der letzte Lauf gezeigt hat.
- **Push ist schwer richtig einzusetzen.** Was gepusht wird, wann und wie viel, hängt von der Webseite, dem
  Cache und dem Netz ab; die meisten Websites, die ihn ausprobiert haben, maßen wenig Gewinn, manche einen Verlust.

Nur sehr wenige Websites haben ihn überhaupt genutzt, daher haben die Browser den Code entfernt, statt ihn weiter zu pflegen.</translation>
    </message>
    <message>
        <source>A returning visitor has every object of the page in the browser cache. The server pushes them anyway. What happens?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Ein wiederkehrender Besucher hat alle Objekte der Seite im Browser-Cache. Der Server pusht sie trotzdem. Was passiert?</translation>
    </message>
    <message>
        <source>The server sees the browser&apos;s cache and skips the objects already there</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Der Server sieht den Cache des Browsers und überspringt die Objekte, die dort schon liegen</translation>
    </message>
    <message>
        <source>The browser refuses the PUSH_PROMISE frames, so no data is sent</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Der Browser lehnt die PUSH_PROMISE-Frames ab, daher werden keine Daten gesendet</translation>
    </message>
    <message>
        <source>Nothing is wasted: pushed objects only replace the copies in the cache</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Nichts wird verschwendet: Gepushte Objekte ersetzen nur die Kopien im Cache</translation>
    </message>
    <message>
        <source>The pushed bytes cross the network anyway, at least until the browser&apos;s RST_STREAM reaches the server</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Die gepushten Bytes gehen trotzdem über das Netz, zumindest bis das RST_STREAM des Browsers beim Server ankommt</translation>
    </message>
    <message>
        <source>HTTP/2 gives the server no view of the client&apos;s cache (a proposal for &quot;cache digests&quot; was abandoned). The browser can reset each pushed stream once it sees the promise, but the server started sending at once, so up to a round trip&apos;s worth of pushed data is already on its way when the reset arrives. In this run the client received {bytes(b, &quot;http2.DATA client s2c&quot;)} bytes of DATA; for a visitor with a warm cache, the pushed part of that would be waste.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>HTTP/2 gibt dem Server keinen Einblick in den Cache des Clients (ein Vorschlag für „Cache Digests“ wurde aufgegeben). Der Browser kann jeden gepushten Stream zurücksetzen, sobald er das Promise sieht, aber der Server hat sofort mit dem Senden begonnen, sodass bis zu einem Roundtrip an gepushten Daten bereits unterwegs ist, wenn das Reset ankommt. In diesem Lauf hat der Client {bytes(b, &quot;http2.DATA client s2c&quot;)} Bytes an DATA empfangen; für einen Besucher mit gefülltem Cache wäre der gepushte Teil davon verschwendet.</translation>
    </message>
    <message>
        <source>The replacement: 103 Early Hints and preload</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Der Ersatz: 103 Early Hints und Preload</translation>
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
        <translation>Was an die Stelle von Push getreten ist, überlässt die Entscheidung dem **Browser**, der seinen
Cache kennt:

- **Preload**: Ein Header `Link: &lt;/style.css&gt;; rel=preload; as=style` oder dasselbe als
  `&lt;link rel=&quot;preload&quot;&gt;`-Element teilt dem Browser früh mit, welche Objekte die Seite braucht. Er
  prüft seinen Cache und fordert nur an, was fehlt.
- **103 Early Hints** (RFC 8297): Während der Server die Seite noch erzeugt, sendet er eine
  vorläufige `103`-Antwort mit diesen `Link`-Headern. Der Browser startet seine Anfragen (oder
  öffnet mit `rel=preconnect` Verbindungen) während der Denkzeit des Servers; die endgültige
  `200`-Antwort folgt, wenn die Seite fertig ist.

    client  GET /  ----------------------&gt;
            &lt;----------------------------  103 Early Hints  (Link: style.css; rel=preload)
            GET /style.css  -------------&gt;        (Server baut die Seite noch auf)
            &lt;----------------------------  200 OK  (das Dokument)

Der Browser bezahlt zwar eine Anfrage, aber er sendet sie in einer Zeit, in der er sonst untätig
wäre, und er holt nie, was er schon hat.</translation>
    </message>
    <message>
        <source>Why is 103 Early Hints safer than server push?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Warum ist 103 Early Hints sicherer als Server Push?</translation>
    </message>
    <message>
        <source>Early Hints sends the objects in a compressed form</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Early Hints sendet die Objekte in komprimierter Form</translation>
    </message>
    <message>
        <source>Early Hints needs no extra requests at all</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Early Hints braucht überhaupt keine zusätzlichen Anfragen</translation>
    </message>
    <message>
        <source>The browser decides what to fetch, and skips what its cache already holds</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Der Browser entscheidet, was er holt, und überspringt, was sein Cache schon enthält</translation>
    </message>
    <message>
        <source>Early Hints makes the server skip the objects the browser already has</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Early Hints lässt den Server die Objekte überspringen, die der Browser schon hat</translation>
    </message>
    <message>
        <source>TLS 1.2 against TLS 1.3: the full handshake</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>TLS 1.2 gegen TLS 1.3: der vollständige Handshake</translation>
    </message>
    <message>
        <source>Why TLS 1.3 needs one round trip of handshake where TLS 1.2 needs two, what a HelloRetryRequest costs, and how a version mismatch ends in an alert.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Warum TLS 1.3 für den Handshake einen Roundtrip braucht, wo TLS 1.2 zwei braucht, was ein HelloRetryRequest kostet und wie ein Versionskonflikt mit einem Alert endet.</translation>
    </message>
    <message>
        <source>TLS 1.2: two round trips before the request</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>TLS 1.2: zwei Roundtrips vor der Anfrage</translation>
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
        <translation>Beide Seiten stellen eine HTTPS-Anfrage nach einem **vollständigen Handshake**, ohne frühere
Sitzung, auf der sie aufbauen könnten. Seite A spricht TLS 1.2 (RFC 5246), Seite B TLS 1.3
(RFC 8446). Verfolgen Sie Seite A im Sequenzansicht:

    ClientHello                 ----&gt;
                                &lt;----  ServerHello, Certificate,
                                       ServerKeyExchange, ServerHelloDone
    ClientKeyExchange,
    ChangeCipherSpec, Finished  ----&gt;
                                &lt;----  NewSessionTicket,
                                       ChangeCipherSpec, Finished
    GET /                       ----&gt;

- `ClientHello` bietet Versionen, **Cipher Suites** und Extensions an; `ServerHello` wählt jeweils
  eine aus.
- `Certificate` beweist, wer der Server ist; `ServerKeyExchange` enthält den ephemeren
  öffentlichen ECDHE-Schlüssel des Servers, signiert mit dem Schlüssel des Zertifikats.
- Erst jetzt kann der Client seinen eigenen öffentlichen Schlüssel senden (`ClientKeyExchange`):
  Hier hat die Wiedergabe angehalten. Beide Seiten berechnen dasselbe Geheimnis;
  `ChangeCipherSpec` schaltet auf die neuen Schlüssel um, und `Finished` beweist, dass beide
  denselben Handshake gesehen haben.

Der Client muss das `Finished` des Servers erhalten haben, bevor er seine Anfrage sendet: zwei
Roundtrips Handshake, zusätzlich zu dem einen von TCP.</translation>
    </message>
    <message>
        <source>How many round trips does side A&apos;s TLS 1.2 handshake take, from the client&apos;s ClientHello until the handshake is complete at the client?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Wie viele Roundtrips dauert der TLS-1.2-Handshake von Seite A, vom ClientHello des Clients bis zum Abschluss des Handshakes beim Client?</translation>
    </message>
    <message>
        <source>From `ClientHello` to a complete handshake took {(firstMs(a, &quot;tls.HandshakeComplete client&quot;) - firstMs(a, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2} round trips. The client cannot send `ClientKeyExchange` before it has the server&apos;s key exchange parameters, and the server&apos;s `Finished` needs one more crossing after that. With TCP&apos;s handshake and the request itself, the first response byte came after {a.roundTrips} round trips.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Vom `ClientHello` bis zum abgeschlossenen Handshake vergingen {(firstMs(a, &quot;tls.HandshakeComplete client&quot;) - firstMs(a, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2} Roundtrips. Der Client kann `ClientKeyExchange` erst senden, wenn er die Schlüsselaustauschparameter des Servers hat, und das `Finished` des Servers braucht danach noch einen weiteren Weg über die Leitung. Mit dem TCP-Handshake und der Anfrage selbst kam das erste Antwortbyte nach {a.roundTrips} Roundtrips.</translation>
    </message>
    <message>
        <source>TLS 1.3: the key share goes first</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>TLS 1.3: Der Key Share geht zuerst</translation>
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
        <translation>TLS 1.3 spart einen Roundtrip durch eine Vermutung. Der Client nimmt an, dass der Server eine
gängige Gruppe (hier X25519) akzeptiert, und legt seinen ephemeren öffentlichen Schlüssel gleich
in das `ClientHello`, in die Extension **`key_share`**; der Inspektor zeigt sie. Der Server kann
dann alles in einem einzigen Flight beantworten:

    ClientHello + key_share     ----&gt;
                                &lt;----  ServerHello + key_share,
                                       [EncryptedExtensions, Certificate,
                                        CertificateVerify, Finished]
    [Finished], [GET /]         ----&gt;

Alles in eckigen Klammern ist verschlüsselt: Die Schlüssel existieren, sobald das `ServerHello`
den Share des Servers geliefert hat. `CertificateVerify` ist die Signatur des Servers über den
gesamten bisherigen Handshake. Der Client prüft sie und das `Finished` des Servers und sendet dann
sein eigenes `Finished` zusammen mit der Anfrage. Die `ChangeCipherSpec`-Nachrichten im
Sequenzansicht sind Attrappen, die TLS 1.3 nur sendet, damit alte Middleboxes die Verbindung
durchlassen.</translation>
    </message>
    <message>
        <source>Now side B. How many round trips until its first response byte, TCP&apos;s handshake included?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Jetzt Seite B. Wie viele Roundtrips vergehen bis zu ihrem ersten Antwortbyte, den TCP-Handshake eingeschlossen?</translation>
    </message>
    <message>
        <source>{b.roundTrips} round trips: one for TCP, one for the whole TLS 1.3 handshake, one for the request and its response. Side A needed {a.roundTrips}. At this RTT the first byte came after {b.timeToFirstByteMs:0} ms against {a.timeToFirstByteMs:0} ms: the difference is one round trip, and it grows with the distance to the server.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>{b.roundTrips} Roundtrips: einer für TCP, einer für den gesamten TLS-1.3-Handshake, einer für die Anfrage und ihre Antwort. Seite A brauchte {a.roundTrips}. Bei dieser RTT kam das erste Byte nach {b.timeToFirstByteMs:0} ms gegenüber {a.timeToFirstByteMs:0} ms: Der Unterschied ist ein Roundtrip, und er wächst mit der Entfernung zum Server.</translation>
    </message>
    <message>
        <source>Where did the key exchange messages go?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Wo sind die Schlüsselaustauschnachrichten geblieben?</translation>
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
        <translation>Vergleichen Sie die Nachrichten der beiden Seiten. TLS 1.3 hat kein `ServerKeyExchange`, kein
`ClientKeyExchange` und kein `ServerHelloDone`. Es hat außerdem vieles entfernt, was TLS 1.2 noch
erlaubte:

- den **statischen RSA-Schlüsselaustausch**, bei dem der Client das Geheimnis mit dem
  Zertifikatsschlüssel des Servers verschlüsselte: Wer diesen Schlüssel später stahl, konnte jede
  aufgezeichnete Sitzung entschlüsseln;
- Verschlüsselungsverfahren ohne eingebaute Integritätssicherung (CBC mit separatem MAC, RC4); nur
  **AEAD**-Verfahren bleiben übrig;
- Renegotiation und Kompression.

Jeder vollständige TLS-1.3-Handshake verwendet einen ephemeren (EC)DHE-Austausch und hat daher
immer **Forward Secrecy**: Wer später den privaten Schlüssel des Servers stiehlt, kann damit
keinen aufgezeichneten Verkehr öffnen.</translation>
    </message>
    <message>
        <source>TLS 1.3 sends no ServerKeyExchange or ClientKeyExchange. Where is its key exchange?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>TLS 1.3 sendet kein ServerKeyExchange und kein ClientKeyExchange. Wo findet sein Schlüsselaustausch statt?</translation>
    </message>
    <message>
        <source>In the Certificate: the client encrypts a secret with the server&apos;s public key</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Im Certificate: Der Client verschlüsselt ein Geheimnis mit dem öffentlichen Schlüssel des Servers</translation>
    </message>
    <message>
        <source>In the key_share extensions of the ClientHello and the ServerHello</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>In den key_share-Extensions von ClientHello und ServerHello</translation>
    </message>
    <message>
        <source>In the Finished messages</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>In den Finished-Nachrichten</translation>
    </message>
    <message>
        <source>In the NewSessionTicket messages after the handshake</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>In den NewSessionTicket-Nachrichten nach dem Handshake</translation>
    </message>
    <message>
        <source>The client&apos;s public key rides in the `ClientHello`&apos;s `key_share`, the server&apos;s in the `ServerHello`&apos;s (the inspector shows it). Both sides compute the shared secret from these two messages alone, which is why the server&apos;s very first flight can already be encrypted and end with `Finished`. Encrypting a secret with the certificate&apos;s key (RSA key transport) is exactly what TLS 1.3 removed, because it gave no forward secrecy.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Der öffentliche Schlüssel des Clients reist im `key_share` des `ClientHello`, der des Servers im `key_share` des `ServerHello` (der Inspektor zeigt ihn). Beide Seiten berechnen das gemeinsame Geheimnis allein aus diesen beiden Nachrichten; deshalb kann schon der allererste Flight des Servers verschlüsselt sein und mit `Finished` enden. Ein Geheimnis mit dem Schlüssel des Zertifikats zu verschlüsseln (RSA Key Transport), ist genau das, was TLS 1.3 entfernt hat, weil es keine Forward Secrecy bot.</translation>
    </message>
    <message>
        <source>When the guess is wrong: HelloRetryRequest</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Wenn die Vermutung falsch ist: HelloRetryRequest</translation>
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
        <translation>Der Key Share im `ClientHello` ist eine Vermutung. Beide Clients unterstützen hier X25519 und
P-256, senden aber nur für X25519 einen Key Share (ein Key Share pro Gruppe würde jedes
`ClientHello` größer machen). Der Server von Seite A akzeptiert X25519. Der Server von Seite B
akzeptiert **nur P-256**.

Der Server von B kann aus einem Share, den er nicht akzeptiert, kein Geheimnis berechnen, also
antwortet er mit einem **HelloRetryRequest**: einem `ServerHello` mit einem speziellen, festen
Zufallswert, das die gewünschte Gruppe nennt. Der Client muss mit einem zweiten `ClientHello` neu
beginnen, das einen P-256-Key-Share enthält. Die Wiedergabe hat beim HelloRetryRequest angehalten.</translation>
    </message>
    <message>
        <source>How many ClientHello messages did side B&apos;s client send?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Wie viele ClientHello-Nachrichten hat der Client von Seite B gesendet?</translation>
    </message>
    <message>
        <source>messages</source>
        <extracomment>tls-handshakes.lesson
----------
tls-resumption.lesson</extracomment>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>{count(b, &quot;tls.HandshakeMessage client c2s flags=1&quot;)} `ClientHello` messages, against {count(a, &quot;tls.HandshakeMessage client c2s flags=1&quot;)} on side A. The second one could only leave once the HelloRetryRequest had arrived, so the handshake took one full round trip more: {b.roundTrips} round trips until the first response byte instead of {a.roundTrips}.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>{count(b, &quot;tls.HandshakeMessage client c2s flags=1&quot;)} `ClientHello`-Nachrichten gegenüber {count(a, &quot;tls.HandshakeMessage client c2s flags=1&quot;)} auf Seite A. Die zweite konnte erst abgehen, nachdem der HelloRetryRequest angekommen war, daher dauerte der Handshake einen ganzen Roundtrip länger: {b.roundTrips} Roundtrips bis zum ersten Antwortbyte statt {a.roundTrips}.</translation>
    </message>
    <message>
        <source>What the retry costs</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Was der zweite Anlauf kostet</translation>
    </message>
    <message>
        <source>On the lanes both handshakes line up until the server&apos;s first answer; from there side B runs
one round trip behind. That is the whole cost of a HelloRetryRequest: one RTT, and the bytes of a
second `ClientHello`.

It is avoidable. Clients send a key share for the group servers most often accept (today
X25519), and servers that prefer another group may still accept the share the client already
sent. A server configured like B&apos;s forces the extra round trip on nearly every new connection.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>In der Bahnenansicht verlaufen beide Handshakes bis zur ersten Antwort des Servers gleich; ab da
liegt Seite B einen Roundtrip zurück. Das sind die gesamten Kosten eines HelloRetryRequest: eine
RTT und die Bytes eines zweiten `ClientHello`.

Sie lassen sich vermeiden. Clients senden einen Key Share für die Gruppe, die Server am häufigsten
akzeptieren (heute X25519), und Server, die eine andere Gruppe bevorzugen, können trotzdem den
Share annehmen, den der Client bereits gesendet hat. Ein Server, der wie der von B konfiguriert
ist, erzwingt den zusätzlichen Roundtrip bei fast jeder neuen Verbindung.</translation>
    </message>
    <message>
        <source>How many milliseconds later than side A did side B receive its first response byte?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Wie viele Millisekunden später als Seite A hat Seite B ihr erstes Antwortbyte erhalten?</translation>
    </message>
    <message>
        <source>{b.timeToFirstByteMs - a.timeToFirstByteMs:0} ms later, close to one round trip of {knob.rttMs} ms: the extra crossing of the HelloRetryRequest and the second `ClientHello`. Side B also put {b.tlsBytes - a.tlsBytes} more TLS bytes on the wire.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>{b.timeToFirstByteMs - a.timeToFirstByteMs:0} ms später, nahe an einem Roundtrip von {knob.rttMs} ms: der zusätzliche Weg über die Leitung für den HelloRetryRequest und das zweite `ClientHello`. Seite B hat außerdem {b.tlsBytes - a.tlsBytes} TLS-Bytes mehr übertragen.</translation>
    </message>
    <message>
        <source>No version in common</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Keine gemeinsame Version</translation>
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
        <translation>Client und Server müssen sich auf eine Version einigen. Ein TLS-1.3-Client listet die Versionen,
die er unterstützt, in der Extension `supported_versions` seines `ClientHello` auf; ein
TLS-1.2-Client hat keine solche Extension und schreibt einfach 1.2 in das Versionsfeld des Hello.
Der Server wählt die höchste Version, die beide gemeinsam haben.

Der Client von Seite B erlaubt höchstens TLS 1.2, und sein Server verlangt TLS 1.3. Es gibt nichts
zu wählen, also beendet der Server den Handshake mit dem fatalen Alert **`protocol_version`**
(Alert 70). Es wurden keine Schlüssel vereinbart, daher geht der Alert im Klartext über die
Leitung.

Eine verwandte Schutzmaßnahme: Wenn sich ein TLS-1.3-Server doch auf TLS 1.2 einlässt, schreibt er
eine feste Markierung in die letzten Bytes des Zufallswerts seines `ServerHello`. Ein
TLS-1.3-Client, der diese Markierung sieht, weiß, dass ein Angreifer sein Angebot von 1.3 entfernt
hat, und bricht ab; ein **Downgrade** lässt sich also nicht unbemerkt erzwingen.</translation>
    </message>
    <message>
        <source>Who ended side B&apos;s handshake, and when?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Wer hat den Handshake von Seite B beendet, und wann?</translation>
    </message>
    <message>
        <source>The server, in answer to the ClientHello</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Der Server, als Antwort auf das ClientHello</translation>
    </message>
    <message>
        <source>The client, after it had seen the ServerHello</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Der Client, nachdem er das ServerHello gesehen hatte</translation>
    </message>
    <message>
        <source>Nobody: both settled on TLS 1.2</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Niemand: Beide haben sich auf TLS 1.2 geeinigt</translation>
    </message>
    <message>
        <source>The version is the server&apos;s choice, made from the `ClientHello` alone, so the server was the one to refuse, at once, without sending a `ServerHello`: side B failed after {b.roundTrips} round trips and only {b.tlsBytes} bytes of TLS. A fatal alert ends the connection; the client could only retry with other settings.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>Die Version wählt der Server allein anhand des `ClientHello`; daher war er es, der ablehnte, sofort und ohne ein `ServerHello` zu senden: Seite B scheiterte nach {b.roundTrips} Roundtrips und nur {b.tlsBytes} Bytes TLS. Ein fataler Alert beendet die Verbindung; der Client kann es nur mit anderen Einstellungen erneut versuchen.</translation>
    </message>
    <message>
        <source>Coming back: session resumption and 0-RTT</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Die Rückkehr: Sitzungswiederaufnahme und 0-RTT</translation>
    </message>
    <message>
        <source>How a session ticket lets a returning client skip the certificate (and, in TLS 1.2, a round trip), and why TLS 1.3&apos;s 0-RTT early data is faster but can be replayed.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Wie ein Session Ticket einem wiederkehrenden Client das Zertifikat (und bei TLS 1.2 einen Roundtrip) erspart und warum die 0-RTT-Early-Data von TLS 1.3 schneller sind, sich aber wiedereinspielen lassen (Replay).</translation>
    </message>
    <message>
        <source>A ticket to come back with</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Ein Ticket für die Rückkehr</translation>
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
        <translation>Ein vollständiger Handshake ist teuer: Roundtrips, eine Zertifikatskette, die gesendet und
geprüft werden muss, eine Signatur, die erstellt und verifiziert werden muss, ein
Schlüsselaustausch, der berechnet werden muss. Ein Browser öffnet viele Verbindungen zu denselben
Servern, daher erlaubt TLS einem Client, eine frühere Sitzung **wiederaufzunehmen** (Resumption).

Am Ende des vollständigen Handshakes von Seite A hat der Server ein **`NewSessionTicket`**
gesendet; der Inspektor zeigt es. Ein **Session Ticket** (RFC 5077) ist der Zustand der Sitzung,
vor allem ihr Master Secret, verschlüsselt mit einem Schlüssel, den nur der Server kennt. Der
Client kann es nicht lesen; er bewahrt es nur auf und gibt es beim nächsten Mal zurück. Der Server
braucht dann keinen Speicher pro Client: Ein Ticket-Schlüssel, den alle seine Maschinen teilen,
genügt. (Der ältere Weg, eine **Session ID**, zwang den Server, einen Cache der Sitzungen zu
führen.)

Seite B ist ein solcher erneuter Besuch: Bevor die Uhr lief, hat eine erste, nicht aufgezeichnete
Verbindung ein Ticket erhalten, und das `ClientHello` von Seite B trägt es in seiner Extension
`session_ticket`.</translation>
    </message>
    <message>
        <source>TLS 1.2 resumed: one round trip</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>TLS 1.2 wiederaufgenommen: ein Roundtrip</translation>
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
        <translation>Der Server entschlüsselt das Ticket, findet das Master Secret und springt direkt zum Ende des
Handshakes. Das ist der **verkürzte Handshake** (Abbreviated Handshake):

    ClientHello + ticket         ----&gt;
                                 &lt;----  ServerHello, ChangeCipherSpec, Finished
    ChangeCipherSpec, Finished,
    GET /                        ----&gt;

Kein `Certificate`, kein `ServerKeyExchange`, kein `ClientKeyExchange`: Der Server beweist, wer er
ist, indem er das Ticket öffnen kann, und neue Schlüssel werden aus dem alten Master Secret und
den beiden neuen Zufallswerten abgeleitet. Der Server sendet sein `Finished` sogar zuerst.

Der Preis: Es findet kein neuer Schlüsselaustausch statt. Wer später an den Ticket-Schlüssel des
Servers gelangt, kann aufgezeichnete Tickets öffnen und damit die aufgezeichneten Sitzungen
entschlüsseln, die sie schützen, die erste eingeschlossen. Server müssen diesen Schlüssel deshalb
häufig wechseln.</translation>
    </message>
    <message>
        <source>How many round trips does side B&apos;s resumed handshake take, from its ClientHello until the handshake is complete at the client?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Wie viele Roundtrips dauert der wiederaufgenommene Handshake von Seite B, von seinem ClientHello bis zum Abschluss des Handshakes beim Client?</translation>
    </message>
    <message>
        <source>Resumed, the handshake took {(firstMs(b, &quot;tls.HandshakeComplete client&quot;) - firstMs(b, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2} round trips, the full one {(firstMs(a, &quot;tls.HandshakeComplete client&quot;) - firstMs(a, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2}. So the first response byte came after {b.roundTrips} round trips instead of {a.roundTrips}, and TLS put {b.tlsBytes} bytes on the wire instead of {a.tlsBytes}: the certificate stayed home.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Wiederaufgenommen dauerte der Handshake {(firstMs(b, &quot;tls.HandshakeComplete client&quot;) - firstMs(b, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2} Roundtrips, der vollständige {(firstMs(a, &quot;tls.HandshakeComplete client&quot;) - firstMs(a, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2}. Deshalb kam das erste Antwortbyte nach {b.roundTrips} Roundtrips statt nach {a.roundTrips}, und TLS übertrug {b.tlsBytes} Bytes statt {a.tlsBytes}: Das Zertifikat blieb zu Hause.</translation>
    </message>
    <message>
        <source>TLS 1.3: resumption with a pre-shared key</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>TLS 1.3: Wiederaufnahme mit einem Pre-Shared Key</translation>
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
        <translation>TLS 1.3 behält die Idee bei und benennt sie um. Der Server sendet weiterhin
`NewSessionTicket`-Nachrichten (nach dem Handshake, verschlüsselt), aber ein Ticket steht jetzt
für einen **Pre-Shared Key (PSK)**. Der wiederkehrende Client nennt ihn in der Extension
`pre_shared_key` seines `ClientHello`, die der Inspektor anzeigt.

Anders als bei TLS 1.2 sendet der Client hier außerdem einen frischen `key_share`, und
`psk_key_exchange_modes` lautet `psk_dhe_ke`: Die neuen Schlüssel mischen den PSK mit einem neuen
(EC)DHE-Austausch, sodass die wiederaufgenommene Sitzung **Forward Secrecy** behält.

    ClientHello + key_share + pre_shared_key  ----&gt;
                    &lt;----  ServerHello + key_share + pre_shared_key,
                           [EncryptedExtensions, Finished]
    [Finished], [GET /]                       ----&gt;

Alles in eckigen Klammern ist verschlüsselt.

Der PSK authentifiziert den Server bereits, daher sendet er kein `Certificate` und kein
`CertificateVerify`.</translation>
    </message>
    <message>
        <source>How many Certificate messages did the server send on side B, the resumed connection?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Wie viele Certificate-Nachrichten hat der Server auf Seite B, der wiederaufgenommenen Verbindung, gesendet?</translation>
    </message>
    <message>
        <source>{count(b, &quot;tls.HandshakeMessage server flags=11&quot;)}, against {count(a, &quot;tls.HandshakeMessage server flags=11&quot;)} in side A&apos;s full handshake. The server&apos;s `ServerHello` accepts the client&apos;s pre-shared key, and that key is proof enough that this is the server the client authenticated before; so no certificate ({bytes(a, &quot;tls.HandshakeMessage server flags=11&quot;)} bytes in side A) and no signature.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>{count(b, &quot;tls.HandshakeMessage server flags=11&quot;)}, gegenüber {count(a, &quot;tls.HandshakeMessage server flags=11&quot;)} im vollständigen Handshake von Seite A. Das `ServerHello` des Servers akzeptiert den Pre-Shared Key des Clients, und dieser Schlüssel ist Beweis genug, dass es derselbe Server ist, den der Client zuvor authentifiziert hat; also kein Zertifikat ({bytes(a, &quot;tls.HandshakeMessage server flags=11&quot;)} Bytes auf Seite A) und keine Signatur.</translation>
    </message>
    <message>
        <source>What TLS 1.3 resumption saves</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Was die Wiederaufnahme in TLS 1.3 spart</translation>
    </message>
    <message>
        <source>Look at the round trips: both sides needed the same number. A full TLS 1.3 handshake already
takes one round trip, and a resumed one cannot take fewer as long as the client waits for the
server&apos;s `Finished` before sending its request.

What resumption saves in TLS 1.3 is **work and bytes**: no certificate chain on the wire, no
signature for the server to compute, no chain for the client to verify. For a busy server
signing is the expensive part of a handshake, so resumption still pays.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Sehen Sie sich die Roundtrips an: Beide Seiten brauchten gleich viele. Ein vollständiger
TLS-1.3-Handshake dauert bereits nur einen Roundtrip, und ein wiederaufgenommener kann nicht mit
weniger auskommen, solange der Client auf das `Finished` des Servers wartet, bevor er seine
Anfrage sendet.

Was die Wiederaufnahme in TLS 1.3 spart, sind **Arbeit und Bytes**: keine Zertifikatskette auf der
Leitung, keine Signatur, die der Server berechnen muss, keine Kette, die der Client prüfen muss.
Für einen stark ausgelasteten Server ist das Signieren der teure Teil eines Handshakes, deshalb
lohnt sich die Wiederaufnahme trotzdem.</translation>
    </message>
    <message>
        <source>A TLS 1.3 resumption takes as many round trips as a full TLS 1.3 handshake. What does it save?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Eine TLS-1.3-Wiederaufnahme braucht so viele Roundtrips wie ein vollständiger TLS-1.3-Handshake. Was spart sie?</translation>
    </message>
    <message>
        <source>One round trip</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Einen Roundtrip</translation>
    </message>
    <message>
        <source>The key exchange: a resumed session needs no new key share</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Den Schlüsselaustausch: Eine wiederaufgenommene Sitzung braucht keinen neuen Key Share</translation>
    </message>
    <message>
        <source>The certificate chain and the server&apos;s signature</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Die Zertifikatskette und die Signatur des Servers</translation>
    </message>
    <message>
        <source>The encryption of the first request</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Die Verschlüsselung der ersten Anfrage</translation>
    </message>
    <message>
        <source>The round trips are equal because even a full TLS 1.3 handshake takes only one. The saving is in what crosses the wire and what must be computed: no `Certificate` and no `CertificateVerify` on side B, so fewer TLS bytes in the statistics, no signature for the server to make and no chain for the client to check. With `psk_dhe_ke` a new key share is still exchanged, for forward secrecy, and the request is encrypted as always.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Die Roundtrips sind gleich, weil schon ein vollständiger TLS-1.3-Handshake nur einen braucht. Die Ersparnis liegt darin, was über die Leitung geht und was berechnet werden muss: kein `Certificate` und kein `CertificateVerify` auf Seite B, also weniger TLS-Bytes in der Statistik, keine Signatur, die der Server erstellen muss, und keine Kette, die der Client prüfen muss. Mit `psk_dhe_ke` wird für die Forward Secrecy weiterhin ein neuer Key Share ausgetauscht, und die Anfrage ist wie immer verschlüsselt.</translation>
    </message>
    <message>
        <source>0-RTT: the request rides with the ClientHello</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>0-RTT: Die Anfrage reist mit dem ClientHello</translation>
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
        <translation>Beide Seiten nehmen eine Sitzung wieder auf. Seite B geht weiter: Allein aus dem PSK kann der
Client einen **Early Traffic Key** ableiten, bevor er irgendetwas vom Server gehört hat. Also
verschlüsselt er seine Anfrage mit diesem Schlüssel und sendet sie direkt hinter dem
`ClientHello`, als **0-RTT-Early-Data**:

    ClientHello + early_data + pre_shared_key,
    (GET /)                          ----&gt;
                                     &lt;----  ServerHello, [EncryptedExtensions,
                                            Finished], [200 OK]
    (EndOfEarlyData), [Finished]     ----&gt;

Runde Klammern markieren, was mit dem Early Traffic Key verschlüsselt ist, eckige Klammern, was
mit den Schlüsseln des neuen Handshakes verschlüsselt ist.

Ein Server, der sie annehmen will, zeigt das mit `early_data` in `EncryptedExtensions` an und darf
die Anfrage schon in seinem allerersten Flight beantworten. Der Client schließt die Early Data
dann mit `EndOfEarlyData` ab und beendet den Handshake wie üblich.</translation>
    </message>
    <message>
        <source>How many round trips until side B&apos;s first response byte, TCP&apos;s handshake included?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Wie viele Roundtrips vergehen bis zum ersten Antwortbyte von Seite B, den TCP-Handshake eingeschlossen?</translation>
    </message>
    <message>
        <source>{b.roundTrips} round trips against {a.roundTrips} without early data: the request no longer waits for the handshake, so only TCP&apos;s own round trip and the request&apos;s remain ({b.timeToFirstByteMs:0} ms against {a.timeToFirstByteMs:0} ms here). QUIC, which merges the transport and TLS handshakes, removes the TCP round trip as well.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>{b.roundTrips} Roundtrips gegenüber {a.roundTrips} ohne Early Data: Die Anfrage wartet nicht mehr auf den Handshake, also bleiben nur der eigene Roundtrip von TCP und der der Anfrage (hier {b.timeToFirstByteMs:0} ms gegenüber {a.timeToFirstByteMs:0} ms). QUIC, das den Transport- und den TLS-Handshake zusammenlegt, beseitigt auch den Roundtrip von TCP.</translation>
    </message>
    <message>
        <source>The price of 0-RTT: replay</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Der Preis von 0-RTT: Replay</translation>
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
        <translation>Early Data werden gesendet, bevor der Server in dieser Verbindung irgendetwas gesagt hat, und das
hat zwei Folgen (RFC 8446, Abschnitt 8 und Anhang E.5):

- **Kein Schutz vor Replay.** Ein Angreifer, der das `ClientHello` mit seinen Early Data
  aufzeichnet, kann dieselben Bytes erneut an den Server senden oder an einen anderen Server
  desselben Clusters. Der Server kann die Kopie nicht vom Original unterscheiden: Beide lassen
  sich korrekt entschlüsseln, und die Anfrage wird zweimal ausgeführt. Der Rest der Verbindung ist
  sicher, denn der Angreifer kann den Handshake nicht abschließen.
- **Schwächere Forward Secrecy.** Early Data werden mit einem Schlüssel verschlüsselt, der allein
  aus dem PSK abgeleitet ist, ohne frischen Schlüsselaustausch. Wer später den Ticket-Schlüssel
  erfährt, kann aufgezeichnete Early Data entschlüsseln.

Server begrenzen den Schaden mit Tickets zur einmaligen Verwendung, einem Verzeichnis der letzten
`ClientHello`s und einem kurzen Zeitfenster, aber keine dieser Maßnahmen ist über viele Maschinen
hinweg perfekt.</translation>
    </message>
    <message>
        <source>How many bytes did side B&apos;s client send as early data?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Wie viele Bytes hat der Client von Seite B als Early Data gesendet?</translation>
    </message>
    <message>
        <source>{bytes(b, &quot;tls.EarlyData client c2s&quot;)} bytes: exactly the request head ({bytes(b, &quot;http1.RequestHead client&quot;)} bytes), `GET /`. That whole request is what an attacker could replay. Fetching a page twice does no harm, which is why this request may travel early.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>{bytes(b, &quot;tls.EarlyData client c2s&quot;)} Bytes: genau der Anfragekopf ({bytes(b, &quot;http1.RequestHead client&quot;)} Bytes), `GET /`. Diese gesamte Anfrage könnte ein Angreifer wiedereinspielen. Eine Seite zweimal abzurufen schadet nicht; deshalb darf diese Anfrage früh reisen.</translation>
    </message>
    <message>
        <source>Which requests may go early?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Welche Anfragen dürfen früh gesendet werden?</translation>
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
        <translation>Weil Early Data wiedereingespielt werden können, sind sie nur für Anfragen sicher, bei denen
zweimaliges Ausführen dieselbe Wirkung hat wie einmaliges. HTTP nennt solche Methoden
**idempotent** und diejenigen, die überhaupt nichts ändern, **sicher** (RFC 9110, Abschnitt 9.2):
`GET` und `HEAD` sind beides.

Für HTTP legt RFC 8470 die Regeln fest. Ein Client sendet nur sichere Anfragen als Early Data. Ein
Server oder ein vorgeschalteter Proxy kann eine Anfrage, die in Early Data ankam, für die
Anwendung dahinter kennzeichnen (`Early-Data: 1`) oder sie mit **`425 Too Early`** ablehnen; der
Client wiederholt sie dann nach dem Handshake. Viele Server und CDNs akzeptieren Early Data nur
für `GET`-Anfragen, manche nur für solche ohne Query-String.</translation>
    </message>
    <message>
        <source>Which of these requests should a server accept as 0-RTT early data?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Welche dieser Anfragen sollte ein Server als 0-RTT-Early-Data akzeptieren?</translation>
    </message>
    <message>
        <source>POST /transfer, which moves money between two accounts</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>POST /transfer, das Geld zwischen zwei Konten überweist</translation>
    </message>
    <message>
        <source>GET /tiles/3, which only reads an image</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>GET /tiles/3, das nur ein Bild liest</translation>
    </message>
    <message>
        <source>POST /orders, which places an order</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>POST /orders, das eine Bestellung aufgibt</translation>
    </message>
    <message>
        <source>Any request, as long as it arrives encrypted</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Jede Anfrage, solange sie verschlüsselt ankommt</translation>
    </message>
    <message>
        <source>A replayed `POST /transfer` or `POST /orders` would move the money or place the order a second time, and encryption does not help: the attacker does not need to read the request, only to send the recorded bytes again. A `GET` that only reads gives the same answer however often it runs. So servers take early data only for safe, idempotent requests, and answer others with `425 Too Early`, costing them the round trip that 0-RTT saved.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>Ein wiedereingespieltes `POST /transfer` oder `POST /orders` würde das Geld ein zweites Mal überweisen oder die Bestellung ein zweites Mal aufgeben, und Verschlüsselung hilft nicht: Der Angreifer muss die Anfrage nicht lesen, sondern nur die aufgezeichneten Bytes erneut senden. Ein `GET`, das nur liest, liefert dieselbe Antwort, so oft es auch läuft. Deshalb nehmen Server Early Data nur für sichere, idempotente Anfragen an und beantworten andere mit `425 Too Early`, was sie den Roundtrip kostet, den 0-RTT gespart hat.</translation>
    </message>
    <message>
        <source>HTTP/1.1 and REST</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>HTTP/1.1 und REST</translation>
    </message>
    <message>
        <source>Public and partner APIs: every language, curl, browser, gateway and CDN speaks HTTP and JSON, and payloads can be read by eye.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Öffentliche APIs und Partner-APIs: Jede Sprache, curl, jeder Browser, jedes Gateway und jedes CDN spricht HTTP und JSON, und Payloads lassen sich mit bloßem Auge lesen.</translation>
    </message>
    <message>
        <source>Resources that cache well: conditional requests and Cache-Control let browsers, proxies and CDNs answer for you.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Ressourcen, die sich gut cachen lassen: Bedingte Anfragen und Cache-Control lassen Browser, Proxys und CDNs für Sie antworten.</translation>
    </message>
    <message>
        <source>Simple request and response traffic where a handful of calls per screen is the norm and every tool must be able to take part.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Einfacher Anfrage-Antwort-Verkehr, bei dem eine Handvoll Aufrufe pro Bildschirm die Regel ist und jedes Werkzeug mitmachen können muss.</translation>
    </message>
    <message>
        <source>Pages or screens with many small requests on a long RTT: a connection carries one exchange at a time, and every extra connection pays its own TCP and TLS handshakes.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Seiten oder Bildschirme mit vielen kleinen Anfragen bei langer RTT: Eine Verbindung trägt jeweils nur einen Austausch, und jede zusätzliche Verbindung zahlt ihre eigenen TCP- und TLS-Handshakes.</translation>
    </message>
    <message>
        <source>Counting on pipelining to fix that: requests leave back to back, but responses still come back strictly in order.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Darauf zu setzen, dass Pipelining das behebt: Anfragen gehen direkt hintereinander hinaus, aber Antworten kommen weiterhin streng in Reihenfolge zurück.</translation>
    </message>
    <message>
        <source>Live updates by polling: every check is a full request with its headers, and an update waits for the next poll.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Live-Updates per Polling: Jede Prüfung ist eine vollständige Anfrage mit ihren Headern, und ein Update wartet auf den nächsten Poll.</translation>
    </message>
    <message>
        <source>&quot;For the public API I&apos;d use REST with JSON over HTTPS: everyone can call it, it&apos;s easy to debug, and HTTP caching and CDNs work out of the box.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>„Für die öffentliche API würde ich REST mit JSON über HTTPS verwenden: Jeder kann sie aufrufen, sie ist leicht zu debuggen, und HTTP-Caching und CDNs funktionieren ohne Weiteres.“</translation>
    </message>
    <message>
        <source>&quot;I&apos;d keep the endpoints stateless so any instance behind the load balancer can serve any request, and make retried writes safe with idempotency keys.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>„Ich würde die Endpunkte zustandslos halten, damit jede Instanz hinter dem Load Balancer jede Anfrage bedienen kann, und wiederholte Schreibvorgänge mit Idempotenzschlüsseln absichern.“</translation>
    </message>
    <message>
        <source>HTTPS (HTTP over TLS)</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>HTTPS (HTTP über TLS)</translation>
    </message>
    <message>
        <source>Always, for every production endpoint, internal ones included: confidentiality, integrity and server authentication, and with TLS 1.3 the handshake costs a single round trip.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Immer, für jeden Produktiv-Endpunkt, interne eingeschlossen: Vertraulichkeit, Integrität und Authentifizierung des Servers, und mit TLS 1.3 kostet der Handshake nur einen einzigen Roundtrip.</translation>
    </message>
    <message>
        <source>Returning clients: resumption skips the certificate and signature work, and 0-RTT lets an idempotent request leave with the ClientHello.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Wiederkehrende Clients: Die Wiederaufnahme erspart die Arbeit für Zertifikat und Signatur, und mit 0-RTT kann eine idempotente Anfrage zusammen mit dem ClientHello abgehen.</translation>
    </message>
    <message>
        <source>Few, long-lived connections, so the handshake cost is paid once and shared by many requests.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Wenige, langlebige Verbindungen, sodass die Kosten des Handshakes einmal bezahlt und von vielen Anfragen geteilt werden.</translation>
    </message>
    <message>
        <source>TLS 1.2-only configurations when clients can do TLS 1.3: every new connection waits a round trip more.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Konfigurationen nur mit TLS 1.2, obwohl die Clients TLS 1.3 beherrschen: Jede neue Verbindung wartet einen Roundtrip länger.</translation>
    </message>
    <message>
        <source>Certificates from an authority your clients do not trust, such as a private CA missing from mobile apps&apos; trust stores: the handshake fails with unknown_ca.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Zertifikate einer Zertifizierungsstelle, der Ihre Clients nicht vertrauen, etwa einer privaten CA, die in den Trust Stores mobiler Apps fehlt: Der Handshake scheitert mit unknown_ca.</translation>
    </message>
    <message>
        <source>Dropping old TLS versions on the server before all clients can speak the new one: they get protocol_version and nothing else.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Alte TLS-Versionen auf dem Server abzuschalten, bevor alle Clients die neue sprechen: Sie bekommen protocol_version und sonst nichts.</translation>
    </message>
    <message>
        <source>Accepting only a key-exchange group clients do not guess first: every handshake pays an extra round trip for a HelloRetryRequest.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Nur eine Schlüsselaustauschgruppe zu akzeptieren, die Clients nicht als erste raten: Jeder Handshake zahlt einen zusätzlichen Roundtrip für einen HelloRetryRequest.</translation>
    </message>
    <message>
        <source>&quot;I&apos;ll use HTTPS everywhere, terminated at the load balancer with TLS 1.3, and mutual TLS between internal services.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>„Ich setze überall HTTPS ein, am Load Balancer mit TLS 1.3 terminiert, und Mutual TLS zwischen internen Diensten.“</translation>
    </message>
    <message>
        <source>&quot;To keep handshakes cheap I&apos;d reuse connections and enable session resumption; 0-RTT only for idempotent GETs, since early data can be replayed.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>„Damit Handshakes günstig bleiben, würde ich Verbindungen wiederverwenden und Session Resumption aktivieren; 0-RTT nur für idempotente GETs, da Early Data wiedereingespielt werden können.“</translation>
    </message>
    <message>
        <source>HTTP/2</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>HTTP/2</translation>
    </message>
    <message>
        <source>Pages and APIs with many concurrent requests to one origin: one connection carries them all as multiplexed streams.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Seiten und APIs mit vielen gleichzeitigen Anfragen an einen Origin: Eine Verbindung trägt sie alle als gemultiplexte Streams.</translation>
    </message>
    <message>
        <source>Chatty APIs with repetitive headers: HPACK shrinks repeated header fields to a byte or two.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Gesprächige APIs mit sich wiederholenden Headern: HPACK schrumpft wiederholte Header-Felder auf ein oder zwei Bytes.</translation>
    </message>
    <message>
        <source>A transport for gRPC and for anything that needs long-lived streams over one connection.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Ein Transport für gRPC und für alles, was langlebige Streams über eine Verbindung braucht.</translation>
    </message>
    <message>
        <source>Lossy mobile or Wi-Fi links with heavy traffic: on a single TCP connection one lost segment holds back every stream (HTTP/3 over QUIC fixes that).</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Verlustreiche Mobilfunk- oder WLAN-Strecken mit viel Verkehr: Auf einer einzigen TCP-Verbindung hält ein verlorenes Segment jeden Stream auf (HTTP/3 über QUIC behebt das).</translation>
    </message>
    <message>
        <source>Relying on server push: it saves at most a round trip, and browsers removed it because it pushes what clients already have; use 103 Early Hints and preload instead.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Sich auf Server Push zu verlassen: Er spart höchstens einen Roundtrip, und Browser haben ihn entfernt, weil er pusht, was Clients schon haben; verwenden Sie stattdessen 103 Early Hints und Preload.</translation>
    </message>
    <message>
        <source>HTTP/1.1-era tricks such as domain sharding, which only add handshakes and split the HPACK tables.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Tricks aus der Zeit von HTTP/1.1 wie Domain Sharding, die nur Handshakes hinzufügen und die HPACK-Tabellen aufteilen.</translation>
    </message>
    <message>
        <source>&quot;At the edge I&apos;d serve HTTP/2 (and HTTP/3 where the CDN offers it): one connection per client, multiplexed requests and header compression, with no change to the API.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>„Am Edge würde ich HTTP/2 ausliefern (und HTTP/3, wo das CDN es anbietet): eine Verbindung pro Client, gemultiplexte Anfragen und Header-Kompression, ohne Änderung an der API.“</translation>
    </message>
    <message>
        <source>&quot;I&apos;d mention the trade-off: HTTP/2 removes head-of-line blocking between requests, but not TCP&apos;s, which is why HTTP/3 exists.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>„Ich würde den Trade-off erwähnen: HTTP/2 beseitigt das Head-of-Line-Blocking zwischen Anfragen, aber nicht das von TCP, und deshalb gibt es HTTP/3.“</translation>
    </message>
    <message>
        <source>Service-to-service calls inside the system: typed .proto contracts, generated clients for every language, compact Protobuf messages and many calls multiplexed on one connection.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Aufrufe zwischen Diensten innerhalb des Systems: typisierte .proto-Verträge, generierte Clients für jede Sprache, kompakte Protobuf-Nachrichten und viele über eine Verbindung gemultiplexte Aufrufe.</translation>
    </message>
    <message>
        <source>Streams of messages: server, client and bidirectional streaming send many messages without a round trip or a header block each.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Nachrichtenströme: Server-, Client- und bidirektionales Streaming senden viele Nachrichten, ohne für jede einen Roundtrip oder einen Header-Block zu brauchen.</translation>
    </message>
    <message>
        <source>Calls with deadlines and status codes that must travel across several services.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Aufrufe mit Deadlines und Statuscodes, die über mehrere Dienste hinweg weitergereicht werden müssen.</translation>
    </message>
    <message>
        <source>Browsers as direct clients: they need gRPC-Web and a proxy, so public and web APIs are usually REST.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Browser als direkte Clients: Sie brauchen gRPC-Web und einen Proxy, daher sind öffentliche und Web-APIs meist REST.</translation>
    </message>
    <message>
        <source>Chains of unary calls that each wait for the last, when a stream would do: each call costs a round trip and a header block plus trailers.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Ketten unärer Aufrufe, die jeweils auf den vorigen warten, wo ein Stream genügen würde: Jeder Aufruf kostet einen Roundtrip und einen Header-Block plus Trailer.</translation>
    </message>
    <message>
        <source>Connection-level (layer-4) load balancing: every call of a client rides one long-lived connection, so balance per call with a layer-7 proxy or client-side balancing.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Load Balancing auf Verbindungsebene (Layer 4): Alle Aufrufe eines Clients laufen über eine langlebige Verbindung; verteilen Sie deshalb pro Aufruf, mit einem Layer-7-Proxy oder clientseitigem Load Balancing.</translation>
    </message>
    <message>
        <source>Payloads that humans must read in logs and with curl, unless the team adopts grpcurl and similar tools.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Payloads, die Menschen in Logs und mit curl lesen müssen, es sei denn, das Team setzt grpcurl und ähnliche Werkzeuge ein.</translation>
    </message>
    <message>
        <source>&quot;For internal calls between services I&apos;d use gRPC: the .proto file is the contract, Protobuf keeps payloads small, and HTTP/2 multiplexes the calls; I&apos;d set deadlines and propagate them.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>„Für interne Aufrufe zwischen Diensten würde ich gRPC verwenden: Die .proto-Datei ist der Vertrag, Protobuf hält die Payloads klein, und HTTP/2 multiplext die Aufrufe; ich würde Deadlines setzen und sie weiterreichen.“</translation>
    </message>
    <message>
        <source>&quot;The public and browser-facing API stays REST over HTTPS, or gRPC-Web behind Envoy if the front end wants the same contracts.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>„Die öffentliche und die browserseitige API bleiben REST über HTTPS, oder gRPC-Web hinter Envoy, wenn das Frontend dieselben Verträge möchte.“</translation>
    </message>
    <message>
        <source>Real-time updates from server to client, such as tickers, dashboards and notifications: each update leaves the moment it exists, with a frame header of a few bytes.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Echtzeit-Updates vom Server zum Client, etwa Ticker, Dashboards und Benachrichtigungen: Jedes Update geht in dem Moment hinaus, in dem es entsteht, mit einem Frame-Header von wenigen Bytes.</translation>
    </message>
    <message>
        <source>Traffic in both directions, such as chat, multiplayer games and collaborative editing: client and server send on the same connection at any time.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Verkehr in beide Richtungen, etwa Chat, Multiplayer-Spiele und gemeinsames Bearbeiten: Client und Server senden jederzeit über dieselbe Verbindung.</translation>
    </message>
    <message>
        <source>Busy feeds where long polling would pay a request per update.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Stark frequentierte Feeds, bei denen Long Polling eine Anfrage pro Update bezahlen würde.</translation>
    </message>
    <message>
        <source>Rare, one-way updates: long polling, or server-sent events, deliver them about as fast over plain HTTP, with no connection layer to run.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Seltene Updates in eine Richtung: Long Polling oder Server-Sent Events liefern sie über einfaches HTTP etwa genauso schnell, ohne eine Verbindungsschicht, die man betreiben muss.</translation>
    </message>
    <message>
        <source>Request and response APIs: you would rebuild request IDs, errors, caching and retries that HTTP already has.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>APIs nach dem Anfrage-Antwort-Muster: Sie würden Anfrage-IDs, Fehler, Caching und Wiederholungen nachbauen, die HTTP schon hat.</translation>
    </message>
    <message>
        <source>Designs that cannot afford stateful servers: every connection pins a client to one server, so fan-out needs pub/sub and deploys need reconnects with backoff.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Designs, die sich keine zustandsbehafteten Server leisten können: Jede Verbindung bindet einen Client an einen Server, daher braucht Fan-out Pub/Sub, und Deployments brauchen Reconnects mit Backoff.</translation>
    </message>
    <message>
        <source>&quot;For the chat I&apos;d use WebSockets: clients keep one connection to a gateway tier, and the gateways fan messages out through a pub/sub layer such as Redis or Kafka.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>„Für den Chat würde ich WebSockets verwenden: Clients halten eine Verbindung zu einer Gateway-Schicht, und die Gateways verteilen Nachrichten über eine Pub/Sub-Schicht wie Redis oder Kafka.“</translation>
    </message>
    <message>
        <source>&quot;I&apos;d add heartbeats, reconnect with exponential backoff and jitter, and fall back to long polling where WebSockets are blocked.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>„Ich würde Heartbeats hinzufügen, Reconnects mit exponentiellem Backoff und Jitter, und auf Long Polling zurückfallen, wo WebSockets blockiert sind.“</translation>
    </message>
    <message>
        <source>HTTP long polling</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>HTTP Long Polling</translation>
    </message>
    <message>
        <source>Near real-time delivery over plain HTTP, where WebSockets are blocked or not worth a new infrastructure layer: a held request answers as soon as there is news.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Zustellung nahezu in Echtzeit über einfaches HTTP, wo WebSockets blockiert sind oder keine neue Infrastrukturschicht wert sind: Eine gehaltene Anfrage antwortet, sobald es Neuigkeiten gibt.</translation>
    </message>
    <message>
        <source>Much lower latency than short polling, without polling on a timer.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Viel geringere Latenz als Short Polling, ohne Polling nach Timer.</translation>
    </message>
    <message>
        <source>Busy feeds: every update costs a request and a full HTTP head each way, more than short polling or a WebSocket.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Stark frequentierte Feeds: Jedes Update kostet eine Anfrage und einen vollständigen HTTP-Kopf in jede Richtung, mehr als Short Polling oder ein WebSocket.</translation>
    </message>
    <message>
        <source>Chat over HTTP/1.1: the held request occupies a connection, so sending needs a second one per client.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Chat über HTTP/1.1: Die gehaltene Anfrage belegt eine Verbindung, daher braucht das Senden eine zweite pro Client.</translation>
    </message>
    <message>
        <source>Servers that keep per-client queues in memory behind a load balancer without sticky sessions or a shared store.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>Server, die Warteschlangen pro Client im Speicher halten, hinter einem Load Balancer ohne Sticky Sessions oder gemeinsamen Datenspeicher.</translation>
    </message>
    <message>
        <source>&quot;If WebSockets aren&apos;t available I&apos;d fall back to long polling: latency stays close, at the cost of a request per batch of updates.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>„Wenn WebSockets nicht verfügbar sind, würde ich auf Long Polling zurückfallen: Die Latenz bleibt ähnlich, um den Preis einer Anfrage pro Schub von Updates.“</translation>
    </message>
    <message>
        <source>Scaling WebSockets beyond one server</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>WebSockets über einen Server hinaus skalieren</translation>
    </message>
    <message>
        <source>Why a chat that works on one server loses messages on two, and how a pub/sub broker, sticky sessions and careful reconnects fix it.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Warum ein Chat, der auf einem Server funktioniert, auf zweien Nachrichten verliert, und wie ein Pub/Sub-Broker, Sticky Sessions und sorgfältige Reconnects das beheben.</translation>
    </message>
    <message>
        <source>A connection that stays</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Eine Verbindung, die bleibt</translation>
    </message>
    <message>
        <source>A REST request can go to **any** server: it brings everything the server needs, and when the
answer is sent the server forgets it. That is why stateless HTTP services scale by adding
machines behind a load balancer.

A WebSocket is different. It is **one long-lived TCP connection**, and the server that accepted
the upgrade keeps it, with its state: who the user is, which rooms it joined, what it has been
sent. A message for that client can only leave through **that server**.

Here the same chat runs on several servers behind a load balancer. Side **A**: each server keeps
its own chat room in memory. Side **B**: the servers are joined by a **pub/sub broker**.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Eine REST-Anfrage kann an **jeden** Server gehen: Sie bringt alles mit, was der Server braucht,
und wenn die Antwort gesendet ist, vergisst der Server sie. Deshalb skalieren zustandslose
HTTP-Dienste, indem man Maschinen hinter einem Load Balancer hinzufügt.

Ein WebSocket ist anders. Er ist **eine langlebige TCP-Verbindung**, und der Server, der das
Upgrade angenommen hat, behält sie, samt ihrem Zustand: wer der Benutzer ist, welchen Räumen er
beigetreten ist, was ihm bereits gesendet wurde. Eine Nachricht für diesen Client kann nur über
**diesen Server** hinausgehen.

Hier läuft derselbe Chat auf mehreren Servern hinter einem Load Balancer. Seite **A**: Jeder
Server hält seinen eigenen Chatraum im Speicher. Seite **B**: Die Server sind über einen
**Pub/Sub-Broker** verbunden.</translation>
    </message>
    <message>
        <source>Why doesn&apos;t adding WebSocket servers behind a load balancer just work, as it does for a stateless REST API?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Warum funktioniert es nicht einfach, WebSocket-Server hinter einem Load Balancer hinzuzufügen, wie bei einer zustandslosen REST-API?</translation>
    </message>
    <message>
        <source>Each server can send only to its own connections, so a message arriving at one server never reaches clients connected to another</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Jeder Server kann nur an seine eigenen Verbindungen senden, daher erreicht eine Nachricht, die bei einem Server ankommt, nie die Clients, die mit einem anderen verbunden sind</translation>
    </message>
    <message>
        <source>Load balancers cannot forward the Upgrade request</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Load Balancer können die Upgrade-Anfrage nicht weiterleiten</translation>
    </message>
    <message>
        <source>A WebSocket needs the same TCP port on every server</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Ein WebSocket braucht auf jedem Server denselben TCP-Port</translation>
    </message>
    <message>
        <source>Browsers refuse to open more than one WebSocket per site</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Browser weigern sich, mehr als einen WebSocket pro Website zu öffnen</translation>
    </message>
    <message>
        <source>The balancer forwards the upgrade like any request, and each client ends up connected to one server. The trouble is fan-out: a post reaches one server, and that server knows only its own sockets. In this run A&apos;s clients received {a.polling.deliveries} deliveries and B&apos;s {b.polling.deliveries}.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Der Balancer leitet das Upgrade wie jede Anfrage weiter, und jeder Client ist am Ende mit einem Server verbunden. Das Problem ist das Fan-out: Ein Beitrag erreicht einen Server, und dieser Server kennt nur seine eigenen Sockets. In diesem Lauf erhielten die Clients von A {a.polling.deliveries} Zustellungen und die von B {b.polling.deliveries}.</translation>
    </message>
    <message>
        <source>Round robin and per-server state</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Round Robin und Zustand pro Server</translation>
    </message>
    <message>
        <source>A **round-robin** balancer sends each new connection to the next server in turn, so the chat&apos;s
clients end up spread across the servers. With per-server state (side **A**), a message posted
through server 1 is sent to the clients on server 1 and nowhere else: everyone connected elsewhere
simply never sees it. No error is raised anywhere; the messages are just missing.

This is the classic bug of a WebSocket app that worked in development, on one process, and lost
messages in production.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Ein **Round-Robin**-Balancer schickt jede neue Verbindung reihum an den nächsten Server, sodass
die Clients des Chats über die Server verteilt werden. Mit Zustand pro Server (Seite **A**) wird
eine über Server 1 gepostete Nachricht an die Clients auf Server 1 gesendet und nirgendwohin
sonst: Wer anderswo verbunden ist, sieht sie einfach nie. Nirgends wird ein Fehler gemeldet; die
Nachrichten fehlen einfach.

Das ist der klassische Fehler einer WebSocket-App, die in der Entwicklung mit einem einzigen
Prozess funktioniert hat und in der Produktion Nachrichten verloren hat.</translation>
    </message>
    <message>
        <source>How many deliveries did A&apos;s clients miss, compared with B&apos;s?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Wie viele Zustellungen haben die Clients von A im Vergleich zu denen von B verpasst?</translation>
    </message>
    <message>
        <source>deliveries</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>B delivered {b.polling.deliveries} times and A only {a.polling.deliveries}: A lost {b.polling.deliveries - a.polling.deliveries} deliveries, every one a message that reached a server without the recipient. With {knob.clients} clients spread round robin, a client shares a server with only some of the others, so only their messages reach it.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>B kam auf {b.polling.deliveries} Zustellungen und A nur auf {a.polling.deliveries}: A verlor {b.polling.deliveries - a.polling.deliveries} Zustellungen, jede davon eine Nachricht, die einen Server ohne den Empfänger erreichte. Bei {knob.clients} Clients, die per Round Robin verteilt sind, teilt sich ein Client einen Server nur mit einem Teil der anderen, daher erreichen ihn nur deren Nachrichten.</translation>
    </message>
    <message>
        <source>A pub/sub broker between the servers</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Ein Pub/Sub-Broker zwischen den Servern</translation>
    </message>
    <message>
        <source>The standard fix is a **publish/subscribe broker** (Redis pub/sub, NATS, Kafka, or a cloud
service). Every server **subscribes** to the channels of the rooms its clients are in. When a
message arrives, the server **publishes** it to the broker instead of sending it itself; the
broker hands it to every subscribed server, and each one writes it to its own sockets.

    client -&gt; server 1 -&gt; broker -&gt; server 1 -&gt; its clients
                                 -&gt; server 2 -&gt; its clients

Now any server can take any client, and servers can be added freely. The cost is one more hop
for every message, and the broker itself becomes a part that must scale and stay available.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Die übliche Lösung ist ein **Publish/Subscribe-Broker** (Redis Pub/Sub, NATS, Kafka oder ein
Cloud-Dienst). Jeder Server **abonniert** die Kanäle der Räume, in denen seine Clients sind. Wenn
eine Nachricht ankommt, **veröffentlicht** der Server sie beim Broker, statt sie selbst zu senden;
der Broker gibt sie an jeden abonnierenden Server weiter, und jeder schreibt sie in seine eigenen
Sockets.

    client -&gt; server 1 -&gt; broker -&gt; server 1 -&gt; seine Clients
                                 -&gt; server 2 -&gt; seine Clients

Jetzt kann jeder Server jeden Client übernehmen, und Server lassen sich beliebig hinzufügen. Der
Preis ist ein zusätzlicher Hop für jede Nachricht, und der Broker selbst wird zu einem
Bestandteil, der skalieren und verfügbar bleiben muss.</translation>
    </message>
    <message>
        <source>What mean delivery latency did B, with the broker, reach?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Welche mittlere Zustelllatenz erreichte B mit dem Broker?</translation>
    </message>
    <message>
        <source>B&apos;s messages took {b.polling.latencyMeanMs:0} ms on average from the server having them to a client having them, against a one-way trip of {knob.rttMs / 2} ms: the broker&apos;s extra hop adds its own delay, small next to the link here. A was at {a.polling.latencyMeanMs:0} ms, but only for the messages it delivered at all.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Die Nachrichten von B brauchten im Mittel {b.polling.latencyMeanMs:0} ms von dem Moment, in dem der Server sie hatte, bis zu dem, in dem ein Client sie hatte, gegenüber einer einfachen Strecke von {knob.rttMs / 2} ms: Der zusätzliche Hop über den Broker bringt seine eigene Verzögerung mit, die hier neben der Strecke klein ist. A lag bei {a.polling.latencyMeanMs:0} ms, aber nur für die Nachrichten, die es überhaupt zugestellt hat.</translation>
    </message>
    <message>
        <source>Sticky sessions</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Sticky Sessions</translation>
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
        <translation>**Sticky Sessions** (Session-Affinität) sorgen dafür, dass der Load Balancer einen Client jedes
Mal an **denselben Server** schickt, anhand eines Cookies, das er setzt, oder eines Hashes der
Client-Adresse.

Sie sind wichtig, wenn eine logische Sitzung aus **mehreren HTTP-Anfragen** besteht: Long Polling
oder eine Bibliothek wie Socket.IO, die mit Polling-Anfragen beginnt und dann ein Upgrade
durchführt, braucht jede Anfrage der Sitzung dort, wo ihr Zustand liegt. Ein einzelner WebSocket
braucht sie nicht: Nach dem Upgrade bleibt die Verbindung selbst ihr ganzes Leben lang auf ihrem
Server. Nach einem Reconnect bringt die Stickiness den Client zu dem Server zurück, der seinen
Zustand vielleicht noch hält.

Was Stickiness nie tut: eine Nachricht an einen Client auf einem anderen Server zustellen.</translation>
    </message>
    <message>
        <source>Sticky sessions are now on, and A still keeps its rooms per server. Does every chat message reach every client?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Sticky Sessions sind jetzt eingeschaltet, und A hält seine Räume weiterhin pro Server. Erreicht jede Chatnachricht jeden Client?</translation>
    </message>
    <message>
        <source>No: stickiness keeps each client on one server, but a message still reaches only the clients of the server it arrived at</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Nein: Stickiness hält jeden Client auf einem Server, aber eine Nachricht erreicht weiterhin nur die Clients des Servers, bei dem sie ankam</translation>
    </message>
    <message>
        <source>Yes: sticky sessions make the balancer copy each message to every server</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Ja: Sticky Sessions lassen den Balancer jede Nachricht an jeden Server kopieren</translation>
    </message>
    <message>
        <source>Yes, but only for clients that connected after the change</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Ja, aber nur für Clients, die sich nach der Änderung verbunden haben</translation>
    </message>
    <message>
        <source>No, because sticky sessions only work for HTTP/2</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Nein, weil Sticky Sessions nur mit HTTP/2 funktionieren</translation>
    </message>
    <message>
        <source>Affinity decides where a connection goes, not where a message goes. Fan-out across servers needs the servers to share messages, through a broker as in B, which delivered {b.polling.deliveries} times against A&apos;s {a.polling.deliveries}.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Affinität entscheidet, wohin eine Verbindung geht, nicht, wohin eine Nachricht geht. Fan-out über Server hinweg erfordert, dass die Server Nachrichten teilen, über einen Broker wie bei B, das auf {b.polling.deliveries} Zustellungen kam gegenüber {a.polling.deliveries} bei A.</translation>
    </message>
    <message>
        <source>Reconnects, deploys and uneven load</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Reconnects, Deployments und ungleiche Last</translation>
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
        <translation>Langlebige Verbindungen bringen Probleme mit sich, die ein zustandsloser Dienst nicht hat:

- **Deployments und Abstürze.** Wenn ein Server stoppt, verlieren alle seine Clients gleichzeitig
  ihre Verbindungen. Wenn sie sich alle gleichzeitig neu verbinden, treffen sie die verbleibenden
  Server in einem Schwall (einer *Thundering Herd*). Clients sollten sich nach einer **zufälligen,
  wachsenden Wartezeit** neu verbinden (exponentielles Backoff mit Jitter) und ab der letzten
  Nachricht fortsetzen, die sie gesehen haben. Ein Server, der geordnet herunterfährt, nimmt
  zuerst keine neuen Sockets mehr an (**Draining**) und schließt seine Sockets mit Code `1001`
  (going away).
- **Ungleiche Last.** Verbindungen werden beim Öffnen verteilt und bleiben dann, wo sie sind. Ein
  Server, der neu hinzukommt, bekommt nur neue Verbindungen; alte wandern nie um, es sei denn, die
  Clients verbinden sich neu.
- **Idle-Timeouts.** Load Balancer und Proxys trennen Verbindungen, die eine Weile still sind (oft
  eine Minute); ein Ping oder Heartbeat in regelmäßigen Abständen hält sie offen.
- **Kosten pro Verbindung.** Jeder offene Socket belegt Speicher, einen File Descriptor und mit
  TLS seine Schlüssel; die Kapazität wird in gleichzeitigen Verbindungen gemessen, nicht in
  Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source>A server holding many thousands of WebSockets is restarted for a deploy. What should its clients do?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Ein Server mit vielen Tausend WebSockets wird für ein Deployment neu gestartet. Was sollten seine Clients tun?</translation>
    </message>
    <message>
        <source>Reconnect after a random, growing delay, and ask for the messages since the last one they saw</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Sich nach einer zufälligen, wachsenden Wartezeit neu verbinden und die Nachrichten seit der letzten gesehenen anfordern</translation>
    </message>
    <message>
        <source>Reconnect immediately, all together, so that nobody misses anything</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Sich sofort alle gemeinsam neu verbinden, damit niemand etwas verpasst</translation>
    </message>
    <message>
        <source>Fall back to short polling for the rest of the session</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Für den Rest der Sitzung auf Short Polling zurückfallen</translation>
    </message>
    <message>
        <source>Wait for the server to reconnect to them</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Warten, bis der Server sich wieder mit ihnen verbindet</translation>
    </message>
    <message>
        <source>Immediate reconnects turn one restart into a burst of handshakes that can overload the servers that are left. Jittered backoff spreads them out, and resuming from the last message seen (a sequence number or an id) closes the gap without loss. A server can never open a connection to a browser, so reconnecting is always the client&apos;s job.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>Sofortige Reconnects machen aus einem Neustart einen Schwall von Handshakes, der die verbleibenden Server überlasten kann. Backoff mit Jitter verteilt sie zeitlich, und das Fortsetzen ab der letzten gesehenen Nachricht (einer Sequenznummer oder einer ID) schließt die Lücke ohne Verlust. Ein Server kann nie eine Verbindung zu einem Browser öffnen, daher ist das Neuverbinden immer Aufgabe des Clients.</translation>
    </message>
    <message>
        <source>WebSockets: one upgrade, then frames both ways</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>WebSockets: ein Upgrade, dann Frames in beide Richtungen</translation>
    </message>
    <message>
        <source>How a WebSocket opens with an HTTP Upgrade and a 101, what Sec-WebSocket-Accept proves, what a frame looks like, why clients mask, and how the connection closes.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Wie ein WebSocket mit einem HTTP-Upgrade und einem 101 geöffnet wird, was Sec-WebSocket-Accept beweist, wie ein Frame aussieht, warum Clients maskieren und wie die Verbindung geschlossen wird.</translation>
    </message>
    <message>
        <source>An HTTP request that asks to stop being HTTP</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Eine HTTP-Anfrage, die darum bittet, nicht mehr HTTP zu sein</translation>
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
        <translation>Seite **B** hält zu jedem Client einen WebSocket offen, und der Server pusht die Updates eines
Tickers darüber. (Seite A fragt dieselben Updates per Polling ab; die nächste Lektion vergleicht
beides.)

Ein WebSocket beginnt nicht mit einem neuen Protokoll auf einem neuen Port. Er beginnt als
gewöhnliche **HTTP/1.1-GET**-Anfrage, der **Opening Handshake**, die den Server bittet, auf genau
dieser Verbindung das Protokoll zu wechseln. Der Inspektor zeigt sie:

- `Upgrade: websocket` und `Connection: Upgrade`: „Hören wir hier auf, HTTP zu sprechen.“
- `Sec-WebSocket-Key`: sechzehn zufällige Bytes, base64-codiert, für jeden Handshake neu.
- `Sec-WebSocket-Version: 13`: die Version, die RFC 6455 definiert.

Weil es einfaches HTTP ist, geht die Anfrage an Port 80 oder 443, passiert dieselben Proxys und
Load Balancer und trägt Cookies und Autorisierung wie jede Anfrage, und ein Browser fügt einen
`Origin`-Header hinzu, damit der Server Seiten von anderen Websites abweisen kann. Über TLS lautet
das Schema `wss://`, und die TCP- und TLS-Handshakes kommen zuerst.</translation>
    </message>
    <message>
        <source>Counting the TCP handshake, the TLS 1.3 handshake and the upgrade itself, how many round trips does a client wait for before the server can push anything to it?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Wie viele Roundtrips wartet ein Client, bevor der Server ihm irgendetwas pushen kann, wenn man den TCP-Handshake, den TLS-1.3-Handshake und das Upgrade selbst mitzählt?</translation>
    </message>
    <message>
        <source>One round trip for TCP, one for TLS 1.3 and one for the upgrade GET and its answer: {b.roundTrips} in this run. After that no update waits for a request: the server writes a frame whenever it has news, so every later update costs only the one-way trip of about {knob.rttMs / 2} ms.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Ein Roundtrip für TCP, einer für TLS 1.3 und einer für das Upgrade-GET und seine Antwort: {b.roundTrips} in diesem Lauf. Danach wartet kein Update mehr auf eine Anfrage: Der Server schreibt einen Frame, sobald er Neuigkeiten hat, sodass jedes spätere Update nur die einfache Strecke von etwa {knob.rttMs / 2} ms kostet.</translation>
    </message>
    <message>
        <source>101 Switching Protocols, and the accept key</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>101 Switching Protocols und der Accept-Schlüssel</translation>
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
        <translation>Der Server stimmt mit **`101 Switching Protocols`** zu. Ab der Leerzeile, die diese Antwort
beendet, trägt die Verbindung kein HTTP mehr: Beide Seiten sprechen WebSocket-Frames. Jeder andere
Status (`401`, `403`, `426 Upgrade Required`, wenn die Version falsch ist, oder ein einfaches
`200`) bedeutet, dass es keinen WebSocket gibt, und der Client muss aufgeben.

Die Antwort trägt außerdem **`Sec-WebSocket-Accept`**. Der Server berechnet den Wert aus dem
Schlüssel des Clients:

    accept = base64( SHA-1( Sec-WebSocket-Key + &quot;258EAFA5-E914-47DA-95CA-C5AB0DC85B11&quot; ) )

Die lange Zeichenkette ist eine feste GUID, die in RFC 6455 festgeschrieben ist. Der Inspektor
zeigt jeden Schritt: den Schlüssel, den Schlüssel mit angehängter GUID, dessen SHA-1 und davon das
Base64, das dem entsprechen muss, was der Server gesendet hat. Der Client prüft es und lässt die
Verbindung scheitern, wenn es nicht übereinstimmt.</translation>
    </message>
    <message>
        <source>What does a matching Sec-WebSocket-Accept prove to the client?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Was beweist ein passendes Sec-WebSocket-Accept dem Client?</translation>
    </message>
    <message>
        <source>The server read this handshake&apos;s key and deliberately agreed to speak WebSocket</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Der Server hat den Schlüssel dieses Handshakes gelesen und bewusst zugestimmt, WebSocket zu sprechen</translation>
    </message>
    <message>
        <source>The server is who it claims to be, as a certificate would prove</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Der Server ist, wer er zu sein behauptet, wie es ein Zertifikat beweisen würde</translation>
    </message>
    <message>
        <source>The frames that follow are encrypted with a key derived from it</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Die folgenden Frames werden mit einem daraus abgeleiteten Schlüssel verschlüsselt</translation>
    </message>
    <message>
        <source>Every proxy on the path has agreed to forward WebSocket frames</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Jeder Proxy auf dem Weg hat zugestimmt, WebSocket-Frames weiterzuleiten</translation>
    </message>
    <message>
        <source>Anyone can compute the accept value, so it is neither authentication nor encryption (that is TLS&apos;s job with wss://). What it rules out is an accidental yes: a server or cache that does not understand WebSocket, or a replayed old response, cannot produce the SHA-1 of a key it has never seen. Only a server that really processed this upgrade can answer it.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Jeder kann den Accept-Wert berechnen, er ist also weder Authentifizierung noch Verschlüsselung (das ist mit wss:// die Aufgabe von TLS). Was er ausschließt, ist ein versehentliches Ja: Ein Server oder Cache, der WebSocket nicht versteht, oder eine wiedereingespielte alte Antwort kann nicht den SHA-1 eines Schlüssels liefern, der ihnen nie vorlag. Nur ein Server, der dieses Upgrade wirklich verarbeitet hat, kann es beantworten.</translation>
    </message>
    <message>
        <source>Frames: a small header in front of every message</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Frames: ein kleiner Header vor jeder Nachricht</translation>
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
        <translation>Nach dem 101 ist alles ein **Frame**. Der Header ist klein und besteht aus Bits:

    Byte 0:  FIN (1 Bit)  RSV1-3 (3 Bits)  Opcode (4 Bits)
    Byte 1:  MASK (1 Bit) Payload-Länge (7 Bits: 0-125 oder 126 / 127)
    dann:    erweiterte Länge mit 16 oder 64 Bit, wenn die 7 Bits 126 oder 127 angeben
    dann:    4-Byte-Masking-Key, wenn MASK 1 ist
    dann:    die Payload

Der **Opcode** sagt, was der Frame ist: `0x1` Text (UTF-8), `0x2` binär, `0x0` Fortsetzung einer
fragmentierten Nachricht, und die **Steuer-Frames** `0x8` Close, `0x9` Ping, `0xA` Pong. **FIN**
markiert den letzten Frame einer Nachricht: Eine große Nachricht kann in Fragmente aufgeteilt
werden, während ein Steuer-Frame nie fragmentiert wird und höchstens 125 Bytes trägt.

Der ausgewählte Frame ist ein Ticker-Update vom Server: FIN gesetzt, Opcode Text, keine Maske und
eine Payload, die kurz genug für die 7-Bit-Länge ist, sodass sein ganzer Header **zwei Bytes**
umfasst. Vergleichen Sie das mit einem HTTP-Anfrage- und -Antwortkopf bei jedem Poll.</translation>
    </message>
    <message>
        <source>Each update reached each client as one text frame, and each connection ended with one Close frame in each direction. How many WebSocket frames crossed the wire in all?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Jedes Update erreichte jeden Client als ein Text-Frame, und jede Verbindung endete mit einem Close-Frame in jede Richtung. Wie viele WebSocket-Frames gingen insgesamt über die Leitung?</translation>
    </message>
    <message>
        <source>{b.polling.updates} updates to {knob.clients} clients make {b.polling.deliveries} text frames, and the closing handshake adds two Close frames per connection, {2 * b.polling.connections} here: {b.polling.webSocketFrames} frames in all. None of them was a request: the server simply wrote each update when it had it. Closing is done with frames too, which is easy to forget.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>{b.polling.updates} Updates an {knob.clients} Clients ergeben {b.polling.deliveries} Text-Frames, und der Closing Handshake fügt zwei Close-Frames pro Verbindung hinzu, hier {2 * b.polling.connections}: insgesamt {b.polling.webSocketFrames} Frames. Keiner davon war eine Anfrage: Der Server hat jedes Update einfach geschrieben, sobald er es hatte. Auch das Schließen geschieht mit Frames, was man leicht vergisst.</translation>
    </message>
    <message>
        <source>Full duplex, and why clients mask</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Vollduplex, und warum Clients maskieren</translation>
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
        <translation>Jetzt ein **Chat**: Die Clients posten abwechselnd Nachrichten, und der Server sendet jede an alle
Clients. Auf der WebSocket-Seite postet ein Client über dieselbe Verbindung, über die der Server
pusht. Das ist **Vollduplex**: Jede Seite darf jederzeit einen Frame senden, und nichts ordnet
einer Nachricht eine Antwort zu, so wie HTTP einer Anfrage ihre Antwort zuordnet.

Der ausgewählte Frame geht von einem Client zum Server, und er sieht anders aus als die des
Servers: Das **MASK**-Bit ist gesetzt, und auf die Länge folgt ein vier Byte langer **Masking
Key**, sodass eine kurze Nachricht einen **sechs Byte** langen Header hat statt eines zwei Byte
langen. Die Payload wird Byte für Byte mit dem Schlüssel per XOR verknüpft.

RFC 6455 macht daraus eine Regel: **Jeder Frame eines Clients muss maskiert sein**, mit einem
frischen, unvorhersehbaren Schlüssel, und **kein Frame eines Servers darf es sein**. Ein Server,
der einen unmaskierten Frame erhält, schließt die Verbindung. Der Schlüssel reist im Klartext im
Frame mit, daher verbirgt die Maskierung nichts vor einem Lauscher; für Vertraulichkeit verwenden
Sie `wss://`.</translation>
    </message>
    <message>
        <source>Why must a browser mask every frame it sends?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Warum muss ein Browser jeden Frame maskieren, den er sendet?</translation>
    </message>
    <message>
        <source>So that a page&apos;s script cannot choose the exact bytes on the wire, which could fool a proxy that does not understand WebSocket</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Damit das Skript einer Seite nicht die genauen Bytes auf der Leitung wählen kann, die einen Proxy täuschen könnten, der WebSocket nicht versteht</translation>
    </message>
    <message>
        <source>To encrypt the message when TLS is not used</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Um die Nachricht zu verschlüsseln, wenn kein TLS verwendet wird</translation>
    </message>
    <message>
        <source>So that the server can tell which client sent a frame</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Damit der Server erkennen kann, welcher Client einen Frame gesendet hat</translation>
    </message>
    <message>
        <source>To compress text messages before they are sent</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Um Textnachrichten vor dem Senden zu komprimieren</translation>
    </message>
    <message>
        <source>A script decides what it sends, but the browser picks the masking key at random for each frame, so the script cannot predict the bytes that reach the network. Without that, a malicious page could send a payload that looks like an HTTP request to a transparent proxy or cache on the path that does not know WebSocket, and poison that cache for other users. Servers are trusted not to attack the infrastructure in this way, so their frames stay unmasked.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Ein Skript entscheidet, was es sendet, aber der Browser wählt den Masking Key für jeden Frame zufällig, sodass das Skript die Bytes, die das Netz erreichen, nicht vorhersagen kann. Ohne das könnte eine bösartige Seite eine Payload senden, die für einen transparenten Proxy oder Cache auf dem Weg, der WebSocket nicht kennt, wie eine HTTP-Anfrage aussieht, und diesen Cache für andere Benutzer vergiften. Bei Servern geht man davon aus, dass sie die Infrastruktur nicht auf diese Weise angreifen, daher bleiben ihre Frames unmaskiert.</translation>
    </message>
    <message>
        <source>One connection where polling needs two</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Eine Verbindung, wo Polling zwei braucht</translation>
    </message>
    <message>
        <source>Look at the connections in the statistics. An HTTP/1.1 connection carries **one request at a
time**: while a poll is outstanding, a post on that connection would have to wait behind it. So
each polling chat client keeps **one connection for polling and another for posting**.

The WebSocket client does both on one connection, because the two directions of a WebSocket are
independent. Fewer connections means fewer TCP and TLS handshakes and less memory on the server,
which matters once there are thousands of clients.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Sehen Sie sich die Verbindungen in der Statistik an. Eine HTTP/1.1-Verbindung trägt **jeweils nur
eine Anfrage**: Solange ein Poll aussteht, müsste ein Beitrag auf dieser Verbindung dahinter
warten. Deshalb hält jeder pollende Chat-Client **eine Verbindung zum Pollen und eine weitere zum
Posten**.

Der WebSocket-Client erledigt beides über eine Verbindung, weil die beiden Richtungen eines
WebSockets unabhängig sind. Weniger Verbindungen bedeuten weniger TCP- und TLS-Handshakes und
weniger Speicher auf dem Server, was zählt, sobald es Tausende von Clients gibt.</translation>
    </message>
    <message>
        <source>How many TCP connections did side A, the polling chat, open for its clients?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Wie viele TCP-Verbindungen hat Seite A, der Polling-Chat, für ihre Clients geöffnet?</translation>
    </message>
    <message>
        <source>Side A opened {a.polling.connections} connections for {knob.clients} clients, one to poll and one to post for each, and sent {a.polling.httpRequests} HTTP requests. The WebSocket side opened {b.polling.connections}, one per client, and sent {b.polling.httpRequests} HTTP requests: only the upgrades. Everything after that was frames, in both directions at once.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Seite A öffnete {a.polling.connections} Verbindungen für {knob.clients} Clients, je eine zum Pollen und eine zum Posten, und schickte {a.polling.httpRequests} HTTP-Anfragen. Die WebSocket-Seite öffnete {b.polling.connections}, eine pro Client, und schickte {b.polling.httpRequests} HTTP-Anfragen: nur die Upgrades. Alles danach waren Frames, in beide Richtungen gleichzeitig.</translation>
    </message>
    <message>
        <source>Ping, pong and the closing handshake</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Ping, Pong und der Closing Handshake</translation>
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
        <translation>**Ping** (`0x9`) und **Pong** (`0xA`) sind Steuer-Frames, die eine Verbindung am Leben halten und
prüfen, ob die Gegenseite noch da ist. Jede Seite darf jederzeit einen Ping senden; die andere
muss so bald wie möglich mit einem Pong antworten, der **dieselbe Payload** trägt. Sie verhindern,
dass NAT-Tabellen und Proxys eine untätige Verbindung verwerfen. Ein Browser beantwortet Pings
selbst, aber Skripte einer Seite können keine senden, daher fügen Webanwendungen oft eigene
Heartbeat-Nachrichten hinzu. Dieser Lauf sendet keine: Seine Verbindungen sind nie lange genug
untätig, um sie zu brauchen.

Das **Schließen** ist ein eigener Handshake. Eine Seite sendet einen **Close**-Frame (`0x8`),
dessen Payload aus einem zwei Byte langen **Statuscode** und einem optionalen kurzen UTF-8-Grund
besteht; die andere antwortet mit einem eigenen Close; danach sendet keine Seite mehr Daten, und
die TCP-Verbindung wird geschlossen, vorzugsweise zuerst vom Server. Übliche Codes:

- `1000` normales Schließen, `1001` going away (eine Webseite wurde geschlossen, ein Server fährt
  herunter)
- `1002` Protokollfehler, `1003` Daten, die nicht angenommen werden können, `1008`
  Richtlinienverstoß
- `1009` Nachricht zu groß, `1011` unerwarteter Serverfehler

Zwei Codes werden nie über die Leitung gesendet: `1005` (ein Close ohne Code) und `1006`
(überhaupt kein Close-Frame). Sie existieren nur, damit eine API melden kann, was passiert ist.</translation>
    </message>
    <message>
        <source>A browser&apos;s close event reports code 1006. What happened?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Das close-Ereignis eines Browsers meldet Code 1006. Was ist passiert?</translation>
    </message>
    <message>
        <source>The connection ended without any Close frame: the network dropped, a process died or a proxy cut it</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Die Verbindung endete ohne jeden Close-Frame: Das Netz fiel aus, ein Prozess starb oder ein Proxy hat sie gekappt</translation>
    </message>
    <message>
        <source>The server sent a Close frame with code 1006 to say it was overloaded</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Der Server hat einen Close-Frame mit Code 1006 gesendet, um mitzuteilen, dass er überlastet war</translation>
    </message>
    <message>
        <source>The client&apos;s frames were not masked, and the server refused them</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Die Frames des Clients waren nicht maskiert, und der Server hat sie abgelehnt</translation>
    </message>
    <message>
        <source>Both sides completed the closing handshake normally</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Beide Seiten haben den Closing Handshake normal abgeschlossen</translation>
    </message>
    <message>
        <source>1006 is reserved for an abnormal closure: the API reports it when the TCP connection went away with no closing handshake, so no endpoint ever puts it in a frame. In this run every connection closed cleanly: the client sent code 1000 and the server answered with its own Close, so {count(b, &quot;websocket.Frame client opcode=8&quot;)} Close frames crossed the {b.polling.connections} connections. An application that sees 1006 should reconnect, with a growing delay.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>1006 ist für ein abnormales Schließen reserviert: Die API meldet ihn, wenn die TCP-Verbindung ohne Closing Handshake verschwunden ist, daher schreibt ihn kein Endpunkt je in einen Frame. In diesem Lauf wurde jede Verbindung sauber geschlossen: Der Client schickte Code 1000, und der Server antwortete mit seinem eigenen Close; so gingen {count(b, &quot;websocket.Frame client opcode=8&quot;)} Close-Frames über die {b.polling.connections} Verbindungen. Eine Anwendung, die 1006 sieht, sollte sich mit wachsender Wartezeit neu verbinden.</translation>
    </message>
    <message>
        <source>How a TCP connection opens: SYN, SYN-ACK, ACK. It costs one round trip before the client may send its first byte of data, on every new connection.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Wie eine TCP-Verbindung geöffnet wird: SYN, SYN-ACK, ACK. Das kostet bei jeder neuen Verbindung einen Roundtrip, bevor der Client sein erstes Datenbyte senden darf.</translation>
    </message>
    <message>
        <source>A made {a.grpc.calls} calls: a unary call per item, each with its own request headers and trailers, and one bidirectional call that carried every item back. B made {b.grpc.calls}: one server-streaming and one client-streaming call. Per-call costs add up: A spent {a.headerBytes} bytes on HPACK header blocks against B&apos;s {b.headerBytes}, and A&apos;s acknowledgements made {a.grpc.messagesSent + a.grpc.messagesReceived} messages against B&apos;s {b.grpc.messagesSent + b.grpc.messagesReceived}. The biggest cost is waiting (next step).</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>A machte {a.grpc.calls} Aufrufe: einen unären Aufruf pro Element, jeder mit eigenen Anfrage-Headern und Trailern, und einen bidirektionalen Aufruf, der jedes Element zurücktrug. B machte {b.grpc.calls}: einen Server-Streaming- und einen Client-Streaming-Aufruf. Die Kosten pro Aufruf summieren sich: A verbrauchte {a.headerBytes} Bytes für HPACK-Header-Blöcke gegenüber {b.headerBytes} bei B, und mit seinen Bestätigungen kam A auf {a.grpc.messagesSent + a.grpc.messagesReceived} Nachrichten gegenüber {b.grpc.messagesSent + b.grpc.messagesReceived} bei B. Die größten Kosten verursacht das Warten (nächster Schritt).</translation>
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
        <translation>**Head-of-Line-Blocking** ist ein Warteschlangenproblem: Das Element am Kopf einer Warteschlange
hält alles dahinter auf, selbst Elemente, die bereit sind.

In HTTP/1.1 ist es eingebaut. Eine HTTP/1.1-Antwort sagt nicht, welche Anfrage sie beantwortet:
Auf einer Verbindung ist die Reihenfolge das einzige Bindeglied zwischen ihnen. Deshalb sendet ein
Client seine nächste Anfrage auf einer Verbindung normalerweise erst, wenn die vorige Antwort
vollständig angekommen ist, und jede Anfrage wartet hinter der vorherigen.

Beide Seiten laden hier ein Dokument und seine Objekte über eine **einzige** Verbindung. Seite
**A** sendet eine Anfrage, wartet auf die ganze Antwort und sendet erst dann die nächste. Achten
Sie auf ihre Sequenzansicht: hin, zurück, hin, zurück.</translation>
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
        <translation>HTTP/2 beseitigt Head-of-Line-Blocking auf HTTP-Ebene: Jede Antwort ist ein eigener **Stream**,
ihre Frames tragen die Stream-ID, und der Server verschachtelt sie, sobald sie bereit sind. Eine
langsame Antwort verzögert nur ihren eigenen Stream.

Nun lädt dieselbe Webseite über HTTP/1.1 mit sechs Verbindungen (Seite A) und über HTTP/2 mit
einer (Seite B), auf einer Leitung, die **zwei Prozent** der Datensegmente verwirft. Der Seed ist
fest, daher gehen bei jedem Ausführen dieses Schritts dieselben Segmente verloren. Das emulierte
TCP sendet ein verlorenes Segment nach einem Retransmission-Timeout erneut und halbiert sein
Congestion Window.

Die Lektion **HTTP/2-Multiplexing** misst, was eine gemultiplexte Verbindung auf einer
verlustfreien Leitung gewinnt. Treffen Sie für diese hier eine Vorhersage.</translation>
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
        <translation>Sechs HTTP/1.1-Verbindungen sind sechs unabhängige TCP-Byteströme. Ein Verlust auf einer davon:

- hält nur die Bytes dieser Verbindung zurück, die zu einer einzigen Antwort gehören;
- halbiert nur das Congestion Window dieser Verbindung, während die anderen ungestört weiterlaufen.

Eine HTTP/2-Verbindung legt jeden Stream in einen einzigen Bytestrom mit einem einzigen
Congestion Window. Ein Verlust hält alle Streams auf, bis die Neuübertragung ankommt, und
halbiert die Senderate der ganzen Webseite. Je mehr Verlust, desto mehr wird der Vorteil von
HTTP/2, die eine gemeinsame Verbindung, zu einem gemeinsamen Risiko: ein Grund, warum HTTP/2 auf
verlustbehafteten Mobilfunk- und WLAN-Leitungen oft enttäuschte.</translation>
    </message>
    <message>
        <source>Both panes load the same page over the same emulated link: first an HTML **document**, then the
**objects** it refers to (think of images, scripts and style sheets). Side **A** speaks
**HTTP/1.1**, side **B** speaks **HTTP/2** (RFC 9113). Both run over TLS 1.3, and the
requests, responses and bodies are the same bytes on both sides.

The **tiles** fill in as each object arrives. Make a guess before you look at the answer: which
side will have the whole page first?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Beide Seiten laden dieselbe Webseite über dieselbe emulierte Leitung: zuerst ein
HTML-**Dokument**, dann die **Objekte**, auf die es verweist (denken Sie an Bilder, Skripte und
Stylesheets). Seite **A** spricht **HTTP/1.1**, Seite **B** spricht **HTTP/2** (RFC 9113). Beide
laufen über TLS 1.3, und Anfragen, Antworten und Bodys sind auf beiden Seiten dieselben Bytes.

Die **Kacheln** füllen sich, sobald das jeweilige Objekt ankommt. Legen Sie sich fest, bevor Sie
sich die Antwort ansehen: Welche Seite wird die ganze Webseite zuerst haben?</translation>
    </message>
    <message>
        <source>HTTP/2 needed {b.totalTimeMs:0} ms and HTTP/1.1 {a.totalTimeMs:0} ms. Both carried the same bodies over a link without a bandwidth limit, so what decides is waiting. HTTP/2 asks for every object at once on one connection, while each HTTP/1.1 connection must wait for a response before it sends its next request. The next steps take this apart.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2 brauchte {b.totalTimeMs:0} ms und HTTP/1.1 {a.totalTimeMs:0} ms. Beide übertrugen dieselben Bodys über eine Leitung ohne Bandbreitenbegrenzung, also entscheidet das Warten. HTTP/2 fordert auf einer Verbindung alle Objekte auf einmal an, während jede HTTP/1.1-Verbindung auf eine Antwort warten muss, bevor sie ihre nächste Anfrage sendet. Die nächsten Schritte nehmen das auseinander.</translation>
    </message>
    <message>
        <source>The HTTP/1.1 client fetched the document on its first connection and then opened more, up to the browser limit of six per host, so that several requests could be in flight: {a.connections} connections, each with its own handshakes. HTTP/2 used {b.connections}, because one connection carries many streams side by side, up to a limit the server sets.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>Der HTTP/1.1-Client holte das Dokument über seine erste Verbindung und öffnete dann weitere, bis zum Browserlimit von sechs pro Host, damit mehrere Anfragen gleichzeitig unterwegs sein konnten: {a.connections} Verbindungen, jede mit eigenen Handshakes. HTTP/2 verwendete {b.connections}, weil eine Verbindung viele Streams nebeneinander transportiert, bis zu einem Limit, das der Server festlegt.</translation>
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
        <translation>HTTP/2 behält die Bedeutung von HTTP bei (Methoden, Statuscodes, Header-Felder, wie RFC 9110 sie
definiert), ändert aber, wie es auf der Leitung geschrieben wird. Statt Textzeilen reist alles in
binären **Frames**, und jeder Frame beginnt mit demselben neun Byte langen Header:

    length (3 bytes) | type (1) | flags (1) | stream id (4, top bit reserved)
    ------------------------------------------------------------------------
    payload: length bytes

- Eine Anfrage ist ein `HEADERS`-Frame; eine Antwort ist ein `HEADERS`-Frame, gefolgt von `DATA`-Frames.
- `SETTINGS`, `PING` und `GOAWAY` verwalten die Verbindung selbst, auf Stream 0; `WINDOW_UPDATE`
  dient der Flusskontrolle, für einen Stream oder, auf Stream 0, für die ganze Verbindung.
- Die Verbindung beginnt mit dem **Connection Preface** des Clients und einem `SETTINGS`-Frame
  von jeder Seite.

Ein **Stream** ist eine Anfrage mit ihrer Antwort. Vom Client geöffnete Streams haben **ungerade**
IDs (1, 3, 5, ...), vom Server geöffnete (für Push) **gerade**, sodass die beiden Enden nie
dieselbe ID wählen. Stream 1 transportierte das Dokument; der Inspektor zeigt den `HEADERS`-Frame
des Clients für das erste Objekt, auf Stream 3. In den Bahnen sind die Streams Unterbahnen der
einen Verbindung.</translation>
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
        <translation>Die Wiedergabe hat bei der Anfrage des HTTP/2-Clients nach dem ersten Objekt angehalten: Er hat
das Dokument gelesen und weiß nun, was die Webseite braucht. Gehen Sie einen Schritt weiter: Er
sendet einen `HEADERS`-Frame pro Objekt, jeden auf einem neuen Stream, direkt hintereinander, ohne
auf eine einzige Antwort zu warten.

Der Server antwortet, sobald die jeweilige Antwort bereit ist, und die Frames verschiedener Streams
werden auf der Verbindung **verschachtelt**: Ein `DATA`-Frame eines Streams kann auf einen Frame
eines anderen folgen. Das ist **Multiplexing**: Die Verbindung wird Frame für Frame geteilt statt
Anfrage für Anfrage, sodass eine langsame Antwort die dahinter auf HTTP-Ebene nicht mehr blockiert.
Wie viele Streams gleichzeitig offen sein dürfen, begrenzt `SETTINGS_MAX_CONCURRENT_STREAMS` der
Gegenstelle.

Vergleichen Sie Seite A: Jede Verbindung sendet eine Anfrage, wartet einen Roundtrip auf die
Antwort und sendet erst dann die nächste.</translation>
    </message>
    <message>
        <source>Your REST API rate-limits each client. Which response tells a client that it sent too many requests and when it may try again?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ihre REST-API begrenzt die Anfragerate jedes Clients. Welche Antwort teilt einem Client mit, dass er zu viele Anfragen gesendet hat und wann er es erneut versuchen darf?</translation>
    </message>
    <message>
        <source>403 Forbidden</source>
        <extracomment>quiz.questions</extracomment>
        <translation>403 Forbidden</translation>
    </message>
    <message>
        <source>400 Bad Request</source>
        <extracomment>quiz.questions</extracomment>
        <translation>400 Bad Request</translation>
    </message>
    <message>
        <source>429 Too Many Requests, with a Retry-After header</source>
        <extracomment>quiz.questions</extracomment>
        <translation>429 Too Many Requests, mit einem Retry-After-Header</translation>
    </message>
    <message>
        <source>301 Moved Permanently, with a Location header</source>
        <extracomment>quiz.questions</extracomment>
        <translation>301 Moved Permanently, mit einem Location-Header</translation>
    </message>
    <message>
        <source>429 says the client exceeded a rate limit, and Retry-After gives the seconds (or a date) to wait, so well-behaved clients back off instead of hammering the API. 403 means the request is refused whatever the rate, 400 that the request itself is malformed. An overloaded server as a whole answers 503 Service Unavailable, which may also carry Retry-After.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>429 besagt, dass der Client ein Rate-Limit überschritten hat, und Retry-After gibt an, wie viele Sekunden (oder bis zu welchem Datum) er warten soll; so halten sich korrekt implementierte Clients zurück, statt die API mit Anfragen zu überfluten. 403 bedeutet, dass die Anfrage unabhängig von der Rate abgelehnt wird, 400, dass die Anfrage selbst fehlerhaft ist. Ein insgesamt überlasteter Server antwortet mit 503 Service Unavailable, was ebenfalls Retry-After enthalten kann.</translation>
    </message>
    <message>
        <source>Plain HTTP/1.1 over one connection, 10 objects, and side B pipelines: every request leaves without waiting for the previous response. Counting TCP&apos;s handshake, how many round trips does B need until the last object has arrived?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Einfaches HTTP/1.1 über eine Verbindung, 10 Objekte, und Seite B nutzt Pipelining: Jede Anfrage wird gesendet, ohne auf die vorige Antwort zu warten. Wie viele Roundtrips braucht B, den TCP-Handshake mitgezählt, bis das letzte Objekt angekommen ist?</translation>
    </message>
    <message>
        <source>B needs a round trip for TCP&apos;s handshake and one for the page, after which all the object requests leave together: {b.roundTrips} round trips, against {a.roundTrips} for A, which waits for every response. B still needs more than one round trip for the objects because TCP&apos;s congestion window limits how many response bytes a fresh connection may send before acknowledgements come back, and because the responses must arrive in request order.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>B braucht einen Roundtrip für den TCP-Handshake und einen für die Webseite, danach werden alle Objektanfragen gemeinsam gesendet: {b.roundTrips} Roundtrips gegenüber {a.roundTrips} bei A, das auf jede Antwort wartet. B braucht für die Objekte trotzdem mehr als einen Roundtrip, weil das Congestion Window von TCP begrenzt, wie viele Antwortbytes eine frische Verbindung senden darf, bevor Bestätigungen zurückkommen, und weil die Antworten in der Reihenfolge der Anfragen ankommen müssen.</translation>
    </message>
    <message>
        <source>Your internal services talk HTTPS to each other, and each service must prove who it is to the one it calls. What do you add?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ihre internen Dienste kommunizieren per HTTPS miteinander, und jeder Dienst muss dem aufgerufenen Dienst beweisen, wer er ist. Was ergänzen Sie?</translation>
    </message>
    <message>
        <source>HSTS on every internal host</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HSTS auf jedem internen Host</translation>
    </message>
    <message>
        <source>Mutual TLS: the calling service presents a client certificate that the callee verifies</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Mutual TLS: Der aufrufende Dienst legt ein Client-Zertifikat vor, das der aufgerufene prüft</translation>
    </message>
    <message>
        <source>A longer server certificate key</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Einen längeren Schlüssel für das Server-Zertifikat</translation>
    </message>
    <message>
        <source>An IP allowlist, which needs no certificates</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine IP-Allowlist, die keine Zertifikate braucht</translation>
    </message>
    <message>
        <source>Ordinary TLS authenticates only the server. With mutual TLS the server sends a CertificateRequest and the client answers with its own Certificate and CertificateVerify, so both ends are authenticated by the same machinery. Service meshes issue and rotate these certificates automatically; IP allowlists break as soon as addresses change and prove nothing about the software behind an address.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Gewöhnliches TLS authentifiziert nur den Server. Bei Mutual TLS sendet der Server einen CertificateRequest, und der Client antwortet mit seinem eigenen Certificate und CertificateVerify, sodass beide Enden durch denselben Mechanismus authentifiziert werden. Service Meshes stellen diese Zertifikate automatisch aus und tauschen sie regelmäßig aus; IP-Allowlists versagen, sobald sich Adressen ändern, und beweisen nichts über die Software hinter einer Adresse.</translation>
    </message>
    <message>
        <source>One HTTPS request, TLS 1.2 against TLS 1.3. TLS 1.3 saves a round trip. Does it also put fewer TLS bytes on the wire?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine HTTPS-Anfrage, TLS 1.2 gegen TLS 1.3. TLS 1.3 spart einen Roundtrip. Bringt es auch weniger TLS-Bytes auf die Leitung?</translation>
    </message>
    <message>
        <source>Yes, TLS 1.3 spends fewer TLS bytes</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ja, TLS 1.3 braucht weniger TLS-Bytes</translation>
    </message>
    <message>
        <source>No, TLS 1.3 spends as many or more</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nein, TLS 1.3 braucht gleich viele oder mehr</translation>
    </message>
    <message>
        <source>TLS 1.2 spent {a.tlsBytes} TLS bytes, TLS 1.3 {b.tlsBytes}. Fewer round trips does not mean fewer bytes: the TLS 1.3 server sent {count(b, &quot;tls.HandshakeMessage client s2c flags=4&quot;)} NewSessionTicket messages after the handshake, against {count(a, &quot;tls.HandshakeMessage client s2c flags=4&quot;)} from the TLS 1.2 server, and it encrypts its handshake messages, each encrypted record adding a type byte and an authentication tag. Latency is counted in round trips, not in bytes.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.2 brauchte {a.tlsBytes} TLS-Bytes, TLS 1.3 {b.tlsBytes}. Weniger Roundtrips bedeuten nicht weniger Bytes: Der TLS-1.3-Server sendete nach dem Handshake {count(b, &quot;tls.HandshakeMessage client s2c flags=4&quot;)} NewSessionTicket-Nachrichten gegenüber {count(a, &quot;tls.HandshakeMessage client s2c flags=4&quot;)} beim TLS-1.2-Server, und er verschlüsselt seine Handshake-Nachrichten, wobei jeder verschlüsselte Record ein Typ-Byte und ein Authentifizierungs-Tag hinzufügt. Latenz wird in Roundtrips gezählt, nicht in Bytes.</translation>
    </message>
    <message>
        <source>Which of these did TLS 1.3 remove?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Was davon hat TLS 1.3 abgeschafft?</translation>
    </message>
    <message>
        <source>AES-GCM encryption</source>
        <extracomment>quiz.questions</extracomment>
        <translation>AES-GCM-Verschlüsselung</translation>
    </message>
    <message>
        <source>Key exchange by encrypting a secret with the server&apos;s static RSA key</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Schlüsselaustausch durch Verschlüsseln eines Geheimnisses mit dem statischen RSA-Schlüssel des Servers</translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Elliptic-curve Diffie-Hellman (ECDHE)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Elliptic-Curve-Diffie-Hellman (ECDHE)</translation>
    </message>
    <message>
        <source>Static RSA key transport gave no forward secrecy, so TLS 1.3 dropped it, together with CBC-mode ciphers, compression, renegotiation and custom Diffie-Hellman groups. Every TLS 1.3 key exchange is ephemeral (EC)DHE or a PSK, optionally combined with (EC)DHE; certificates still authenticate the server, and AES-GCM is one of the remaining AEAD ciphers.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Statischer RSA-Schlüsseltransport bot keine Forward Secrecy, daher hat TLS 1.3 ihn gestrichen, zusammen mit Chiffren im CBC-Modus, Kompression, Renegotiation und eigenen Diffie-Hellman-Gruppen. Jeder Schlüsselaustausch in TLS 1.3 ist ephemeres (EC)DHE oder ein PSK, optional kombiniert mit (EC)DHE; Zertifikate authentifizieren weiterhin den Server, und AES-GCM ist eine der verbliebenen AEAD-Chiffren.</translation>
    </message>
    <message>
        <source>Even with TLS 1.3, an observer can still read which site a client visits from the ClientHello. What does Encrypted Client Hello (ECH) add?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Selbst mit TLS 1.3 kann ein Beobachter am ClientHello noch ablesen, welche Website ein Client besucht. Was leistet Encrypted Client Hello (ECH) zusätzlich?</translation>
    </message>
    <message>
        <source>It encrypts the server&apos;s certificate, which TLS 1.2 sent in the clear</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Es verschlüsselt das Zertifikat des Servers, das TLS 1.2 im Klartext sendete</translation>
    </message>
    <message>
        <source>It encrypts the inner ClientHello, SNI included, with a key the client got from DNS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Es verschlüsselt das innere ClientHello, SNI eingeschlossen, mit einem Schlüssel, den der Client aus dem DNS bezogen hat</translation>
    </message>
    <message>
        <source>It hides the server&apos;s IP address</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Es verbirgt die IP-Adresse des Servers</translation>
    </message>
    <message>
        <source>It removes the need for a certificate</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Es macht ein Zertifikat überflüssig</translation>
    </message>
    <message>
        <source>TLS 1.3 already encrypts the certificate, but the SNI host name in the ClientHello stays readable. With ECH the client sends an outer ClientHello naming a shared front end, with the real ClientHello encrypted to a public key published in the site&apos;s DNS (an HTTPS record). The IP address is still visible, which is why ECH helps most on large shared providers.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.3 verschlüsselt das Zertifikat bereits, aber der SNI-Hostname im ClientHello bleibt lesbar. Mit ECH sendet der Client ein äußeres ClientHello, das ein gemeinsam genutztes Frontend nennt, und darin das echte ClientHello, verschlüsselt mit einem öffentlichen Schlüssel, der im DNS der Website veröffentlicht ist (in einem HTTPS-Record). Die IP-Adresse bleibt sichtbar; deshalb hilft ECH am meisten bei großen, gemeinsam genutzten Anbietern.</translation>
    </message>
    <message>
        <source>In B the server only accepts P-256, while the client guessed X25519 for its key share. How many more TLS bytes does B&apos;s handshake cost than A&apos;s?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>In B akzeptiert der Server nur P-256, während der Client für seinen Key Share auf X25519 gesetzt hat. Wie viele TLS-Bytes mehr kostet der Handshake von B als der von A?</translation>
    </message>
    <message>
        <source>B pays for a HelloRetryRequest and a second, complete ClientHello with a new key share: {b.tlsBytes} TLS bytes against {a.tlsBytes}, {b.tlsBytes - a.tlsBytes} more. The round trip it costs weighs more than the bytes: {b.roundTrips} round trips to the first response byte against {a.roundTrips}.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>B zahlt für einen HelloRetryRequest und ein zweites, vollständiges ClientHello mit einem neuen Key Share: {b.tlsBytes} TLS-Bytes gegenüber {a.tlsBytes}, also {b.tlsBytes - a.tlsBytes} mehr. Der Roundtrip, den das kostet, wiegt schwerer als die Bytes: {b.roundTrips} Roundtrips bis zum ersten Antwortbyte gegenüber {a.roundTrips}.</translation>
    </message>
    <message>
        <source>TLS 1.2 at 100 ms RTT: how many milliseconds sooner does the first response byte arrive when the client resumes a session from a ticket, compared with a full handshake?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.2 bei 100 ms RTT: Um wie viele Millisekunden früher kommt das erste Antwortbyte an, wenn der Client eine Sitzung per Ticket wieder aufnimmt, verglichen mit einem vollständigen Handshake?</translation>
    </message>
    <message>
        <source>A TLS 1.2 full handshake takes two round trips; the abbreviated one takes one, because the server answers the ClientHello with ServerHello, ChangeCipherSpec and Finished straight away: {b.roundTrips} round trips against {a.roundTrips}, {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms sooner at {knob.rttMs} ms RTT. In TLS 1.3 resumption saves no round trip, since the full handshake already takes only one.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein vollständiger TLS-1.2-Handshake braucht zwei Roundtrips, der verkürzte nur einen, weil der Server das ClientHello sofort mit ServerHello, ChangeCipherSpec und Finished beantwortet: {b.roundTrips} Roundtrips gegenüber {a.roundTrips}, bei {knob.rttMs} ms RTT also {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms früher. In TLS 1.3 spart die Wiederaufnahme keinen Roundtrip, da schon der vollständige Handshake nur einen braucht.</translation>
    </message>
    <message>
        <source>Your HTTPS servers run behind a round-robin load balancer, and resumption rarely succeeds because clients come back to a different server. What fixes it?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ihre HTTPS-Server laufen hinter einem Round-Robin-Load-Balancer, und die Wiederaufnahme gelingt selten, weil Clients bei einem anderen Server wiederkommen. Was behebt das?</translation>
    </message>
    <message>
        <source>Sticky sessions for every request, forever</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Sticky Sessions für jede Anfrage, für immer</translation>
    </message>
    <message>
        <source>Turning resumption off</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Wiederaufnahme abschalten</translation>
    </message>
    <message>
        <source>Sharing (and rotating) the session-ticket encryption keys across all servers</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Schlüssel zur Verschlüsselung der Session-Tickets auf allen Servern teilen (und rotieren)</translation>
    </message>
    <message>
        <source>Longer certificate chains</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Längere Zertifikatsketten</translation>
    </message>
    <message>
        <source>A session ticket is the session&apos;s state encrypted with a key only the server knows; the client stores it without being able to read it. If every server holds the same ticket keys, any of them can decrypt a ticket and resume, with no shared session cache. The keys must be rotated often, since whoever steals them can decrypt resumed sessions.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein Session-Ticket ist der Zustand der Sitzung, verschlüsselt mit einem Schlüssel, den nur der Server kennt; der Client speichert es, ohne es lesen zu können. Haben alle Server dieselben Ticket-Schlüssel, kann jeder von ihnen ein Ticket entschlüsseln und die Sitzung wieder aufnehmen, ohne gemeinsamen Session-Cache. Die Schlüssel müssen oft rotiert werden, denn wer sie stiehlt, kann wieder aufgenommene Sitzungen entschlüsseln.</translation>
    </message>
    <message>
        <source>You take an HTTP/2 server out of the load balancer for a deploy. How does it tell its clients to stop opening new streams without breaking the requests already in progress?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Sie nehmen einen HTTP/2-Server für ein Deployment aus dem Load Balancer. Wie teilt er seinen Clients mit, keine neuen Streams mehr zu öffnen, ohne die bereits laufenden Anfragen abzubrechen?</translation>
    </message>
    <message>
        <source>It sends RST_STREAM on every open stream</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Er sendet RST_STREAM auf jedem offenen Stream</translation>
    </message>
    <message>
        <source>It closes the TCP connection at once</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Er schließt die TCP-Verbindung sofort</translation>
    </message>
    <message>
        <source>It sends GOAWAY with the last stream ID it will process, finishes those streams, then closes</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Er sendet GOAWAY mit der letzten Stream-ID, die er verarbeiten wird, bringt diese Streams zu Ende und schließt dann die Verbindung</translation>
    </message>
    <message>
        <source>It sets SETTINGS_MAX_CONCURRENT_STREAMS to zero and keeps the connection forever</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Er setzt SETTINGS_MAX_CONCURRENT_STREAMS auf null und behält die Verbindung für immer</translation>
    </message>
    <message>
        <source>GOAWAY announces the end of a connection gracefully: streams up to the given ID are completed, and the client knows that later streams were not processed, so it can safely retry them on a new connection (to another server). Resetting or dropping streams would fail requests that were already being served.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>GOAWAY kündigt das Ende einer Verbindung geordnet an: Streams bis zur angegebenen ID werden abgeschlossen, und der Client weiß, dass spätere Streams nicht verarbeitet wurden, sodass er sie gefahrlos auf einer neuen Verbindung (zu einem anderen Server) wiederholen kann. Streams zurückzusetzen oder zu verwerfen würde Anfragen scheitern lassen, die bereits bearbeitet wurden.</translation>
    </message>
    <message>
        <source>HTTP/2 adds 9-byte frame headers and control frames (SETTINGS, WINDOW_UPDATE, GOAWAY) that HTTP/1.1 does not have. On a page of 20 objects, does that framing eat up what HPACK saves on headers?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2 fügt 9 Byte lange Frame-Header und Control-Frames (SETTINGS, WINDOW_UPDATE, GOAWAY) hinzu, die HTTP/1.1 nicht hat. Zehrt dieses Framing bei einer Webseite mit 20 Objekten auf, was HPACK bei den Headern einspart?</translation>
    </message>
    <message>
        <source>No: the framing costs less than HPACK saves</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nein: Das Framing kostet weniger, als HPACK einspart</translation>
    </message>
    <message>
        <source>Yes: the framing costs at least as much as HPACK saves</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ja: Das Framing kostet mindestens so viel, wie HPACK einspart</translation>
    </message>
    <message>
        <source>HTTP/2 spent {b.framingBytes} bytes on framing, while its header blocks took {b.headerBytes} bytes against {a.headerBytes} bytes of HTTP/1.1 heads: a saving of {a.headerBytes - b.headerBytes} bytes. A frame header costs 9 bytes; a repeated header list costs a few bytes in HPACK against a few hundred as text.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2 verbrauchte {b.framingBytes} Bytes für das Framing, während seine Header-Blöcke {b.headerBytes} Bytes umfassten, gegenüber {a.headerBytes} Bytes an HTTP/1.1-Köpfen: eine Ersparnis von {a.headerBytes - b.headerBytes} Bytes. Ein Frame-Header kostet 9 Bytes; eine wiederholte Header-Liste kostet mit HPACK wenige Bytes, als Text dagegen einige hundert.</translation>
    </message>
    <message>
        <source>At 100 ms RTT, does HTTP/2 get the first byte of the page noticeably sooner than HTTP/1.1 (by a quarter of a round trip or more)?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Erhält HTTP/2 bei 100 ms RTT das erste Byte der Seite merklich früher als HTTP/1.1 (um einen Viertel-Roundtrip oder mehr)?</translation>
    </message>
    <message>
        <source>Yes, noticeably sooner</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ja, merklich früher</translation>
    </message>
    <message>
        <source>No, about the same</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nein, etwa gleichzeitig</translation>
    </message>
    <message>
        <source>No, HTTP/1.1 is noticeably sooner</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nein, HTTP/1.1 ist merklich früher</translation>
    </message>
    <message>
        <source>The first byte costs the same on both: a TCP handshake, a TLS handshake and the request, {a.timeToFirstByteMs:0} ms for HTTP/1.1 against {b.timeToFirstByteMs:0} ms for HTTP/2. HTTP/2 wins on everything after it, when many requests share one connection: the whole page took {b.totalTimeMs:0} ms against {a.totalTimeMs:0} ms. A metric that only counts the first byte would miss the difference.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Das erste Byte kostet bei beiden dasselbe: einen TCP-Handshake, einen TLS-Handshake und die Anfrage, {a.timeToFirstByteMs:0} ms bei HTTP/1.1 gegenüber {b.timeToFirstByteMs:0} ms bei HTTP/2. HTTP/2 gewinnt bei allem, was danach kommt, wenn sich viele Anfragen eine Verbindung teilen: Die ganze Seite dauerte {b.totalTimeMs:0} ms gegenüber {a.totalTimeMs:0} ms. Eine Metrik, die nur das erste Byte zählt, würde den Unterschied übersehen.</translation>
    </message>
    <message>
        <source>Before server push, sites saved the round trip for small critical CSS by inlining it into the HTML. What is inlining&apos;s main drawback, which push was meant to avoid?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Vor Server-Push sparten Websites den Roundtrip für kleines, kritisches CSS ein, indem sie es direkt in das HTML einbetteten (Inlining). Was ist der Hauptnachteil des Inlinings, den Push vermeiden sollte?</translation>
    </message>
    <message>
        <source>Inlined CSS is not encrypted</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eingebettetes CSS ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>The inlined bytes cannot be cached separately, so every page view downloads them again</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die eingebetteten Bytes lassen sich nicht separat cachen, daher lädt jeder Seitenaufruf sie erneut herunter</translation>
    </message>
    <message>
        <source>Browsers ignore inlined CSS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Browser ignorieren eingebettetes CSS</translation>
    </message>
    <message>
        <source>It needs a WebSocket</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Es braucht einen WebSocket</translation>
    </message>
    <message>
        <source>Inlining, like push, sends a resource without waiting for the client to ask, but it welds the resource into each HTML response, so the browser cache cannot reuse it. Push kept the resource separately cacheable, yet could not know what was already cached; 103 Early Hints now lets the browser decide what to fetch early.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Inlining sendet wie Push eine Ressource, ohne darauf zu warten, dass der Client sie anfordert, schweißt sie aber in jede HTML-Antwort ein, sodass der Browser-Cache sie nicht wiederverwenden kann. Bei Push blieb die Ressource separat cachebar, doch der Server konnte nicht wissen, was bereits im Cache lag; mit 103 Early Hints entscheidet heute der Browser, was er früh abruft.</translation>
    </message>
    <message>
        <source>B&apos;s server pushes the page&apos;s 10 objects. How many bytes do all its PUSH_PROMISE frames take together, frame headers included?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der Server von B pusht die 10 Objekte der Seite. Wie viele Bytes belegen alle seine PUSH_PROMISE-Frames zusammen, einschließlich der Frame-Header?</translation>
    </message>
    <message>
        <source>{count(b, &quot;http2.PUSH_PROMISE client&quot;)} promises took {bytes(b, &quot;http2.PUSH_PROMISE client&quot;)} bytes in all. Each carries a complete request header block, but HPACK reduces the fields repeated from one promise to the next to table indexes, so after the first promise each costs little more than its 9-byte frame header, the 4-byte promised stream ID and the path.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die {count(b, &quot;http2.PUSH_PROMISE client&quot;)} Zusagen belegten insgesamt {bytes(b, &quot;http2.PUSH_PROMISE client&quot;)} Bytes. Jede enthält einen vollständigen Header-Block der Anfrage, aber HPACK reduziert die Felder, die sich von einer Zusage zur nächsten wiederholen, auf Tabellenindizes. Daher kostet nach der ersten Zusage jede kaum mehr als ihren 9-Byte-Frame-Header, die 4 Byte lange versprochene Stream-ID und den Pfad.</translation>
    </message>
    <message>
        <source>Which request may an HTTP/2 server promise in a PUSH_PROMISE?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Welche Anfrage darf ein HTTP/2-Server in einem PUSH_PROMISE zusagen?</translation>
    </message>
    <message>
        <source>A POST with the form the user is about to submit</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein POST mit dem Formular, das der Benutzer gleich absenden wird</translation>
    </message>
    <message>
        <source>Any request, for any domain</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jede Anfrage, für jede Domain</translation>
    </message>
    <message>
        <source>Only the HTML document that was requested</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nur das angeforderte HTML-Dokument</translation>
    </message>
    <message>
        <source>A safe, cacheable request without a body, such as a GET, for an origin the server is authoritative for</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine sichere, cachebare Anfrage ohne Body, etwa ein GET, für einen Origin, für den der Server autoritativ ist</translation>
    </message>
    <message>
        <source>RFC 9113 only allows promised requests that are cacheable and safe and carry no content, and the server must be authoritative for the pushed URL (its certificate covers the host). A client rejects any other promise as a protocol error. That keeps push a cache-filling tool, never a way to act on the user&apos;s behalf.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>RFC 9113 erlaubt nur zugesagte Anfragen, die cachebar und sicher sind und keinen Inhalt tragen, und der Server muss für die gepushte URL autoritativ sein (sein Zertifikat deckt den Host ab). Jede andere Zusage weist ein Client als Protokollfehler zurück. So bleibt Push ein Werkzeug zum Füllen des Caches und nie ein Weg, im Namen des Benutzers zu handeln.</translation>
    </message>
    <message>
        <source>A client and a server must agree on the message format they speak over a WebSocket, such as STOMP or graphql-ws. Where is that negotiated?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Client und Server müssen sich auf das Nachrichtenformat einigen, das sie über einen WebSocket sprechen, etwa STOMP oder graphql-ws. Wo wird das ausgehandelt?</translation>
    </message>
    <message>
        <source>In the opcode of the first frame</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Im Opcode des ersten Frames</translation>
    </message>
    <message>
        <source>In the Sec-WebSocket-Protocol header of the upgrade request and response</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Im Header Sec-WebSocket-Protocol der Upgrade-Anfrage und -Antwort</translation>
    </message>
    <message>
        <source>In ALPN during the TLS handshake</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Per ALPN während des TLS-Handshakes</translation>
    </message>
    <message>
        <source>It cannot be negotiated; WebSocket messages are always JSON</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Es lässt sich nicht aushandeln; WebSocket-Nachrichten sind immer JSON</translation>
    </message>
    <message>
        <source>The client lists the subprotocols it speaks in Sec-WebSocket-Protocol, and the server echoes the one it picks in its 101 response. WebSocket itself only moves text and binary messages; what they mean is up to the application or the subprotocol. ALPN chooses the protocol of the TLS connection (http/1.1 for a WebSocket upgrade), not the messages on top.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der Client listet in Sec-WebSocket-Protocol die Subprotokolle auf, die er spricht, und der Server gibt in seiner 101-Antwort dasjenige zurück, das er auswählt. WebSocket selbst transportiert nur Text- und Binärnachrichten; was sie bedeuten, bestimmt die Anwendung oder das Subprotokoll. ALPN wählt das Protokoll der TLS-Verbindung (http/1.1 für ein WebSocket-Upgrade), nicht das der Nachrichten darüber.</translation>
    </message>
    <message>
        <source>Your game sends Protobuf-encoded state over a WebSocket. Which kind of frame should carry it?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ihr Spiel sendet Protobuf-codierten Zustand über einen WebSocket. Welche Art von Frame sollte ihn transportieren?</translation>
    </message>
    <message>
        <source>Text frames (opcode 1), base64-encoded</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Text-Frames (Opcode 1), Base64-codiert</translation>
    </message>
    <message>
        <source>Binary frames (opcode 2)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Binär-Frames (Opcode 2)</translation>
    </message>
    <message>
        <source>Ping frames (opcode 9)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ping-Frames (Opcode 9)</translation>
    </message>
    <message>
        <source>Continuation frames (opcode 0) only</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Nur Fortsetzungs-Frames (Opcode 0)</translation>
    </message>
    <message>
        <source>Text frames must carry valid UTF-8, so binary data would have to be base64-encoded, a third larger. Binary frames carry any bytes. Ping frames are control frames limited to 125 bytes and meant for keep-alive, and continuation frames only continue a message that a text or binary frame started.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Text-Frames müssen gültiges UTF-8 enthalten, daher müssten Binärdaten Base64-codiert werden, was sie um ein Drittel vergrößert. Binär-Frames transportieren beliebige Bytes. Ping-Frames sind Control-Frames, auf 125 Bytes begrenzt und für Keep-alive gedacht, und Fortsetzungs-Frames setzen nur eine Nachricht fort, die ein Text- oder Binär-Frame begonnen hat.</translation>
    </message>
    <message>
        <source>How can one WebSocket message span several frames?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wie kann sich eine WebSocket-Nachricht über mehrere Frames erstrecken?</translation>
    </message>
    <message>
        <source>The first frame has the message&apos;s opcode and FIN cleared, the next ones are continuation frames, and the last one sets FIN</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Der erste Frame trägt den Opcode der Nachricht und ein gelöschtes FIN, die folgenden sind Fortsetzungs-Frames, und der letzte setzt FIN</translation>
    </message>
    <message>
        <source>Each frame repeats the whole message, and the receiver keeps the last one</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jeder Frame wiederholt die ganze Nachricht, und der Empfänger behält den letzten</translation>
    </message>
    <message>
        <source>The frames are numbered in a sequence field of the header</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Frames werden in einem Sequenzfeld des Headers nummeriert</translation>
    </message>
    <message>
        <source>It cannot: a message always fits in one frame</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Gar nicht: Eine Nachricht passt immer in einen Frame</translation>
    </message>
    <message>
        <source>The FIN bit marks the last frame of a message, and opcode 0 marks a continuation. That lets a sender stream a message of unknown length. Control frames (ping, pong, close) may be sent in the middle of a fragmented message, but are never fragmented themselves.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Das FIN-Bit markiert den letzten Frame einer Nachricht, und Opcode 0 markiert eine Fortsetzung. So kann ein Sender eine Nachricht unbekannter Länge streamen. Control-Frames (Ping, Pong, Close) dürfen mitten in einer fragmentierten Nachricht gesendet werden, werden aber selbst nie fragmentiert.</translation>
    </message>
    <message>
        <source>For B&apos;s WebSocket ticker, which costs more bytes in all: the HTTP heads of the two upgrades, or the headers of every WebSocket frame sent afterwards?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Was kostet beim WebSocket-Ticker von B insgesamt mehr Bytes: die HTTP-Köpfe der beiden Upgrades oder die Header aller danach gesendeten WebSocket-Frames?</translation>
    </message>
    <message>
        <source>The headers of all the frames</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Header aller Frames</translation>
    </message>
    <message>
        <source>The HTTP heads of the upgrades</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die HTTP-Köpfe der Upgrades</translation>
    </message>
    <message>
        <source>The upgrades cost {b.polling.httpHeadBytes} bytes of HTTP heads, once per connection; the {b.polling.webSocketFrames} frames that followed cost {b.polling.frameHeaderBytes} bytes of headers together, a few bytes each. The handshake is a fixed price paid at connect time, so the longer a connection lives and the more it carries, the cheaper each update becomes.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Upgrades kosteten {b.polling.httpHeadBytes} Bytes an HTTP-Köpfen, einmal pro Verbindung; die {b.polling.webSocketFrames} folgenden Frames kosteten zusammen {b.polling.frameHeaderBytes} Bytes an Headern, jeder nur wenige Bytes. Der Handshake ist ein fester Preis, der beim Verbindungsaufbau gezahlt wird: Je länger eine Verbindung lebt und je mehr sie überträgt, desto billiger wird jedes Update.</translation>
    </message>
    <message>
        <source>The clients leave on purpose when the chat is over, so each side sends a close frame (opcode 8) and waits for the other&apos;s before TCP closes: the clients sent {count(b, &quot;websocket.Close client c2s value=1000&quot;)} close frame(s) with code 1000, and the server answered {count(b, &quot;websocket.Close client s2c value=1000&quot;)} with the same code. 1001 would mean an endpoint going away, and 1006 that the connection vanished without any close frame.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Clients gehen absichtlich, wenn der Chat vorbei ist, daher sendet jeder Endpunkt einen Close-Frame (Opcode 8) und wartet auf den der Gegenstelle, bevor TCP schließt: Die Clients sendeten {count(b, &quot;websocket.Close client c2s value=1000&quot;)} Close-Frame(s) mit Code 1000, und der Server antwortete mit {count(b, &quot;websocket.Close client s2c value=1000&quot;)} Close-Frame(s) mit demselben Code. 1001 würde bedeuten, dass ein Endpunkt weggeht, und 1006, dass die Verbindung ohne jeden Close-Frame verschwunden ist.</translation>
    </message>
    <message>
        <source>A read-heavy REST API for product pages expects a hundred times its usual traffic at a launch. What absorbs most of it most cheaply?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine leselastige REST-API für Produktseiten erwartet zu einem Launch das Hundertfache ihres üblichen Traffics. Was fängt den Großteil davon am günstigsten ab?</translation>
    </message>
    <message>
        <source>Switching the clients to WebSockets</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Clients auf WebSockets umstellen</translation>
    </message>
    <message>
        <source>Moving the API to gRPC</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die API auf gRPC umstellen</translation>
    </message>
    <message>
        <source>Caching responses at a CDN with Cache-Control, so most requests never reach the origin</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Antworten mit Cache-Control in einem CDN cachen, sodass die meisten Anfragen den Origin nie erreichen</translation>
    </message>
    <message>
        <source>A bigger database server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein größerer Datenbankserver</translation>
    </message>
    <message>
        <source>Identical GETs for the same products can be answered from edge caches near the users; the origin sees only cache misses and revalidations. That works because REST over HTTP is cacheable by design, something WebSocket messages and gRPC calls do not get from ordinary HTTP caches.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Identische GETs für dieselben Produkte lassen sich aus Edge-Caches nahe bei den Benutzern beantworten; der Origin sieht nur Cache-Misses und Revalidierungen. Das funktioniert, weil REST über HTTP von Haus aus cachebar ist, was gewöhnliche HTTP-Caches WebSocket-Nachrichten und gRPC-Aufrufen nicht bieten.</translation>
    </message>
    <message>
        <source>2 clients each poll every 250 ms for 2 seconds. How many HTTP requests must the server answer? (Then scale it: what would a million clients mean?)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>2 Clients pollen 2 Sekunden lang jeweils alle 250 ms. Wie viele HTTP-Anfragen muss der Server beantworten? (Rechnen Sie dann hoch: Was würde eine Million Clients bedeuten?)</translation>
    </message>
    <message>
        <source>Short polling costs clients times duration divided by the interval, whether or not there is news: {a.polling.httpRequests} requests here for {a.polling.deliveries} deliveries. At the same interval a million clients would send four million requests a second, almost all of them empty; the WebSocket side sent {b.polling.httpRequests} requests in all and pushed only real updates. Back-of-the-envelope estimates like this are what interviewers look for.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Short Polling kostet Clients × Dauer ÷ Intervall Anfragen, ob es Neues gibt oder nicht: hier {a.polling.httpRequests} Anfragen für {a.polling.deliveries} Zustellungen. Beim selben Intervall würde eine Million Clients vier Millionen Anfragen pro Sekunde senden, fast alle leer; die WebSocket-Seite sendete insgesamt {b.polling.httpRequests} Anfragen und pushte nur echte Updates. Überschlagsrechnungen wie diese wollen Interviewer sehen.</translation>
    </message>
    <message>
        <source>A gRPC client may retry failed calls automatically. For which status is a retry with backoff sensible?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein gRPC-Client darf fehlgeschlagene Aufrufe automatisch wiederholen. Bei welchem Status ist eine Wiederholung mit Backoff sinnvoll?</translation>
    </message>
    <message>
        <source>INVALID_ARGUMENT</source>
        <extracomment>quiz.questions</extracomment>
        <translation>INVALID_ARGUMENT</translation>
    </message>
    <message>
        <source>NOT_FOUND</source>
        <extracomment>quiz.questions</extracomment>
        <translation>NOT_FOUND</translation>
    </message>
    <message>
        <source>UNAVAILABLE</source>
        <extracomment>quiz.questions</extracomment>
        <translation>UNAVAILABLE</translation>
    </message>
    <message>
        <source>PERMISSION_DENIED</source>
        <extracomment>quiz.questions</extracomment>
        <translation>PERMISSION_DENIED</translation>
    </message>
    <message>
        <source>UNAVAILABLE means the service could not be reached or was overloaded for a moment, so the same call may well succeed a little later. The others describe the request itself (a bad argument, a missing resource, missing rights): repeating it gives the same answer. Retries also need a deadline and a budget, or they turn a brief outage into an overload.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>UNAVAILABLE bedeutet, dass der Dienst nicht erreichbar oder kurzzeitig überlastet war; derselbe Aufruf kann also wenig später durchaus gelingen. Die anderen beschreiben die Anfrage selbst (ein ungültiges Argument, eine fehlende Ressource, fehlende Rechte): Eine Wiederholung liefert dieselbe Antwort. Wiederholungen brauchen außerdem eine Deadline und ein Budget, sonst machen sie aus einem kurzen Ausfall eine Überlastung.</translation>
    </message>
    <message>
        <source>Where does a gRPC call carry an authorisation token?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Wo transportiert ein gRPC-Aufruf ein Autorisierungstoken?</translation>
    </message>
    <message>
        <source>In a field added to every request message</source>
        <extracomment>quiz.questions</extracomment>
        <translation>In einem Feld, das jeder Anfragenachricht hinzugefügt wird</translation>
    </message>
    <message>
        <source>In the call&apos;s metadata, which travels as HTTP/2 header fields (for example authorization)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>In den Metadaten des Aufrufs, die als HTTP/2-Header-Felder übertragen werden (zum Beispiel authorization)</translation>
    </message>
    <message>
        <source>In the 5-byte message prefix</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Im 5-Byte-Nachrichtenpräfix</translation>
    </message>
    <message>
        <source>In the trailers the client sends at the end</source>
        <extracomment>quiz.questions</extracomment>
        <translation>In den Trailern, die der Client am Ende sendet</translation>
    </message>
    <message>
        <source>Metadata are key-value pairs attached to a call, sent as HTTP/2 headers at its start (and by the server also as trailers at its end). Interceptors on both sides read and add them, so authentication, tracing IDs and deadlines stay out of the .proto messages. Clients do not send trailers.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Metadaten sind Schlüssel-Wert-Paare, die an einen Aufruf angehängt und zu seinem Beginn als HTTP/2-Header gesendet werden (vom Server auch als Trailer an seinem Ende). Interceptors auf Client und Server lesen und ergänzen sie, sodass Authentifizierung, Tracing-IDs und Deadlines nicht in den .proto-Nachrichten stehen müssen. Clients senden keine Trailer.</translation>
    </message>
    <message>
        <source>The items carry no thumbnail this time, only plain fields (numbers, a name, tags). What share of the body bytes does gRPC&apos;s Protobuf save against REST&apos;s JSON, in percent?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Elemente enthalten diesmal kein Vorschaubild, nur einfache Felder (Zahlen, einen Namen, Tags). Wie viel Prozent der Body-Bytes spart Protobuf bei gRPC gegenüber JSON bei REST?</translation>
    </message>
    <message>
        <source>JSON repeats every field name as quoted text and writes numbers in decimal; Protobuf writes a one-byte tag and a varint. A&apos;s bodies took {a.bodyBytes} bytes and B&apos;s {b.bodyBytes} (the 5-byte prefixes included), {100 * (1 - b.bodyBytes / a.bodyBytes):0} % less. With large binary fields the gap is driven by base64 instead, a third more for every byte.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>JSON wiederholt jeden Feldnamen als Text in Anführungszeichen und schreibt Zahlen dezimal; Protobuf schreibt ein Ein-Byte-Tag und einen Varint. Die Bodys von A umfassten {a.bodyBytes} Bytes und die von B {b.bodyBytes} (einschließlich der 5-Byte-Präfixe), {100 * (1 - b.bodyBytes / a.bodyBytes):0} % weniger. Bei großen Binärfeldern bestimmt stattdessen Base64 den Abstand: ein Drittel mehr für jedes Byte.</translation>
    </message>
    <message>
        <source>A makes a unary call per item, B streams all items in two calls. How many times as many header bytes (HPACK blocks for headers and trailers) does A spend as B?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>A macht einen unären Aufruf pro Element, B streamt alle Elemente in zwei Aufrufen. Das Wievielfache an Header-Bytes (HPACK-Blöcke für Header und Trailer) verbraucht A im Vergleich zu B?</translation>
    </message>
    <message>
        <source>Every call costs a request header block, a response header block and trailers: A made {a.grpc.calls} calls and spent {a.headerBytes} bytes of header blocks, B made {b.grpc.calls} and spent {b.headerBytes}. HPACK keeps each repeated block small, but the count of calls still drives the total, along with a round trip per unary call.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jeder Aufruf kostet einen Header-Block für die Anfrage, einen für die Antwort und Trailer: A machte {a.grpc.calls} Aufrufe und verbrauchte {a.headerBytes} Bytes an Header-Blöcken, B machte {b.grpc.calls} und verbrauchte {b.headerBytes}. HPACK hält jeden wiederholten Block klein, doch die Zahl der Aufrufe bestimmt weiterhin die Summe, dazu kommt ein Roundtrip pro unärem Aufruf.</translation>
    </message>
    <message>
        <source>A mobile app uploads photos of about 5 MB each. Which design would you pick?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Eine mobile App lädt Fotos von jeweils etwa 5 MB hoch. Welches Design würden Sie wählen?</translation>
    </message>
    <message>
        <source>Send each photo as one gRPC unary message</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Jedes Foto als eine unäre gRPC-Nachricht senden</translation>
    </message>
    <message>
        <source>Send the photo&apos;s bytes as WebSocket text frames</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Die Bytes des Fotos als WebSocket-Text-Frames senden</translation>
    </message>
    <message>
        <source>An HTTPS upload straight to object storage with a pre-signed URL, then a small API call with the object&apos;s key</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ein HTTPS-Upload direkt in den Objektspeicher über eine vorab signierte URL, danach ein kleiner API-Aufruf mit dem Schlüssel des Objekts</translation>
    </message>
    <message>
        <source>Base64-encode the photo into a JSON field of a REST call</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Das Foto Base64-codiert in ein JSON-Feld eines REST-Aufrufs packen</translation>
    </message>
    <message>
        <source>Pre-signed URLs let the storage service take the large upload (resumable and multipart where needed) without streaming it through your API servers, which only store a reference. gRPC limits messages to 4 MB by default and would need client streaming for large files; text frames and JSON would need base64, a third larger.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Mit vorab signierten URLs übernimmt der Speicherdienst den großen Upload (bei Bedarf fortsetzbar und mehrteilig), ohne dass er durch Ihre API-Server gestreamt wird, die nur eine Referenz speichern. gRPC begrenzt Nachrichten standardmäßig auf 4 MB und bräuchte für große Dateien Client-Streaming; Text-Frames und JSON bräuchten Base64, ein Drittel größer.</translation>
    </message>
    <message>
        <source>Your chat app must alert users about new messages even when the mobile app is closed. What do you use?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ihre Chat-App muss Benutzer auch dann über neue Nachrichten benachrichtigen, wenn die mobile App geschlossen ist. Was verwenden Sie?</translation>
    </message>
    <message>
        <source>Keep a WebSocket open in the background at all times</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ständig einen WebSocket im Hintergrund offen halten</translation>
    </message>
    <message>
        <source>Poll the server every minute from the background</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Den Server jede Minute aus dem Hintergrund pollen</translation>
    </message>
    <message>
        <source>The platform&apos;s push service (APNs on iOS, FCM on Android), and the WebSocket only while the app is open</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Den Push-Dienst der Plattform (APNs unter iOS, FCM unter Android) und den WebSocket nur, solange die App geöffnet ist</translation>
    </message>
    <message>
        <source>Mobile operating systems suspend background apps and their sockets to save battery, so neither a WebSocket nor polling survives. The platform push services keep one shared connection per device and wake the app or show a notification; the live WebSocket takes over once the user opens the app.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Mobile Betriebssysteme legen Hintergrund-Apps und ihre Sockets still, um Akku zu sparen, daher überlebt weder ein WebSocket noch Polling. Die Push-Dienste der Plattform halten eine gemeinsame Verbindung pro Gerät und wecken die App oder zeigen eine Benachrichtigung an; der Live-WebSocket übernimmt, sobald der Benutzer die App öffnet.</translation>
    </message>
    <message>
        <source>Early Hints only names resources; the browser decides whether to fetch them, so a warm cache costs nothing and the browser&apos;s own priorities stay in charge. It does cost the requests that push avoided, {count(a, &quot;http2.HEADERS client c2s&quot;) - count(b, &quot;http2.HEADERS client c2s&quot;)} of them for this page, but they leave early, while the server is still working on the page, so the time it spends thinking is no longer time the browser spends idle.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Early Hints nennt nur Ressourcen; der Browser entscheidet, ob er sie abruft, sodass ein gefüllter Cache nichts kostet und die eigenen Prioritäten des Browsers maßgeblich bleiben. Es kostet allerdings die Anfragen, die Push eingespart hat, bei dieser Seite {count(a, &quot;http2.HEADERS client c2s&quot;) - count(b, &quot;http2.HEADERS client c2s&quot;)} Stück, aber sie gehen früh ab, während der Server noch an der Seite arbeitet. Die Zeit, in der er nachdenkt, ist also keine Zeit mehr, in der der Browser untätig wartet.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
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
        <translation>Aufruf: protoviz-cli &lt;command&gt; [options]

Befehle:
  run        Ein Szenario live ausführen, A gegen B, und die Messwerte ausgeben
  serve      Die Seite von ProtoViz für echte Clients bereitstellen (curl, nghttp, Browser)
  fetch      Eine Seite von einem beliebigen HTTP-Server über die emulierte Strecke laden
  grpc       Eine gRPC-Methode auf einem beliebigen Server mit dem gRPC-Client von ProtoViz aufrufen
  scenarios  Die Szenarien auflisten
  lesson     Die Lektionen auflisten, lesen und ausführen, mit live gemessenen Antworten
  quiz       Interview-Training: Fragen nach Thema, mit Bewertung und Auswertung

`protoviz-cli &lt;command&gt; --help` beschreibt die Optionen eines Befehls.
</translation>
    </message>
</context>
<context>
    <name>PollingReport</name>
    <message>
        <source>Polling against WebSocket: clients that get every update (default 3).</source>
        <translation>Polling vs. WebSocket: Clients, die jedes Update erhalten (Standard: 3).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Polling against WebSocket: ticker updates, or chat messages, a second (default 10).</source>
        <translation>Polling vs. WebSocket: Ticker-Updates bzw. Chat-Nachrichten pro Sekunde (Standard: 10).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Polling against WebSocket: seconds the updates go on (default 5).</source>
        <translation>Polling vs. WebSocket: Sekunden, die die Updates andauern (Standard: 5).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Short polling: milliseconds between one client&apos;s polls (default 1000).</source>
        <translation>Short Polling: Millisekunden zwischen zwei Abfragen eines Clients (Standard: 1000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Updates delivered</source>
        <translation>Zugestellte Updates</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Latency, mean</source>
        <translation>Latenz, Mittelwert</translation>
    </message>
    <message>
        <source>  median</source>
        <translation>  Median</translation>
    </message>
    <message>
        <source>  95th percentile</source>
        <translation>  95. Perzentil</translation>
    </message>
    <message>
        <source>  min / max</source>
        <translation>  Min. / Max.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>HTTP requests</source>
        <translation>HTTP-Anfragen</translation>
    </message>
    <message>
        <source>HTTP head bytes</source>
        <translation>Bytes in HTTP-Köpfen</translation>
    </message>
    <message>
        <source>WebSocket frames</source>
        <translation>WebSocket-Frames</translation>
    </message>
    <message>
        <source>Frame header bytes</source>
        <translation>Bytes in Frame-Headern</translation>
    </message>
    <message>
        <source>Control frame bytes</source>
        <translation>Bytes in Steuer-Frames</translation>
    </message>
    <message>
        <source>Update payload bytes</source>
        <translation>Nutzdaten-Bytes der Updates</translation>
    </message>
    <message>
        <source>Overhead per update delivered</source>
        <translation>Overhead pro zugestelltem Update</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>Wire bytes per update delivered</source>
        <translation>Leitungs-Bytes pro zugestelltem Update</translation>
    </message>
    <message>
        <source>Latency: from the server having an update to the client having it. Overhead: HTTP heads, WebSocket frame headers and control frames, counted once, as the clients saw them.</source>
        <translation>Latenz: vom Zeitpunkt, an dem der Server ein Update hat, bis der Client es hat. Overhead: HTTP-Köpfe, WebSocket-Frame-Header und Steuer-Frames, einmal gezählt, so wie die Clients sie sahen.</translation>
    </message>
</context>
<context>
    <name>PollingScenarios</name>
    <message>
        <source>A ticker: the server publishes --updates-per-second updates a second for --duration seconds, and each of --clients clients must get every one. </source>
        <translation>Ein Ticker: Der Server veröffentlicht --duration Sekunden lang --updates-per-second Updates pro Sekunde, und jeder der --clients Clients muss jedes davon erhalten. </translation>
    </message>
    <message>
        <source>A chat: --clients clients take turns posting --updates-per-second messages a second for --duration seconds, and the server sends each to every client. </source>
        <translation>Ein Chat: --clients Clients posten --duration Sekunden lang abwechselnd --updates-per-second Nachrichten pro Sekunde, und der Server sendet jede an jeden Client. </translation>
    </message>
    <message>
        <source>Measured per update: the delay from the server having it to the client having it, and the bytes of HTTP headers or frame headers it cost.</source>
        <translation>Gemessen pro Update: die Verzögerung vom Zeitpunkt, an dem der Server es hat, bis der Client es hat, und die Bytes an HTTP-Headern oder Frame-Headern, die es gekostet hat.</translation>
    </message>
    <message>
        <source>A asks with HTTP/1.1 short polling (a request every --poll-interval ms, answered at once, often empty); B keeps a WebSocket open and the server pushes each update as a message. </source>
        <translation>A fragt mit HTTP/1.1-Short-Polling (eine Anfrage alle --poll-interval ms, sofort beantwortet, oft leer); B hält einen WebSocket offen, und der Server sendet jedes Update per Push als Nachricht. </translation>
    </message>
    <message>
        <source>A asks with HTTP/1.1 long polling (the server holds each request until there is news, the client asks again at once); B keeps a WebSocket open and the server pushes each update. </source>
        <translation>A fragt mit HTTP/1.1-Long-Polling (der Server hält jede Anfrage zurück, bis es Neues gibt, der Client fragt sofort erneut); B hält einen WebSocket offen, und der Server sendet jedes Update per Push. </translation>
    </message>
    <message>
        <source>A polls every --poll-interval ms (short polling); B long-polls, the server holding each request until there is news. </source>
        <translation>A fragt alle --poll-interval ms (Short Polling); B nutzt Long Polling, wobei der Server jede Anfrage zurückhält, bis es Neues gibt. </translation>
    </message>
    <message>
        <source>Ticker: HTTP short polling against WebSocket</source>
        <translation>Ticker: HTTP-Short-Polling vs. WebSocket</translation>
    </message>
    <message>
        <source>Ticker: HTTP long polling against WebSocket</source>
        <translation>Ticker: HTTP-Long-Polling vs. WebSocket</translation>
    </message>
    <message>
        <source>Ticker: HTTP short polling against long polling</source>
        <translation>Ticker: HTTP-Short-Polling vs. Long Polling</translation>
    </message>
    <message>
        <source>Chat: HTTP short polling against WebSocket</source>
        <translation>Chat: HTTP-Short-Polling vs. WebSocket</translation>
    </message>
    <message>
        <source>Chat: HTTP long polling against WebSocket</source>
        <translation>Chat: HTTP-Long-Polling vs. WebSocket</translation>
    </message>
    <message>
        <source>Chat: HTTP short polling against long polling</source>
        <translation>Chat: HTTP-Short-Polling vs. Long Polling</translation>
    </message>
    <message>
        <source>There is no polling scenario &quot;%1&quot;.</source>
        <translation>Es gibt kein Polling-Szenario „%1“.</translation>
    </message>
</context>
<context>
    <name>PollingSessionConfig</name>
    <message>
        <source>There must be between 1 and %1 clients.</source>
        <translation>Es muss zwischen 1 und %1 Clients geben.</translation>
    </message>
    <message>
        <source>Between 1 and %1 updates a second can be sent.</source>
        <translation>Es können zwischen 1 und %1 Updates pro Sekunde gesendet werden.</translation>
    </message>
    <message>
        <source>The updates must last between 1 second and %1 seconds.</source>
        <translation>Die Updates müssen zwischen 1 Sekunde und %1 Sekunden andauern.</translation>
    </message>
    <message>
        <source>The poll interval must be between %1 ms and %2 ms.</source>
        <translation>Das Abfrageintervall muss zwischen %1 ms und %2 ms liegen.</translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 Sekunde und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The time limit (%1 s) must be longer than the updates last (%2 s).</source>
        <translation>Das Zeitlimit (%1 s) muss länger sein als die Dauer der Updates (%2 s).</translation>
    </message>
    <message>
        <source>WebSocket over TLS (wss://)</source>
        <translation>WebSocket über TLS (wss://)</translation>
    </message>
    <message>
        <source>WebSocket (ws://)</source>
        <translation>WebSocket (ws://)</translation>
    </message>
    <message>
        <source>HTTPS short polling every %1 ms</source>
        <translation>HTTPS-Short-Polling alle %1 ms</translation>
    </message>
    <message>
        <source>HTTP/1.1 short polling every %1 ms</source>
        <translation>HTTP/1.1-Short-Polling alle %1 ms</translation>
    </message>
    <message>
        <source>HTTPS long polling</source>
        <translation>HTTPS-Long-Polling</translation>
    </message>
    <message>
        <source>HTTP/1.1 long polling</source>
        <translation>HTTP/1.1-Long-Polling</translation>
    </message>
    <message numerus="yes">
        <source>ticker, %1 updates a second for %2 s to %n client(s)</source>
        <translation>
            <numerusform>Ticker, %1 Updates pro Sekunde für %2 s an %n Client</numerusform>
            <numerusform>Ticker, %1 Updates pro Sekunde für %2 s an %n Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chat, %1 messages a second for %2 s between %n client(s)</source>
        <translation>
            <numerusform>Chat, %1 Nachrichten pro Sekunde für %2 s mit %n Client</numerusform>
            <numerusform>Chat, %1 Nachrichten pro Sekunde für %2 s zwischen %n Clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionGrader</name>
    <message>
        <source>This question is answered by a run, and there is none yet.</source>
        <translation>Diese Frage wird durch einen Lauf beantwortet, und es gibt noch keinen.</translation>
    </message>
    <message>
        <source>The run could not answer &quot;%1&quot;: %2.</source>
        <translation>Der Lauf konnte „%1“ nicht beantworten: %2.</translation>
    </message>
    <message>
        <source>No choice holds for this run (a tie?): run it again or change a knob.</source>
        <translation>Für diesen Lauf trifft keine Auswahlmöglichkeit zu (Gleichstand?): Führen Sie ihn erneut aus oder ändern Sie einen Regler.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a measured number and its unit</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>QuestionPrinter</name>
    <message>
        <source>Question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>  (answer in %1)</source>
        <translation>  (Antwort in %1)</translation>
    </message>
    <message>
        <source>Your prediction: </source>
        <translation>Ihre Vorhersage: </translation>
    </message>
    <message>
        <source>Your choice: </source>
        <translation>Ihre Wahl: </translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Type a number from 1 to %1.</source>
        <translation>Geben Sie eine Zahl von 1 bis %1 ein.</translation>
    </message>
    <message>
        <source>Measured answer: %1</source>
        <translation>Gemessene Antwort: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Proof: event %1 of %2: %3</source>
        <translation>Beleg: Ereignis %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>No question fits: choose other topics, or at least one question.</source>
        <translation>Keine Frage passt: Wählen Sie andere Themen oder mindestens eine Frage.</translation>
    </message>
    <message>
        <source>(no answer: time ran out)</source>
        <translation>(keine Antwort: Zeit abgelaufen)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>ProtoViz quiz</source>
        <translation>ProtoViz-Quiz</translation>
    </message>
    <message>
        <source>**Score: %1 of %2**</source>
        <translation>**Ergebnis: %1 von %2**</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Themen: %1</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Ihre Antwort:</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>Richtige Antwort:</translation>
    </message>
    <message>
        <source>The run that shows it:</source>
        <translation>Der Lauf, der es zeigt:</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zum Wiederholen</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
</context>
<context>
    <name>QuizCommand</name>
    <message>
        <source>--topic: &quot;%1&quot; is not a topic (%2).</source>
        <translation>--topic: „%1“ ist kein Thema (%2).</translation>
    </message>
    <message>
        <source>Interview practice in the terminal: questions drawn at random by topic, live ones answered by a run made for them, scored, with a review of every wrong answer at the end.</source>
        <translation>Interview-Training im Terminal: zufällig nach Thema gezogene Fragen, Live-Fragen durch einen eigens dafür ausgeführten Lauf beantwortet, mit Bewertung und am Ende einer Auswertung jeder falschen Antwort.</translation>
    </message>
    <message>
        <source>Only these topics, separated by commas (%1).</source>
        <translation>Nur diese Themen, durch Kommas getrennt (%1).</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>themen</translation>
    </message>
    <message>
        <source>How many questions (default 10).</source>
        <translation>Wie viele Fragen (Standard: 10).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Draw the same questions again with the same seed.</source>
        <translation>Mit demselben Seed wieder dieselben Fragen ziehen.</translation>
    </message>
    <message>
        <source>Seconds for the whole quiz; answers after it do not count (default: untimed).</source>
        <translation>Sekunden für das gesamte Quiz; Antworten danach zählen nicht (Standard: ohne Zeitlimit).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>Only questions that need no run.</source>
        <translation>Nur Fragen, die keinen Lauf brauchen.</translation>
    </message>
    <message>
        <source>Write the results as Markdown to this file.</source>
        <translation>Die Ergebnisse als Markdown in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <source>(a live question: running %1 %2 first …)</source>
        <translation>(eine Live-Frage: Zuerst wird %1 %2 ausgeführt …)</translation>
    </message>
    <message>
        <source>Too late: the time is up.</source>
        <translation>Zu spät: Die Zeit ist abgelaufen.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Nicht ganz.</translation>
    </message>
    <message>
        <source>Score: %1 of %2.</source>
        <translation>Ergebnis: %1 von %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>Ergebnisse in %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>event %1 of session %2</source>
        <translation>Ereignis %1 von Sitzung %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>unknown layer &quot;%1&quot;</source>
        <translation>unbekannte Schicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannte Art &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown origin &quot;%1&quot;</source>
        <translation>unbekannter Ursprung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown direction &quot;%1&quot;</source>
        <translation>unbekannte Richtung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;bytes&quot; is not valid base64</source>
        <translation>&quot;bytes&quot; ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>a field must be [name, value, offset, length, depth]</source>
        <translation>ein Feld muss die Form [name, value, offset, length, depth] haben</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; points outside the event&apos;s bytes</source>
        <translation>Feld &quot;%1&quot; verweist außerhalb der Bytes des Ereignisses</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>This is not a ProtoViz recording: the JSON is broken at byte %1 (%2).</source>
        <translation>Dies ist keine ProtoViz-Aufzeichnung: Das JSON ist bei Byte %1 defekt (%2).</translation>
    </message>
    <message>
        <source>This is not a ProtoViz recording (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Dies ist keine ProtoViz-Aufzeichnung (kein &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This recording has format version %1; this ProtoViz reads version %2.</source>
        <translation>Diese Aufzeichnung hat die Formatversion %1; dieses ProtoViz liest Version %2.</translation>
    </message>
    <message>
        <source>The recording holds no sessions.</source>
        <translation>Die Aufzeichnung enthält keine Sitzungen.</translation>
    </message>
    <message>
        <source>The recording is damaged: %1.</source>
        <translation>Die Aufzeichnung ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>The recording is damaged: event %1 of session %2 goes back in time.</source>
        <translation>Die Aufzeichnung ist beschädigt: Ereignis %1 von Sitzung %2 geht in der Zeit zurück.</translation>
    </message>
</context>
<context>
    <name>RestApi</name>
    <message>
        <source>Not found: the API has /api/items/&lt;id&gt;.</source>
        <translation>Nicht gefunden: Die API bietet /api/items/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>Items are read with GET.</source>
        <translation>Elemente werden mit GET gelesen.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Runs a scenario&apos;s two sessions live, side by side, over the emulated link, and prints what was measured.</source>
        <translation>Führt die beiden Sitzungen eines Szenarios live und nebeneinander über die emulierte Leitung aus und gibt die Messwerte aus.</translation>
    </message>
    <message>
        <source>The scenario to run (see `protoviz-cli scenarios`).</source>
        <translation>Das auszuführende Szenario (siehe `protoviz-cli scenarios`).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Write the recording (every event of both sessions) to this file.</source>
        <translation>Die Aufzeichnung (jedes Ereignis beider Sitzungen) in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Try `protoviz-cli run --help`.</source>
        <translation>Siehe `protoviz-cli run --help`.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Link: %1.</source>
        <translation>Leitung: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Page: %n object(s) of %1 bytes.</source>
        <translation>
            <numerusform>Seite: %n Objekt zu %1 Bytes.</numerusform>
            <numerusform>Seite: %n Objekte zu je %1 Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running A (%1) and B (%2) live on 127.0.0.1 ...</source>
        <translation>A (%1) und B (%2) laufen live auf 127.0.0.1 ...</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Every event (%1 in A, %2 in B) is in %3.</source>
        <translation>Alle Ereignisse (%1 in A, %2 in B) stehen in %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n gRPC call(s), %2 ended OK; %3 messages sent, %4 received.</source>
        <translation>
            <numerusform>%1: %n gRPC-Aufruf, %2 mit OK beendet; %3 Nachrichten gesendet, %4 empfangen.</numerusform>
            <numerusform>%1: %n gRPC-Aufrufe, %2 mit OK beendet; %3 Nachrichten gesendet, %4 empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>   Messages: %1 bytes of protobuf and %2 bytes of length prefixes; as JSON they would take %3 bytes.</source>
        <translation>   Nachrichten: %1 Bytes Protobuf und %2 Bytes Längenpräfixe; als JSON wären es %3 Bytes.</translation>
    </message>
    <message>
        <source>Append the TLS secrets of every session to this file (SSLKEYLOGFILE format, for Wireshark). Without it, the file the SSLKEYLOGFILE variable names, as browsers do.</source>
        <translation>Die TLS-Geheimnisse jeder Sitzung an diese Datei anhängen (SSLKEYLOGFILE-Format, für Wireshark). Ohne diese Option die Datei, die die Variable SSLKEYLOGFILE nennt, wie Browser es tun.</translation>
    </message>
</context>
<context>
    <name>RunMeasurements</name>
    <message>
        <source>there is no knob &quot;%1&quot; (rttMs, lossPercent, objects, objectSize, connections, clients, updatesPerSecond, durationSeconds, pollIntervalMs)</source>
        <translation>es gibt keinen Regler „%1“ (rttMs, lossPercent, objects, objectSize, connections, clients, updatesPerSecond, durationSeconds, pollIntervalMs)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names nothing: write a.NAME, b.NAME, a.polling.NAME, a.grpc.NAME or knob.NAME</source>
        <translation>„%1“ bezeichnet nichts: Schreiben Sie a.NAME, b.NAME, a.polling.NAME, a.grpc.NAME oder knob.NAME</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a statistic; there are: %2</source>
        <translation>„%1“ ist keine Statistik; es gibt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1() takes %n number(s)</source>
        <translation>
            <numerusform>%1() erwartet %n Zahl</numerusform>
            <numerusform>%1() erwartet %n Zahlen</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no function %1() (count, firstMs, lastMs, bytes, min, max, abs, round)</source>
        <translation>es gibt keine Funktion %1() (count, firstMs, lastMs, bytes, min, max, abs, round)</translation>
    </message>
    <message>
        <source>%1() takes a side and an event filter: %1(b, &quot;tls.Alert&quot;)</source>
        <translation>%1() erwartet eine Seite und einen Ereignisfilter: %1(b, &quot;tls.Alert&quot;)</translation>
    </message>
</context>
<context>
    <name>ScenarioCatalog</name>
    <message>
        <source>HTTP/1.1 against HTTP/2</source>
        <translation>HTTP/1.1 vs. HTTP/2</translation>
    </message>
    <message>
        <source>The same page of objects loaded over HTTP/1.1 (a browser&apos;s pool of connections per host) and over HTTP/2 (one connection, every request a multiplexed stream).</source>
        <translation>Dieselbe Seite mit Objekten, geladen über HTTP/1.1 (der Verbindungspool eines Browsers pro Host) und über HTTP/2 (eine Verbindung, jede Anfrage ein gemultiplexter Stream).</translation>
    </message>
    <message>
        <source>HTTP/2 without and with server push</source>
        <translation>HTTP/2 ohne und mit Server-Push</translation>
    </message>
    <message>
        <source>HTTP/2 loading the page, once asking for every object and once with the server pushing them along with the page.</source>
        <translation>HTTP/2 lädt die Seite, einmal mit einer Anfrage für jedes Objekt und einmal, indem der Server die Objekte zusammen mit der Seite per Push sendet.</translation>
    </message>
    <message>
        <source>HTTP/1.1 without and with pipelining</source>
        <translation>HTTP/1.1 ohne und mit Pipelining</translation>
    </message>
    <message>
        <source>HTTP/1.1 over one connection, waiting for each response before the next request, against sending requests back to back (pipelining), where responses still come back in order.</source>
        <translation>HTTP/1.1 über eine Verbindung: Warten auf jede Antwort vor der nächsten Anfrage, verglichen mit dem direkten Hintereinandersenden der Anfragen (Pipelining), bei dem die Antworten trotzdem der Reihe nach zurückkommen.</translation>
    </message>
    <message>
        <source>There is no scenario &quot;%1&quot;. Scenarios: %2.</source>
        <translation>Es gibt kein Szenario „%1“. Szenarien: %2.</translation>
    </message>
    <message>
        <source>%1 with server push</source>
        <translation>%1 mit Server-Push</translation>
    </message>
    <message>
        <source>%1, one connection</source>
        <translation>%1, eine Verbindung</translation>
    </message>
    <message>
        <source>%1, one connection, pipelined</source>
        <translation>%1, eine Verbindung, mit Pipelining</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>--%1 takes a port number from 0 (any free port) to 65535, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine Portnummer von 0 (beliebiger freier Port) bis 65535, nicht „%2“.</translation>
    </message>
    <message>
        <source>Serves ProtoViz&apos;s page over HTTP/1.1 and HTTP/2, cleartext and TLS, so that real clients can be pointed at it; prints every event as it happens.</source>
        <translation>Liefert die Seite von ProtoViz über HTTP/1.1 und HTTP/2 aus, im Klartext und mit TLS, damit echte Clients darauf zugreifen können; gibt jedes Ereignis aus, sobald es eintritt.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1: loopback only).</source>
        <translation>Adresse, auf der gelauscht wird (Standard: 127.0.0.1, nur Loopback).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port for HTTP/1.1 and h2c (default 8080; 0 picks a free one).</source>
        <translation>Port für HTTP/1.1 und h2c (Standard: 8080; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port for HTTPS (default 8443; 0 picks a free one).</source>
        <translation>Port für HTTPS (Standard: 8443; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Do not serve HTTPS.</source>
        <translation>Kein HTTPS anbieten.</translation>
    </message>
    <message>
        <source>Do not serve cleartext HTTP.</source>
        <translation>Kein Klartext-HTTP anbieten.</translation>
    </message>
    <message>
        <source>Write the generated CA certificate, certificate and key here (default: a new temporary folder).</source>
        <translation>Das erzeugte CA-Zertifikat, das Zertifikat und den Schlüssel hier ablegen (Standard: ein neuer temporärer Ordner).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Which events to print: all, errors or none (none also records nothing, for benchmarks).</source>
        <translation>Welche Ereignisse ausgegeben werden: all, errors oder none (none zeichnet auch nichts auf, für Benchmarks).</translation>
    </message>
    <message>
        <source>which</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>On exit, write the recording of every event to this file.</source>
        <translation>Beim Beenden die Aufzeichnung aller Ereignisse in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: run until Ctrl+C).</source>
        <translation>Nach so vielen Sekunden anhalten (Standard: laufen bis Strg+C).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Try `protoviz-cli serve --help`.</source>
        <translation>Siehe `protoviz-cli serve --help`.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--listen takes an IP address such as 127.0.0.1, not &quot;%1&quot;.</source>
        <translation>--listen erwartet eine IP-Adresse wie 127.0.0.1, nicht „%1“.</translation>
    </message>
    <message>
        <source>With both --no-tls and --no-cleartext there is nothing to serve.</source>
        <translation>Mit --no-tls und --no-cleartext zusammen gibt es nichts anzubieten.</translation>
    </message>
    <message>
        <source>--events takes all, errors or none, not &quot;%1&quot;.</source>
        <translation>--events erwartet all, errors oder none, nicht „%1“.</translation>
    </message>
    <message>
        <source>--duration takes a whole number of seconds, not &quot;%1&quot;.</source>
        <translation>--duration erwartet eine ganze Zahl von Sekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>ProtoViz is serving a page of %1 objects of %2 bytes.</source>
        <translation>ProtoViz liefert eine Seite mit %1 Objekten zu je %2 Bytes aus.</translation>
    </message>
    <message>
        <source>  http://%1:%2/   HTTP/1.1, and HTTP/2 with prior knowledge (h2c)</source>
        <translation>  http://%1:%2/   HTTP/1.1 und HTTP/2 mit Prior Knowledge (h2c)</translation>
    </message>
    <message>
        <source>  https://%1:%2/   HTTPS: ALPN h2 and http/1.1</source>
        <translation>  https://%1:%2/   HTTPS: ALPN h2 und http/1.1</translation>
    </message>
    <message>
        <source>  CA certificate: %1</source>
        <translation>  CA-Zertifikat: %1</translation>
    </message>
    <message>
        <source>  Emulated link: %1</source>
        <translation>  Emulierte Leitung: %1</translation>
    </message>
    <message>
        <source>  Warning: listening beyond loopback, on %1.</source>
        <translation>  Warnung: lauscht über Loopback hinaus, auf %1.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Strg+C drücken.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after serving %n connection(s).</source>
        <translation>
            <numerusform>Beendet nach %n bedienter Verbindung.</numerusform>
            <numerusform>Beendet nach %n bedienten Verbindungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Append the TLS secrets of every connection to this file (SSLKEYLOGFILE format, for Wireshark).</source>
        <translation>Die TLS-Geheimnisse jeder Verbindung an diese Datei anhängen (SSLKEYLOGFILE-Format, für Wireshark).</translation>
    </message>
    <message>
        <source>Refuse TLS 1.3 early data (0-RTT), which is accepted by default.</source>
        <translation>Early Data (0-RTT) von TLS 1.3 ablehnen; standardmäßig wird es angenommen.</translation>
    </message>
    <message>
        <source>  TLS 1.3 early data (0-RTT) accepted, up to %1 bytes</source>
        <translation>  Early Data (0-RTT) von TLS 1.3 wird angenommen, bis zu %1 Bytes</translation>
    </message>
    <message>
        <source>  TLS secrets appended to %1</source>
        <translation>  TLS-Geheimnisse werden an %1 angehängt</translation>
    </message>
    <message>
        <source>  %1/chat   WebSocket chat room (wss:// on the HTTPS port); a browser test page at %2/websocket-test</source>
        <translation>  %1/chat   WebSocket-Chatraum (wss:// auf dem HTTPS-Port); eine Browser-Testseite unter %2/websocket-test</translation>
    </message>
    <message>
        <source>  gRPC: the service protoviz.lesson.v1.Lesson on the HTTP/2 ports (resources/proto/lesson.proto)</source>
        <translation>  gRPC: der Dienst protoviz.lesson.v1.Lesson auf den HTTP/2-Ports (resources/proto/lesson.proto)</translation>
    </message>
</context>
<context>
    <name>SessionConfig</name>
    <message>
        <source>The page must have between 1 and %1 objects.</source>
        <translation>Die Seite muss zwischen 1 und %1 Objekte haben.</translation>
    </message>
    <message>
        <source>Objects must be between 0 bytes and %1 MiB.</source>
        <translation>Objekte müssen zwischen 0 Bytes und %1 MiB groß sein.</translation>
    </message>
    <message>
        <source>HTTP/1.1 may use between 1 and %1 connections per host.</source>
        <translation>HTTP/1.1 darf zwischen 1 und %1 Verbindungen pro Host verwenden.</translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 Sekunde und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>The address&apos;s scheme and the TLS setting disagree.</source>
        <translation>Das Schema der Adresse und die TLS-Einstellung passen nicht zusammen.</translation>
    </message>
    <message>
        <source>Server push exists only in HTTP/2.</source>
        <translation>Server-Push gibt es nur in HTTP/2.</translation>
    </message>
    <message>
        <source>HTTP/1.1 over TLS</source>
        <translation>HTTP/1.1 über TLS</translation>
    </message>
    <message>
        <source>HTTP/1.1 cleartext</source>
        <translation>HTTP/1.1 im Klartext</translation>
    </message>
    <message>
        <source>HTTP/2 over TLS</source>
        <translation>HTTP/2 über TLS</translation>
    </message>
    <message>
        <source>HTTP/2 cleartext (h2c)</source>
        <translation>HTTP/2 im Klartext (h2c)</translation>
    </message>
    <message>
        <source>HTTP/1.1 over TLS 1.2</source>
        <translation>HTTP/1.1 über TLS 1.2</translation>
    </message>
    <message>
        <source>HTTP/2 over TLS 1.2</source>
        <translation>HTTP/2 über TLS 1.2</translation>
    </message>
</context>
<context>
    <name>TlsHandshakeConfig</name>
    <message>
        <source>The page must have between 1 and %1 objects.</source>
        <translation>Die Seite muss zwischen 1 und %1 Objekte haben.</translation>
    </message>
    <message>
        <source>Objects must be between 0 bytes and %1 MiB.</source>
        <translation>Objekte müssen zwischen 0 Bytes und %1 MiB groß sein.</translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 Sekunde und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The lowest TLS version is above the highest one.</source>
        <translation>Die niedrigste TLS-Version liegt über der höchsten.</translation>
    </message>
    <message>
        <source>Early data (0-RTT) exists only in TLS 1.3: both sides must allow TLS 1.3.</source>
        <translation>Early Data (0-RTT) gibt es nur in TLS 1.3: Beide Seiten müssen TLS 1.3 erlauben.</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>client %1 to %2</source>
        <translation>Client %1 bis %2</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>server %1 to %2</source>
        <translation>Server %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>one HTTPS GET / (a page listing %n object(s))</source>
        <translation>
            <numerusform>ein HTTPS-GET / (eine Seite mit %n Objekt)</numerusform>
            <numerusform>ein HTTPS-GET / (eine Seite mit %n Objekten)</numerusform>
        </translation>
    </message>
    <message>
        <source>full handshake</source>
        <translation>vollständiger Handshake</translation>
    </message>
    <message>
        <source>resumes a session from a ticket</source>
        <translation>nimmt eine Sitzung mit einem Ticket wieder auf</translation>
    </message>
    <message>
        <source>resumes a session and sends the request as 0-RTT early data</source>
        <translation>nimmt eine Sitzung wieder auf und sendet die Anfrage als 0-RTT-Early-Data</translation>
    </message>
    <message>
        <source>client groups %1 (key share for %2)</source>
        <translation>Client-Gruppen %1 (Key Share für %2)</translation>
    </message>
    <message>
        <source>server groups %1</source>
        <translation>Server-Gruppen %1</translation>
    </message>
    <message>
        <source>the client does not trust the server&apos;s certificate authority</source>
        <translation>der Client vertraut der Zertifizierungsstelle des Servers nicht</translation>
    </message>
</context>
<context>
    <name>TlsScenarios</name>
    <message>
        <source>TLS 1.2 against TLS 1.3</source>
        <translation>TLS 1.2 vs. TLS 1.3</translation>
    </message>
    <message>
        <source>One HTTPS request after a full handshake: TLS 1.2 needs two round trips before the request may go, TLS 1.3 one, because its ClientHello already carries a key share. The first response byte arrives after 4 and 3 round trips (TCP included).</source>
        <translation>Eine HTTPS-Anfrage nach einem vollständigen Handshake: TLS 1.2 braucht zwei Roundtrips, bevor die Anfrage gesendet werden darf, TLS 1.3 nur einen, weil sein ClientHello bereits einen Key Share enthält. Das erste Antwortbyte kommt nach 4 bzw. 3 Roundtrips an (TCP eingeschlossen).</translation>
    </message>
    <message>
        <source>TLS 1.2: full handshake against session ticket</source>
        <translation>TLS 1.2: vollständiger Handshake vs. Session-Ticket</translation>
    </message>
    <message>
        <source>TLS 1.2 with a full handshake, against one resuming a session from a ticket obtained before: the server skips its certificate and key exchange, and the handshake takes one round trip instead of two.</source>
        <translation>TLS 1.2 mit vollständigem Handshake im Vergleich zu einem, der eine Sitzung mit einem zuvor erhaltenen Ticket wieder aufnimmt: Der Server lässt sein Zertifikat und den Schlüsselaustausch weg, und der Handshake dauert einen Roundtrip statt zwei.</translation>
    </message>
    <message>
        <source>TLS 1.3: full handshake against resumption (PSK)</source>
        <translation>TLS 1.3: vollständiger Handshake vs. Wiederaufnahme (PSK)</translation>
    </message>
    <message>
        <source>TLS 1.3 with a full handshake, against one resuming a session from a ticket (a pre-shared key): no certificate crosses the wire, yet it still takes one round trip; the gain is bytes and signature work.</source>
        <translation>TLS 1.3 mit vollständigem Handshake im Vergleich zu einem, der eine Sitzung mit einem Ticket (einem Pre-Shared Key) wieder aufnimmt: Kein Zertifikat geht über die Leitung, trotzdem dauert es einen Roundtrip; der Gewinn liegt bei den Bytes und beim Signaturaufwand.</translation>
    </message>
    <message>
        <source>TLS 1.3: resumption against 0-RTT early data</source>
        <translation>TLS 1.3: Wiederaufnahme vs. 0-RTT-Early-Data</translation>
    </message>
    <message>
        <source>Both resume a session; B also sends its request as early data with the ClientHello, so the response comes one round trip sooner (2 instead of 3). Early data has no forward secrecy and can be replayed, which is why the server must allow it.</source>
        <translation>Beide nehmen eine Sitzung wieder auf; B sendet seine Anfrage zusätzlich als Early Data mit dem ClientHello, daher kommt die Antwort einen Roundtrip früher (nach 2 statt 3). Early Data hat keine Forward Secrecy und kann erneut eingespielt werden (Replay); deshalb muss der Server es ausdrücklich erlauben.</translation>
    </message>
    <message>
        <source>TLS 1.3 against a HelloRetryRequest</source>
        <translation>TLS 1.3 vs. HelloRetryRequest</translation>
    </message>
    <message>
        <source>The client sends an X25519 key share. In A the server takes it; in B the server accepts only P-256 and answers with a HelloRetryRequest, so the client must send a second ClientHello: one round trip more.</source>
        <translation>Der Client sendet einen X25519-Key-Share. In A nimmt der Server ihn an; in B akzeptiert der Server nur P-256 und antwortet mit einem HelloRetryRequest, sodass der Client ein zweites ClientHello senden muss: ein Roundtrip mehr.</translation>
    </message>
    <message>
        <source>TLS 1.3 against an untrusted certificate</source>
        <translation>TLS 1.3 vs. nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>A trusts the authority that signed the server&apos;s certificate; B trusts another one, so its client refuses the certificate with the unknown_ca alert and the handshake fails (B fails on purpose).</source>
        <translation>A vertraut der Zertifizierungsstelle, die das Zertifikat des Servers signiert hat; B vertraut einer anderen, daher lehnt sein Client das Zertifikat mit dem Alert unknown_ca ab, und der Handshake schlägt fehl (B scheitert absichtlich).</translation>
    </message>
    <message>
        <source>TLS 1.3 against a version mismatch</source>
        <translation>TLS 1.3 vs. Versionskonflikt</translation>
    </message>
    <message>
        <source>A&apos;s client and server share TLS 1.3; B&apos;s client allows TLS 1.2 at most while its server requires TLS 1.3, so the server answers the ClientHello with the protocol_version alert (B fails on purpose).</source>
        <translation>Client und Server von A beherrschen beide TLS 1.3; der Client von B erlaubt höchstens TLS 1.2, während sein Server TLS 1.3 verlangt, daher beantwortet der Server das ClientHello mit dem Alert protocol_version (B scheitert absichtlich).</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; is about TLS: it cannot run as cleartext.</source>
        <translation>Das Szenario „%1“ behandelt TLS: Es kann nicht im Klartext laufen.</translation>
    </message>
    <message>
        <source>TLS 1.2</source>
        <translation>TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.3</source>
        <translation>TLS 1.3</translation>
    </message>
    <message>
        <source>TLS 1.2, full handshake</source>
        <translation>TLS 1.2, vollständiger Handshake</translation>
    </message>
    <message>
        <source>TLS 1.2, resumed (session ticket)</source>
        <translation>TLS 1.2, wiederaufgenommen (Session-Ticket)</translation>
    </message>
    <message>
        <source>TLS 1.3, full handshake</source>
        <translation>TLS 1.3, vollständiger Handshake</translation>
    </message>
    <message>
        <source>TLS 1.3, resumed (PSK)</source>
        <translation>TLS 1.3, wiederaufgenommen (PSK)</translation>
    </message>
    <message>
        <source>TLS 1.3, resumed, 0-RTT early data</source>
        <translation>TLS 1.3, wiederaufgenommen, 0-RTT-Early-Data</translation>
    </message>
    <message>
        <source>TLS 1.3, key share accepted</source>
        <translation>TLS 1.3, Key Share angenommen</translation>
    </message>
    <message>
        <source>TLS 1.3, HelloRetryRequest</source>
        <translation>TLS 1.3, HelloRetryRequest</translation>
    </message>
    <message>
        <source>TLS 1.3, trusted certificate</source>
        <translation>TLS 1.3, vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>TLS 1.3, untrusted certificate</source>
        <translation>TLS 1.3, nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>TLS 1.3 on both sides</source>
        <translation>TLS 1.3 auf beiden Seiten</translation>
    </message>
    <message>
        <source>client TLS 1.2 at most, server TLS 1.3 only</source>
        <translation>Client höchstens TLS 1.2, Server nur TLS 1.3</translation>
    </message>
</context>
<context>
    <name>protoviz</name>
    <message>
        <source>The connection was already closed.</source>
        <translation>Die Verbindung war bereits geschlossen.</translation>
    </message>
    <message>
        <source>The server sent a response although no request was outstanding, so the client dropped the connection.</source>
        <translation>Der Server hat eine Antwort gesendet, obwohl keine Anfrage offen war; deshalb hat der Client die Verbindung abgebrochen.</translation>
    </message>
    <message>
        <source>The connection was closed after a response that announced the close (Connection: close).</source>
        <translation>Die Verbindung wurde nach einer Antwort geschlossen, die das Schließen angekündigt hat (Connection: close).</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>No connection to the server could be opened: %1</source>
        <translation>Es konnte keine Verbindung zum Server geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the connection could not be created.</source>
        <translation>die Verbindung konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>A line ended with a lone CR or LF. HTTP/1.1 ends every line of the head and of the chunk framing with CR LF; accepting other endings lets two parsers disagree about where a message ends.</source>
        <translation>Eine Zeile endete mit einem einzelnen CR oder LF. HTTP/1.1 beendet jede Zeile des Kopfs und des Chunk-Framings mit CR LF; wer andere Zeilenenden akzeptiert, riskiert, dass zwei Parser sich uneinig sind, wo eine Nachricht endet.</translation>
    </message>
    <message>
        <source>The request line is longer than %1 bytes, so the server refuses it with 414 URI Too Long instead of buffering it.</source>
        <translation>Die Anfragezeile ist länger als %1 Bytes; deshalb lehnt der Server sie mit 414 URI Too Long ab, statt sie zu puffern.</translation>
    </message>
    <message>
        <source>The status line is longer than %1 bytes; no real server sends such a line.</source>
        <translation>Die Statuszeile ist länger als %1 Bytes; kein echter Server sendet eine solche Zeile.</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes, so the server refuses it with 431 Request Header Fields Too Large instead of buffering it.</source>
        <translation>Der Anfragekopf ist größer als %1 Bytes; deshalb lehnt der Server ihn mit 431 Request Header Fields Too Large ab, statt ihn zu puffern.</translation>
    </message>
    <message>
        <source>The response head is larger than %1 bytes, so the client gave up on it.</source>
        <translation>Der Antwortkopf ist größer als %1 Bytes; deshalb hat der Client ihn aufgegeben.</translation>
    </message>
    <message>
        <source>The message has more than %1 header fields, which the receiver refuses (431 Request Header Fields Too Large).</source>
        <translation>Die Nachricht hat mehr als %1 Header-Felder; der Empfänger lehnt sie ab (431 Request Header Fields Too Large).</translation>
    </message>
    <message>
        <source>The request line is not &quot;method target version&quot; separated by single spaces.</source>
        <translation>Die Anfragezeile hat nicht die Form „Methode Ziel Version“, getrennt durch einzelne Leerzeichen.</translation>
    </message>
    <message>
        <source>The method is empty or holds characters a method may not contain (it must be a token such as GET).</source>
        <translation>Die Methode ist leer oder enthält Zeichen, die in einer Methode nicht vorkommen dürfen (sie muss ein Token wie GET sein).</translation>
    </message>
    <message>
        <source>The request target is empty or holds spaces, control characters or bytes outside ASCII.</source>
        <translation>Das Anfrageziel ist leer oder enthält Leerzeichen, Steuerzeichen oder Bytes außerhalb von ASCII.</translation>
    </message>
    <message>
        <source>The protocol version is malformed: HTTP/1.1 expects exactly &quot;HTTP/1.1&quot; (a digit, a dot, a digit).</source>
        <translation>Die Protokollversion ist fehlerhaft: HTTP/1.1 erwartet genau „HTTP/1.1“ (eine Ziffer, ein Punkt, eine Ziffer).</translation>
    </message>
    <message>
        <source>The message announces HTTP major version %1; this endpoint speaks HTTP/1.x only (505 HTTP Version Not Supported).</source>
        <translation>Die Nachricht kündigt HTTP-Hauptversion %1 an; dieser Endpunkt spricht nur HTTP/1.x (505 HTTP Version Not Supported).</translation>
    </message>
    <message>
        <source>The status line is not &quot;version status-code reason&quot; with a three-digit status code.</source>
        <translation>Die Statuszeile hat nicht die Form „Version Statuscode Begründung“ mit einem dreistelligen Statuscode.</translation>
    </message>
    <message>
        <source>A header field name is empty, holds characters a name may not contain, or has whitespace before its colon (a classic request smuggling trick).</source>
        <translation>Ein Header-Feldname ist leer, enthält Zeichen, die in einem Namen nicht vorkommen dürfen, oder hat Leerraum vor dem Doppelpunkt (ein klassischer Trick für Request Smuggling).</translation>
    </message>
    <message>
        <source>A header field value holds control characters (such as NUL), which could hide or split fields.</source>
        <translation>Ein Header-Feldwert enthält Steuerzeichen (etwa NUL), mit denen sich Felder verstecken oder aufspalten ließen.</translation>
    </message>
    <message>
        <source>A header line starts with whitespace: the obsolete line folding that HTTP/1.1 forbids, because receivers disagree on how to join the lines.</source>
        <translation>Eine Header-Zeile beginnt mit Leerraum: das veraltete Line Folding, das HTTP/1.1 verbietet, weil Empfänger die Zeilen unterschiedlich zusammenfügen.</translation>
    </message>
    <message>
        <source>The HTTP/1.1 request has no Host field; HTTP/1.1 requires it so that one server can host many sites.</source>
        <translation>Die HTTP/1.1-Anfrage hat kein Host-Feld; HTTP/1.1 verlangt es, damit ein Server viele Websites beherbergen kann.</translation>
    </message>
    <message>
        <source>The request has more than one Host field, so it is unclear which site it is for.</source>
        <translation>Die Anfrage hat mehr als ein Host-Feld; daher ist unklar, für welche Website sie bestimmt ist.</translation>
    </message>
    <message>
        <source>Content-Length is not a plain decimal number of bytes.</source>
        <translation>Content-Length ist keine einfache Dezimalzahl von Bytes.</translation>
    </message>
    <message>
        <source>The message carries Content-Length values that disagree. Two receivers could pick different lengths and split the stream differently (request smuggling), so it is refused.</source>
        <translation>Die Nachricht enthält Content-Length-Werte, die sich widersprechen. Zwei Empfänger könnten unterschiedliche Längen wählen und den Datenstrom unterschiedlich aufteilen (Request Smuggling); deshalb wird sie abgelehnt.</translation>
    </message>
    <message>
        <source>The message has both Content-Length and Transfer-Encoding. Receivers that trust different ones would split the stream differently (request smuggling), so it is refused.</source>
        <translation>Die Nachricht hat sowohl Content-Length als auch Transfer-Encoding. Empfänger, die jeweils einem anderen vertrauen, würden den Datenstrom unterschiedlich aufteilen (Request Smuggling); deshalb wird sie abgelehnt.</translation>
    </message>
    <message>
        <source>The request&apos;s Transfer-Encoding does not end with chunked, so its body length cannot be determined.</source>
        <translation>Das Transfer-Encoding der Anfrage endet nicht mit chunked; daher lässt sich die Länge ihres Bodys nicht bestimmen.</translation>
    </message>
    <message>
        <source>The request uses a transfer coding other than chunked, which this server does not implement (501 Not Implemented).</source>
        <translation>Die Anfrage verwendet eine andere Transfer-Codierung als chunked, die dieser Server nicht implementiert (501 Not Implemented).</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes, so the server refuses it with 413 Content Too Large.</source>
        <translation>Der Body der Anfrage ist größer als %1 Bytes; deshalb lehnt der Server ihn mit 413 Content Too Large ab.</translation>
    </message>
    <message>
        <source>The response body is larger than %1 bytes, the most this client accepts.</source>
        <translation>Der Body der Antwort ist größer als %1 Bytes, das Maximum, das dieser Client annimmt.</translation>
    </message>
    <message>
        <source>A chunk size is not a hexadecimal number, or too large to be real.</source>
        <translation>Eine Chunk-Größe ist keine Hexadezimalzahl oder zu groß, um echt zu sein.</translation>
    </message>
    <message>
        <source>The extensions after a chunk size are malformed (they must be &quot;;name=value&quot; pairs).</source>
        <translation>Die Erweiterungen nach einer Chunk-Größe sind fehlerhaft (es müssen „;name=wert“-Paare sein).</translation>
    </message>
    <message>
        <source>A chunk size line is longer than %1 bytes.</source>
        <translation>Eine Chunk-Größen-Zeile ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>The data of a chunk is not followed by CR LF, so the chunk sizes and the data disagree.</source>
        <translation>Auf die Daten eines Chunks folgt kein CR LF; Chunk-Größen und Daten passen also nicht zusammen.</translation>
    </message>
    <message>
        <source>The connection ended in the middle of a request.</source>
        <translation>Die Verbindung endete mitten in einer Anfrage.</translation>
    </message>
    <message>
        <source>The connection ended in the middle of a response.</source>
        <translation>Die Verbindung endete mitten in einer Antwort.</translation>
    </message>
    <message>
        <source>The server closed the HTTP/1.1 connection after %1 s without a request (idle timeout).</source>
        <translation>Der Server hat die HTTP/1.1-Verbindung nach %1 s ohne Anfrage geschlossen (Leerlauf-Timeout).</translation>
    </message>
    <message>
        <source>The request was not complete after %1 s without progress, so the server answered 408 Request Timeout and closed the connection.</source>
        <translation>Die Anfrage war nach %1 s ohne Fortschritt nicht vollständig; deshalb hat der Server mit 408 Request Timeout geantwortet und die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>indiziert</translation>
    </message>
    <message>
        <source>literal, added to the table</source>
        <translation>Literal, in die Tabelle aufgenommen</translation>
    </message>
    <message>
        <source>literal, not indexed</source>
        <translation>Literal, nicht indiziert</translation>
    </message>
    <message>
        <source>literal, never indexed</source>
        <translation>Literal, nie indiziert</translation>
    </message>
    <message>
        <source>dynamic table size update</source>
        <translation>Größenänderung der dynamischen Tabelle</translation>
    </message>
    <message>
        <source>A frame announced a %1-byte payload, more than the %2 bytes the receiver allows (SETTINGS_MAX_FRAME_SIZE).</source>
        <translation>Ein Frame hat Nutzdaten von %1 Bytes angekündigt, mehr als die %2 Bytes, die der Empfänger zulässt (SETTINGS_MAX_FRAME_SIZE).</translation>
    </message>
    <message>
        <source>The round-trip time cannot be negative.</source>
        <translation>Die Roundtrip-Zeit kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The round-trip time can be at most %1 ms; %2 was asked for.</source>
        <translation>Die Roundtrip-Zeit darf höchstens %1 ms betragen; verlangt wurden %2.</translation>
    </message>
    <message>
        <source>The jitter cannot be negative.</source>
        <translation>Der Jitter kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A jitter of %1 is more than half the round-trip time (%2): a segment would have to arrive before it was sent.</source>
        <translation>Ein Jitter von %1 ist mehr als die halbe Roundtrip-Zeit (%2): Ein Segment müsste ankommen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>The loss rate must be between 0 % and %1 %; %2 % was asked for.</source>
        <translation>Die Verlustrate muss zwischen 0 % und %1 % liegen; verlangt wurden %2 %.</translation>
    </message>
    <message>
        <source>The maximum segment size must be between %1 and %2 bytes; %3 was asked for.</source>
        <translation>Die maximale Segmentgröße muss zwischen %1 und %2 Bytes liegen; verlangt wurden %3.</translation>
    </message>
    <message>
        <source>The initial congestion window must be at least one segment; %1 was asked for.</source>
        <translation>Das anfängliche Überlastfenster (Congestion Window) muss mindestens ein Segment groß sein; verlangt wurden %1.</translation>
    </message>
    <message>
        <source>Enter a bandwidth such as 10mbit, 512kbit or unlimited.</source>
        <translation>Geben Sie eine Bandbreite ein, etwa 10mbit, 512kbit oder unlimited.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>A bandwidth cannot be negative: “%1”.</source>
        <translation>Eine Bandbreite kann nicht negativ sein: „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a bandwidth; write a number and a unit, such as 10mbit or 2.5mbit.</source>
        <translation>„%1“ ist keine Bandbreite; schreiben Sie eine Zahl und eine Einheit, etwa 10mbit oder 2.5mbit.</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: tools disagree whether “b” and “bps” mean bits or bytes. Write the unit in bits, such as 10mbit (or 80mbit for ten megabytes per second).</source>
        <translation>„%1“ ist mehrdeutig: Programme sind sich uneinig, ob „b“ und „bps“ Bits oder Bytes bedeuten. Geben Sie die Einheit in Bits an, etwa 10mbit (oder 80mbit für zehn Megabyte pro Sekunde).</translation>
    </message>
    <message>
        <source>“%1” is not a unit of bandwidth; use bit, kbit, mbit or gbit (per second).</source>
        <translation>„%1“ ist keine Einheit für Bandbreite; verwenden Sie bit, kbit, mbit oder gbit (pro Sekunde).</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 is more than the link can emulate (at most %2).</source>
        <translation>%1 ist mehr, als die Leitung emulieren kann (höchstens %2).</translation>
    </message>
    <message>
        <source>%1 is less than one bit per second.</source>
        <translation>%1 ist weniger als ein Bit pro Sekunde.</translation>
    </message>
    <message>
        <source>Generating the local certificate authority failed (%1): %2</source>
        <translation>Die lokale Zertifizierungsstelle konnte nicht erzeugt werden (%1): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>„%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <source>An address for the certificate is empty.</source>
        <translation>Eine Adresse für das Zertifikat ist leer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no certificate to write.</source>
        <translation>Es gibt kein Zertifikat zum Schreiben.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A TLS client needs the server&apos;s name to check the server&apos;s certificate.</source>
        <translation>Ein TLS-Client braucht den Namen des Servers, um dessen Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>The lowest TLS version is above the highest one.</source>
        <translation>Die niedrigste TLS-Version liegt über der höchsten.</translation>
    </message>
    <message>
        <source>OpenSSL could not create a TLS context: %1</source>
        <translation>OpenSSL konnte keinen TLS-Kontext erzeugen: %1</translation>
    </message>
    <message>
        <source>The trusted certificate authorities are not readable PEM certificates.</source>
        <translation>Die vertrauenswürdigen Zertifizierungsstellen sind keine lesbaren PEM-Zertifikate.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable server name.</source>
        <translation>„%1“ ist kein verwendbarer Servername.</translation>
    </message>
    <message>
        <source>ALPN protocol names must be 1 to 255 bytes long.</source>
        <translation>ALPN-Protokollnamen müssen 1 bis 255 Bytes lang sein.</translation>
    </message>
    <message>
        <source>OpenSSL refused the ALPN list: %1</source>
        <translation>OpenSSL hat die ALPN-Liste abgelehnt: %1</translation>
    </message>
    <message>
        <source>%n byte</source>
        <translation>%n Byte</translation>
    </message>
    <message>
        <source>%n bytes</source>
        <translation>%n Bytes</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n-byte public key</source>
        <translation>
            <numerusform>%1, öffentlicher Schlüssel mit %n Byte</numerusform>
            <numerusform>%1, öffentlicher Schlüssel mit %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(empty: the server accepted the name)</source>
        <translation>(leer: der Server hat den Namen akzeptiert)</translation>
    </message>
    <message>
        <source>%n identity</source>
        <translation>%n Identität</translation>
    </message>
    <message>
        <source>%n identities</source>
        <translation>%n Identitäten</translation>
    </message>
    <message>
        <source>identity %1 accepted</source>
        <translation>Identität %1 akzeptiert</translation>
    </message>
    <message>
        <source>up to %n byte</source>
        <translation>bis zu %n Byte</translation>
    </message>
    <message>
        <source>up to %n bytes</source>
        <translation>bis zu %n Bytes</translation>
    </message>
    <message>
        <source>initial handshake</source>
        <translation>erster Handshake</translation>
    </message>
    <message>
        <source>%n padding byte</source>
        <translation>%n Füll-Byte</translation>
    </message>
    <message>
        <source>%n padding bytes</source>
        <translation>%n Füll-Bytes</translation>
    </message>
    <message>
        <source>%n extension</source>
        <translation>%n Erweiterung</translation>
    </message>
    <message>
        <source>%n extensions</source>
        <translation>%n Erweiterungen</translation>
    </message>
    <message>
        <source>the server supports TLS 1.3 but chose an older version</source>
        <translation>der Server unterstützt TLS 1.3, hat aber eine ältere Version gewählt</translation>
    </message>
    <message>
        <source>%n cipher suite</source>
        <translation>%n Cipher-Suite</translation>
    </message>
    <message>
        <source>%n cipher suites</source>
        <translation>%n Cipher-Suites</translation>
    </message>
    <message>
        <source>%n second</source>
        <translation>%n Sekunde</translation>
    </message>
    <message>
        <source>%n seconds</source>
        <translation>%n Sekunden</translation>
    </message>
    <message>
        <source>Cannot open the key log file %1: %2</source>
        <translation>Die Key-Log-Datei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has finished sending and closes the connection</source>
        <translation>%1 ist mit dem Senden fertig und schließt die Verbindung</translation>
    </message>
    <message>
        <source>%1 received a message it did not expect at this point of the protocol</source>
        <translation>%1 hat eine Nachricht empfangen, die an dieser Stelle des Protokolls nicht zu erwarten war</translation>
    </message>
    <message>
        <source>%1 received a record that failed its integrity check: it was altered or not protected with the agreed keys</source>
        <translation>%1 hat einen Record empfangen, der die Integritätsprüfung nicht bestanden hat: Er wurde verändert oder nicht mit den vereinbarten Schlüsseln geschützt</translation>
    </message>
    <message>
        <source>%1 could not decrypt a record</source>
        <translation>%1 konnte einen Record nicht entschlüsseln</translation>
    </message>
    <message>
        <source>%1 received a record longer than TLS allows</source>
        <translation>%1 hat einen Record empfangen, der länger ist, als TLS erlaubt</translation>
    </message>
    <message>
        <source>%1 could not decompress a record</source>
        <translation>%1 konnte einen Record nicht dekomprimieren</translation>
    </message>
    <message>
        <source>%1 found no acceptable set of security parameters among those %2 offered</source>
        <translation>%1 hat unter den Sicherheitsparametern, die %2 angeboten hat, keine annehmbare Kombination gefunden</translation>
    </message>
    <message>
        <source>%1 has no suitable certificate</source>
        <translation>%1 hat kein passendes Zertifikat</translation>
    </message>
    <message>
        <source>%1 received a certificate that is corrupt or whose signature does not verify</source>
        <translation>%1 hat ein Zertifikat empfangen, das beschädigt ist oder dessen Signatur sich nicht prüfen lässt</translation>
    </message>
    <message>
        <source>%1 received a certificate of a type it does not support</source>
        <translation>%1 hat ein Zertifikat eines Typs empfangen, den er nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 received a certificate that its signer has revoked</source>
        <translation>%1 hat ein Zertifikat empfangen, das sein Aussteller widerrufen hat</translation>
    </message>
    <message>
        <source>%1 received a certificate that has expired or is not valid yet</source>
        <translation>%1 hat ein Zertifikat empfangen, das abgelaufen oder noch nicht gültig ist</translation>
    </message>
    <message>
        <source>%1 could not accept %3 certificate for another reason</source>
        <translation>%1 konnte das Zertifikat %3 aus einem anderen Grund nicht akzeptieren</translation>
    </message>
    <message>
        <source>%1 received a handshake field whose value is out of range or inconsistent with the others</source>
        <translation>%1 hat ein Handshake-Feld empfangen, dessen Wert außerhalb des zulässigen Bereichs liegt oder nicht zu den anderen passt</translation>
    </message>
    <message>
        <source>%1 does not trust the certificate authority that signed %3 certificate</source>
        <translation>%1 vertraut der Zertifizierungsstelle nicht, die das Zertifikat %3 signiert hat</translation>
    </message>
    <message>
        <source>%1 accepted the certificate but denies access to the identity in it</source>
        <translation>%1 hat das Zertifikat akzeptiert, verweigert aber der darin genannten Identität den Zugriff</translation>
    </message>
    <message>
        <source>%1 could not decode a message: a length or a field was out of range</source>
        <translation>%1 konnte eine Nachricht nicht dekodieren: Eine Länge oder ein Feld lag außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>%1 could not verify a signature or the Finished message of %2</source>
        <translation>%1 konnte eine Signatur oder die Finished-Nachricht, die %2 gesendet hat, nicht verifizieren</translation>
    </message>
    <message>
        <source>%1 refuses an export-grade parameter</source>
        <translation>%1 lehnt einen Parameter in Export-Stärke ab</translation>
    </message>
    <message>
        <source>%1 supports none of the TLS versions %2 offered</source>
        <translation>%1 unterstützt keine der TLS-Versionen, die %2 angeboten hat</translation>
    </message>
    <message>
        <source>%1 requires stronger security parameters than %2 offered</source>
        <translation>%1 verlangt stärkere Sicherheitsparameter, als %2 angeboten hat</translation>
    </message>
    <message>
        <source>%1 hit an internal error unrelated to its peer</source>
        <translation>%1 hatte einen internen Fehler, der nichts mit der Gegenstelle zu tun hat</translation>
    </message>
    <message>
        <source>%1 detected a downgrade: %2 retried with a lower version than both support</source>
        <translation>%1 hat einen Downgrade erkannt: %2 hat es erneut mit einer niedrigeren Version versucht, obwohl beide eine höhere unterstützen</translation>
    </message>
    <message>
        <source>%1 cancelled the handshake</source>
        <translation>%1 hat den Handshake abgebrochen</translation>
    </message>
    <message>
        <source>%1 refuses to renegotiate</source>
        <translation>%1 lehnt eine Neuaushandlung (Renegotiation) ab</translation>
    </message>
    <message>
        <source>%1 needed an extension that %2 did not send</source>
        <translation>%1 brauchte eine Erweiterung, die %2 nicht gesendet hat</translation>
    </message>
    <message>
        <source>%1 received an extension it did not offer or cannot accept in that message</source>
        <translation>%1 hat eine Erweiterung empfangen, die er nicht angeboten hat oder in dieser Nachricht nicht akzeptieren kann</translation>
    </message>
    <message>
        <source>%1 could not fetch a certificate from the URL it was given</source>
        <translation>%1 konnte kein Zertifikat von der angegebenen URL abrufen</translation>
    </message>
    <message>
        <source>%1 has no certificate for the server name (SNI) %2 asked for</source>
        <translation>%1 hat kein Zertifikat für den Servernamen (SNI), den %2 angefragt hat</translation>
    </message>
    <message>
        <source>%1 received an invalid certificate status (OCSP) response</source>
        <translation>%1 hat eine ungültige Antwort zum Zertifikatsstatus (OCSP) empfangen</translation>
    </message>
    <message>
        <source>%1 received a certificate whose hash does not match</source>
        <translation>%1 hat ein Zertifikat empfangen, dessen Hashwert nicht passt</translation>
    </message>
    <message>
        <source>%1 does not know the pre-shared key %2 proposed</source>
        <translation>%1 kennt den Pre-Shared Key (PSK) nicht, den %2 vorgeschlagen hat</translation>
    </message>
    <message>
        <source>%1 requires a certificate from %2, which sent none</source>
        <translation>%1 verlangt ein Zertifikat, aber %2 hat keines gesendet</translation>
    </message>
    <message>
        <source>%1 supports none of the application protocols (ALPN) %2 offered</source>
        <translation>%1 unterstützt keines der Anwendungsprotokolle (ALPN), die %2 angeboten hat</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>der Client</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>des Servers</translation>
    </message>
    <message>
        <source>the client&apos;s</source>
        <translation>des Clients</translation>
    </message>
    <message>
        <source>%1 sent an alert this program does not know</source>
        <translation>%1 hat einen Alert gesendet, den dieses Programm nicht kennt</translation>
    </message>
    <message>
        <source>A TLS server needs a certificate and a private key.</source>
        <translation>Ein TLS-Server braucht ein Zertifikat und einen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The server certificate is not a readable PEM certificate.</source>
        <translation>Das Serverzertifikat ist kein lesbares PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The server&apos;s private key is not a readable, unencrypted PEM key.</source>
        <translation>Der private Schlüssel des Servers ist kein lesbarer, unverschlüsselter PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>OpenSSL refused the server identity: %1</source>
        <translation>OpenSSL hat die Serveridentität abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s private key does not belong to its certificate.</source>
        <translation>Der private Schlüssel des Servers gehört nicht zu seinem Zertifikat.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up the TLS connection (out of memory?).</source>
        <translation>OpenSSL konnte die TLS-Verbindung nicht einrichten (Speicher voll?).</translation>
    </message>
    <message>
        <source>OpenSSL could not take the received bytes (out of memory?).</source>
        <translation>OpenSSL konnte die empfangenen Bytes nicht übernehmen (Speicher voll?).</translation>
    </message>
    <message>
        <source>The server closed the connection before the TLS handshake completed.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor der TLS-Handshake abgeschlossen war.</translation>
    </message>
    <message>
        <source>The client closed the connection before the TLS handshake completed.</source>
        <translation>Der Client hat die Verbindung geschlossen, bevor der TLS-Handshake abgeschlossen war.</translation>
    </message>
    <message>
        <source>The connection closed in the middle of a TLS record: the last data arrived incomplete.</source>
        <translation>Die Verbindung wurde mitten in einem TLS-Record geschlossen: Die letzten Daten kamen unvollständig an.</translation>
    </message>
    <message>
        <source>The peer closed the connection without a close_notify alert: the receiver cannot tell this end from a cut connection.</source>
        <translation>Die Gegenstelle hat die Verbindung ohne close_notify-Alert geschlossen: Der Empfänger kann dieses Ende nicht von einer gekappten Verbindung unterscheiden.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>TLS handshake complete (session resumed): %1, %2, group %3, ALPN %4</source>
        <translation>TLS-Handshake abgeschlossen (Sitzung fortgesetzt): %1, %2, Gruppe %3, ALPN %4</translation>
    </message>
    <message>
        <source>TLS handshake complete: %1, %2, group %3, ALPN %4</source>
        <translation>TLS-Handshake abgeschlossen: %1, %2, Gruppe %3, ALPN %4</translation>
    </message>
    <message>
        <source>it was signed by a certificate authority that %1 does not trust</source>
        <translation>es wurde von einer Zertifizierungsstelle signiert, der %1 nicht vertraut</translation>
    </message>
    <message>
        <source>it is self-signed, and %1 does not trust it</source>
        <translation>es ist selbstsigniert, und %1 vertraut ihm nicht</translation>
    </message>
    <message>
        <source>its chain ends at a certificate authority that %1 does not trust</source>
        <translation>seine Kette endet bei einer Zertifizierungsstelle, der %1 nicht vertraut</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>es ist abgelaufen</translation>
    </message>
    <message>
        <source>it is not valid yet (do the clocks agree?)</source>
        <translation>es ist noch nicht gültig (gehen die Uhren gleich?)</translation>
    </message>
    <message>
        <source>it was not issued for the name %1</source>
        <translation>es wurde nicht für den Namen %1 ausgestellt</translation>
    </message>
    <message>
        <source>it was not issued for the address %1</source>
        <translation>es wurde nicht für die Adresse %1 ausgestellt</translation>
    </message>
    <message>
        <source>it is not meant for this use (its extended key usage does not allow it)</source>
        <translation>es ist nicht für diesen Zweck bestimmt (seine erweiterte Schlüsselverwendung erlaubt es nicht)</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>seine Signatur lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>it was signed by a certificate that is not a certificate authority</source>
        <translation>es wurde von einem Zertifikat signiert, das keine Zertifizierungsstelle ist</translation>
    </message>
    <message>
        <source>The TLS handshake failed.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The TLS connection failed.</source>
        <translation>Die TLS-Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>OpenSSL gave no reason (error %1).</source>
        <translation>OpenSSL hat keinen Grund angegeben (Fehler %1).</translation>
    </message>
    <message>
        <source>%1 sent the alert %2.</source>
        <translation>%1 hat den Alert %2 gesendet.</translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected: %2 (OpenSSL: %3).</source>
        <translation>Das Zertifikat, das %1 vorgelegt hat, wurde abgelehnt: %2 (OpenSSL: %3).</translation>
    </message>
    <message>
        <source>The client sent a plain-text HTTP request to this TLS port.</source>
        <translation>Der Client hat eine unverschlüsselte HTTP-Anfrage an diesen TLS-Port gesendet.</translation>
    </message>
    <message>
        <source>The bytes from %1 are not TLS records: it may not speak TLS on this port.</source>
        <translation>Die Bytes, die %1 sendet, sind keine TLS-Records: Die Gegenstelle spricht auf diesem Port womöglich kein TLS.</translation>
    </message>
    <message>
        <source>The client and the server have no TLS version in common.</source>
        <translation>Client und Server haben keine gemeinsame TLS-Version.</translation>
    </message>
    <message>
        <source>The client and the server have no cipher suite in common.</source>
        <translation>Client und Server haben keine gemeinsame Cipher-Suite.</translation>
    </message>
    <message>
        <source>The client and the server have no key exchange group in common.</source>
        <translation>Client und Server haben keine gemeinsame Schlüsselaustausch-Gruppe.</translation>
    </message>
    <message>
        <source>The client and the server have no application protocol (ALPN) in common.</source>
        <translation>Client und Server haben kein gemeinsames Anwendungsprotokoll (ALPN).</translation>
    </message>
    <message>
        <source>A record from %1 failed its integrity check: its bytes were altered or not protected with the agreed keys.</source>
        <translation>Ein Record, den %1 gesendet hat, hat die Integritätsprüfung nicht bestanden: Seine Bytes wurden verändert oder nicht mit den vereinbarten Schlüsseln geschützt.</translation>
    </message>
    <message>
        <source>%1 sent a message that does not belong at this point of the protocol.</source>
        <translation>%1 hat eine Nachricht gesendet, die an dieser Stelle des Protokolls nicht vorkommen darf.</translation>
    </message>
    <message>
        <source>A message from %1 is malformed.</source>
        <translation>Eine Nachricht, die %1 gesendet hat, ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>OpenSSL reports: %1.</source>
        <translation>OpenSSL meldet: %1.</translation>
    </message>
    <message>
        <source>%1 (inside the encryption: only the endpoints see it)</source>
        <translation>%1 (innerhalb der Verschlüsselung: nur die Endpunkte sehen es)</translation>
    </message>
    <message>
        <source>%1 record, %2 bytes in the clear</source>
        <translation>%1-Record, %2 Bytes im Klartext</translation>
    </message>
    <message>
        <source>Encrypted record carrying %1; on the wire it shows as %2</source>
        <translation>Verschlüsselter Record mit %1; auf der Leitung erscheint er als %2</translation>
    </message>
    <message>
        <source>Encrypted %1 record, %2 bytes</source>
        <translation>Verschlüsselter %1-Record, %2 Bytes</translation>
    </message>
    <message>
        <source>ChangeCipherSpec: a TLS 1.3 compatibility message that the peer ignores; it makes the handshake look like TLS 1.2 to middleboxes</source>
        <translation>ChangeCipherSpec: eine Kompatibilitätsnachricht von TLS 1.3, die die Gegenstelle ignoriert; sie lässt den Handshake für Middleboxes wie TLS 1.2 aussehen</translation>
    </message>
    <message>
        <source>ChangeCipherSpec: from here on %1 encrypts its records with the agreed keys</source>
        <translation>ChangeCipherSpec: Ab hier verschlüsselt %1 seine Records mit den vereinbarten Schlüsseln</translation>
    </message>
    <message>
        <source>The connection did not start with the HTTP/2 client preface (&quot;PRI * HTTP/2.0&quot;): this peer is not speaking HTTP/2 (HTTP/1.1, perhaps).</source>
        <translation>Die Verbindung begann nicht mit dem HTTP/2-Client-Preface („PRI * HTTP/2.0“): Diese Gegenstelle spricht kein HTTP/2 (vielleicht HTTP/1.1).</translation>
    </message>
    <message>
        <source>handshake complete at the client</source>
        <translation>Handshake beim Client abgeschlossen</translation>
    </message>
    <message>
        <source>alert %1 (%2)</source>
        <translation>Alert %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>early data (%n byte(s))</source>
        <translation>
            <numerusform>Early Data (%n Byte)</numerusform>
            <numerusform>Early Data (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>first response byte</source>
        <translation>erstes Antwort-Byte</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key exchange group name.</source>
        <translation>„%1“ ist kein Name einer Schlüsselaustausch-Gruppe.</translation>
    </message>
    <message>
        <source>OpenSSL does not know all of the key exchange groups %1.</source>
        <translation>OpenSSL kennt nicht alle Schlüsselaustausch-Gruppen %1.</translation>
    </message>
    <message>
        <source>OpenSSL refused to accept early data: %1</source>
        <translation>OpenSSL hat es abgelehnt, Early Data anzunehmen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>%1 record cut short: %2 of the %3 bytes its header announces arrived</source>
        <translation>%1-Record abgeschnitten: %2 der %3 Bytes, die sein Header ankündigt, sind angekommen</translation>
    </message>
    <message numerus="yes">
        <source>0-RTT early data: %n byte(s) of application data sent with the ClientHello, before the handshake completes, under a key from the resumed session (no forward secrecy; an attacker could replay them)</source>
        <translation>
            <numerusform>0-RTT Early Data: %n Byte Anwendungsdaten, zusammen mit dem ClientHello gesendet, bevor der Handshake abgeschlossen ist, unter einem Schlüssel aus der fortgesetzten Sitzung (keine Forward Secrecy; ein Angreifer könnte es wiedereinspielen)</numerusform>
            <numerusform>0-RTT Early Data: %n Bytes Anwendungsdaten, zusammen mit dem ClientHello gesendet, bevor der Handshake abgeschlossen ist, unter einem Schlüssel aus der fortgesetzten Sitzung (keine Forward Secrecy; ein Angreifer könnte sie wiedereinspielen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server accepted the %n byte(s) of early data: its answer could leave before the handshake completed, a round trip sooner</source>
        <translation>
            <numerusform>Der Server hat das %n Byte Early Data angenommen: Seine Antwort konnte abgehen, bevor der Handshake abgeschlossen war, einen Roundtrip früher</numerusform>
            <numerusform>Der Server hat die %n Bytes Early Data angenommen: Seine Antwort konnte abgehen, bevor der Handshake abgeschlossen war, einen Roundtrip früher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>0-RTT early data: the server accepted %n byte(s) before the handshake completed and may answer at once</source>
        <translation>
            <numerusform>0-RTT Early Data: Der Server hat %n Byte angenommen, bevor der Handshake abgeschlossen war, und darf sofort antworten</numerusform>
            <numerusform>0-RTT Early Data: Der Server hat %n Bytes angenommen, bevor der Handshake abgeschlossen war, und darf sofort antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server rejected the early data: the %n byte(s) are sent again now that the handshake is complete, which costs the round trip 0-RTT was meant to save</source>
        <translation>
            <numerusform>Der Server hat die Early Data abgelehnt: Das %n Byte wird jetzt, nach abgeschlossenem Handshake, erneut gesendet; das kostet den Roundtrip, den 0-RTT sparen sollte</numerusform>
            <numerusform>Der Server hat die Early Data abgelehnt: Die %n Bytes werden jetzt, nach abgeschlossenem Handshake, erneut gesendet; das kostet den Roundtrip, den 0-RTT sparen sollte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <source>accepted (%n byte(s))</source>
        <translation>
            <numerusform>angenommen (%n Byte)</numerusform>
            <numerusform>angenommen (%n Bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rejected (%n byte(s))</source>
        <translation>
            <numerusform>abgelehnt (%n Byte)</numerusform>
            <numerusform>abgelehnt (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>7-bit length</source>
        <translation>7-Bit-Länge</translation>
    </message>
    <message>
        <source>126, then a 16-bit length</source>
        <translation>126, dann eine 16-Bit-Länge</translation>
    </message>
    <message>
        <source>127, then a 64-bit length</source>
        <translation>127, dann eine 64-Bit-Länge</translation>
    </message>
    <message>
        <source>%1 asks to switch the connection to WebSocket (version %2, Sec-WebSocket-Key %3).</source>
        <translation>%1 bittet darum, die Verbindung auf WebSocket umzustellen (Version %2, Sec-WebSocket-Key %3).</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>101 Switching Protocols: from here on the connection carries WebSocket frames. </source>
        <translation>101 Switching Protocols: Ab hier transportiert die Verbindung WebSocket-Frames. </translation>
    </message>
    <message>
        <source>The server answered %1 instead of 101 Switching Protocols: the connection stays HTTP/1.1.</source>
        <translation>Der Server hat mit %1 statt mit 101 Switching Protocols geantwortet: Die Verbindung bleibt bei HTTP/1.1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>1 (final fragment)</source>
        <translation>1 (letztes Fragment)</translation>
    </message>
    <message>
        <source>0 (more fragments follow)</source>
        <translation>0 (weitere Fragmente folgen)</translation>
    </message>
    <message>
        <source>opcode</source>
        <translation>opcode</translation>
    </message>
    <message>
        <source>1 (masked)</source>
        <translation>1 (maskiert)</translation>
    </message>
    <message>
        <source>0 (not masked)</source>
        <translation>0 (nicht maskiert)</translation>
    </message>
    <message>
        <source>payload length</source>
        <translation>Nutzdatenlänge</translation>
    </message>
    <message>
        <source>masking key</source>
        <translation>Maskierungsschlüssel</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>payload (unmasked)</source>
        <translation>Nutzdaten (demaskiert)</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>close code</source>
        <translation>Close-Code</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation>%1-Frame</translation>
    </message>
    <message>
        <source>, FIN</source>
        <translation>, FIN</translation>
    </message>
    <message>
        <source>, more to come</source>
        <translation>, weitere folgen</translation>
    </message>
    <message>
        <source>, masked (key 0x%1)</source>
        <translation>, maskiert (Schlüssel 0x%1)</translation>
    </message>
    <message>
        <source>, %1 B header + %2 B payload (%3)</source>
        <translation>, %1 B Header + %2 B Nutzdaten (%3)</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>Frames</translation>
    </message>
    <message numerus="yes">
        <source>%1 message %2 in %n frame(s), %3 B: %4</source>
        <translation>
            <numerusform>%1-Nachricht %2 in %n Frame, %3 B: %4</numerusform>
            <numerusform>%1-Nachricht %2 in %n Frames, %3 B: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>This side closes: %1 (%2)%3.</source>
        <translation>Diese Seite schließt: %1 (%2)%3.</translation>
    </message>
    <message>
        <source>The peer closes: %1 (%2)%3.</source>
        <translation>Die Gegenstelle schließt: %1 (%2)%3.</translation>
    </message>
    <message>
        <source>normal closure</source>
        <translation>normales Schließen</translation>
    </message>
    <message>
        <source>going away</source>
        <translation>Endpunkt geht weg</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation>nicht unterstützte Daten</translation>
    </message>
    <message>
        <source>no status code</source>
        <translation>kein Statuscode</translation>
    </message>
    <message>
        <source>abnormal closure</source>
        <translation>abnormales Schließen</translation>
    </message>
    <message>
        <source>invalid payload data</source>
        <translation>ungültige Nutzdaten</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>mandatory extension missing</source>
        <translation>erforderliche Erweiterung fehlt</translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation>interner Serverfehler</translation>
    </message>
    <message>
        <source>service restart</source>
        <translation>Dienst startet neu</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>später erneut versuchen</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>registered for libraries and frameworks</source>
        <translation>registriert für Bibliotheken und Frameworks</translation>
    </message>
    <message>
        <source>private use by applications</source>
        <translation>für private Nutzung durch Anwendungen</translation>
    </message>
    <message>
        <source>not a valid close code</source>
        <translation>kein gültiger Close-Code</translation>
    </message>
    <message>
        <source>A frame arrived after the Close frame, and nothing may follow a Close frame (RFC 6455 section 5.5.1): a protocol error, close code 1002.</source>
        <translation>Nach dem Close-Frame kam noch ein Frame an, doch auf einen Close-Frame darf nichts mehr folgen (RFC 6455 Abschnitt 5.5.1): ein Protokollfehler, Close-Code 1002.</translation>
    </message>
    <message>
        <source>The frame sets %1, but no extension was negotiated that could give the bit a meaning (RFC 6455 section 5.2): a protocol error, close code 1002.</source>
        <translation>Der Frame setzt %1, aber es wurde keine Erweiterung ausgehandelt, die dem Bit eine Bedeutung geben könnte (RFC 6455 Abschnitt 5.2): ein Protokollfehler, Close-Code 1002.</translation>
    </message>
    <message>
        <source>The frame uses opcode 0x%1, which RFC 6455 reserves for future use: a protocol error, close code 1002.</source>
        <translation>Der Frame verwendet opcode 0x%1, den RFC 6455 für künftige Zwecke reserviert: ein Protokollfehler, Close-Code 1002.</translation>
    </message>
    <message>
        <source>A %1 frame has FIN set to 0, but control frames must not be fragmented (RFC 6455 section 5.5): a protocol error, close code 1002.</source>
        <translation>Ein %1-Frame hat FIN auf 0 gesetzt, aber Control-Frames dürfen nicht fragmentiert werden (RFC 6455 Abschnitt 5.5): ein Protokollfehler, Close-Code 1002.</translation>
    </message>
    <message>
        <source>A %1 frame announces an extended payload length, but control frames carry at most 125 bytes (RFC 6455 section 5.5): a protocol error, close code 1002.</source>
        <translation>Ein %1-Frame kündigt eine erweiterte Nutzdatenlänge an, aber Control-Frames tragen höchstens 125 Bytes (RFC 6455 Abschnitt 5.5): ein Protokollfehler, Close-Code 1002.</translation>
    </message>
    <message>
        <source>The client sent a %1 frame without a mask. Every frame from client to server must be masked (RFC 6455 section 5.1), so the server fails the connection with close code 1002 (protocol error).</source>
        <translation>Der Client hat einen %1-Frame ohne Maske gesendet. Jeder Frame vom Client zum Server muss maskiert sein (RFC 6455 Abschnitt 5.1); deshalb bricht der Server die Verbindung mit Close-Code 1002 (Protokollfehler) ab.</translation>
    </message>
    <message>
        <source>The server sent a masked %1 frame, but frames from server to client must not be masked (RFC 6455 section 5.1): a protocol error, close code 1002.</source>
        <translation>Der Server hat einen maskierten %1-Frame gesendet, aber Frames vom Server zum Client dürfen nicht maskiert sein (RFC 6455 Abschnitt 5.1): ein Protokollfehler, Close-Code 1002.</translation>
    </message>
    <message>
        <source>A continuation frame arrived, but no fragmented message was in progress (RFC 6455 section 5.4): a protocol error, close code 1002.</source>
        <translation>Ein Continuation-Frame ist angekommen, aber es war keine fragmentierte Nachricht im Gange (RFC 6455 Abschnitt 5.4): ein Protokollfehler, Close-Code 1002.</translation>
    </message>
    <message>
        <source>A new %1 message began while a fragmented message was still in progress; only its continuation frames and control frames may come before its final fragment (RFC 6455 section 5.4): a protocol error, close code 1002.</source>
        <translation>Eine neue %1-Nachricht begann, während noch eine fragmentierte Nachricht im Gange war; vor deren letztem Fragment dürfen nur ihre Continuation-Frames und Control-Frames kommen (RFC 6455 Abschnitt 5.4): ein Protokollfehler, Close-Code 1002.</translation>
    </message>
    <message>
        <source>The 64-bit payload length has its most significant bit set, which RFC 6455 section 5.2 forbids: a protocol error, close code 1002.</source>
        <translation>Bei der 64-Bit-Nutzdatenlänge ist das höchstwertige Bit gesetzt, was RFC 6455 Abschnitt 5.2 verbietet: ein Protokollfehler, Close-Code 1002.</translation>
    </message>
    <message>
        <source>The message would be at least %1 bytes long, more than the %2 bytes this endpoint accepts: close code 1009 (message too big).</source>
        <translation>Die Nachricht wäre mindestens %1 Bytes lang, mehr als die %2 Bytes, die dieser Endpunkt annimmt: Close-Code 1009 (Nachricht zu groß).</translation>
    </message>
    <message>
        <source>Byte %1 of text message %2 (0x%3) cannot be part of valid UTF-8, so the message is refused at once with close code 1007 (invalid payload data), without waiting for the rest of the frame.</source>
        <translation>Byte %1 der Textnachricht %2 (0x%3) kann nicht Teil von gültigem UTF-8 sein; deshalb wird die Nachricht sofort mit Close-Code 1007 (ungültige Nutzdaten) abgelehnt, ohne den Rest des Frames abzuwarten.</translation>
    </message>
    <message>
        <source>The Close frame&apos;s payload is a single byte, but a close code takes two (RFC 6455 section 5.5.1): a protocol error, close code 1002.</source>
        <translation>Die Nutzdaten des Close-Frames bestehen aus einem einzigen Byte, aber ein Close-Code braucht zwei (RFC 6455 Abschnitt 5.5.1): ein Protokollfehler, Close-Code 1002.</translation>
    </message>
    <message>
        <source>The Close frame carries code %1 (%2), which may not be sent in a Close frame (RFC 6455 section 7.4): a protocol error, close code 1002.</source>
        <translation>Der Close-Frame trägt den Code %1 (%2), der in einem Close-Frame nicht gesendet werden darf (RFC 6455 Abschnitt 7.4): ein Protokollfehler, Close-Code 1002.</translation>
    </message>
    <message>
        <source>The Close frame&apos;s reason is not valid UTF-8: close code 1007 (invalid payload data).</source>
        <translation>Der Grund im Close-Frame ist kein gültiges UTF-8: Close-Code 1007 (ungültige Nutzdaten).</translation>
    </message>
    <message numerus="yes">
        <source>Text message %1 ends in the middle of a UTF-8 character (%n byte(s) of it arrived): close code 1007 (invalid payload data).</source>
        <translation>
            <numerusform>Textnachricht %1 endet mitten in einem UTF-8-Zeichen (%n Byte davon ist angekommen): Close-Code 1007 (ungültige Nutzdaten).</numerusform>
            <numerusform>Textnachricht %1 endet mitten in einem UTF-8-Zeichen (%n Bytes davon sind angekommen): Close-Code 1007 (ungültige Nutzdaten).</numerusform>
        </translation>
    </message>
    <message>
        <source>This address speaks WebSocket only, and the request did not ask to upgrade (&quot;Upgrade: websocket&quot; is missing), so the server answers 426 Upgrade Required.</source>
        <translation>Diese Adresse spricht nur WebSocket, und die Anfrage hat kein Upgrade verlangt („Upgrade: websocket“ fehlt); deshalb antwortet der Server mit 426 Upgrade Required.</translation>
    </message>
    <message>
        <source>A WebSocket opening handshake must be a GET request (RFC 6455 section 4.1), not %1: 400 Bad Request.</source>
        <translation>Ein WebSocket-Öffnungs-Handshake muss eine GET-Anfrage sein (RFC 6455 Abschnitt 4.1), nicht %1: 400 Bad Request.</translation>
    </message>
    <message>
        <source>The request asks for &quot;Upgrade: websocket&quot; without &quot;Connection: Upgrade&quot;, which RFC 6455 section 4.1 requires: 400 Bad Request.</source>
        <translation>Die Anfrage verlangt „Upgrade: websocket“ ohne „Connection: Upgrade“, das RFC 6455 Abschnitt 4.1 vorschreibt: 400 Bad Request.</translation>
    </message>
    <message>
        <source>The upgrade request carries no Sec-WebSocket-Version field; RFC 6455 requires version 13: 400 Bad Request.</source>
        <translation>Die Upgrade-Anfrage enthält kein Sec-WebSocket-Version-Feld; RFC 6455 verlangt Version 13: 400 Bad Request.</translation>
    </message>
    <message>
        <source>The client asks for WebSocket version %1, but this server speaks only version 13 (RFC 6455), so it answers 426 Upgrade Required with &quot;Sec-WebSocket-Version: 13&quot;.</source>
        <translation>Der Client verlangt WebSocket-Version %1, aber dieser Server spricht nur Version 13 (RFC 6455); deshalb antwortet er mit 426 Upgrade Required und „Sec-WebSocket-Version: 13“.</translation>
    </message>
    <message>
        <source>The upgrade request carries no Sec-WebSocket-Key, so the server has nothing to prove it read the handshake with (RFC 6455 section 4.1): 400 Bad Request.</source>
        <translation>Die Upgrade-Anfrage enthält keinen Sec-WebSocket-Key; der Server hat also nichts, womit er beweisen könnte, dass er den Handshake gelesen hat (RFC 6455 Abschnitt 4.1): 400 Bad Request.</translation>
    </message>
    <message>
        <source>The upgrade request carries more than one Sec-WebSocket-Key: 400 Bad Request.</source>
        <translation>Die Upgrade-Anfrage enthält mehr als einen Sec-WebSocket-Key: 400 Bad Request.</translation>
    </message>
    <message>
        <source>The Sec-WebSocket-Key &quot;%1&quot; is not 16 random bytes in base64 (RFC 6455 section 4.1): 400 Bad Request.</source>
        <translation>Der Sec-WebSocket-Key „%1“ besteht nicht aus 16 zufälligen Bytes in Base64 (RFC 6455 Abschnitt 4.1): 400 Bad Request.</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Key (client)</source>
        <translation>Sec-WebSocket-Key (Client)</translation>
    </message>
    <message>
        <source>key + GUID</source>
        <translation>Key + GUID</translation>
    </message>
    <message>
        <source>SHA-1 of key + GUID</source>
        <translation>SHA-1 von Key + GUID</translation>
    </message>
    <message>
        <source>base64 of the SHA-1</source>
        <translation>Base64 des SHA-1</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept (server)</source>
        <translation>Sec-WebSocket-Accept (Server)</translation>
    </message>
    <message>
        <source>%1 (matches)</source>
        <translation>%1 (stimmt)</translation>
    </message>
    <message>
        <source>%1 (wrong: expected %2)</source>
        <translation>%1 (falsch: erwartet %2)</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept %1 = base64(SHA-1(&quot;%2&quot; + &quot;%3&quot;)): the server proves it read this handshake&apos;s key; the value matches.</source>
        <translation>Sec-WebSocket-Accept %1 = base64(SHA-1(&quot;%2&quot; + &quot;%3&quot;)): Der Server beweist, dass er den Key dieses Handshakes gelesen hat; der Wert stimmt.</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is &quot;%1&quot;, but base64(SHA-1(&quot;%2&quot; + &quot;%3&quot;)) is %4: the server did not answer this handshake, and the client must fail the connection.</source>
        <translation>Sec-WebSocket-Accept ist „%1“, aber base64(SHA-1(&quot;%2&quot; + &quot;%3&quot;)) ist %4: Der Server hat nicht auf diesen Handshake geantwortet, und der Client muss die Verbindung abbrechen.</translation>
    </message>
    <message>
        <source>ProtoViz&apos;s own Qt WebSockets endpoint sent invalid data: %1</source>
        <translation>Der eigene Qt-WebSockets-Endpunkt von ProtoViz hat ungültige Daten gesendet: %1</translation>
    </message>
    <message>
        <source>The connection ended during the WebSocket opening handshake.</source>
        <translation>Die Verbindung endete während des WebSocket-Öffnungs-Handshakes.</translation>
    </message>
    <message>
        <source>The TCP connection ended without a complete closing handshake (Close frame %1, %2): close code 1006, abnormal closure.</source>
        <translation>Die TCP-Verbindung endete ohne vollständigen Schließ-Handshake (Close-Frame %1, %2): Close-Code 1006, abnormales Schließen.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>nicht empfangen</translation>
    </message>
    <message>
        <source>Qt WebSockets dropped the connection before completing its side of the opening handshake.</source>
        <translation>Qt WebSockets hat die Verbindung abgebrochen, bevor es seine Seite des Öffnungs-Handshakes abgeschlossen hat.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the opening handshake is not an HTTP response head.</source>
        <translation>Die Antwort des Servers auf den Öffnungs-Handshake ist kein HTTP-Antwortkopf.</translation>
    </message>
    <message>
        <source>The server refused the WebSocket upgrade with status %1; the connection stays HTTP/1.1.</source>
        <translation>Der Server hat das WebSocket-Upgrade mit Status %1 abgelehnt; die Verbindung bleibt bei HTTP/1.1.</translation>
    </message>
    <message>
        <source>The 101 response lacks &quot;Upgrade: websocket&quot; or &quot;Connection: Upgrade&quot; (RFC 6455 section 4.1): the client fails the connection.</source>
        <translation>In der 101-Antwort fehlt „Upgrade: websocket“ oder „Connection: Upgrade“ (RFC 6455 Abschnitt 4.1): Der Client bricht die Verbindung ab.</translation>
    </message>
    <message>
        <source>The server accepted an extension the client did not offer (Sec-WebSocket-Extensions): the client fails the connection.</source>
        <translation>Der Server hat eine Erweiterung akzeptiert, die der Client nicht angeboten hat (Sec-WebSocket-Extensions): Der Client bricht die Verbindung ab.</translation>
    </message>
    <message>
        <source>Qt WebSockets refused the opening handshake that ProtoViz accepted (&quot;%1&quot;); the server closes the connection with 1011 (internal error).</source>
        <translation>Qt WebSockets hat den Öffnungs-Handshake abgelehnt, den ProtoViz akzeptiert hat („%1“); der Server schließt die Verbindung mit 1011 (interner Fehler).</translation>
    </message>
</context>
<context>
    <name>protoviz::AnswerInput</name>
    <message>
        <source>✓ %1</source>
        <comment>the right choice, once revealed</comment>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <comment>the learner&apos;s wrong choice, once revealed</comment>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Your &amp;prediction:</source>
        <translation>Ihre &amp;Vorhersage:</translation>
    </message>
</context>
<context>
    <name>protoviz::FieldTreeModel</name>
    <message>
        <source>%1 (1 B)</source>
        <translation>%1 (1 B)</translation>
    </message>
    <message>
        <source>%1–%2 (%3 B)</source>
        <translation>%1–%2 (%3 B)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>bytes %1 to %2 of the unit (%3 B)</source>
        <translation>Bytes %1 bis %2 der Dateneinheit (%3 B)</translation>
    </message>
    <message>
        <source>derived by the engine; not a run of bytes in the unit</source>
        <translation>von der Engine abgeleitet; kein Bytebereich der Dateneinheit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>protoviz::GlossaryPanel</name>
    <message>
        <source>No term matches the search.</source>
        <translation>Kein Begriff passt zur Suche.</translation>
    </message>
    <message>
        <source>*Also called:* %1</source>
        <translation>*Auch bekannt als:* %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the glossary</source>
        <translation>
            <numerusform>und %n weiterer Begriff im Glossar</numerusform>
            <numerusform>und %n weitere Begriffe im Glossar</numerusform>
        </translation>
    </message>
    <message>
        <source>Search terms and meanings</source>
        <translation>Begriffe und Bedeutungen durchsuchen</translation>
    </message>
    <message>
        <source>Lists the terms whose name, other spellings or meaning contain what you type</source>
        <translation>Listet die Begriffe auf, deren Name, andere Schreibweisen oder Bedeutung Ihre Eingabe enthalten</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcChannel</name>
    <message>
        <source>The connection closed before HTTP/2 could start.</source>
        <translation>Die Verbindung wurde geschlossen, bevor HTTP/2 beginnen konnte.</translation>
    </message>
    <message>
        <source>The server did not agree to HTTP/2 in the TLS handshake (ALPN chose &quot;%1&quot;); gRPC needs HTTP/2.</source>
        <translation>Der Server hat im TLS-Handshake nicht in HTTP/2 eingewilligt (ALPN hat „%1“ gewählt); gRPC braucht HTTP/2.</translation>
    </message>
    <message>
        <source>The HTTP/2 connection ended with the call in progress.</source>
        <translation>Die HTTP/2-Verbindung endete, während der Aufruf noch lief.</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcClientCall</name>
    <message>
        <source>The deadline of %1 passed before the call finished.</source>
        <translation>Die Deadline von %1 ist abgelaufen, bevor der Aufruf fertig war.</translation>
    </message>
    <message>
        <source>The request could not be sent on the HTTP/2 connection.</source>
        <translation>Die Anfrage konnte nicht über die HTTP/2-Verbindung gesendet werden.</translation>
    </message>
    <message>
        <source>The client cancelled the call.</source>
        <translation>Der Client hat den Aufruf abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s trailers carry no grpc-status.</source>
        <translation>Die Trailer des Servers enthalten keinen grpc-status.</translation>
    </message>
    <message>
        <source>grpc-status &quot;%1&quot; is not a status code.</source>
        <translation>grpc-status „%1“ ist kein Statuscode.</translation>
    </message>
    <message>
        <source>The response&apos;s content-type is &quot;%1&quot;, not application/grpc.</source>
        <translation>Der content-type der Antwort ist „%1“, nicht application/grpc.</translation>
    </message>
    <message>
        <source>Response message %1 is not a valid %2: %3</source>
        <translation>Antwortnachricht %1 ist kein gültiges %2: %3</translation>
    </message>
    <message>
        <source>%1 is a %2 method, which answers with one message; a second one arrived.</source>
        <translation>%1 ist eine %2-Methode, die mit genau einer Nachricht antwortet; es kam aber eine zweite.</translation>
    </message>
    <message>
        <source>The server ended the stream without trailers, so the call has no status.</source>
        <translation>Der Server hat den Stream ohne Trailer beendet; der Aufruf hat also keinen Status.</translation>
    </message>
    <message>
        <source>The stream closed before the server sent a status.</source>
        <translation>Der Stream wurde geschlossen, bevor der Server einen Status gesendet hat.</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcServerCall</name>
    <message>
        <source>The client&apos;s deadline of %1 passed before the call finished.</source>
        <translation>Die Deadline des Clients von %1 ist abgelaufen, bevor der Aufruf fertig war.</translation>
    </message>
    <message>
        <source>The response headers could not be sent.</source>
        <translation>Die Antwort-Header konnten nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Request message %1 is not a valid %2: %3</source>
        <translation>Anfragenachricht %1 ist kein gültiges %2: %3</translation>
    </message>
    <message>
        <source>%1 is a %2 method, which takes exactly one request message; a second one arrived.</source>
        <translation>%1 ist eine %2-Methode, die genau eine Anfragenachricht erwartet; es kam aber eine zweite.</translation>
    </message>
    <message>
        <source>%1 is a %2 method, which takes exactly one request message; the client sent none.</source>
        <translation>%1 ist eine %2-Methode, die genau eine Anfragenachricht erwartet; der Client hat keine gesendet.</translation>
    </message>
    <message>
        <source>The client cancelled the call (RST_STREAM CANCEL).</source>
        <translation>Der Client hat den Aufruf abgebrochen (RST_STREAM CANCEL).</translation>
    </message>
    <message>
        <source>The client&apos;s deadline of %1 passed; it reset the stream (RST_STREAM CANCEL) as it gave up.</source>
        <translation>Die Deadline des Clients von %1 ist abgelaufen; er hat aufgegeben und den Stream zurückgesetzt (RST_STREAM CANCEL).</translation>
    </message>
    <message>
        <source>The connection ended before the call finished.</source>
        <translation>Die Verbindung endete, bevor der Aufruf fertig war.</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcServerConnection</name>
    <message>
        <source>The request to %1 has no content-type; gRPC requests must say application/grpc. A gRPC server answers HTTP 415 so that no plain HTTP client takes the answer for success.</source>
        <translation>Die Anfrage an %1 hat keinen content-type; gRPC-Anfragen müssen application/grpc angeben. Ein gRPC-Server antwortet mit HTTP 415, damit kein gewöhnlicher HTTP-Client die Antwort für einen Erfolg hält.</translation>
    </message>
    <message>
        <source>The request to %1 has content-type &quot;%2&quot;, not application/grpc. A gRPC server answers HTTP 415 so that no plain HTTP client takes the answer for success.</source>
        <translation>Die Anfrage an %1 hat den content-type „%2“, nicht application/grpc. Ein gRPC-Server antwortet mit HTTP 415, damit kein gewöhnlicher HTTP-Client die Antwort für einen Erfolg hält.</translation>
    </message>
    <message>
        <source>gRPC calls are POST requests; this one is %1.</source>
        <translation>gRPC-Aufrufe sind POST-Anfragen; diese ist %1.</translation>
    </message>
    <message>
        <source>The request lacks &quot;te: trailers&quot;, which gRPC requires so that proxies know the client understands trailers; the call is served anyway.</source>
        <translation>Der Anfrage fehlt „te: trailers“, das gRPC verlangt, damit Proxys wissen, dass der Client Trailer versteht; der Aufruf wird trotzdem bedient.</translation>
    </message>
    <message>
        <source>The client compresses its messages with &quot;%1&quot;; this server only speaks the identity encoding (it says so in grpc-accept-encoding).</source>
        <translation>Der Client komprimiert seine Nachrichten mit „%1“; dieser Server beherrscht nur die Codierung identity (das teilt er in grpc-accept-encoding mit).</translation>
    </message>
    <message>
        <source>grpc-timeout &quot;%1&quot; is malformed: it must be at most eight digits and a unit (H, M, S, m, u or n).</source>
        <translation>grpc-timeout „%1“ ist fehlerhaft: Er muss aus höchstens acht Ziffern und einer Einheit (H, M, S, m, u oder n) bestehen.</translation>
    </message>
    <message>
        <source>This server has no service &quot;%1&quot;.</source>
        <translation>Dieser Server hat keinen Dienst „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a method as /package.Service/Method.</source>
        <translation>„%1“ bezeichnet keine Methode in der Form /package.Service/Method.</translation>
    </message>
    <message>
        <source>The service %1 has no method &quot;%2&quot;.</source>
        <translation>Der Dienst %1 hat keine Methode „%2“.</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcSession</name>
    <message numerus="yes">
        <source>The items were not all moved within %n second(s).</source>
        <translation>
            <numerusform>Die Einträge wurden nicht alle innerhalb von %n Sekunde übertragen.</numerusform>
            <numerusform>Die Einträge wurden nicht alle innerhalb von %n Sekunden übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>Die Sitzung wurde gestoppt.</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWorkload</name>
    <message>
        <source>GetItem for item %1 answered another item.</source>
        <translation>GetItem für Eintrag %1 hat einen anderen Eintrag geliefert.</translation>
    </message>
    <message>
        <source>GetItem for item %1</source>
        <translation>GetItem für Eintrag %1</translation>
    </message>
    <message>
        <source>GetItem for item %1 answered no item.</source>
        <translation>GetItem für Eintrag %1 hat keinen Eintrag geliefert.</translation>
    </message>
    <message>
        <source>Exchange acknowledged another item than %1.</source>
        <translation>Exchange hat einen anderen Eintrag als %1 bestätigt.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message numerus="yes">
        <source>Exchange ended with %n item(s) unacknowledged.</source>
        <translation>
            <numerusform>Exchange endete mit %n unbestätigten Eintrag.</numerusform>
            <numerusform>Exchange endete mit %n unbestätigten Einträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>ListItems sent another item than %1.</source>
        <translation>ListItems hat einen anderen Eintrag als %1 gesendet.</translation>
    </message>
    <message>
        <source>ListItems</source>
        <translation>ListItems</translation>
    </message>
    <message>
        <source>ListItems ended after %1 of %2 items.</source>
        <translation>ListItems endete nach %1 von %2 Einträgen.</translation>
    </message>
    <message>
        <source>UploadItems did not count the %1 items sent.</source>
        <translation>UploadItems hat die %1 gesendeten Einträge nicht gezählt.</translation>
    </message>
    <message>
        <source>UploadItems</source>
        <translation>UploadItems</translation>
    </message>
    <message>
        <source>UploadItems ended without its summary.</source>
        <translation>UploadItems endete ohne seine Zusammenfassung.</translation>
    </message>
    <message>
        <source>%1 ended with %2</source>
        <translation>%1 endete mit %2</translation>
    </message>
</context>
<context>
    <name>protoviz::HexView</name>
    <message>
        <source>Byte %1: 0x%2 = %3 = %4 in bits</source>
        <translation>Byte %1: 0x%2 = %3 = %4 in Bits</translation>
    </message>
    <message>
        <source>As text: “%1”</source>
        <translation>Als Text: „%1“</translation>
    </message>
    <message>
        <source>Click to select the field it belongs to; click again for the fields around it.</source>
        <translation>Klicken Sie, um das Feld auszuwählen, zu dem es gehört; klicken Sie erneut für die umgebenden Felder.</translation>
    </message>
</context>
<context>
    <name>protoviz::Http2Client</name>
    <message>
        <source>The HTTP/2 connection has failed.</source>
        <translation>Die HTTP/2-Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The connection closed before HTTP/2 could start.</source>
        <translation>Die Verbindung wurde geschlossen, bevor HTTP/2 beginnen konnte.</translation>
    </message>
    <message>
        <source>The server did not agree to HTTP/2 in the TLS handshake (ALPN chose &quot;%1&quot;).</source>
        <translation>Der Server hat im TLS-Handshake nicht in HTTP/2 eingewilligt (ALPN hat „%1“ gewählt).</translation>
    </message>
    <message>
        <source>Stream %1 was reset (error code %2).</source>
        <translation>Stream %1 wurde zurückgesetzt (Fehlercode %2).</translation>
    </message>
    <message>
        <source>The HTTP/2 connection ended with requests outstanding.</source>
        <translation>Die HTTP/2-Verbindung endete, während noch Anfragen offen waren.</translation>
    </message>
    <message>
        <source>The request for %1 could not be sent.</source>
        <translation>Die Anfrage nach %1 konnte nicht gesendet werden.</translation>
    </message>
</context>
<context>
    <name>protoviz::Http2Session</name>
    <message>
        <source>The header list on stream %1 is %2 bytes, more than the %3 bytes this endpoint accepts (SETTINGS_MAX_HEADER_LIST_SIZE).</source>
        <translation>Die Header-Liste auf Stream %1 ist %2 Bytes groß, mehr als die %3 Bytes, die dieser Endpunkt annimmt (SETTINGS_MAX_HEADER_LIST_SIZE).</translation>
    </message>
    <message>
        <source>A %1 frame for stream %2 was not sent: %3.</source>
        <translation>Ein %1-Frame für Stream %2 wurde nicht gesendet: %3.</translation>
    </message>
    <message>
        <source>The peer sent an invalid %1 frame on stream %2: %3.</source>
        <translation>Die Gegenstelle hat einen ungültigen %1-Frame auf Stream %2 gesendet: %3.</translation>
    </message>
    <message>
        <source>nghttp2 reports: %1</source>
        <translation>nghttp2 meldet: %1</translation>
    </message>
    <message>
        <source>Request header fields too large: %1 bytes.
</source>
        <translation>Header-Felder der Anfrage zu groß: %1 Bytes.
</translation>
    </message>
    <message>
        <source>Client connection preface</source>
        <translation>Verbindungs-Preface des Clients</translation>
    </message>
    <message>
        <source>%1 on stream %2</source>
        <translation>%1 auf Stream %2</translation>
    </message>
    <message>
        <source>: %1 bytes of HPACK for %2 bytes of header text</source>
        <translation>: %1 Bytes HPACK für %2 Bytes Header-Text</translation>
    </message>
    <message numerus="yes">
        <source>: %n byte(s) of data</source>
        <translation>
            <numerusform>: %n Byte Daten</numerusform>
            <numerusform>: %n Bytes Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>: +%1 bytes</source>
        <translation>: +%1 Bytes</translation>
    </message>
    <message>
        <source>The request could not be submitted: %1.</source>
        <translation>Die Anfrage konnte nicht übergeben werden: %1.</translation>
    </message>
    <message>
        <source>The response on stream %1 could not be submitted: %2.</source>
        <translation>Die Antwort auf Stream %1 konnte nicht übergeben werden: %2.</translation>
    </message>
    <message>
        <source>The peer&apos;s bytes broke HTTP/2 framing: %1.</source>
        <translation>Die Bytes der Gegenstelle haben das HTTP/2-Framing verletzt: %1.</translation>
    </message>
    <message>
        <source>HTTP/2 output failed: %1.</source>
        <translation>HTTP/2-Ausgabe fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The connection closed in the middle of a frame: %1 of its %2 bytes had arrived.</source>
        <translation>Die Verbindung wurde mitten in einem Frame geschlossen: %1 seiner %2 Bytes waren angekommen.</translation>
    </message>
    <message numerus="yes">
        <source>The connection closed in the middle of a frame header (%n byte(s) had arrived).</source>
        <translation>
            <numerusform>Die Verbindung wurde mitten in einem Frame-Header geschlossen (%n Byte war angekommen).</numerusform>
            <numerusform>Die Verbindung wurde mitten in einem Frame-Header geschlossen (%n Bytes waren angekommen).</numerusform>
        </translation>
    </message>
    <message>
        <source>This endpoint ended the connection: %1, %2.</source>
        <translation>Dieser Endpunkt hat die Verbindung beendet: %1, %2.</translation>
    </message>
    <message>
        <source>The peer ended the connection: %1, %2.</source>
        <translation>Die Gegenstelle hat die Verbindung beendet: %1, %2.</translation>
    </message>
    <message>
        <source> It says: &quot;%1&quot;.</source>
        <translation> Debug-Text: „%1“.</translation>
    </message>
</context>
<context>
    <name>protoviz::InspectorView</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Click an event in any view (a block in the lanes, an arrow in the ladder, a row of the events table) to see its decoded fields and its bytes.</source>
        <translation>Klicken Sie in einer beliebigen Ansicht auf ein Ereignis (einen Block in den Bahnen, einen Pfeil in der Sequenz, eine Zeile der Ereignistabelle), um seine dekodierten Felder und seine Bytes zu sehen.</translation>
    </message>
    <message>
        <source>The bytes of the selected event appear here.</source>
        <translation>Hier erscheinen die Bytes des ausgewählten Ereignisses.</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy field bytes as hex</source>
        <translation>Bytes des Felds als Hex kopieren</translation>
    </message>
    <message>
        <source>Copy all bytes as hex</source>
        <translation>Alle Bytes als Hex kopieren</translation>
    </message>
    <message>
        <source>Copy hex dump</source>
        <translation>Hex-Dump kopieren</translation>
    </message>
</context>
<context>
    <name>protoviz::LadderView</name>
    <message>
        <source>Ladder</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>%1 RTT</source>
        <translation>%1 RTT</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n connection(s)</source>
        <translation>
            <numerusform>%1 auf %n Verbindung</numerusform>
            <numerusform>%1 auf %n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>sent together (zoom in to separate)</source>
        <translation>zusammen gesendet (zum Trennen hineinzoomen)</translation>
    </message>
    <message>
        <source>not seen arriving</source>
        <translation>Ankunft nicht gesehen</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Round trips: %1</source>
        <translation>Roundtrips: %1</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>%1 RTT elapsed</source>
        <translation>%1 RTT vergangen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s), connection %2</source>
        <translation>
            <numerusform>%1, %n Byte, Verbindung %2</numerusform>
            <numerusform>%1, %n Bytes, Verbindung %2</numerusform>
        </translation>
    </message>
    <message>
        <source>From the client to the server</source>
        <translation>Vom Client zum Server</translation>
    </message>
    <message>
        <source>From the server to the client</source>
        <translation>Vom Server zum Client</translation>
    </message>
    <message>
        <source>Sent at %1 ms, received at %2 ms</source>
        <translation>Gesendet bei %1 ms, empfangen bei %2 ms</translation>
    </message>
    <message>
        <source>Latency %1 ms = %2 RTT (one way takes RTT/2 = %3 ms)</source>
        <translation>Latenz %1 ms = %2 RTT (ein Weg dauert RTT/2 = %3 ms)</translation>
    </message>
    <message>
        <source>Latency %1 ms</source>
        <translation>Latenz %1 ms</translation>
    </message>
    <message>
        <source>In flight at the playback position.</source>
        <translation>An der Wiedergabeposition unterwegs.</translation>
    </message>
    <message>
        <source>Sent at %1 ms; not seen arriving before the session ended.</source>
        <translation>Gesendet bei %1 ms; Ankunft vor Ende der Sitzung nicht gesehen.</translation>
    </message>
    <message>
        <source>Sent at %1 ms; still in flight.</source>
        <translation>Gesendet bei %1 ms; noch unterwegs.</translation>
    </message>
    <message>
        <source>The client asks to open a TCP connection; nothing else can be sent before the answer.</source>
        <translation>Der Client bittet darum, eine TCP-Verbindung zu öffnen; bis zur Antwort kann nichts anderes gesendet werden.</translation>
    </message>
    <message>
        <source>The server agrees to open the connection.</source>
        <translation>Der Server willigt ein, die Verbindung zu öffnen.</translation>
    </message>
    <message>
        <source>The client confirms; from now on it may send, so its first data follows at once.</source>
        <translation>Der Client bestätigt; ab jetzt darf er senden, daher folgen seine ersten Daten sofort.</translation>
    </message>
    <message>
        <source>This side has finished sending on this connection.</source>
        <translation>Diese Seite ist mit dem Senden auf dieser Verbindung fertig.</translation>
    </message>
    <message>
        <source>A TLS alert: a warning, an error, or the end of the secure session.</source>
        <translation>Ein TLS-Alert: eine Warnung, ein Fehler oder das Ende der gesicherten Sitzung.</translation>
    </message>
    <message>
        <source>TLS handshake: client and server agree on keys before the first request may go.</source>
        <translation>TLS-Handshake: Client und Server vereinbaren Schlüssel, bevor die erste Anfrage losgehen darf.</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request: this connection carries nothing else until its response is back.</source>
        <translation>Eine HTTP/1.1-Anfrage: Diese Verbindung transportiert nichts anderes, bis ihre Antwort zurück ist.</translation>
    </message>
    <message>
        <source>The server switches this connection from HTTP to the WebSocket protocol.</source>
        <translation>Der Server stellt diese Verbindung von HTTP auf das WebSocket-Protokoll um.</translation>
    </message>
    <message>
        <source>The response&apos;s status line and header fields.</source>
        <translation>Statuszeile und Header-Felder der Antwort.</translation>
    </message>
    <message>
        <source>Body bytes of the message.</source>
        <translation>Body-Bytes der Nachricht.</translation>
    </message>
    <message>
        <source>An HTTP/2 frame of stream %1: many streams share one connection, so requests need not wait for each other.</source>
        <translation>Ein HTTP/2-Frame von Stream %1: Viele Streams teilen sich eine Verbindung, daher müssen Anfragen nicht aufeinander warten.</translation>
    </message>
    <message>
        <source>An HTTP/2 frame that concerns the whole connection.</source>
        <translation>Ein HTTP/2-Frame, der die ganze Verbindung betrifft.</translation>
    </message>
    <message>
        <source>A WebSocket frame: once upgraded, either side sends whenever it has something, unasked.</source>
        <translation>Ein WebSocket-Frame: Nach dem Upgrade sendet jede Seite, sobald sie etwas hat, ohne Aufforderung.</translation>
    </message>
    <message>
        <source>A gRPC message: a 5-byte prefix and a Protobuf body, carried in HTTP/2 DATA frames.</source>
        <translation>Eine gRPC-Nachricht: ein 5-Byte-Präfix und ein Protobuf-Body, transportiert in HTTP/2-DATA-Frames.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) from the client to the server, %1</source>
        <translation>
            <numerusform>%n Dateneinheit vom Client zum Server, %1</numerusform>
            <numerusform>%n Dateneinheiten vom Client zum Server, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) from the server to the client, %1</source>
        <translation>
            <numerusform>%n Dateneinheit vom Server zum Client, %1</numerusform>
            <numerusform>%n Dateneinheiten vom Server zum Client, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent between %1 and %2 ms</source>
        <translation>Gesendet zwischen %1 und %2 ms</translation>
    </message>
    <message>
        <source>Received between %1 and %2 ms</source>
        <translation>Empfangen zwischen %1 und %2 ms</translation>
    </message>
    <message>
        <source>They left close together: zoom in (mouse wheel) to see each one.</source>
        <translation>Sie wurden kurz nacheinander gesendet: Zoomen Sie hinein (Mausrad), um jede einzeln zu sehen.</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
</context>
<context>
    <name>protoviz::LanesView</name>
    <message>
        <source>Lanes</source>
        <translation>Bahnen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>cleartext</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>gRPC calls</source>
        <translation>gRPC-Aufrufe</translation>
    </message>
    <message>
        <source>stream 0</source>
        <translation>Stream 0</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation>Stream %1</translation>
    </message>
    <message>
        <source>streams %1…%2</source>
        <translation>Streams %1…%2</translation>
    </message>
    <message>
        <source>handshake (waiting)</source>
        <translation>Handshake (Warten)</translation>
    </message>
    <message>
        <source>waiting for a response</source>
        <translation>Warten auf eine Antwort</translation>
    </message>
    <message>
        <source>held back behind a lost segment</source>
        <translation>hinter einem verlorenen Segment aufgehalten</translation>
    </message>
    <message>
        <source>upper half: client → server, lower half: server → client</source>
        <translation>obere Hälfte: Client → Server, untere Hälfte: Server → Client</translation>
    </message>
    <message>
        <source>Run a scenario: its connections appear here.</source>
        <translation>Starten Sie ein Szenario: Seine Verbindungen erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n Stream</numerusform>
            <numerusform>%n Streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n row(s)</source>
        <translation>
            <numerusform>in %n Zeile</numerusform>
            <numerusform>in %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP handshake · %1</source>
        <translation>TCP-Handshake · %1</translation>
    </message>
    <message>
        <source>TCP handshake</source>
        <translation>TCP-Handshake</translation>
    </message>
    <message>
        <source>%1 handshake failed</source>
        <translation>%1-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 handshake · %n round trip(s)</source>
        <translation>
            <numerusform>%1-Handshake · %n Roundtrip</numerusform>
            <numerusform>%1-Handshake · %n Roundtrips</numerusform>
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
        <translation>%1-Handshake…</translation>
    </message>
    <message>
        <source>waiting for the response · %1</source>
        <translation>Warten auf die Antwort · %1</translation>
    </message>
    <message>
        <source>waiting · %1</source>
        <translation>Warten · %1</translation>
    </message>
    <message>
        <source>waiting for a lost segment · %1</source>
        <translation>Warten auf ein verlorenes Segment · %1</translation>
    </message>
    <message>
        <source>lost segment · %1</source>
        <translation>verlorenes Segment · %1</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>SYN: the client opens the connection</source>
        <translation>SYN: Der Client öffnet die Verbindung</translation>
    </message>
    <message>
        <source>SYN-ACK: the server accepts</source>
        <translation>SYN-ACK: Der Server nimmt an</translation>
    </message>
    <message>
        <source>ACK: the handshake is complete</source>
        <translation>ACK: Der Handshake ist abgeschlossen</translation>
    </message>
    <message>
        <source>FIN: this side has finished sending</source>
        <translation>FIN: Diese Seite ist mit dem Senden fertig</translation>
    </message>
    <message>
        <source>RST: the connection was reset</source>
        <translation>RST: Die Verbindung wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>The link could not carry the connection</source>
        <translation>Die Leitung konnte die Verbindung nicht transportieren</translation>
    </message>
    <message>
        <source>TCP segment %1</source>
        <translation>TCP-Segment %1</translation>
    </message>
    <message>
        <source>TLS record: %1</source>
        <translation>TLS-Record: %1</translation>
    </message>
    <message>
        <source>TLS alert: %1</source>
        <translation>TLS-Alert: %1</translation>
    </message>
    <message>
        <source>TLS handshake message: %1</source>
        <translation>TLS-Handshake-Nachricht: %1</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>HTTP/1.1 request head: %1</source>
        <translation>HTTP/1.1-Anfragekopf: %1</translation>
    </message>
    <message>
        <source>HTTP/1.1 response head: %1</source>
        <translation>HTTP/1.1-Antwortkopf: %1</translation>
    </message>
    <message>
        <source>HTTP/1.1 body</source>
        <translation>HTTP/1.1-Body</translation>
    </message>
    <message>
        <source>HTTP/1.1 error</source>
        <translation>HTTP/1.1-Fehler</translation>
    </message>
    <message>
        <source>message %1 on this connection</source>
        <translation>Nachricht %1 auf dieser Verbindung</translation>
    </message>
    <message>
        <source>HTTP/2 error</source>
        <translation>HTTP/2-Fehler</translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation>%1-Frame</translation>
    </message>
    <message>
        <source>WebSocket %1 frame</source>
        <translation>WebSocket-%1-Frame</translation>
    </message>
    <message>
        <source>gRPC call %1 starts</source>
        <translation>gRPC-Aufruf %1 beginnt</translation>
    </message>
    <message>
        <source>gRPC message</source>
        <translation>gRPC-Nachricht</translation>
    </message>
    <message>
        <source>gRPC call ends: %1</source>
        <translation>gRPC-Aufruf endet: %1</translation>
    </message>
    <message>
        <source>gRPC error</source>
        <translation>gRPC-Fehler</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>Client → Server</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>Server → Client</translation>
    </message>
    <message>
        <source>%1 bytes, %2 of them framing</source>
        <translation>%1 Bytes, davon %2 Framing</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>left at %1 · delivered at %2 · %3 on the way</source>
        <translation>abgeschickt bei %1 · zugestellt bei %2 · %3 unterwegs</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>abgeschickt bei %1</translation>
    </message>
    <message>
        <source>sent at %1 · received at %2 · %3 on the way</source>
        <translation>gesendet bei %1 · empfangen bei %2 · %3 unterwegs</translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation>gesendet bei %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Lost on the way: the receiver never got this copy. The sender resent it at %1, once its retransmission timer ran out.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Unterwegs verloren: Der Empfänger hat diese Kopie nie erhalten. Der Sender hat sie bei %1 erneut gesendet, als sein Retransmission-Timer abgelaufen war.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Never received: the connection closed before the other side read it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nie empfangen: Die Verbindung wurde geschlossen, bevor die andere Seite es gelesen hat.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;On its way at %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Unterwegs bei %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;A retransmission: an earlier copy was lost.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Eine Wiederholung (Retransmission): Eine frühere Kopie ging verloren.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Waited %1 behind a lost segment: it had arrived, but TCP hands bytes over only in order (head-of-line blocking).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Hat %1 hinter einem verlorenen Segment gewartet: Es war angekommen, aber TCP gibt Bytes nur in der richtigen Reihenfolge weiter (Head-of-Line-Blocking).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Waited up to %1 behind a lost segment: its bytes had arrived, but TCP hands them over only in order (head-of-line blocking).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Hat bis zu %1 hinter einem verlorenen Segment gewartet: Seine Bytes waren angekommen, aber TCP gibt sie nur in der richtigen Reihenfolge weiter (Head-of-Line-Blocking).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;TCP handshake&lt;/b&gt;: %1, from %2&lt;br&gt;SYN, SYN-ACK, ACK: the client may send only after a round trip.</source>
        <translation>&lt;b&gt;TCP-Handshake&lt;/b&gt;: %1, ab %2&lt;br&gt;SYN, SYN-ACK, ACK: Der Client darf erst nach einem Roundtrip senden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 handshake failed&lt;/b&gt; after %2&lt;br&gt;An alert or an error ended it.</source>
        <translation>&lt;b&gt;%1-Handshake fehlgeschlagen&lt;/b&gt; nach %2&lt;br&gt;Ein Alert oder ein Fehler hat ihn beendet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 handshake&lt;/b&gt; under way for %2&lt;br&gt;The client cannot send its request before the keys are agreed.</source>
        <translation>&lt;b&gt;%1-Handshake&lt;/b&gt; läuft seit %2&lt;br&gt;Der Client kann seine Anfrage erst senden, wenn die Schlüssel vereinbart sind.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 handshake&lt;/b&gt;: %2, %n round trip(s)&lt;br&gt;The client cannot send its request before the keys are agreed.</source>
        <translation>
            <numerusform>&lt;b&gt;%1-Handshake&lt;/b&gt;: %2, %n Roundtrip&lt;br&gt;Der Client kann seine Anfrage erst senden, wenn die Schlüssel vereinbart sind.</numerusform>
            <numerusform>&lt;b&gt;%1-Handshake&lt;/b&gt;: %2, %n Roundtrips&lt;br&gt;Der Client kann seine Anfrage erst senden, wenn die Schlüssel vereinbart sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for the response&lt;/b&gt;: %1, from %2&lt;br&gt;The request is out and nothing has come back yet: at least one round trip, plus the server&apos;s time.</source>
        <translation>&lt;b&gt;Warten auf die Antwort&lt;/b&gt;: %1, ab %2&lt;br&gt;Die Anfrage ist unterwegs, und noch ist nichts zurückgekommen: mindestens ein Roundtrip plus die Bearbeitungszeit des Servers.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Waiting for a lost segment&lt;/b&gt;: %1, from %2&lt;br&gt;%n segment(s) came late: the lost one had to be resent, and the ones after it, though they had arrived, waited for it because TCP hands bytes over only in order (head-of-line blocking).</source>
        <translation>
            <numerusform>&lt;b&gt;Warten auf ein verlorenes Segment&lt;/b&gt;: %1, ab %2&lt;br&gt;%n Segment kam verspätet: Das verlorene musste erneut gesendet werden, und die nachfolgenden warteten, obwohl sie angekommen waren, darauf, weil TCP Bytes nur in der richtigen Reihenfolge weitergibt (Head-of-Line-Blocking).</numerusform>
            <numerusform>&lt;b&gt;Warten auf ein verlorenes Segment&lt;/b&gt;: %1, ab %2&lt;br&gt;%n Segmente kamen verspätet: Das verlorene musste erneut gesendet werden, und die nachfolgenden warteten, obwohl sie angekommen waren, darauf, weil TCP Bytes nur in der richtigen Reihenfolge weitergibt (Head-of-Line-Blocking).</numerusform>
        </translation>
    </message>
    <message>
        <source>opened at %1</source>
        <translation>geöffnet bei %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) so far, in %1 row(s)</source>
        <translation>
            <numerusform>bisher %n Stream, in %1 Zeile</numerusform>
            <numerusform>bisher %n Streams, in %1 Zeile(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>closed at %1</source>
        <translation>geschlossen bei %1</translation>
    </message>
</context>
<context>
    <name>protoviz::LessonPanel</name>
    <message>
        <source>This step asks no question.</source>
        <translation>Dieser Schritt stellt keine Frage.</translation>
    </message>
    <message>
        <source>The run this question is about is not over yet.</source>
        <translation>Der Durchlauf, um den es in dieser Frage geht, ist noch nicht beendet.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>how long a lesson takes</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits for the scenario &quot;%1&quot;.</source>
        <translation>Wartet auf das Szenario „%1“.</translation>
    </message>
    <message>
        <source>Choose a lesson above. Each one runs live sessions, stops where something happens and asks you to predict what the run will measure.</source>
        <translation>Wählen Sie oben eine Lektion. Jede führt Live-Sitzungen aus, hält an, wo etwas geschieht, und bittet Sie vorherzusagen, was der Durchlauf messen wird.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <comment>a lesson and how long it takes</comment>
        <translation>
            <numerusform>%1 (%n Min.)</numerusform>
            <numerusform>%1 (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits for the scenario &quot;%1&quot;, which ProtoViz does not have yet.</source>
        <translation>Wartet auf das Szenario „%1“, das ProtoViz noch nicht hat.</translation>
    </message>
    <message>
        <source>Running… watch the panes.</source>
        <translation>Läuft… beobachten Sie die Ansichten A und B.</translation>
    </message>
    <message>
        <source>That was the last step of this lesson.</source>
        <translation>Das war der letzte Schritt dieser Lektion.</translation>
    </message>
    <message>
        <source>Choose a lesson…</source>
        <translation>Lektion wählen…</translation>
    </message>
    <message>
        <source>Every lesson runs live sessions; the greyed-out ones wait for a scenario</source>
        <translation>Jede Lektion führt Live-Sitzungen aus; die ausgegrauten warten auf ein Szenario</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>Answers now come from your own run, with the knobs you set.</source>
        <translation>Die Antworten kommen jetzt aus Ihrem eigenen Durchlauf, mit den Reglern, die Sie eingestellt haben.</translation>
    </message>
</context>
<context>
    <name>protoviz::LessonPlayer</name>
    <message>
        <source>The run did not start. Change what the message said, then choose the step again.</source>
        <translation>Der Durchlauf wurde nicht gestartet. Beheben Sie, was die Meldung nennt, und wählen Sie den Schritt dann erneut.</translation>
    </message>
    <message>
        <source>The run was replaced before it finished. Choose the step again to run it.</source>
        <translation>Der Durchlauf wurde ersetzt, bevor er beendet war. Wählen Sie den Schritt erneut, um ihn auszuführen.</translation>
    </message>
    <message>
        <source>This run has no event to select, so the inspector cannot show its field &quot;%1&quot;.</source>
        <translation>Dieser Durchlauf hat kein Ereignis zum Auswählen, daher kann der Inspektor sein Feld „%1“ nicht zeigen.</translation>
    </message>
    <message>
        <source>The selected event has no field &quot;%1&quot;, so the inspector cannot show it.</source>
        <translation>Das ausgewählte Ereignis hat kein Feld „%1“, daher kann der Inspektor es nicht zeigen.</translation>
    </message>
</context>
<context>
    <name>protoviz::LessonQuestionView</name>
    <message>
        <source>The answer is measured when the run is over.</source>
        <translation>Die Antwort wird gemessen, wenn der Durchlauf beendet ist.</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Wählen Sie zuerst eine Antwort.</translation>
    </message>
    <message>
        <source>Predict a number first.</source>
        <translation>Sagen Sie zuerst eine Zahl voraus.</translation>
    </message>
    <message>
        <source>Selects the event in its pane; the inspector shows its fields</source>
        <translation>Wählt das Ereignis in seiner Ansicht aus; der Inspektor zeigt seine Felder</translation>
    </message>
    <message>
        <source>The panes no longer show the run this answer is about</source>
        <translation>Die Ansichten zeigen nicht mehr den Durchlauf, um den es in dieser Antwort geht</translation>
    </message>
    <message>
        <source>This run cannot answer the question.</source>
        <translation>Dieser Durchlauf kann die Frage nicht beantworten.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a predicted number and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>✓ Right: you predicted %1.</source>
        <translation>✓ Richtig: Sie haben %1 vorhergesagt.</translation>
    </message>
    <message>
        <source>✗ Not quite: you predicted %1.</source>
        <translation>✗ Nicht ganz: Sie haben %1 vorhergesagt.</translation>
    </message>
    <message>
        <source>Measured in this run: %1.</source>
        <translation>Gemessen in diesem Durchlauf: %1.</translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation>✓ Richtig.</translation>
    </message>
    <message>
        <source>✗ Not quite.</source>
        <translation>✗ Nicht ganz.</translation>
    </message>
    <message>
        <source>In this run: %1</source>
        <translation>In diesem Durchlauf: %1</translation>
    </message>
    <message>
        <source>The answer: %1</source>
        <translation>Die Antwort: %1</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Auflösen</translation>
    </message>
    <message>
        <source>Show the answer this run measured, and why</source>
        <translation>Die in diesem Durchlauf gemessene Antwort und ihre Begründung zeigen</translation>
    </message>
    <message>
        <source>Show the &amp;event that proves it</source>
        <translation>Das &amp;Ereignis zeigen, das es belegt</translation>
    </message>
</context>
<context>
    <name>protoviz::Link</name>
    <message>
        <source>The link could not listen on %1 port %2: %3</source>
        <translation>Die Leitung konnte nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>protoviz::MainWindow</name>
    <message>
        <source>ProtoViz</source>
        <translation>ProtoViz</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Run both sessions live (Ctrl+R)</source>
        <translation>Beide Sitzungen live starten (Strg+R)</translation>
    </message>
    <message>
        <source>Pick a scenario and press Run. Sessions run live on 127.0.0.1.</source>
        <translation>Wählen Sie ein Szenario und klicken Sie auf „Starten“. Die Sitzungen laufen live auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>Cannot run</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>About ProtoViz</source>
        <translation>Über ProtoViz</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ProtoViz&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Live sessions on real protocol stacks (OpenSSL, nghttp2, Qt WebSockets, Protobuf) over an emulated link on 127.0.0.1. Every view is drawn from the events the session recorded: nothing is a canned animation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ProtoViz&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Live-Sitzungen auf echten Protokoll-Stacks (OpenSSL, nghttp2, Qt WebSockets, Protobuf) über eine emulierte Leitung auf 127.0.0.1. Jede Ansicht wird aus den Ereignissen gezeichnet, die die Sitzung aufgezeichnet hat: Nichts davon ist eine vorgefertigte Animation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ProtoViz — %1</source>
        <translation>ProtoViz — %1</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Stop the running sessions (Esc)</source>
        <translation>Die laufenden Sitzungen stoppen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>Aufzeichnung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save recording…</source>
        <translation>Aufzeichnung spei&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;Export view as PNG or SVG…</source>
        <translation>Ansicht als PNG oder SVG &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Bahnen</translation>
    </message>
    <message>
        <source>La&amp;dder</source>
        <translation>Se&amp;quenz</translation>
    </message>
    <message>
        <source>&amp;Tiles</source>
        <translation>&amp;Kacheln</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>Connections and streams over time (Ctrl+1)</source>
        <translation>Verbindungen und Streams über die Zeit (Strg+1)</translation>
    </message>
    <message>
        <source>Who sent what, when: the sequence diagram (Ctrl+2)</source>
        <translation>Wer hat was wann gesendet: das Sequenzdiagramm (Strg+2)</translation>
    </message>
    <message>
        <source>The page&apos;s objects filling in (Ctrl+3)</source>
        <translation>Die Objekte der Seite füllen sich (Strg+3)</translation>
    </message>
    <message>
        <source>Every event as a list (Ctrl+4)</source>
        <translation>Alle Ereignisse als Liste (Strg+4)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Hineinzoomen</translation>
    </message>
    <message>
        <source>Zoom in on time (+)</source>
        <translation>In die Zeitachse hineinzoomen (+)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>He&amp;rauszoomen</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Herauszoomen (−)</translation>
    </message>
    <message>
        <source>&amp;Fit everything</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Show the whole session (0)</source>
        <translation>Die ganze Sitzung zeigen (0)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen with large fonts, for a projector (F11)</source>
        <translation>Vollbild mit großen Schriften, für einen Beamer (F11)</translation>
    </message>
    <message>
        <source>&amp;Light, high contrast</source>
        <translation>&amp;Hell, hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Dark, high contrast</source>
        <translation>&amp;Dunkel, hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Play or pause</source>
        <translation>&amp;Abspielen oder pausieren</translation>
    </message>
    <message>
        <source>Step &amp;back to the previous event</source>
        <translation>&amp;Zurück zum vorigen Ereignis</translation>
    </message>
    <message>
        <source>Step &amp;forward to the next event</source>
        <translation>&amp;Vor zum nächsten Ereignis</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>&amp;Schneller</translation>
    </message>
    <message>
        <source>Follow &amp;live</source>
        <translation>Live &amp;folgen</translation>
    </message>
    <message>
        <source>&amp;About ProtoViz</source>
        <translation>Ü&amp;ber ProtoViz</translation>
    </message>
    <message>
        <source>Running %1 live…</source>
        <translation>%1 läuft live…</translation>
    </message>
    <message>
        <source>Finished. Press Space to replay, ← and → to step through the events.</source>
        <translation>Fertig. Drücken Sie die Leertaste, um erneut abzuspielen, und ← bzw. →, um durch die Ereignisse zu schalten.</translation>
    </message>
    <message>
        <source>Cannot open the recording</source>
        <translation>Die Aufzeichnung kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n session(s).</source>
        <translation>
            <numerusform>%1 geöffnet: %n Sitzung.</numerusform>
            <numerusform>%1 geöffnet: %n Sitzungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the recording</source>
        <translation>Die Aufzeichnung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>There is no session to save yet.</source>
        <translation>Es gibt noch keine Sitzung zum Speichern.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>ProtoViz recordings (*.json);;All files (*)</source>
        <translation>ProtoViz-Aufzeichnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the recording</source>
        <translation>Aufzeichnung speichern</translation>
    </message>
    <message>
        <source>ProtoViz recordings (*.json)</source>
        <translation>ProtoViz-Aufzeichnungen (*.json)</translation>
    </message>
    <message>
        <source>Some lessons could not be read</source>
        <translation>Einige Lektionen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>These lessons are left out:</source>
        <translation>Diese Lektionen werden ausgelassen:</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <source>Look up the terms lessons and views use</source>
        <translation>Die Begriffe nachschlagen, die Lektionen und Ansichten verwenden</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Lektionen…</translation>
    </message>
    <message>
        <source>Guided lessons on live runs, with questions (Ctrl+L)</source>
        <translation>Geführte Lektionen mit Live-Durchläufen und Fragen (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation>&amp;Quiz…</translation>
    </message>
    <message>
        <source>Interview practice: questions drawn from every topic</source>
        <translation>Übung fürs Vorstellungsgespräch: Fragen aus allen Themen</translation>
    </message>
    <message>
        <source>&amp;Trade-offs…</source>
        <translation>&amp;Abwägungen…</translation>
    </message>
    <message>
        <source>When to pick each protocol, and when not</source>
        <translation>Wann Sie welches Protokoll wählen und wann nicht</translation>
    </message>
    <message>
        <source>Showing a recorded run of %1. Press Space to replay it, ← and → to step through the events.</source>
        <translation>Ein aufgezeichneter Durchlauf von %1 wird gezeigt. Drücken Sie die Leertaste, um ihn erneut abzuspielen, ← bzw. →, um durch die Ereignisse zu schalten.</translation>
    </message>
</context>
<context>
    <name>protoviz::PageLoadSession</name>
    <message numerus="yes">
        <source>The page did not finish loading within %n second(s).</source>
        <translation>
            <numerusform>Die Seite wurde nicht innerhalb von %n Sekunde fertig geladen.</numerusform>
            <numerusform>Die Seite wurde nicht innerhalb von %n Sekunden fertig geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the server as an IP address or localhost, not &quot;%1&quot;.</source>
        <translation>Geben Sie den Server als IP-Adresse oder localhost an, nicht als „%1“.</translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>Die Sitzung wurde gestoppt.</translation>
    </message>
</context>
<context>
    <name>protoviz::PageLoader</name>
    <message>
        <source>The server answered %1 for request %2.</source>
        <translation>Der Server hat auf Anfrage %2 mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>The page could not be loaded: %1</source>
        <translation>Die Seite konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Object %1 could not be loaded: %2</source>
        <translation>Objekt %1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>protoviz::PlaybackBar</name>
    <message>
        <source>Previous event</source>
        <translation>Voriges Ereignis</translation>
    </message>
    <message>
        <source>Step back to the previous event of either session (←)</source>
        <translation>Zurück zum vorigen Ereignis einer der beiden Sitzungen (←)</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Nächstes Ereignis</translation>
    </message>
    <message>
        <source>Step forward to the next event of either session (→)</source>
        <translation>Vor zum nächsten Ereignis einer der beiden Sitzungen (→)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow the sessions as they run, in real time</source>
        <translation>Den Sitzungen in Echtzeit folgen, während sie laufen</translation>
    </message>
    <message>
        <source>Drag to any moment of the run: every view shows what had happened by then</source>
        <translation>Ziehen Sie an eine beliebige Stelle des Durchlaufs: Jede Ansicht zeigt, was bis dahin geschehen war</translation>
    </message>
    <message>
        <source>The playback position and the end of the run, on the sessions&apos; shared clock</source>
        <translation>Die Wiedergabeposition und das Ende des Durchlaufs, auf der gemeinsamen Uhr der Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>Replay speed: below 1× slows the run down so that each event can be followed</source>
        <translation>Wiedergabetempo: Unter 1× wird der Ablauf verlangsamt, sodass sich jedes Ereignis verfolgen lässt</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause the replay (Space)</source>
        <translation>Die Wiedergabe anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Replay the run from here (Space)</source>
        <translation>Den Durchlauf ab hier wiedergeben (Leertaste)</translation>
    </message>
</context>
<context>
    <name>protoviz::PollingClient</name>
    <message>
        <source>Client %1&apos;s connection closed unexpectedly.</source>
        <translation>Die Verbindung von Client %1 wurde unerwartet geschlossen.</translation>
    </message>
</context>
<context>
    <name>protoviz::PollingServer</name>
    <message>
        <source>The polling server cannot listen on 127.0.0.1: %1</source>
        <translation>Der Polling-Server kann nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
</context>
<context>
    <name>protoviz::PollingSession</name>
    <message numerus="yes">
        <source>Not every update reached every client within %n second(s).</source>
        <translation>
            <numerusform>Nicht jedes Update hat innerhalb von %n Sekunde jeden Client erreicht.</numerusform>
            <numerusform>Nicht jedes Update hat innerhalb von %n Sekunden jeden Client erreicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %1 clients are subscribed: the server publishes %2 updates a second for %n second(s).</source>
        <translation>
            <numerusform>Alle %1 Clients sind angemeldet: Der Server veröffentlicht %n Sekunde lang %2 Updates pro Sekunde.</numerusform>
            <numerusform>Alle %1 Clients sind angemeldet: Der Server veröffentlicht %n Sekunden lang %2 Updates pro Sekunde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %1 clients are subscribed: they post %2 chat messages a second, taking turns, for %n second(s).</source>
        <translation>
            <numerusform>Alle %1 Clients sind angemeldet: Sie senden abwechselnd %n Sekunde lang %2 Chat-Nachrichten pro Sekunde.</numerusform>
            <numerusform>Alle %1 Clients sind angemeldet: Sie senden abwechselnd %n Sekunden lang %2 Chat-Nachrichten pro Sekunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>Die Sitzung wurde gestoppt.</translation>
    </message>
</context>
<context>
    <name>protoviz::QuizDialog</name>
    <message>
        <source>Interview practice</source>
        <translation>Interview-Training</translation>
    </message>
    <message>
        <source>Questions are drawn at random from the topics you choose. Live questions first run their scenario, and their answer is measured on that run.</source>
        <translation>Die Fragen werden zufällig aus den gewählten Themen gezogen. Live-Fragen führen zuerst ihr Szenario aus, und ihre Antwort wird an diesem Lauf gemessen.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1 (%n Frage)</numerusform>
            <numerusform>%1 (%n Fragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Timed</source>
        <translation>Mit &amp;Zeitlimit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Include &amp;live questions (each runs its scenario first, for a few seconds)</source>
        <translation>&amp;Live-Fragen einbeziehen (jede führt zuerst einige Sekunden lang ihr Szenario aus)</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the results as Markdown (.md) or PDF (.pdf)</source>
        <translation>Ergebnisse als Markdown (.md) oder PDF (.pdf) speichern</translation>
    </message>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Neues Quiz</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <source>The scenario for this question cannot run: %1</source>
        <translation>Das Szenario für diese Frage kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Running the scenario for this question…</source>
        <translation>Das Szenario für diese Frage wird ausgeführt…</translation>
    </message>
    <message>
        <source>Your answer is in. The scenario for this question is still running; the answer is measured on it when it is over…</source>
        <translation>Ihre Antwort ist eingegangen. Das Szenario für diese Frage läuft noch; die Antwort wird daran gemessen, sobald es beendet ist…</translation>
    </message>
    <message>
        <source>✔ Right.</source>
        <translation>✔ Richtig.</translation>
    </message>
    <message>
        <source>✘ Not quite.</source>
        <translation>✘ Nicht ganz.</translation>
    </message>
    <message>
        <source>**Measured answer:** %1</source>
        <translation>**Gemessene Antwort:** %1</translation>
    </message>
    <message>
        <source>**Answer:** %1</source>
        <translation>**Antwort:** %1</translation>
    </message>
    <message>
        <source>See the &amp;results</source>
        <translation>E&amp;rgebnisse ansehen</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Verbleibende Zeit: %1:%2</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist abgelaufen</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%1 von %2 richtig</translation>
    </message>
    <message numerus="yes">
        <source>The time ran out: %n question(s) had no answer and count as wrong.</source>
        <translation>
            <numerusform>Die Zeit ist abgelaufen: %n Frage blieb unbeantwortet und zählt als falsch.</numerusform>
            <numerusform>Die Zeit ist abgelaufen: %n Fragen blieben unbeantwortet und zählen als falsch.</numerusform>
        </translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zum Wiederholen</translation>
    </message>
    <message>
        <source>Every answer was right: nothing to review.</source>
        <translation>Alle Antworten waren richtig: Es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>(no answer: time ran out)</source>
        <translation>(keine Antwort: Zeit abgelaufen)</translation>
    </message>
    <message>
        <source>**Your answer:** %1</source>
        <translation>**Ihre Antwort:** %1</translation>
    </message>
    <message>
        <source>**Right answer:** %1</source>
        <translation>**Richtige Antwort:** %1</translation>
    </message>
    <message>
        <source>Show the run</source>
        <translation>Lauf anzeigen</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>quiz-results.md</source>
        <translation>quiz-ergebnisse.md</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>ProtoViz quiz</source>
        <translation>ProtoViz-Quiz</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a predicted number and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Show the run this answer was measured on in the main window</source>
        <translation>Den Durchlauf, an dem diese Antwort gemessen wurde, im Hauptfenster zeigen</translation>
    </message>
    <message>
        <source>Cannot show the run</source>
        <translation>Der Durchlauf kann nicht gezeigt werden</translation>
    </message>
</context>
<context>
    <name>protoviz::RelayedConnection</name>
    <message>
        <source>The link could not open a socket towards the server: %1</source>
        <translation>Die Leitung konnte keinen Socket zum Server öffnen: %1</translation>
    </message>
    <message>
        <source>The link could not connect to the server at %1 port %2: %3</source>
        <translation>Die Leitung konnte sich nicht mit dem Server auf %1 Port %2 verbinden: %3</translation>
    </message>
</context>
<context>
    <name>protoviz::RestWorkload</name>
    <message>
        <source>Item %1 could not be fetched: %2</source>
        <translation>Eintrag %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>GET %1 answered %2.</source>
        <translation>GET %1 hat mit %2 geantwortet.</translation>
    </message>
    <message>
        <source>GET %1 did not answer the JSON of item %2.</source>
        <translation>GET %1 hat nicht mit dem JSON von Eintrag %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>protoviz::ScenarioControls</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Round-trip time: how long a packet takes there and back.</source>
        <translation>Roundtrip-Zeit: wie lange ein Paket hin und zurück braucht.</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Roundtrip:</translation>
    </message>
    <message>
        <source>Each segment&apos;s delay varies randomly by up to this much.</source>
        <translation>Die Verzögerung jedes Segments schwankt zufällig um bis zu diesen Wert.</translation>
    </message>
    <message>
        <source>Jitter:</source>
        <translation>Jitter:</translation>
    </message>
    <message>
        <source>Bandwidth in each direction, e.g. 10mbit, 512kbit or unlimited.</source>
        <translation>Bandbreite in jeder Richtung, z. B. 10mbit, 512kbit oder unlimited.</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bandbreite:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of data segments lost; TCP resends each after a timeout.</source>
        <translation>Anteil verlorener Datensegmente; TCP sendet jedes nach einem Timeout erneut.</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>Verlust:</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>Fix the random losses and jitter to repeat a run exactly.</source>
        <translation>Legt die zufälligen Verluste und den Jitter fest, um einen Durchlauf exakt zu wiederholen.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation>Objekte:</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>Object size:</source>
        <translation>Objektgröße:</translation>
    </message>
    <message>
        <source>How many HTTP/1.1 connections a browser opens to one host.</source>
        <translation>Wie viele HTTP/1.1-Verbindungen ein Browser zu einem Host öffnet.</translation>
    </message>
    <message>
        <source>HTTP/1.1 connections:</source>
        <translation>HTTP/1.1-Verbindungen:</translation>
    </message>
    <message>
        <source>HTTP/1.1 pipelining</source>
        <translation>HTTP/1.1-Pipelining</translation>
    </message>
    <message>
        <source>HTTP/2 server push</source>
        <translation>HTTP/2-Server-Push</translation>
    </message>
    <message>
        <source>TLS (HTTPS)</source>
        <translation>TLS (HTTPS)</translation>
    </message>
    <message>
        <source>Bandwidth: %1</source>
        <translation>Bandbreite: %1</translation>
    </message>
    <message>
        <source>Page and protocols</source>
        <translation>Seite und Protokolle</translation>
    </message>
    <message>
        <source>Updates (polling, WebSocket)</source>
        <translation>Updates (Polling, WebSocket)</translation>
    </message>
    <message>
        <source>Newest TLS version:</source>
        <translation>Neueste TLS-Version:</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>Clients:</translation>
    </message>
    <message>
        <source>Updates a second:</source>
        <translation>Updates pro Sekunde:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>Abfrage alle:</translation>
    </message>
    <message>
        <source>The newest TLS version the client offers in page loads.</source>
        <translation>Die neueste TLS-Version, die der Client beim Laden von Seiten anbietet.</translation>
    </message>
    <message>
        <source>Clients that each receive every update.</source>
        <translation>Clients, die jeweils jedes Update erhalten.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Short polling asks this often whether there is news.</source>
        <translation>Short Polling fragt so oft nach, ob es Neues gibt.</translation>
    </message>
</context>
<context>
    <name>protoviz::SessionPane</name>
    <message>
        <source>%1: no session yet</source>
        <translation>%1: noch keine Sitzung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · total %2 · first byte %3 · %n connection(s)</source>
        <translation>
            <numerusform>%1 · gesamt %2 · erstes Byte %3 · %n Verbindung</numerusform>
            <numerusform>%1 · gesamt %2 · erstes Byte %3 · %n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n round trip(s)</source>
        <translation>
            <numerusform> · %n Roundtrip</numerusform>
            <numerusform> · %n Roundtrips</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 bytes on the wire</source>
        <translation> · %1 Bytes auf der Leitung</translation>
    </message>
</context>
<context>
    <name>protoviz::StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Measured from both sessions&apos; events up to the playhead at %1 ms (of %2 ms).</source>
        <translation>Gemessen aus den Ereignissen beider Sitzungen bis zur Abspielposition bei %1 ms (von %2 ms).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>as long</source>
        <translation>genauso lange wie</translation>
    </message>
    <message>
        <source>%1 % less time</source>
        <translation>%1 % weniger Zeit als</translation>
    </message>
    <message>
        <source>%1 % more time</source>
        <translation>%1 % mehr Zeit als</translation>
    </message>
    <message>
        <source>Half of the updates reached their client within %1 with %2, within %3 with %4.</source>
        <translation>Die Hälfte der Updates erreichte ihren Client bei %2 innerhalb von %1, bei %4 innerhalb von %3.</translation>
    </message>
    <message>
        <source>Each update cost %1 of protocol overhead with %2, %3 with %4.</source>
        <translation>Jedes Update kostete %1 Protokoll-Overhead bei %2, %3 bei %4.</translation>
    </message>
    <message>
        <source>%1 sent %2 HTTP requests and %3 WebSocket frames, %4 %5 and %6.</source>
        <translation>%1 hat %2 HTTP-Anfragen und %3 WebSocket-Frames gesendet, %4 %5 und %6.</translation>
    </message>
    <message>
        <source>%1 took %2: %3 than %4 (%5).</source>
        <translation>%1 brauchte %2: %3 %4 (%5).</translation>
    </message>
    <message>
        <source>%1 opened %2 connections and waited %3 round trips; %4 %5 and %6.</source>
        <translation>%1 hat %2 Verbindungen geöffnet und auf %3 Roundtrips gewartet; %4 %5 und %6.</translation>
    </message>
    <message>
        <source>%1 sent its items as JSON: %2.</source>
        <translation>%1 hat die Einträge als JSON gesendet: %2.</translation>
    </message>
    <message>
        <source>%1&apos;s items took %2 as Protobuf; as JSON they would take %3.</source>
        <translation>Die Einträge von %1 belegten als Protobuf %2; als JSON wären es %3.</translation>
    </message>
    <message>
        <source>HPACK saved %1 % of %2&apos;s header text.</source>
        <translation>HPACK hat %1 % des Header-Texts von %2 eingespart.</translation>
    </message>
    <message>
        <source>%1 sent its headers as plain text.</source>
        <translation>%1 hat die Header als Klartext gesendet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Delivery latency</source>
        <translation>Zustell-Latenz</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>95th pct.</source>
        <translation>95. Perz.</translation>
    </message>
    <message>
        <source>max.</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Connections, requests, frames</source>
        <translation>Verbindungen, Anfragen, Frames</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>WS frames</source>
        <translation>WS-Frames</translation>
    </message>
    <message>
        <source>Payload and overhead</source>
        <translation>Nutzdaten und Overhead</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>HTTP heads</source>
        <translation>HTTP-Köpfe</translation>
    </message>
    <message>
        <source>frame headers</source>
        <translation>Frame-Header</translation>
    </message>
    <message>
        <source>control</source>
        <translation>Control-Frames</translation>
    </message>
    <message>
        <source>Bytes per delivered update</source>
        <translation>Bytes pro zugestelltem Update</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>all on the wire</source>
        <translation>alles auf der Leitung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>to first byte</source>
        <translation>bis zum ersten Byte</translation>
    </message>
    <message>
        <source>Connections and round trips</source>
        <translation>Verbindungen und Roundtrips</translation>
    </message>
    <message>
        <source>round trips</source>
        <translation>Roundtrips</translation>
    </message>
    <message>
        <source>Bytes on the wire by kind</source>
        <translation>Bytes auf der Leitung nach Art</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>bodies</source>
        <translation>Bodys</translation>
    </message>
    <message>
        <source>framing</source>
        <translation>Framing</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Items: as sent and as JSON</source>
        <translation>Einträge: wie gesendet und als JSON</translation>
    </message>
    <message>
        <source>as sent</source>
        <translation>wie gesendet</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>als JSON</translation>
    </message>
    <message>
        <source>Header compression (HPACK)</source>
        <translation>Header-Komprimierung (HPACK)</translation>
    </message>
    <message>
        <source>% of header text saved</source>
        <translation>% des Header-Texts eingespart</translation>
    </message>
    <message>
        <source>header text saved</source>
        <translation>Header-Text eingespart</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>B against A</source>
        <translation>B gegenüber A</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Updates delivered</source>
        <translation>Zugestellte Updates</translation>
    </message>
    <message>
        <source>%1 (%2 distinct updates)</source>
        <translation>%1 (%2 verschiedene Updates)</translation>
    </message>
    <message>
        <source>Latency, median</source>
        <translation>Latenz, Median</translation>
    </message>
    <message>
        <source>Latency, mean</source>
        <translation>Latenz, Mittelwert</translation>
    </message>
    <message>
        <source>Latency, 95th percentile</source>
        <translation>Latenz, 95. Perzentil</translation>
    </message>
    <message>
        <source>Latency, minimum</source>
        <translation>Latenz, Minimum</translation>
    </message>
    <message>
        <source>Latency, maximum</source>
        <translation>Latenz, Maximum</translation>
    </message>
    <message>
        <source>TCP connections</source>
        <translation>TCP-Verbindungen</translation>
    </message>
    <message>
        <source>HTTP requests</source>
        <translation>HTTP-Anfragen</translation>
    </message>
    <message>
        <source>WebSocket frames</source>
        <translation>WebSocket-Frames</translation>
    </message>
    <message>
        <source>Update payload bytes</source>
        <translation>Nutzdaten-Bytes der Updates</translation>
    </message>
    <message>
        <source>HTTP head bytes</source>
        <translation>Bytes der HTTP-Köpfe</translation>
    </message>
    <message>
        <source>WebSocket frame header bytes</source>
        <translation>Bytes der WebSocket-Frame-Header</translation>
    </message>
    <message>
        <source>Control frame bytes</source>
        <translation>Bytes der Control-Frames</translation>
    </message>
    <message>
        <source>Overhead per delivered update</source>
        <translation>Overhead pro zugestelltem Update</translation>
    </message>
    <message>
        <source>Wire bytes per delivered update</source>
        <translation>Leitungs-Bytes pro zugestelltem Update</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Time to first byte</source>
        <translation>Zeit bis zum ersten Byte</translation>
    </message>
    <message>
        <source>Round trips</source>
        <translation>Roundtrips</translation>
    </message>
    <message>
        <source>Objects complete</source>
        <translation>Vollständige Objekte</translation>
    </message>
    <message>
        <source>%1 (%2 pushed)</source>
        <translation>%1 (%2 gepusht)</translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation>Bytes auf der Leitung</translation>
    </message>
    <message>
        <source>  client → server</source>
        <translation>  Client → Server</translation>
    </message>
    <message>
        <source>  server → client</source>
        <translation>  Server → Client</translation>
    </message>
    <message>
        <source>  headers</source>
        <translation>  Header</translation>
    </message>
    <message>
        <source>  bodies</source>
        <translation>  Bodys</translation>
    </message>
    <message>
        <source>  HTTP framing</source>
        <translation>  HTTP-Framing</translation>
    </message>
    <message>
        <source>  TLS</source>
        <translation>  TLS</translation>
    </message>
    <message>
        <source>Header text saved</source>
        <translation>Eingesparter Header-Text</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Segments lost / held back</source>
        <translation>Segmente verloren / aufgehalten</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>gRPC calls (OK of all)</source>
        <translation>gRPC-Aufrufe (OK von allen)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>gRPC messages sent / received</source>
        <translation>gRPC-Nachrichten gesendet / empfangen</translation>
    </message>
    <message>
        <source>Protobuf message bytes</source>
        <translation>Bytes der Protobuf-Nachrichten</translation>
    </message>
    <message>
        <source>The same messages as JSON</source>
        <translation>Dieselben Nachrichten als JSON</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>Das Bild %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Drawn by ProtoViz from two live sessions&apos; events.</source>
        <translation>Gezeichnet von ProtoViz aus den Ereignissen zweier Live-Sitzungen.</translation>
    </message>
    <message>
        <source>Cannot write the drawing %1.</source>
        <translation>Die Zeichnung %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>protoviz::TilesView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <source>not published yet</source>
        <translation>noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>published, no client has it yet</source>
        <translation>veröffentlicht, noch bei keinem Client</translation>
    </message>
    <message>
        <source>reached some clients</source>
        <translation>hat einige Clients erreicht</translation>
    </message>
    <message>
        <source>reached every client</source>
        <translation>hat jeden Client erreicht</translation>
    </message>
    <message>
        <source>not asked for yet</source>
        <translation>noch nicht angefordert</translation>
    </message>
    <message>
        <source>asked for, request not sent yet</source>
        <translation>angefordert, Anfrage noch nicht gesendet</translation>
    </message>
    <message>
        <source>called, no answer yet</source>
        <translation>aufgerufen, noch keine Antwort</translation>
    </message>
    <message>
        <source>request sent, no answer yet</source>
        <translation>Anfrage gesendet, noch keine Antwort</translation>
    </message>
    <message>
        <source>arriving</source>
        <translation>kommt an</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>pushed by the server</source>
        <translation>vom Server gepusht</translation>
    </message>
    <message>
        <source>strip: the connection that carried it</source>
        <translation>Streifen: die Verbindung, die es transportiert hat</translation>
    </message>
    <message>
        <source>No session yet</source>
        <translation>Noch keine Sitzung</translation>
    </message>
    <message>
        <source>Run a scenario: the page&apos;s objects fill in here as each one arrives.</source>
        <translation>Starten Sie ein Szenario: Die Objekte der Seite füllen sich hier, sobald jedes ankommt.</translation>
    </message>
    <message>
        <source>This scenario loads no page of objects: it makes a single request, and what it teaches happens in the handshake before it. The ladder and the lanes show it.</source>
        <translation>Dieses Szenario lädt keine Seite mit Objekten: Es stellt eine einzige Anfrage, und was es zeigt, geschieht im Handshake davor. Die Sequenz und die Bahnen zeigen es.</translation>
    </message>
    <message>
        <source>%1 / %2 updates at every client</source>
        <translation>%1 / %2 Updates bei jedem Client</translation>
    </message>
    <message>
        <source>%1 / %2 objects</source>
        <translation>%1 / %2 Objekte</translation>
    </message>
    <message>
        <source>all in %1</source>
        <translation>alle in %1</translation>
    </message>
    <message>
        <source>%1 pushed</source>
        <translation>%1 gepusht</translation>
    </message>
    <message>
        <source>Object %1 of %2</source>
        <translation>Objekt %1 von %2</translation>
    </message>
    <message>
        <source>Not asked for yet: the page has not come to it.</source>
        <translation>Noch nicht angefordert: Die Seite ist noch nicht bis hierher gekommen.</translation>
    </message>
    <message>
        <source>Promised by the server at %1 (PUSH_PROMISE on stream %2 of connection %3).</source>
        <translation>Vom Server angekündigt bei %1 (PUSH_PROMISE auf Stream %2 von Verbindung %3).</translation>
    </message>
    <message>
        <source>Asked for at %1.</source>
        <translation>Angefordert bei %1.</translation>
    </message>
    <message>
        <source>Request sent at %1 as HTTP/2 stream %2 on connection %3.</source>
        <translation>Anfrage gesendet bei %1 als HTTP/2-Stream %2 auf Verbindung %3.</translation>
    </message>
    <message>
        <source>Request sent at %1 on connection %2, request %3 on it.</source>
        <translation>Anfrage gesendet bei %1 auf Verbindung %2, dort Anfrage Nr. %3.</translation>
    </message>
    <message>
        <source>It waited %1 in the browser for a free connection.</source>
        <translation>Es hat %1 im Browser auf eine freie Verbindung gewartet.</translation>
    </message>
    <message>
        <source>First byte of the answer at %1.</source>
        <translation>Erstes Byte der Antwort bei %1.</translation>
    </message>
    <message>
        <source>Complete at %1: %2 bytes; took %3 from being asked for.</source>
        <translation>Vollständig bei %1: %2 Bytes; %3 seit der Anforderung.</translation>
    </message>
    <message>
        <source>Arriving: %1 % of the body so far.</source>
        <translation>Kommt an: bisher %1 % des Bodys.</translation>
    </message>
    <message>
        <source>Waiting for the answer: %1 so far.</source>
        <translation>Warten auf die Antwort: bisher %1.</translation>
    </message>
    <message>
        <source>Waiting in the browser: %1 so far.</source>
        <translation>Warten im Browser: bisher %1.</translation>
    </message>
    <message>
        <source>The server sent it along with the page, before the browser could ask: no request, no round trip.</source>
        <translation>Der Server hat es zusammen mit der Seite gesendet, bevor der Browser danach fragen konnte: keine Anfrage, kein Roundtrip.</translation>
    </message>
    <message>
        <source>HTTP/1.1 carries one request at a time on a connection: this one waits until a connection is free.</source>
        <translation>HTTP/1.1 transportiert auf einer Verbindung eine Anfrage nach der anderen: Diese wartet, bis eine Verbindung frei ist.</translation>
    </message>
    <message>
        <source>HTTP/2 multiplexes every request as its own stream on one connection: none waits for another.</source>
        <translation>HTTP/2 multiplext jede Anfrage als eigenen Stream auf einer Verbindung: Keine wartet auf eine andere.</translation>
    </message>
    <message>
        <source>HTTP/1.1: this connection carried nothing else until the answer was complete.</source>
        <translation>HTTP/1.1: Diese Verbindung hat nichts anderes transportiert, bis die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>Update %1 of %2</source>
        <translation>Update %1 von %2</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>Noch nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Published by the server at %1.</source>
        <translation>Vom Server veröffentlicht bei %1.</translation>
    </message>
    <message>
        <source>No client has it yet: %1 so far.</source>
        <translation>Noch bei keinem Client: bisher %1.</translation>
    </message>
    <message>
        <source>Reached %1 of %2 clients; the first after %3, the latest after %4.</source>
        <translation>Hat %1 von %2 Clients erreicht; den ersten nach %3, den letzten nach %4.</translation>
    </message>
    <message>
        <source>%1 bytes of payload.</source>
        <translation>%1 Bytes Nutzdaten.</translation>
    </message>
    <message>
        <source>The delay from the server having the update to a client having it: polling waits for the next request, a WebSocket carries it at once.</source>
        <translation>Die Verzögerung von dem Moment, in dem der Server das Update hat, bis ein Client es hat: Polling wartet auf die nächste Anfrage, ein WebSocket überträgt es sofort.</translation>
    </message>
</context>
<context>
    <name>protoviz::TimelineCanvas</name>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>Das Bild %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Drawn by ProtoViz from a live session&apos;s events.</source>
        <translation>Gezeichnet von ProtoViz aus den Ereignissen einer Live-Sitzung.</translation>
    </message>
    <message>
        <source>Cannot write the drawing %1.</source>
        <translation>Die Zeichnung %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>protoviz::TimelineModel</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>HTTP/1.1</source>
        <translation>HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/2</source>
        <translation>HTTP/2</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>gRPC</source>
        <translation>gRPC</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Gesehen von</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Verb.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>protoviz::TlsHandshakeSession</name>
    <message numerus="yes">
        <source>The handshake and its request did not finish within %n second(s).</source>
        <translation>
            <numerusform>Der Handshake und seine Anfrage wurden nicht innerhalb von %n Sekunde fertig.</numerusform>
            <numerusform>Der Handshake und seine Anfrage wurden nicht innerhalb von %n Sekunden fertig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first connection, made to obtain a session ticket, did not get one: %1</source>
        <translation>Die erste Verbindung, die ein Session-Ticket holen sollte, hat keines erhalten: %1</translation>
    </message>
    <message>
        <source>The server&apos;s session ticket does not allow early data.</source>
        <translation>Das Session-Ticket des Servers erlaubt keine Early Data.</translation>
    </message>
    <message>
        <source>Before the clock started, a first connection (straight to the server, not recorded) completed a full handshake and received a session ticket. This connection resumes that session: the server sends no certificate, and the keys grow from the secret the ticket stands for.</source>
        <translation>Bevor die Uhr startete, hat eine erste Verbindung (direkt zum Server, nicht aufgezeichnet) einen vollständigen Handshake durchlaufen und ein Session-Ticket erhalten. Diese Verbindung setzt jene Sitzung fort: Der Server sendet kein Zertifikat, und die Schlüssel werden aus dem Geheimnis abgeleitet, für das das Ticket steht.</translation>
    </message>
    <message>
        <source>Its request travels as 0-RTT early data, together with the ClientHello.</source>
        <translation>Die Anfrage dieser Verbindung reist als 0-RTT Early Data zusammen mit dem ClientHello.</translation>
    </message>
    <message>
        <source>The response arrived.</source>
        <translation>Die Antwort ist angekommen.</translation>
    </message>
    <message>
        <source>The server answered with status %1.</source>
        <translation>Der Server hat mit Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>Die Sitzung wurde gestoppt.</translation>
    </message>
</context>
<context>
    <name>protoviz::TradeoffCardsDialog</name>
    <message>
        <source>Trade-off cards</source>
        <translation>Abwägungskarten</translation>
    </message>
    <message>
        <source>No trade-off cards are installed.</source>
        <translation>Es sind keine Abwägungskarten installiert.</translation>
    </message>
    <message>
        <source>Pick it when</source>
        <translation>Wählen Sie es, wenn</translation>
    </message>
    <message>
        <source>Avoid it when</source>
        <translation>Meiden Sie es, wenn</translation>
    </message>
    <message>
        <source>Say it in an interview</source>
        <translation>So sagen Sie es im Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Runs &quot;%1&quot; in the main window</source>
        <translation>Führt „%1“ im Hauptfenster aus</translation>
    </message>
    <message>
        <source>Runs &quot;%1&quot; with %2 in the main window</source>
        <translation>Führt „%1“ mit %2 im Hauptfenster aus</translation>
    </message>
</context>
<context>
    <name>protoviz::ViewTheme</name>
    <message>
        <source>HEADERS</source>
        <translation>HEADERS</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>SETTINGS, preface</source>
        <translation>SETTINGS, Preface</translation>
    </message>
    <message>
        <source>PUSH_PROMISE</source>
        <translation>PUSH_PROMISE</translation>
    </message>
    <message>
        <source>WINDOW_UPDATE, PING</source>
        <translation>WINDOW_UPDATE, PING</translation>
    </message>
    <message>
        <source>RST_STREAM, GOAWAY, errors</source>
        <translation>RST_STREAM, GOAWAY, Fehler</translation>
    </message>
    <message>
        <source>request or response head</source>
        <translation>Anfrage- oder Antwortkopf</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>application data</source>
        <translation>Anwendungsdaten</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>TCP handshake, FIN</source>
        <translation>TCP-Handshake, FIN</translation>
    </message>
    <message>
        <source>segment in flight</source>
        <translation>Segment unterwegs</translation>
    </message>
    <message>
        <source>lost segment</source>
        <translation>verlorenes Segment</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>call headers, trailers</source>
        <translation>Aufruf-Header, Trailer</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>protoviz::WebServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
    <message numerus="yes">
        <source>The client sent %n byte(s) that begin the HTTP/2 preface, then nothing for %1 seconds; the connection is closed.</source>
        <translation>
            <numerusform>Der Client hat %n Byte gesendet, mit dem das HTTP/2-Preface beginnt, dann %1 Sekunden lang nichts; die Verbindung wird geschlossen.</numerusform>
            <numerusform>Der Client hat %n Bytes gesendet, mit denen das HTTP/2-Preface beginnt, dann %1 Sekunden lang nichts; die Verbindung wird geschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>protoviz::WebSocketClient</name>
    <message>
        <source>The WebSocket client cannot listen on loopback: %1</source>
        <translation>Der WebSocket-Client kann nicht auf Loopback lauschen: %1</translation>
    </message>
</context>
<context>
    <name>protoviz::WebSocketParticipant</name>
    <message>
        <source>Client %1&apos;s WebSocket closed unexpectedly (close code %2).</source>
        <translation>Der WebSocket von Client %1 wurde unerwartet geschlossen (Close-Code %2).</translation>
    </message>
</context>
</TS>
