#pragma once

// Private to comptoir_messages: GMime set up once, and its objects owned by unique_ptr.

#include "messages/Mail.h"

#include <gmime/gmime.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace comptoir::messages::gmime {

// GMime initialised once for the process (thread-safe).
void ensureInitialised();

struct ObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using Ptr = std::unique_ptr<T, ObjectUnref>;

inline QString text(const char* utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

// What a stream holds.
QByteArray bytesOf(GMimeStream* stream);

// The mailboxes of an address list, groups flattened; entries without an address left out.
QList<MailAddress> addressesOf(InternetAddressList* list);

} // namespace comptoir::messages::gmime
