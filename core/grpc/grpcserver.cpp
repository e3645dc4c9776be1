#include "core/grpc/grpcserver.h"

#include "core/grpc/grpcserverconnection.h"
#include "core/grpc/grpcservice.h"
#include "core/http2/http2serverconnection.h"

namespace protoviz {

GrpcServer::GrpcServer(const GrpcSchema& schema)
    : m_schema(schema)
{
}

void GrpcServer::addService(std::shared_ptr<const GrpcService> service)
{
    const QString name = service->name();
    m_services.insert(name, std::move(service));
}

const GrpcService* GrpcServer::service(const QString& name) const
{
    return m_services.value(name).get();
}

void GrpcServer::attach(const std::shared_ptr<const GrpcServer>& server, Http2ServerConnection* connection,
                        EventRecorder recorder)
{
    auto* grpc = new GrpcServerConnection(connection->session(), server, recorder, connection);
    connection->setStreamClaim([grpc](qint32 stream, const HeaderList& headers, bool endStream) {
        return grpc->claim(stream, headers, endStream);
    });
}

} // namespace protoviz
