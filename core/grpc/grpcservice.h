#pragma once

#include <QString>

namespace protoviz {

class GrpcServerCall;

/// A gRPC service a GrpcServer offers: it answers the calls of its methods. The server has already
/// checked that the method exists in the schema, started the deadline and will decode and validate
/// every request message before the service sees it. Implementations hold no per-call state of their
/// own (that lives with the call), so one instance may serve every connection of a server.
class GrpcService
{
public:
    virtual ~GrpcService() = default;

    /// The fully qualified service name as the schema has it ("protoviz.lesson.v1.Lesson").
    virtual QString name() const = 0;

    /// A call of one of the service's methods started (call->method() says which). The service
    /// attaches to the call's signals and answers through it. Called on the connection's thread.
    virtual void serve(GrpcServerCall* call) const = 0;
};

} // namespace protoviz
