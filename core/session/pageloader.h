#pragma once

#include "core/timeline/event.h"
#include "core/timeline/eventrecorder.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace protoviz {

class HttpClient;
struct HttpResponse;

/// Loads a page as a browser does: fetches the HTML document, reads the objects it references, then
/// fetches those through the same HttpClient (skipping what the server promised to push). Records
/// SessionKind::ObjectRequested/ObjectCompleted for the document (flags = 1) and each object (stream =
/// its position on the page), which is what the tiles view fills in from.
/// Lives on the session thread; does not own the client.
class PageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageLoader)

public:
    /// Flags of object events: the HTML document itself.
    static constexpr quint8 DocumentFlag = 0x1;
    /// Flags of ObjectCompleted: the object arrived by server push.
    static constexpr quint8 PushedFlag = 0x2;

    PageLoader(HttpClient* client, EventRecorder recorder, QObject* parent = nullptr);

    /// Starts loading the page at path.
    void start(const QByteArray& path = QByteArrayLiteral("/"));

    int objectCount() const { return int(m_positions.size()); }
    int completedCount() const { return m_completed; }

signals:
    /// The page and all its objects arrived (outcome Completed), or something failed (Failed, with the
    /// first reason).
    void finished(protoviz::SessionOutcome outcome, const QString& reason);
    /// The page's own response arrived, whatever its status; body is its content (for a caller that keeps
    /// what it loaded, as `fetch --output` does).
    void documentReceived(const QByteArray& body);

private:
    void onResponse(quint32 tag, const HttpResponse& response);
    void onPushed(const QByteArray& path, const HttpResponse& response);
    void onFailed(quint32 tag, const QString& reason);
    void requestObjects(const QByteArray& page);
    void completeObject(int position, qsizetype bodySize, bool pushed);
    void finishIfDone();

    HttpClient* const m_client;
    const EventRecorder m_recorder;
    QHash<QByteArray, int> m_positions;         // object path -> position on the page
    QSet<QByteArray> m_promised;                // paths the server will push
    QHash<QByteArray, qsizetype> m_pushedEarly; // pushed before the page was read: path -> body size
    QSet<int> m_done;
    int m_completed = 0;
    int m_outstanding = 0;
    bool m_pageDone = false;
    bool m_finished = false;
    QString m_failure;
};

} // namespace protoviz
