// A gRPC peer for ProtoViz's interop tests: Node's @grpc/grpc-js calling the lesson service on a
// ProtoViz server with each of the four call types, a deadline that passes and a method that does not
// exist. Prints one line per check, "PASS name" or "FAIL name: why", and exits with 0 only when every
// check passed.
//
// Usage: node lesson_client.js --target 127.0.0.1:PORT --proto resources/proto/lesson.proto [--ca ca.pem]
'use strict';

const fs = require('fs');
const assert = require('assert');
const { grpc, loadLesson, options } = require('./lesson_peer');

const SERVICE = '/protoviz.lesson.v1.Lesson/';

function credentialsFor(args) {
  if (!args.ca)
    return [grpc.credentials.createInsecure(), {}];
  // The server's certificate names localhost; the target is the address it listens on.
  return [grpc.credentials.createSsl(fs.readFileSync(args.ca)), { 'grpc.ssl_target_name_override': 'localhost' }];
}

function deadlineIn(ms) {
  return new Date(Date.now() + ms);
}

async function main() {
  const args = options(process.argv.slice(2));
  const lesson = loadLesson(args.proto);
  const [credentials, channelOptions] = credentialsFor(args);
  const client = new lesson.Lesson(args.target, credentials, channelOptions);
  const generic = new grpc.Client(args.target, credentials, channelOptions);

  const checks = {
    unary: () => new Promise((resolve, reject) => {
      client.GetItem({ id: 7, thumbnail_size: 300 }, { deadline: deadlineIn(10000) }, (error, item) => {
        if (error)
          return reject(error);
        assert.strictEqual(item.id, 7);
        assert.strictEqual(item.name, 'Item 7');
        assert.strictEqual(item.thumbnail.length, 300);
        assert.strictEqual(item.size.width, 96);
        resolve();
      });
    }),
    'server-streaming': () => new Promise((resolve, reject) => {
      const ids = [];
      const call = client.ListItems({ first_id: 10, count: 5, thumbnail_size: 64 }, { deadline: deadlineIn(10000) });
      call.on('data', (item) => ids.push(item.id));
      call.on('error', reject);
      call.on('end', () => {
        try {
          assert.deepStrictEqual(ids, [10, 11, 12, 13, 14]);
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    }),
    'client-streaming': () => new Promise((resolve, reject) => {
      const call = client.UploadItems({ deadline: deadlineIn(10000) }, (error, summary) => {
        if (error)
          return reject(error);
        assert.strictEqual(summary.count, 4);
        assert.deepStrictEqual(summary.ids, [0, 1, 2, 3]);
        resolve();
      });
      for (let id = 0; id < 4; ++id)
        call.write({ id, name: `upload ${id}`, thumbnail: Buffer.alloc(100) });
      call.end();
    }),
    bidirectional: () => new Promise((resolve, reject) => {
      // Ping-pong: each item goes out once the one before was acknowledged.
      const acks = [];
      const call = client.Exchange({ deadline: deadlineIn(10000) });
      call.on('data', (ack) => {
        acks.push(ack.id);
        if (acks.length < 3)
          call.write({ id: acks.length, thumbnail: Buffer.alloc(10) });
        else
          call.end();
      });
      call.on('error', reject);
      call.on('end', () => {
        try {
          assert.deepStrictEqual(acks, [0, 1, 2]);
          resolve();
        } catch (error) {
          reject(error);
        }
      });
      call.write({ id: 0, thumbnail: Buffer.alloc(10) });
    }),
    deadline: () => new Promise((resolve, reject) => {
      client.GetItem({ id: 1, delay_ms: 3000 }, { deadline: deadlineIn(300) }, (error) => {
        if (!error)
          return reject(new Error('the call outlived its deadline'));
        try {
          assert.strictEqual(error.code, grpc.status.DEADLINE_EXCEEDED);
          resolve();
        } catch (failure) {
          reject(failure);
        }
      });
    }),
    'unknown-method': async () => {
      for (const path of [SERVICE + 'Teleport', '/protoviz.lesson.v1.Elsewhere/GetItem']) {
        await new Promise((resolve, reject) => {
          generic.makeUnaryRequest(path, () => Buffer.alloc(0), (bytes) => bytes, {}, { deadline: deadlineIn(10000) },
            (error) => {
              if (!error)
                return reject(new Error(`${path} answered`));
              try {
                assert.strictEqual(error.code, grpc.status.UNIMPLEMENTED, `${path}: ${error.code}`);
                resolve();
              } catch (failure) {
                reject(failure);
              }
            });
        });
      }
    },
  };

  let failed = 0;
  for (const [name, check] of Object.entries(checks)) {
    try {
      await check();
      console.log(`PASS ${name}`);
    } catch (error) {
      ++failed;
      console.log(`FAIL ${name}: ${error.message}`);
    }
  }
  client.close();
  generic.close();
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.log(`FAIL setup: ${error.stack}`);
  process.exit(1);
});
