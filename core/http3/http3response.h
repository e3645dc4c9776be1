#pragma once

#include "core/http/httpmessage.h"

#include <QByteArray>

namespace protoviz {

/// A response an HTTP/3 client received, whole.
struct Http3Response
{
    qint64 streamId = -1; ///< the QUIC stream of the request
    QByteArray path;      ///< the request's :path
    int status = 0;       ///< :status (0 if the server sent none)
    HeaderList headers;   ///< regular fields, QPACK-decoded, in order
    QByteArray body;
    bool sentEarly = false; ///< the request went out in 0-RTT packets and the server accepted it there
};

} // namespace protoviz
