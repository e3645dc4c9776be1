#pragma once

#include "core/session/scenario.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace protoviz {

/// Knobs as lessons and quiz questions write them: "rtt=100 loss=2% objects=20 tls=off". Names follow
/// the GUI's fields (docs/lessons.md lists them). Stateless.
class KnobSettings
{
    Q_DECLARE_TR_FUNCTIONS(KnobSettings)

public:
    /// Applies every NAME=VALUE of text to *knobs; false and *error (naming the setting) on an unknown
    /// name or an impossible value, leaving *knobs as it was.
    static bool apply(const QString& text, ScenarioKnobs* knobs, QString* error);

    /// The knobs a run was made with, as lessons' expressions name them ("rttMs", "lossPercent", ...).
    static std::optional<double> value(const ScenarioKnobs& knobs, const QString& name);
    /// The names value() knows.
    static QStringList readableNames();
};

} // namespace protoviz
