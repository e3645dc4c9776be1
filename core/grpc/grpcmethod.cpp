#include "core/grpc/grpcmethod.h"

namespace protoviz {

QString GrpcMethod::typeName(Type type)
{
    switch (type) {
    case Type::Unary:
        return tr("unary");
    case Type::ServerStreaming:
        return tr("server streaming");
    case Type::ClientStreaming:
        return tr("client streaming");
    case Type::Bidirectional:
        return tr("bidirectional streaming");
    }
    return {};
}

bool GrpcMethod::splitPath(QByteArrayView path, QString* service, QString* method)
{
    if (path.size() < 4 || path.front() != '/')
        return false;
    const qsizetype slash = path.lastIndexOf('/');
    if (slash <= 1 || slash == path.size() - 1)
        return false;
    *service = QString::fromUtf8(path.sliced(1, slash - 1));
    *method = QString::fromUtf8(path.sliced(slash + 1));
    return true;
}

} // namespace protoviz
