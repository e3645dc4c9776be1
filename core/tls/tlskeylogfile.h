#pragma once

#include "core/tls/tlscontext.h"

#include <QString>

namespace protoviz {

/// Key log sinks that write to a file in the NSS key log format, the file SSLKEYLOGFILE names and
/// Wireshark reads to decrypt a capture.
class TlsKeyLogFile
{
public:
    /// A sink that appends each line (plus a line break) to path and flushes it at once, so a capture
    /// tool sees the secrets while the session runs. The file is created with mode 0600 (owner only) when
    /// it does not exist. Returns an empty sink and sets error (if given) when the file cannot be opened.
    /// The sink owns the open file; call it on one thread at a time.
    static TlsKeyLogSink appender(const QString& path, QString* error);
};

} // namespace protoviz
