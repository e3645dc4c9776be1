#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace protoviz {

/// The grpc-timeout request header: at most eight digits and a unit (H hours, M minutes, S seconds,
/// m milliseconds, u microseconds, n nanoseconds), e.g. "250m". Stateless helpers.
class GrpcTimeout
{
    Q_DECLARE_TR_FUNCTIONS(GrpcTimeout)

public:
    /// The timeout in nanoseconds, or nullopt if value is not a valid grpc-timeout.
    static std::optional<qint64> parse(QByteArrayView value);
    /// The shortest exact header value for a timeout, rounded up to the next unit where eight digits
    /// do not suffice. timeoutNs must be positive.
    static QByteArray format(qint64 timeoutNs);
    /// "250 ms", "2 s" for people.
    static QString describe(qint64 timeoutNs);
};

} // namespace protoviz
