#pragma once

#include "core/http/httpmessage.h"
#include "core/http1/http1messagehead.h"
#include "core/http1/http1parseerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace protoviz {

class Http1ParserHandler;

/// An incremental, I/O-free HTTP/1.x parser for one direction of a connection: requests (what a
/// server reads) or responses (what a client reads). Feed it whatever the transport delivered — a byte
/// at a time or many pipelined messages at once — and it reports message starts, heads, body pieces,
/// completions and errors to its handler as soon as the bytes allow.
///
/// It never reads outside the views it is given and never throws; malformed input or an exceeded limit
/// ends in one onError() after which it consumes nothing more. Not thread-safe; a plain value owned by
/// its connection. The handler is not owned and must outlive the parser.
///
/// Leading empty lines before a request line are skipped (RFC 9112 section 2.2) and belong to no
/// message: they appear in no head and no body.
class Http1Parser
{
    Q_DISABLE_COPY_MOVE(Http1Parser)

public:
    enum class Mode : quint8 { Request, Response };

    /// Bounds on what the parser buffers or accepts. Exceeding one is an error with its own status.
    struct Limits
    {
        int maxStartLine = 8 * 1024;           ///< request or status line, without CR LF (414)
        int maxHeadSize = 64 * 1024;           ///< start line, fields and empty line; also trailers (431)
        int maxFields = 100;                   ///< header fields of one message; also trailers (431)
        qint64 maxBodySize = 64 * 1024 * 1024; ///< body payload of one message (413)
        int maxChunkLine = 4 * 1024;           ///< a chunk size line with its extensions
    };

    Http1Parser(Mode mode, Http1ParserHandler* handler, const Limits& limits);
    Http1Parser(Mode mode, Http1ParserHandler* handler);

    /// Parses data. Returns how many bytes were consumed: all of them, unless stop() was called, the
    /// connection switched protocols (see isUpgraded()) or an error occurred.
    qsizetype feed(QByteArrayView data);

    /// The connection ended (EOF). Completes a response delimited by the close; inside any other
    /// message it reports Http1ErrorCode::TruncatedMessage. The parser consumes nothing afterwards.
    void finish();

    /// Response mode: the next unanswered request used this method, so its response has no body when
    /// it is HEAD, and a 2xx answer to CONNECT ends HTTP on the connection. Call once per request sent,
    /// in order. Without a queued method the parser assumes GET.
    void expectResponseTo(QByteArrayView method);

    /// Stops parsing: no callback follows, and feed() returns the bytes consumed so far and nothing
    /// afterwards. A handler calls it when the connection changes hands (an upgrade) or is closing.
    void stop();

    /// Undoes stop(), unless the parser finished, failed or saw a protocol switch: parsing continues
    /// with the next feed() (for instance with the bytes the last feed() left unconsumed).
    void resume();

    Mode mode() const { return m_mode; }
    const Limits& limits() const { return m_limits; }

    /// True after stop(), finish(), an error, or a protocol switch.
    bool isStopped() const { return m_stopRequested || m_state == State::Failed; }
    /// A 101 response, or a 2xx response to CONNECT, was parsed: the bytes after it are not HTTP.
    bool isUpgraded() const { return m_upgraded; }
    bool hasError() const { return m_state == State::Failed; }
    const Http1ParseError& error() const { return m_error; }

    /// No message is partly received.
    bool isBetweenMessages() const { return m_state == State::Idle && !m_sawCr; }

    /// Bytes consumed since construction.
    qint64 consumed() const { return m_consumed; }

private:
    enum class State : quint8 {
        Idle,
        Head,
        BodyLength,
        BodyUntilClose,
        ChunkLine,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Failed,
    };

    qsizetype onIdle(qsizetype i);
    qsizetype scanHead(qsizetype i);
    qsizetype readBodyLength(qsizetype i);
    qsizetype readUntilClose(qsizetype i);
    qsizetype readChunkLine(qsizetype i);
    qsizetype readChunkData(qsizetype i);
    qsizetype readChunkDataEnd(qsizetype i);
    qsizetype readTrailers(qsizetype i);

    void headComplete(qsizetype end);
    Http1ErrorCode parseHead(Http1MessageHead& head, qint64& badVersion) const;
    Http1ErrorCode determineFraming(Http1MessageHead& head, bool& upgrade);
    Http1ErrorCode parseChunkLine(qint64& size) const;
    void beginPiece(qsizetype i, bool chunked);
    void flushPiece(qsizetype end);
    void completeMessage(qsizetype end);
    void fail(Http1ErrorCode code, qsizetype at, qint64 argument = 0);

    const Mode m_mode;
    Http1ParserHandler* const m_handler;
    const Limits m_limits;

    State m_state = State::Idle;
    Http1ParseError m_error;
    QList<QByteArray> m_expectedMethods;
    bool m_upgraded = false;
    bool m_stopRequested = false;
    bool m_finished = false;
    qint64 m_consumed = 0;

    // The feed in progress: the view is valid only inside feed().
    QByteArrayView m_input;

    // Head being received.
    QByteArray m_head;
    qsizetype m_lineStart = 0;
    int m_lineCount = 0;
    int m_fieldCount = 0;
    bool m_sawCr = false;
    qsizetype m_skipped = 0;
    bool m_upgradeAfterMessage = false;

    // Body being received.
    qint64 m_remaining = 0;
    qint64 m_payloadBytes = 0;
    QByteArray m_line;
    qsizetype m_trailerBytes = 0;
    int m_trailerCount = 0;
    HeaderList m_trailers;
    qsizetype m_pieceStart = -1;
    bool m_pieceChunked = false;
    QByteArray m_piecePayload;
};

} // namespace protoviz
