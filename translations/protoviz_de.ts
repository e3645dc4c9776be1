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

`protoviz-cli &lt;command&gt; --help` describes a command&apos;s options.
</source>
        <translation>Aufruf: protoviz-cli &lt;Befehl&gt; [Optionen]

Befehle:
  run        Ein Szenario live ausführen, A im Vergleich zu B, und die Messwerte ausgeben
  serve      Die Seite von ProtoViz an echte Clients ausliefern (curl, nghttp, Browser)
  fetch      Eine Seite von einem beliebigen HTTP-Server über die emulierte Leitung laden
  grpc       Eine gRPC-Methode auf einem beliebigen Server mit dem gRPC-Client von ProtoViz aufrufen
  scenarios  Die Szenarien auflisten

`protoviz-cli &lt;Befehl&gt; --help` beschreibt die Optionen eines Befehls.
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
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
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
