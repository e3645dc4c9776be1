#pragma once

#include "core/timeline/eventrecorder.h"

#include <QHash>
#include <QString>

#include <memory>

namespace protoviz {

class GrpcSchema;
class GrpcService;
class Http2ServerConnection;

/// The gRPC services a server offers and the schema that describes them. Set up once, then shared
/// (read-only, so across threads too) by every connection it serves; see attach().
class GrpcServer
{
public:
    /// schema must outlive the server (GrpcSchema::builtIn() does).
    explicit GrpcServer(const GrpcSchema& schema);

    /// Offers a service. Its name must be a service of the schema.
    void addService(std::shared_ptr<const GrpcService> service);
    /// The service of that fully qualified name, or null.
    const GrpcService* service(const QString& name) const;
    const GrpcSchema& schema() const { return m_schema; }

    /// Serves gRPC on an HTTP/2 server connection: requests with content-type application/grpc, or
    /// addressed to one of the services, become gRPC calls (see GrpcServerConnection); every other
    /// request keeps going to the connection's handler. Call right after creating the connection.
    /// recorder: Origin::Server and the connection's id.
    static void attach(const std::shared_ptr<const GrpcServer>& server, Http2ServerConnection* connection,
                       EventRecorder recorder);

private:
    const GrpcSchema& m_schema;
    QHash<QString, std::shared_ptr<const GrpcService>> m_services;
};

} // namespace protoviz
