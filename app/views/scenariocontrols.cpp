#include "app/views/scenariocontrols.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace protoviz {

namespace {
constexpr qint64 Millisecond = 1000000;
} // namespace

ScenarioControls::ScenarioControls(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);

    auto* scenarioBox = new QGroupBox(tr("Scenario"), this);
    auto* scenarioLayout = new QVBoxLayout(scenarioBox);
    m_scenario = new QComboBox(scenarioBox);
    for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries())
        m_scenario->addItem(entry.title, entry.id);
    m_description = new QLabel(scenarioBox);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    scenarioLayout->addWidget(m_scenario);
    scenarioLayout->addWidget(m_description);
    layout->addWidget(scenarioBox);

    auto* linkBox = new QGroupBox(tr("Network"), this);
    auto* linkLayout = new QFormLayout(linkBox);
    m_rtt = new QSpinBox(linkBox);
    m_rtt->setRange(0, int(LinkConditions::MaxRttMs));
    m_rtt->setSuffix(tr(" ms"));
    m_rtt->setValue(100);
    m_rtt->setToolTip(tr("Round-trip time: how long a packet takes there and back."));
    linkLayout->addRow(tr("Round trip:"), m_rtt);
    m_jitter = new QSpinBox(linkBox);
    m_jitter->setRange(0, int(LinkConditions::MaxRttMs / 2));
    m_jitter->setSuffix(tr(" ms"));
    m_jitter->setToolTip(tr("Each segment's delay varies randomly by up to this much."));
    linkLayout->addRow(tr("Jitter:"), m_jitter);
    m_bandwidth = new QComboBox(linkBox);
    m_bandwidth->setEditable(true);
    m_bandwidth->addItems({QStringLiteral("unlimited"), QStringLiteral("1mbit"), QStringLiteral("5mbit"),
                           QStringLiteral("10mbit"), QStringLiteral("50mbit"), QStringLiteral("100mbit")});
    m_bandwidth->setCurrentText(QStringLiteral("10mbit"));
    m_bandwidth->setToolTip(tr("Bandwidth in each direction, e.g. 10mbit, 512kbit or unlimited."));
    linkLayout->addRow(tr("Bandwidth:"), m_bandwidth);
    m_loss = new QDoubleSpinBox(linkBox);
    m_loss->setRange(0, 50);
    m_loss->setDecimals(1);
    m_loss->setSingleStep(0.5);
    m_loss->setSuffix(tr(" %"));
    m_loss->setToolTip(tr("Share of data segments lost; TCP resends each after a timeout."));
    linkLayout->addRow(tr("Loss:"), m_loss);
    m_seed = new QSpinBox(linkBox);
    m_seed->setRange(0, 1000000);
    m_seed->setSpecialValueText(tr("random"));
    m_seed->setToolTip(tr("Fix the random losses and jitter to repeat a run exactly."));
    linkLayout->addRow(tr("Seed:"), m_seed);
    layout->addWidget(linkBox);

    auto* pageBox = new QGroupBox(tr("Page and protocol"), this);
    auto* pageLayout = new QFormLayout(pageBox);
    m_objects = new QSpinBox(pageBox);
    m_objects->setRange(1, 100000);
    m_objects->setValue(100);
    pageLayout->addRow(tr("Objects:"), m_objects);
    m_objectSize = new QSpinBox(pageBox);
    m_objectSize->setRange(0, 64 * 1024 * 1024);
    m_objectSize->setValue(4096);
    m_objectSize->setSingleStep(1024);
    m_objectSize->setSuffix(tr(" bytes"));
    pageLayout->addRow(tr("Object size:"), m_objectSize);
    m_connections = new QSpinBox(pageBox);
    m_connections->setRange(1, 64);
    m_connections->setValue(6);
    m_connections->setToolTip(tr("How many HTTP/1.1 connections a browser opens to one host."));
    pageLayout->addRow(tr("HTTP/1.1 connections:"), m_connections);
    m_pipelining = new QCheckBox(tr("HTTP/1.1 pipelining"), pageBox);
    pageLayout->addRow(m_pipelining);
    m_push = new QCheckBox(tr("HTTP/2 server push"), pageBox);
    pageLayout->addRow(m_push);
    m_tls = new QCheckBox(tr("TLS (HTTPS)"), pageBox);
    m_tls->setChecked(true);
    pageLayout->addRow(m_tls);
    layout->addWidget(pageBox);
    layout->addStretch();

    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] {
        updateDescription();
        emit scenarioChanged(scenarioId());
    });
    connect(m_bandwidth->lineEdit(), &QLineEdit::returnPressed, this, &ScenarioControls::runRequested);
    updateDescription();
}

