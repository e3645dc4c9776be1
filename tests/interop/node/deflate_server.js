#!/usr/bin/env node
// A WebSocket server on Node's `ws` package that accepts permessage-deflate (RFC 7692), for ProtoViz's
// interop tests of its client's compression.
//
// Listens on 127.0.0.1 (a free port, printed as "listening PORT"). For each connection: prints
// "extensions VALUE", the Sec-WebSocket-Extensions field of its 101 response ("extensions none" without
// one), echoes every message as it came (text as text, binary as binary), and prints "closed CODE" when
// the connection ends. Exits after --connections connections or --timeout seconds (then with 1).
//
// Compression unless --no-deflate, on every message (`ws` leaves messages under 1 KiB uncompressed by
// default; the threshold is 0 here). --no-context-takeover makes the server answer with
// server_no_context_takeover and client_no_context_takeover even when the client did not ask;
// --server-max-window-bits N answers with a window of N bits for the server's messages.
//
// usage: node deflate_server.js [--no-deflate] [--no-context-takeover] [--server-max-window-bits N]
//                               [--connections N] [--timeout SECONDS]
'use strict';

const WebSocket = require(require.resolve('ws', {paths: [__dirname]}));

const args = process.argv.slice(2);
let deflate = true;
let connections = 1;
let timeout = 30;
const setting = {threshold: 0};
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--no-deflate') {
    deflate = false;
  } else if (args[i] === '--no-context-takeover') {
    setting.serverNoContextTakeover = true;
    setting.clientNoContextTakeover = true;
  } else if (args[i] === '--server-max-window-bits') {
    setting.serverMaxWindowBits = Number(args[++i]);
  } else if (args[i] === '--connections') {
    connections = Number(args[++i]);
  } else if (args[i] === '--timeout') {
    timeout = Number(args[++i]);
  } else {
    console.log(`error unknown argument ${args[i]}`);
    process.exit(2);
  }
}

const timer = setTimeout(() => {
  console.log('timeout');
  process.exit(1);
}, timeout * 1000);

const server =
    new WebSocket.Server({host: '127.0.0.1', port: 0, perMessageDeflate: deflate ? setting : false});

server.on('listening', () => console.log(`listening ${server.address().port}`));
server.on('headers', (headers) => {
  const extensions = headers.find((line) => line.toLowerCase().startsWith('sec-websocket-extensions:'));
  console.log(`extensions ${extensions ? extensions.slice(extensions.indexOf(':') + 1).trim() : 'none'}`);
});
server.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => socket.send(data, {binary: isBinary}));
  socket.on('close', (code) => {
    console.log(`closed ${code}`);
    if (--connections <= 0) {
      clearTimeout(timer);
      server.close(() => process.exit(0));
    }
  });
  socket.on('error', (error) => console.log(`error ${error.message}`));
});
