// A gRPC peer for ProtoViz's interop tests: the lesson service served by Node's @grpc/grpc-js over h2c,
// for ProtoViz's own gRPC client (`protoviz-cli grpc`) to call. Prints "listening on 127.0.0.1:PORT"
// once it accepts calls, then one "server: ..." line for how each call ended on its side, so that a test
// can check the status both ends saw. Stops on SIGTERM.
//
// Usage: node lesson_server.js --proto resources/proto/lesson.proto
'use strict';

const { grpc, loadLesson, options } = require('./lesson_peer');

function item(id, thumbnailSize) {
  return {
    id,
    name: `Item ${id}`,
    kind: ['KIND_TILE', 'KIND_PHOTO', 'KIND_NOTE'][id % 3],
    price: 1.5 + 0.25 * (id % 40),
    tags: ['lesson', `group-${id % 4}`],
    size: { width: 64 + 16 * (id % 5), height: 48 },
    thumbnail: Buffer.alloc(thumbnailSize, id % 256),
  };
}

// Reports how a call ended when the peer gave up on it: its deadline passed, or it was cancelled. grpc-js
// also signals 'cancelled' when the connection closes after a call has been answered; done() says it was.
function watchCancellation(call, method) {
  let answered = false;
  call.on('cancelled', () => {
    if (answered)
      return;
    // A client cancels the moment its deadline passes, which is when this side's is due too (the
    // request took a few milliseconds to arrive): a cancel that close to the deadline is the deadline.
    const deadline = call.getDeadline(); // a Date or milliseconds since the epoch (Infinity: none)
    const deadlineMs = deadline instanceof Date ? deadline.getTime() : Number(deadline);
    const expired = Date.now() >= deadlineMs - 25;
    console.log(`server: ${method} ${expired ? 'DEADLINE_EXCEEDED' : 'CANCELLED'}`);
  });
  return () => {
    answered = true;
    console.log(`server: ${method} OK`);
  };
}

const handlers = {
  GetItem(call, callback) {
    const done = watchCancellation(call, 'GetItem');
    const answer = () => {
      if (call.cancelled)
        return;
      done();
      callback(null, item(call.request.id, call.request.thumbnail_size));
    };
    if (call.request.delay_ms > 0)
      setTimeout(answer, call.request.delay_ms);
    else
      answer();
  },
  ListItems(call) {
    const done = watchCancellation(call, 'ListItems');
    const { first_id: first, count, thumbnail_size: size, interval_ms: interval } = call.request;
    let next = first;
    const send = () => {
      if (call.cancelled)
        return;
      for (; next < first + count; ++next) {
        call.write(item(next, size));
        if (interval > 0) {
          ++next;
          setTimeout(send, interval);
          return;
        }
      }
      done();
      call.end();
    };
    send();
  },
  UploadItems(call, callback) {
    const done = watchCancellation(call, 'UploadItems');
    const summary = { count: 0, total_bytes: 0, ids: [] };
    call.on('data', (uploaded) => {
      summary.count += 1;
      summary.total_bytes += uploaded.thumbnail.length;
      summary.ids.push(uploaded.id);
    });
    call.on('end', () => {
      done();
      callback(null, summary);
    });
  },
  Exchange(call) {
    const done = watchCancellation(call, 'Exchange');
    call.on('data', (received) => call.write({ id: received.id, received_bytes: received.thumbnail.length }));
    call.on('end', () => {
      done();
      call.end();
    });
  },
};

const args = options(process.argv.slice(2));
const lesson = loadLesson(args.proto);
const server = new grpc.Server();
server.addService(lesson.Lesson.service, handlers);
server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, port) => {
  if (error) {
    console.log(`cannot listen: ${error.message}`);
    process.exit(1);
  }
  console.log(`listening on 127.0.0.1:${port}`);
});
process.on('SIGTERM', () => server.tryShutdown(() => process.exit(0)));
