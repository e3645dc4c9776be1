#include "core/tls/tlsthreadstate.h"

#include <openssl/crypto.h>

namespace protoviz {

void releaseTlsThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace protoviz
