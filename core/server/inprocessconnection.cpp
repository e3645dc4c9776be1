#include "core/server/inprocessconnection.h"

#include <QCoreApplication>
#include <QTcpSocket>

#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace protoviz {

std::optional<InProcessConnection> InProcessConnection::open(QString* error)
{
    int descriptors[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, descriptors) != 0) {
        if (error) {
            *error =
                QCoreApplication::translate("protoviz", "Cannot open a connection inside the process: %1")
                    .arg(QString::fromLocal8Bit(std::strerror(errno)));
        }
        return std::nullopt;
    }
    auto client = std::make_unique<QTcpSocket>();
    auto server = std::make_unique<QTcpSocket>();
    if (!client->setSocketDescriptor(descriptors[0]) || !server->setSocketDescriptor(descriptors[1])) {
        if (error)
            *error = client->errorString() + server->errorString();
        // A socket that took its descriptor closes it when deleted; the others are still ours.
        if (!client->isValid())
            ::close(descriptors[0]);
        if (!server->isValid())
            ::close(descriptors[1]);
        return std::nullopt;
    }
    return InProcessConnection{client.release(), server.release()};
}

} // namespace protoviz
