// Text for ProtoViz's compression tests: words from a small vocabulary in an order set by a fixed
// pseudo-random sequence, so that deflate has something real to do (repeats at every distance, not one
// letter over and over) and every run sends the same bytes.
'use strict';

const words = ['frame', 'window', 'deflate', 'message', 'context', 'takeover', 'server', 'client',
               'payload', 'header', 'inflate', 'stream', 'bits', 'extension', 'socket', 'chat'];

// N bytes of text (ASCII, so bytes and characters are the same); seed makes each message different.
function generatedText(size, seed) {
  let state = (seed * 2654435761 + 12345) >>> 0;
  let text = '';
  while (text.length < size) {
    // xorshift32: small, fast and the same everywhere.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    text += words[state % words.length] + (state % 7 === 0 ? '. ' : ' ');
  }
  return text.slice(0, size);
}

module.exports = {generatedText};
