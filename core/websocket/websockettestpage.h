#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace protoviz {

/// A page that tests WebSocket from a browser against ProtoViz's server: served at path(), it opens a
/// WebSocket to /chat on the same host (ws:// or wss:// as the page came), sends three text messages
/// (ASCII, non-ASCII UTF-8, and one of 300 characters, which needs the 16-bit length) and a binary
/// message, expects each back from the chat room, closes with 1000, and writes the verdict into the
/// element with id "result": "PASS ..." or "FAIL ...". Stateless.
class WebSocketTestPage
{
public:
    static constexpr QByteArrayView path() { return "/websocket-test"; }
    static QByteArray html();
};

} // namespace protoviz
