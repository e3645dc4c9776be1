#pragma once

namespace protoviz {

/// Frees the TLS library's state for the calling thread (OpenSSL keeps random-number and error state
/// per thread). A thread that used TLS calls this as its last act: OpenSSL would otherwise free it in a
/// thread-exit handler that can run after the thread was joined, racing a process that exits at once
/// (and showing up as a leak under AddressSanitizer).
void releaseTlsThreadState();

} // namespace protoviz
