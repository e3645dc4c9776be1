#!/usr/bin/env node
// A WebSocket client on Node's `ws` package that offers permessage-deflate (RFC 7692), for ProtoViz's
// interop tests of compression.
//
// Connects to URL and prints "extensions VALUE", the Sec-WebSocket-Extensions field of the server's 101
// response ("extensions none" without one), and "agreed VALUE", what `ws` accepted of it ("agreed none"
// when no extension is in use). Then sends each MESSAGE as a text message and expects it back intact (the
// /chat room of `protoviz-cli serve` echoes to every member, the sender included), printing one line per
// message; closes with 1000 and prints the close code it saw. Exits 0 only if every message came back.
//
// A MESSAGE "size:N" stands for N bytes of generated text (words from a small vocabulary, picked by a
// fixed pseudo-random sequence): compressible as real text is, and never the same message twice, so a
// message that arrives in the wrong order or half inflated shows. "again" repeats the message before it,
// which context takeover lets both compressors send in a few bytes. "fragments:N:SIZE" sends SIZE bytes of
// generated text as one message in N frames (compressed as one message: RSV1 on the first frame only).
//
// The offer: compression unless --no-deflate; --no-context-takeover asks for server_no_context_takeover
// and says client_no_context_takeover; --server-max-window-bits N and --client-max-window-bits N ask
// for smaller windows. `ws` compresses every message (its threshold is set to 0 here; by default it
// leaves messages under 1 KiB uncompressed).
//
// usage: node deflate_client.js URL [--no-deflate] [--no-context-takeover] [--server-max-window-bits N]
//                               [--client-max-window-bits N] [--timeout SECONDS] MESSAGE...
'use strict';

const path = require('path');
const WebSocket = require(require.resolve('ws', {paths: [__dirname]}));
const {generatedText} = require(path.join(__dirname, 'generated_text.js'));

const args = process.argv.slice(2);
let url = null;
let deflate = true;
let timeout = 10;
const offer = {threshold: 0};
const messages = [];
const fragmentsOf = []; // frames each message is sent in
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--no-deflate') {
    deflate = false;
  } else if (args[i] === '--no-context-takeover') {
    offer.serverNoContextTakeover = true;
    offer.clientNoContextTakeover = true;
  } else if (args[i] === '--server-max-window-bits') {
    offer.serverMaxWindowBits = Number(args[++i]);
  } else if (args[i] === '--client-max-window-bits') {
    offer.clientMaxWindowBits = Number(args[++i]);
  } else if (args[i] === '--timeout') {
    timeout = Number(args[++i]);
  } else if (url === null) {
    url = args[i];
  } else if (args[i] === 'again' && messages.length > 0) {
    messages.push(messages[messages.length - 1]);
    fragmentsOf.push(1);
  } else if (args[i].startsWith('size:')) {
    messages.push(generatedText(Number(args[i].slice(5)), messages.length));
    fragmentsOf.push(1);
  } else if (args[i].startsWith('fragments:')) {
    const [, count, size] = args[i].split(':');
    messages.push(generatedText(Number(size), messages.length));
    fragmentsOf.push(Number(count));
  } else {
    messages.push(args[i]);
    fragmentsOf.push(1);
  }
}

const timer = setTimeout(() => {
  console.log('error timeout');
  process.exit(1);
}, timeout * 1000);

const socket = new WebSocket(url, {perMessageDeflate: deflate ? offer : false});
let next = 0;
let ok = true;

function sendNext() {
  if (next >= messages.length) {
    socket.close(1000, 'done');
    return;
  }
  // Generated text is ASCII: cutting it anywhere keeps every fragment valid UTF-8.
  const text = messages[next];
  const count = fragmentsOf[next];
  const step = Math.ceil(text.length / count);
  for (let i = 0; i < count; ++i)
    socket.send(text.slice(i * step, (i + 1) * step), {fin: i === count - 1});
}

socket.on('upgrade', (response) => {
  console.log(`extensions ${response.headers['sec-websocket-extensions'] || 'none'}`);
});
socket.on('open', () => {
  console.log(`agreed ${socket.extensions || 'none'}`);
  sendNext();
});
socket.on('message', (data, isBinary) => {
  const same = !isBinary && data.toString('utf8') === messages[next];
  ok = ok && same;
  console.log(`${same ? 'echo' : 'MISMATCH'} ${messages[next].length}`);
  ++next;
  sendNext();
});
socket.on('close', (code) => {
  clearTimeout(timer);
  console.log(`closed ${code}`);
  process.exit(ok && code === 1000 && next === messages.length ? 0 : 1);
});
socket.on('error', (error) => {
  console.log(`error ${error.message}`);
});
