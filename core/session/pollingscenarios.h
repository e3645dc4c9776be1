#pragma once

#include "core/session/scenario.h"

#include <QCoreApplication>

namespace protoviz {

/// The polling-against-WebSocket scenarios of the catalog: the same job (a ticker the server drives, or
/// a chat between the clients) done by WebSocket push, HTTP/1.1 short polling and HTTP/1.1 long polling,
/// two at a time, each side a PollingSession on the same link. Stateless; ScenarioCatalog lists and
/// builds them through this class.
///
/// Ids: polling-vs-websocket (ticker: short polling against WebSocket), long-polling-vs-websocket,
/// short-vs-long-polling, and the same three for the chat: chat-polling-vs-websocket,
/// chat-long-polling-vs-websocket, chat-short-vs-long-polling.
class PollingScenarios
{
    Q_DECLARE_TR_FUNCTIONS(PollingScenarios)

public:
    static QList<ScenarioCatalog::Entry> entries();

    /// Whether id names one of these scenarios.
    static bool has(const QString& id);

    /// Sets the two sides of scenario (whose id, title and description are set) from knobs. Returns false
    /// and sets *error when the knobs cannot run it.
    static bool make(const ScenarioKnobs& knobs, Scenario* scenario, QString* error);
};

} // namespace protoviz
