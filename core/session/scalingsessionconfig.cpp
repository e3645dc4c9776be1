#include "core/session/scalingsessionconfig.h"

namespace protoviz {

QString ScalingSessionConfig::validationError() const
{
    if (const QString why = chat.validationError(); !why.isEmpty())
        return why;
    // With one client there is nobody on another instance to miss a message.
    if (chat.clients < Instances)
        return tr("Scaling out needs at least %1 clients, so that the balancer puts some on each instance.")
            .arg(Instances);
    return {};
}

QVariantMap ScalingSessionConfig::toVariantMap() const
{
    QVariantMap map = chat.toVariantMap();
    map.insert(QStringLiteral("title"), label());
    map.insert(QStringLiteral("workload"),
               tr("chat, %1 messages a second for %2 s between %n client(s), spread round robin over %3 "
                  "instances",
                  nullptr, chat.clients)
                   .arg(chat.updatesPerSecond)
                   .arg(chat.durationSeconds)
                   .arg(Instances));
    map.insert(QStringLiteral("instances"), Instances);
    map.insert(QStringLiteral("broker"), broker);
    map.insert(QStringLiteral("balancing"), QStringLiteral("round-robin"));
    return map;
}

QString ScalingSessionConfig::label() const
{
    return broker ? tr("%1 instances and a pub/sub broker").arg(Instances)
                  : tr("%1 instances, each with its own members").arg(Instances);
}

} // namespace protoviz
