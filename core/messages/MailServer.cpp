#include "messages/MailServer.h"

namespace comptoir::messages {

QString MailServer::displayName() const
{
    return port > 0 ? host + QLatin1Char(':') + QString::number(port) : host;
}

} // namespace comptoir::messages
