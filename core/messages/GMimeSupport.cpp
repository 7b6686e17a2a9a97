#include "messages/GMimeSupport.h"

#include <mutex>

namespace comptoir::messages::gmime {

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QByteArray bytesOf(GMimeStream* stream)
{
    QByteArray bytes;
    g_mime_stream_reset(stream);
    char buffer[16384];
    for (;;) {
        const ssize_t n = g_mime_stream_read(stream, buffer, sizeof buffer);
        if (n <= 0)
            break;
        bytes.append(buffer, n);
    }
    return bytes;
}

} // namespace comptoir::messages::gmime
