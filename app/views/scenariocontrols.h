#pragma once

#include "core/session/scenario.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <utility>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace protoviz {

/// The scenario picker and the knobs (link, page, protocols, updates), remembered across runs with
/// QSettings. Produces ScenarioKnobs; says in plain words what is wrong with an impossible setting.
/// Knobs the chosen scenario ignores are disabled, their tooltip saying why; choosing a scenario in the
/// list sets its own workload defaults. Retranslates itself when the language changes.
class ScenarioControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioControls)

public:
    explicit ScenarioControls(QWidget* parent = nullptr);

    QString scenarioId() const;
    void setScenarioId(const QString& id);
    /// The knobs as set; nullopt and *error if a value cannot be used.
    std::optional<ScenarioKnobs> knobs(QString* error) const;
    /// Shows knobs in every field (a lesson's or a trade-off card's), so that Run runs them and the
    /// learner sees what was set. Values a field cannot hold are clamped to its range.
    void setKnobs(const ScenarioKnobs& knobs);
    /// Sets the workload knobs to the chosen scenario's defaults, those that show its point; the link
    /// too where the scenario needs one (a lossy link for h2-vs-h3).
    void resetToScenarioDefaults();

    void saveSettings() const;
    void restoreSettings();

signals:
    /// The user pressed Enter in a field.
    void runRequested();
    void scenarioChanged(const QString& id);
    /// The user picked a scenario in the list (not a lesson or a trade-off card setting it).
    void scenarioChosen(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillScenarios();
    void updateDescription();
    /// Enables the knobs the chosen scenario reads; the others say why they do not apply.
    void updateApplicability();
    void setWorkloadKnobs(const ScenarioKnobs& knobs);
    /// Sets a knob's own tooltip, shown while the knob applies.
    void setKnobToolTip(QWidget* editor, const QString& text);
    /// The label of the form row holding editor, if it has one.
    QLabel* labelOf(QWidget* editor) const;

    QGroupBox* m_scenarioBox = nullptr;
    QGroupBox* m_linkBox = nullptr;
    QGroupBox* m_pageBox = nullptr;
    QGroupBox* m_updatesBox = nullptr;
    QFormLayout* m_linkLayout = nullptr;
    QFormLayout* m_pageLayout = nullptr;
    QFormLayout* m_updatesLayout = nullptr;
    QGroupBox* m_grpcBox = nullptr;
    QFormLayout* m_grpcLayout = nullptr;
    QComboBox* m_scenario = nullptr;
    QLabel* m_description = nullptr;
    QPushButton* m_reset = nullptr;
    /// Each workload knob's editor, in the order of the form.
    QList<std::pair<ScenarioKnob, QWidget*>> m_knobEditors;
    /// The tooltips of the editors while their knob applies.
    QHash<QWidget*, QString> m_knobToolTips;
    QSpinBox* m_rtt = nullptr;
    QSpinBox* m_jitter = nullptr;
    QComboBox* m_bandwidth = nullptr;
    QDoubleSpinBox* m_loss = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_objects = nullptr;
    QSpinBox* m_objectSize = nullptr;
    QSpinBox* m_largeObjectSize = nullptr;
    QSpinBox* m_connections = nullptr;
    QComboBox* m_tlsVersion = nullptr;
    QCheckBox* m_pipelining = nullptr;
    QCheckBox* m_push = nullptr;
    QCheckBox* m_tls = nullptr;
    QSpinBox* m_clients = nullptr;
    QSpinBox* m_updatesPerSecond = nullptr;
    QSpinBox* m_duration = nullptr;
    QSpinBox* m_pollInterval = nullptr;
    QCheckBox* m_webSocketCompression = nullptr;
    QSpinBox* m_grpcDeadline = nullptr;
    QSpinBox* m_grpcWork = nullptr;
    QSpinBox* m_grpcCancelAfter = nullptr;
};

} // namespace protoviz
