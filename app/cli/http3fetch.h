#pragma once

#include "core/link/linkconditions.h"
#include "core/tls/tlscontext.h"

#include <QCoreApplication>
#include <QUrl>

namespace protoviz {
class Timeline;
}

namespace protoviz::cli {

/// `fetch --http3`: loads a page and the objects it references (or the one resource at the address, when
/// it is no HTML page) from any HTTP/3 server, on one QUIC connection (Http3Client) through a
/// DatagramRelay with the user's link conditions, as a browser that knows the server speaks HTTP/3 would.
/// Records the client's QUIC packets and HTTP/3 frames (Origin::Client) and the link's datagrams
/// (Origin::Link) on the timeline, both as connection 1. Use on the thread of the timeline.
class Http3Fetch final
{
    Q_DECLARE_TR_FUNCTIONS(Http3Fetch)

public:
    struct Setup
    {
        QUrl target;             ///< https://host:port/path
        QByteArray trustedCaPem; ///< authorities to trust (PEM); empty: the system's
        LinkConditions link;
        int timeoutSeconds = 120;
        Timeline* timeline = nullptr; ///< where events go (nullptr: nowhere)
        TlsKeyLogSink keyLog;         ///< where TLS secrets go (empty: nowhere)
    };

    /// What a fetch did.
    struct Result
    {
        bool completed = false;  ///< every response arrived
        QString error;           ///< why not
        int status = 0;          ///< the first response's :status (0 if none arrived)
        QByteArray body;         ///< the first response's body
        int responses = 0;       ///< responses received
        int failedResponses = 0; ///< of which with a status of 400 or more
        qint64 bodyBytes = 0;
        qint64 handshakeNs = -1; ///< from the start to the completed handshake (-1: never)
        qint64 elapsedNs = 0;    ///< from the start to the last response (or the failure)
    };

    /// Runs the fetch to its end in an event loop of its own.
    static Result run(const Setup& setup);
};

} // namespace protoviz::cli
