#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace protoviz {

/// A method of a gRPC service as its schema describes it. A value type.
struct GrpcMethod
{
    Q_DECLARE_TR_FUNCTIONS(GrpcMethod)

public:
    /// The four kinds of call, by whether each side sends a stream of messages.
    enum class Type : quint8 { Unary, ServerStreaming, ClientStreaming, Bidirectional };

    QByteArray path;    ///< the :path of its calls, "/protoviz.lesson.v1.Lesson/GetItem"
    QString service;    ///< the fully qualified service, "protoviz.lesson.v1.Lesson"
    QString name;       ///< "GetItem"
    QString inputType;  ///< fully qualified message type of requests
    QString outputType; ///< fully qualified message type of responses
    bool clientStreaming = false;
    bool serverStreaming = false;

    Type type() const
    {
        if (clientStreaming)
            return serverStreaming ? Type::Bidirectional : Type::ClientStreaming;
        return serverStreaming ? Type::ServerStreaming : Type::Unary;
    }

    /// "unary", "server streaming", "client streaming", "bidirectional streaming" (translated).
    static QString typeName(Type type);

    /// Splits a :path into service and method ("/pkg.Service/Method"); false if it has not that form.
    static bool splitPath(QByteArrayView path, QString* service, QString* method);
};

} // namespace protoviz
