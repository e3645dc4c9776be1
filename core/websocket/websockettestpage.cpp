#include "core/websocket/websockettestpage.h"

namespace protoviz {

QByteArray WebSocketTestPage::html()
{
    return QByteArrayLiteral(R"html(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>ProtoViz WebSocket test</title></head>
<body>
<h1>WebSocket against ProtoViz</h1>
<p id="result">running</p>
<pre id="log"></pre>
<script>
'use strict';
const result = document.getElementById('result');
const log = document.getElementById('log');
const sent = ['hello from the browser', 'h\u00e9llo w\u00f6rld \u20ac \ud83d\ude00', 'x'.repeat(300)];
const binary = [0, 1, 2, 255];
const received = [];
const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/chat';
const socket = new WebSocket(url);
socket.binaryType = 'arraybuffer';
const timer = setTimeout(() => { result.textContent = 'FAIL timeout, received ' + received.length; socket.close(); }, 15000);
socket.onopen = () => {
  log.textContent += 'open ' + url + '\n';
  for (const message of sent)
    socket.send(message);
  socket.send(new Uint8Array(binary));
};
socket.onmessage = (event) => {
  const text = typeof event.data === 'string' ? event.data
                                              : 'binary:' + Array.from(new Uint8Array(event.data)).join(',');
  received.push(text);
  log.textContent += 'received ' + text.length + ' characters\n';
  if (received.length === sent.length + 1)
    socket.close(1000, 'done');
};
socket.onerror = () => { log.textContent += 'error\n'; };
socket.onclose = (event) => {
  clearTimeout(timer);
  const ok = received.length === sent.length + 1 && sent.every((message, i) => received[i] === message) &&
             received[sent.length] === 'binary:' + binary.join(',');
  result.textContent = (ok ? 'PASS' : 'FAIL') + ' close ' + event.code + ' received ' + received.length;
};
</script>
</body></html>
)html");
}

} // namespace protoviz
