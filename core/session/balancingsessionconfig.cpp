#include "core/session/balancingsessionconfig.h"

namespace protoviz {

QString BalancingSessionConfig::validationError() const
{
    if (const QString why = ticker.validationError(); !why.isEmpty())
        return why;
    // The balancer must read the requests to route them: it cannot see into TLS.
    if (ticker.tls)
        return tr("A layer 7 balancer reads every request, so this scenario runs over cleartext HTTP/1.1.");
    return {};
}

QVariantMap BalancingSessionConfig::toVariantMap() const
{
    QVariantMap map = ticker.toVariantMap();
    map.insert(QStringLiteral("title"), label());
    map.insert(QStringLiteral("workload"),
               tr("ticker, %1 updates a second for %2 s, long-polled by %n client(s) through a layer 7 "
                  "balancer over %3 instances",
                  nullptr, ticker.clients)
                   .arg(ticker.updatesPerSecond)
                   .arg(ticker.durationSeconds)
                   .arg(Instances));
    map.insert(QStringLiteral("instances"), Instances);
    map.insert(QStringLiteral("balancing"), rule == BalancingRule::StickyCookie
                                                ? QStringLiteral("sticky-cookie")
                                                : QStringLiteral("round-robin"));
    return map;
}

QString BalancingSessionConfig::label() const
{
    return rule == BalancingRule::StickyCookie ? tr("Sticky sessions (balancer cookie)")
                                               : tr("Round robin per request");
}

} // namespace protoviz
