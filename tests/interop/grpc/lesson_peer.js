// Shared by the Node gRPC peers of ProtoViz's interop tests: loads @grpc/grpc-js and @grpc/proto-loader
// from tests/interop/node (where `npm ci` installs them) and the lesson service's definition from
// resources/proto/lesson.proto.
'use strict';

const path = require('path');
const { createRequire } = require('module');

const requireFromPeers = createRequire(path.join(__dirname, '..', 'node', 'package.json'));
const grpc = requireFromPeers('@grpc/grpc-js');
const protoLoader = requireFromPeers('@grpc/proto-loader');

function loadLesson(protoPath) {
  // keepCase: fields keep their .proto names (thumbnail_size), as the other peers spell them.
  const definition = protoLoader.loadSync(protoPath, { keepCase: true, longs: Number, defaults: true });
  return grpc.loadPackageDefinition(definition).protoviz.lesson.v1;
}

// --name value pairs from the command line.
function options(argv) {
  const result = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length)
      throw new Error(`expected --name value pairs, got ${argv.slice(i).join(' ')}`);
    result[argv[i].slice(2)] = argv[i + 1];
  }
  return result;
}

module.exports = { grpc, loadLesson, options };
