#pragma once

#include "core/session/scenario.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace protoviz {

/// The scenario picker and the knobs (link, workload, protocol options), remembered across runs with
/// QSettings. Produces ScenarioKnobs; says in plain words what is wrong with an impossible setting.
class ScenarioControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioControls)

public:
    explicit ScenarioControls(QWidget* parent = nullptr);

    QString scenarioId() const;
    /// The knobs as set; nullopt and *error if a value cannot be used.
    std::optional<ScenarioKnobs> knobs(QString* error) const;

    void saveSettings() const;
    void restoreSettings();

signals:
    /// The user pressed Enter in a field or picked another scenario.
    void runRequested();
    void scenarioChanged(const QString& id);

private:
    void updateDescription();

    QComboBox* m_scenario = nullptr;
    QLabel* m_description = nullptr;
    QSpinBox* m_rtt = nullptr;
    QSpinBox* m_jitter = nullptr;
    QComboBox* m_bandwidth = nullptr;
    QDoubleSpinBox* m_loss = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_objects = nullptr;
    QSpinBox* m_objectSize = nullptr;
    QSpinBox* m_connections = nullptr;
    QCheckBox* m_pipelining = nullptr;
    QCheckBox* m_push = nullptr;
    QCheckBox* m_tls = nullptr;
};

} // namespace protoviz
