#pragma once

#include <QtGlobal>

namespace protoviz {

/// The HTTP/2 settings an endpoint advertises (RFC 9113 section 6.5.2) and the receive windows it
/// grants. The RFC defaults make a single connection crawl at high RTT, which is why browsers
/// grant far larger windows; browserLike() gives those.
struct Http2Settings
{
    quint32 headerTableSize = 4096;
    bool enablePush = false; ///< client: whether it accepts server push
    quint32 maxConcurrentStreams = 100;
    quint32 initialWindowSize = 65535;    ///< each stream's receive window
    quint32 connectionWindowSize = 65535; ///< the connection's receive window
    quint32 maxFrameSize = 16384;
    quint32 maxHeaderListSize = 65536;

    /// Receive windows as a current desktop browser grants them (6 MiB per stream, 15 MiB connection).
    static Http2Settings browserLike()
    {
        Http2Settings settings;
        settings.initialWindowSize = 6 * 1024 * 1024;
        settings.connectionWindowSize = 15 * 1024 * 1024;
        return settings;
    }
};

} // namespace protoviz
