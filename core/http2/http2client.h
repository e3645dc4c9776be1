#pragma once

#include "core/http/httpclient.h"
#include "core/http2/http2settings.h"
#include "core/timeline/eventrecorder.h"

#include <QHash>
#include <QPointer>

namespace protoviz {

class ByteStream;
class Http2Session;

/// The client side of HTTP/2 as a browser uses it: one connection per origin, every request a stream
/// on it, multiplexed. Accepts server push when the settings allow it. Lives on the session thread.
class Http2Client final : public HttpClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http2Client)

public:
    /// authority: the ":authority" to send ("127.0.0.1:8443"). recorder: Origin::Client; the connection id
    /// is filled in once the connection is open.
    Http2Client(StreamOpener opener, const Http2Settings& settings, const QByteArray& authority,
                EventRecorder recorder, QObject* parent = nullptr);
    ~Http2Client() override;

    void get(const QByteArray& path, quint32 tag) override;
    void finish() override;
    int connectionCount() const override { return m_stream ? 1 : 0; }

private:
    struct Exchange
    {
        quint32 tag = 0;
        QByteArray path;
        HttpResponse response;
        bool pushed = false;
        bool started = false;
        bool ended = false;
    };

    void open();
    void onOpened();
    void submit(const QByteArray& path, quint32 tag);
    void onHeaders(qint32 stream, const HeaderList& headers, bool endStream);
    void complete(qint32 stream);
    void failAll(const QString& reason);
    void shutdownIfIdle();

    const StreamOpener m_opener;
    const Http2Settings m_settings;
    const QByteArray m_authority;
    EventRecorder m_recorder;
    QPointer<ByteStream> m_stream;
    Http2Session* m_session = nullptr;
    QList<std::pair<QByteArray, quint32>> m_waiting; // requests made before the connection was open
    QHash<qint32, Exchange> m_exchanges;
    bool m_finishRequested = false;
    bool m_shutdownSent = false;
    bool m_failed = false;
};

} // namespace protoviz