QString ScenarioControls::scenarioId() const
{
    return m_scenario->currentData().toString();
}

void ScenarioControls::updateDescription()
{
    for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries()) {
        if (entry.id == scenarioId())
            m_description->setText(entry.description);
    }
}

std::optional<ScenarioKnobs> ScenarioControls::knobs(QString* error) const
{
    ScenarioKnobs knobs;
    knobs.link.rttNs = qint64(m_rtt->value()) * Millisecond;
    knobs.link.jitterNs = qint64(m_jitter->value()) * Millisecond;
    QString why;
    const std::optional<quint64> bandwidth = LinkConditions::parseBandwidth(m_bandwidth->currentText(), &why);
    if (!bandwidth) {
        *error = tr("Bandwidth: %1").arg(why);
        return std::nullopt;
    }
    knobs.link.upstreamBitsPerSecond = knobs.link.downstreamBitsPerSecond = *bandwidth;
    knobs.link.lossRate = m_loss->value() / 100.0;
    knobs.link.seed = quint32(m_seed->value());
    knobs.objects = m_objects->value();
    knobs.objectSize = m_objectSize->value();
    knobs.connectionsPerHost = m_connections->value();
    knobs.pipelining = m_pipelining->isChecked();
    knobs.serverPush = m_push->isChecked();
    knobs.tls = m_tls->isChecked();
    if (const QString invalid = knobs.link.validationError(); !invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    return knobs;
}

void ScenarioControls::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("knobs"));
    settings.setValue(QStringLiteral("scenario"), scenarioId());
    settings.setValue(QStringLiteral("rttMs"), m_rtt->value());
    settings.setValue(QStringLiteral("jitterMs"), m_jitter->value());
    settings.setValue(QStringLiteral("bandwidth"), m_bandwidth->currentText());
    settings.setValue(QStringLiteral("lossPercent"), m_loss->value());
    settings.setValue(QStringLiteral("seed"), m_seed->value());
    settings.setValue(QStringLiteral("objects"), m_objects->value());
    settings.setValue(QStringLiteral("objectSize"), m_objectSize->value());
    settings.setValue(QStringLiteral("connections"), m_connections->value());
    settings.setValue(QStringLiteral("pipelining"), m_pipelining->isChecked());
    settings.setValue(QStringLiteral("push"), m_push->isChecked());
    settings.setValue(QStringLiteral("tls"), m_tls->isChecked());
}

void ScenarioControls::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("knobs"));
    const int index = m_scenario->findData(settings.value(QStringLiteral("scenario")));
    if (index >= 0)
        m_scenario->setCurrentIndex(index);
    m_rtt->setValue(settings.value(QStringLiteral("rttMs"), m_rtt->value()).toInt());
    m_jitter->setValue(settings.value(QStringLiteral("jitterMs"), m_jitter->value()).toInt());
    m_bandwidth->setCurrentText(
        settings.value(QStringLiteral("bandwidth"), m_bandwidth->currentText()).toString());
    m_loss->setValue(settings.value(QStringLiteral("lossPercent"), m_loss->value()).toDouble());
    m_seed->setValue(settings.value(QStringLiteral("seed"), m_seed->value()).toInt());
    m_objects->setValue(settings.value(QStringLiteral("objects"), m_objects->value()).toInt());
    m_objectSize->setValue(settings.value(QStringLiteral("objectSize"), m_objectSize->value()).toInt());
    m_connections->setValue(settings.value(QStringLiteral("connections"), m_connections->value()).toInt());
    m_pipelining->setChecked(settings.value(QStringLiteral("pipelining"), false).toBool());
    m_push->setChecked(settings.value(QStringLiteral("push"), false).toBool());
    m_tls->setChecked(settings.value(QStringLiteral("tls"), true).toBool());
}

} // namespace protoviz
