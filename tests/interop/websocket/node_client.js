#!/usr/bin/env node
// A WebSocket client on Node's `ws` package for ProtoViz's interop tests.
//
// Connects to URL, sends each MESSAGE (text; "bin:" followed by hex sends those bytes as a binary
// message), expects each back (the /chat room of `protoviz-cli serve` echoes to every member, the sender
// included), closes with 1000 and prints one line per message and the close code it saw. Exits 0 only if
// every message came back intact.
//
// usage: node node_client.js URL [--cafile PEM] [--timeout SECONDS] MESSAGE...
'use strict';

const fs = require('fs');
const path = require('path');
const WebSocket = require(require.resolve('ws', {paths: [path.join(__dirname, '..', 'node')]}));

const args = process.argv.slice(2);
let url = null;
let cafile = null;
let timeout = 10;
const messages = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--cafile')
    cafile = args[++i];
  else if (args[i] === '--timeout')
    timeout = Number(args[++i]);
  else if (url === null)
    url = args[i];
  else
    messages.push(args[i].startsWith('bin:') ? Buffer.from(args[i].slice(4), 'hex') : args[i]);
}

const timer = setTimeout(() => {
  console.log('error timeout');
  process.exit(1);
}, timeout * 1000);

// No compression: ProtoViz negotiates no extension, and the test wants plain frames on the wire.
const socket = new WebSocket(url, {perMessageDeflate: false, ca: cafile ? fs.readFileSync(cafile) : undefined});
let next = 0;
let ok = true;

function sendNext() {
  if (next < messages.length)
    socket.send(messages[next]);
  else
    socket.close(1000, 'done');
}

socket.on('open', sendNext);
socket.on('message', (data, isBinary) => {
  const expected = messages[next];
  const same = Buffer.isBuffer(expected) ? isBinary && Buffer.compare(data, expected) === 0
                                         : !isBinary && data.toString('utf8') === expected;
  ok = ok && same;
  console.log(`${same ? 'echo' : 'MISMATCH'} ${Buffer.isBuffer(expected) ? 'bytes' : 'str'} ${expected.length}`);
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
