#pragma once

#include "core/session/scenario.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace protoviz {

/// Says, in words for a learner, why a knob does not apply to a scenario, so that every family of
/// scenarios gives the same reason for the same kind of knob (the GUI shows it as a disabled knob's
/// tooltip, the CLI as a note).
class IgnoredKnobs
{
    Q_DECLARE_TR_FUNCTIONS(IgnoredKnobs)

public:
    /// The usual reason why a scenario that is not a page load, a set of API calls or an update feed
    /// ignores knob.
    static QString reason(ScenarioKnob knob);
    /// Each knob with its usual reason.
    static QMap<ScenarioKnob, QString> reasons(const QList<ScenarioKnob>& knobs);

    /// Knobs that usually go together.
    static const QList<ScenarioKnob> PageOnly; ///< the large first object, pipelining, push
    static const QList<ScenarioKnob>
        Updates; ///< clients, updates a second, duration, poll interval, WebSocket compression
    static const QList<ScenarioKnob> GrpcCalls; ///< deadline, server work, cancel after
    static const QList<ScenarioKnob> Objects;   ///< objects and their size
};

} // namespace protoviz
