#include "app/views/scenariocontrols.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace protoviz {

namespace {

constexpr qint64 Millisecond = 1000000;

QSpinBox* spinBox(QWidget* parent, int minimum, int maximum, int value)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

} // namespace

ScenarioControls::ScenarioControls(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);

    m_scenarioBox = new QGroupBox(this);
    auto* scenarioLayout = new QVBoxLayout(m_scenarioBox);
    m_scenario = new QComboBox(m_scenarioBox);
    m_scenario->setObjectName(QStringLiteral("scenarioPicker"));
    // Long scenario titles must not widen the dock; the list pops up wide enough to read them.
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenario->setMinimumContentsLength(16);
    m_description = new QLabel(m_scenarioBox);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_reset = new QPushButton(m_scenarioBox);
    m_reset->setObjectName(QStringLiteral("resetToScenarioDefaults"));
    scenarioLayout->addWidget(m_scenario);
    scenarioLayout->addWidget(m_description);
    scenarioLayout->addWidget(m_reset);
    layout->addWidget(m_scenarioBox);

    m_linkBox = new QGroupBox(this);
    m_linkLayout = new QFormLayout(m_linkBox);
    m_rtt = spinBox(m_linkBox, 0, int(LinkConditions::MaxRttMs), 100);
    m_jitter = spinBox(m_linkBox, 0, int(LinkConditions::MaxRttMs / 2), 0);
    m_bandwidth = new QComboBox(m_linkBox);
    m_bandwidth->setEditable(true);
    m_bandwidth->addItems({QStringLiteral("unlimited"), QStringLiteral("1mbit"), QStringLiteral("5mbit"),
                           QStringLiteral("10mbit"), QStringLiteral("50mbit"), QStringLiteral("100mbit")});
    m_bandwidth->setCurrentText(QStringLiteral("10mbit"));
    m_loss = new QDoubleSpinBox(m_linkBox);
    m_loss->setRange(0, 50);
    m_loss->setDecimals(1);
    m_loss->setSingleStep(0.5);
    m_seed = spinBox(m_linkBox, 0, 1000000, 0);
    for (QWidget* field :
         {static_cast<QWidget*>(m_rtt), static_cast<QWidget*>(m_jitter), static_cast<QWidget*>(m_bandwidth),
          static_cast<QWidget*>(m_loss), static_cast<QWidget*>(m_seed)})
        m_linkLayout->addRow(new QLabel(m_linkBox), field);
    layout->addWidget(m_linkBox);

    m_pageBox = new QGroupBox(this);
    m_pageLayout = new QFormLayout(m_pageBox);
    m_objects = spinBox(m_pageBox, 1, 100000, 100);
    m_objectSize = spinBox(m_pageBox, 0, 64 * 1024 * 1024, 4096);
    m_objectSize->setSingleStep(1024);
    m_largeObjectSize = spinBox(m_pageBox, 0, 64 * 1024 * 1024, 0);
    m_largeObjectSize->setSingleStep(64 * 1024);
    m_connections = spinBox(m_pageBox, 1, 64, 6);
    m_tlsVersion = new QComboBox(m_pageBox);
    m_tlsVersion->addItem(QStringLiteral("TLS 1.3"), int(TlsVersion::Tls13));
    m_tlsVersion->addItem(QStringLiteral("TLS 1.2"), int(TlsVersion::Tls12));
    for (QWidget* field : {static_cast<QWidget*>(m_objects), static_cast<QWidget*>(m_objectSize),
                           static_cast<QWidget*>(m_largeObjectSize), static_cast<QWidget*>(m_connections),
                           static_cast<QWidget*>(m_tlsVersion)})
        m_pageLayout->addRow(new QLabel(m_pageBox), field);
    m_pipelining = new QCheckBox(m_pageBox);
    m_push = new QCheckBox(m_pageBox);
    m_tls = new QCheckBox(m_pageBox);
    m_tls->setChecked(true);
    m_pageLayout->addRow(m_pipelining);
    m_pageLayout->addRow(m_push);
    m_pageLayout->addRow(m_tls);
    layout->addWidget(m_pageBox);

    m_updatesBox = new QGroupBox(this);
    m_updatesLayout = new QFormLayout(m_updatesBox);
    const ScenarioKnobs defaults;
    m_clients = spinBox(m_updatesBox, 1, 100, defaults.clients);
    m_updatesPerSecond = spinBox(m_updatesBox, 1, 1000, defaults.updatesPerSecond);
    m_duration = spinBox(m_updatesBox, 1, 600, defaults.durationSeconds);
    m_pollInterval = spinBox(m_updatesBox, 10, 60000, defaults.pollIntervalMs);
    m_pollInterval->setSingleStep(100);
    for (QWidget* field : {static_cast<QWidget*>(m_clients), static_cast<QWidget*>(m_updatesPerSecond),
                           static_cast<QWidget*>(m_duration), static_cast<QWidget*>(m_pollInterval)})
        m_updatesLayout->addRow(new QLabel(m_updatesBox), field);
    m_webSocketCompression = new QCheckBox(m_updatesBox);
    m_updatesLayout->addRow(m_webSocketCompression);
    layout->addWidget(m_updatesBox);

    m_grpcBox = new QGroupBox(this);
    m_grpcLayout = new QFormLayout(m_grpcBox);
    m_grpcDeadline = spinBox(m_grpcBox, 0, 60000, defaults.grpcDeadlineMs);
    m_grpcWork = spinBox(m_grpcBox, 0, 60000, defaults.grpcWorkMs);
    m_grpcCancelAfter = spinBox(m_grpcBox, 0, 60000, defaults.grpcCancelAfterMs);
    for (QSpinBox* field : {m_grpcDeadline, m_grpcWork, m_grpcCancelAfter}) {
        field->setSingleStep(50);
        m_grpcLayout->addRow(new QLabel(m_grpcBox), field);
    }
    layout->addWidget(m_grpcBox);
    layout->addStretch();

    // Each label names its field for screen readers and gives it a mnemonic (retranslate sets both).
    for (QFormLayout* form : {m_linkLayout, m_pageLayout, m_updatesLayout, m_grpcLayout}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole);
            if (label && field)
                static_cast<QLabel*>(label->widget())->setBuddy(field->widget());
        }
    }
    m_knobEditors = {
        {ScenarioKnob::Objects, m_objects},
        {ScenarioKnob::ObjectSize, m_objectSize},
        {ScenarioKnob::LargeObjectSize, m_largeObjectSize},
        {ScenarioKnob::Connections, m_connections},
        {ScenarioKnob::MaxTlsVersion, m_tlsVersion},
        {ScenarioKnob::Pipelining, m_pipelining},
        {ScenarioKnob::ServerPush, m_push},
        {ScenarioKnob::Tls, m_tls},
        {ScenarioKnob::Clients, m_clients},
        {ScenarioKnob::UpdatesPerSecond, m_updatesPerSecond},
        {ScenarioKnob::Duration, m_duration},
        {ScenarioKnob::PollInterval, m_pollInterval},
        {ScenarioKnob::WebSocketCompression, m_webSocketCompression},
        {ScenarioKnob::GrpcDeadline, m_grpcDeadline},
        {ScenarioKnob::GrpcWork, m_grpcWork},
        {ScenarioKnob::GrpcCancelAfter, m_grpcCancelAfter},
    };

    fillScenarios();
    retranslate();
    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] {
        updateDescription();
        updateApplicability();
        emit scenarioChanged(scenarioId());
    });
    connect(m_scenario, &QComboBox::activated, this, [this] {
        // A scenario picked by the user brings its own workload; a lesson's or a card's knobs stay.
        resetToScenarioDefaults();
        emit scenarioChosen(scenarioId());
    });
    connect(m_reset, &QPushButton::clicked, this, &ScenarioControls::resetToScenarioDefaults);
    connect(m_bandwidth->lineEdit(), &QLineEdit::returnPressed, this, &ScenarioControls::runRequested);
}

void ScenarioControls::fillScenarios()
{
    const QString current = scenarioId();
    const QSignalBlocker blocker(m_scenario);
    m_scenario->clear();
    for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries())
        m_scenario->addItem(entry.title, entry.id);
    if (!current.isEmpty())
        setScenarioId(current);
    updateDescription();
}

void ScenarioControls::retranslate()
{
    // The title's mnemonic gives the focus to the picker, the group's first field.
    m_scenarioBox->setTitle(tr("&Scenario"));
    m_linkBox->setTitle(tr("Network"));
    m_pageBox->setTitle(tr("Page and protocols"));
    m_updatesBox->setTitle(tr("Updates (polling, WebSocket)"));
    m_grpcBox->setTitle(tr("gRPC calls (gRPC-Web)"));
    auto label = [](QFormLayout* form, int row, const QString& text) {
        if (auto* item = form->itemAt(row, QFormLayout::LabelRole))
            static_cast<QLabel*>(item->widget())->setText(text);
    };
    label(m_linkLayout, 0, tr("Round tr&ip:"));
    label(m_linkLayout, 1, tr("&Jitter:"));
    label(m_linkLayout, 2, tr("&Bandwidth:"));
    label(m_linkLayout, 3, tr("L&oss:"));
    label(m_linkLayout, 4, tr("S&eed:"));
    label(m_pageLayout, 0, tr("Objec&ts:"));
    label(m_pageLayout, 1, tr("Object si&ze:"));
    label(m_pageLayout, 2, tr("Lar&ge first object:"));
    label(m_pageLayout, 3, tr("HTTP/1.1 co&nnections:"));
    label(m_pageLayout, 4, tr("Newest TLS &version:"));
    label(m_updatesLayout, 0, tr("&Clients:"));
    label(m_updatesLayout, 1, tr("&Updates a second:"));
    label(m_updatesLayout, 2, tr("&Duration:"));
    label(m_updatesLayout, 3, tr("Poll ever&y:"));
    label(m_grpcLayout, 0, tr("De&adline:"));
    label(m_grpcLayout, 1, tr("Server wor&k up to:"));
    label(m_grpcLayout, 2, tr("Cancel a&fter:"));
    for (QSpinBox* field : {m_grpcDeadline, m_grpcWork, m_grpcCancelAfter})
        field->setSuffix(tr(" ms"));
    m_grpcDeadline->setSpecialValueText(tr("none"));
    setKnobToolTip(m_grpcDeadline, tr("Each gRPC call's deadline, sent to the server as grpc-timeout; a call "
                                      "still running when it passes ends with DEADLINE_EXCEEDED."));
    setKnobToolTip(m_grpcWork, tr("How long the server works on each call: 0 ms on the first, rising to this "
                                  "on the last."));
    m_grpcCancelAfter->setSpecialValueText(tr("never"));
    setKnobToolTip(m_grpcCancelAfter, tr("The client cancels each call still running after this long: "
                                         "CANCELLED, by RST_STREAM on HTTP/2, by closing the connection on "
                                         "HTTP/1.1."));
    m_rtt->setSuffix(tr(" ms"));
    m_rtt->setToolTip(tr("Round-trip time: how long a packet takes there and back."));
    m_jitter->setSuffix(tr(" ms"));
    m_jitter->setToolTip(tr("Each segment's delay varies randomly by up to this much."));
    m_bandwidth->setToolTip(tr("Bandwidth in each direction, e.g. 10mbit, 512kbit or unlimited."));
    m_loss->setSuffix(tr(" %"));
    m_loss->setToolTip(tr("Share of data segments lost; TCP resends each after a timeout."));
    m_seed->setSpecialValueText(tr("random"));
    m_seed->setToolTip(tr("Fix the random losses and jitter to repeat a run exactly."));
    m_objectSize->setSuffix(tr(" bytes"));
    m_largeObjectSize->setSuffix(tr(" bytes"));
    m_largeObjectSize->setSpecialValueText(tr("none"));
    setKnobToolTip(m_largeObjectSize, tr("A mixed page: the first object requested is this large, the others "
                                         "keep the object size, so you can watch small responses wait behind "
                                         "a slow one."));
    setKnobToolTip(m_connections, tr("How many HTTP/1.1 connections a browser opens to one host."));
    setKnobToolTip(m_tlsVersion, tr("The newest TLS version the client offers in page loads."));
    m_pipelining->setText(tr("HTTP/1.1 &pipelining"));
    m_push->setText(tr("HTTP/2 server pus&h"));
    m_tls->setText(tr("T&LS (HTTPS)"));
    setKnobToolTip(m_objects, tr("How many objects the page has, or items and calls an API scenario moves."));
    setKnobToolTip(m_objectSize, tr("The bytes of each object or item."));
    setKnobToolTip(m_pipelining,
                   tr("HTTP/1.1 sends requests back to back without waiting for each response."));
    setKnobToolTip(m_push, tr("The HTTP/2 server pushes the page's objects along with the page."));
    setKnobToolTip(m_tls, tr("Run the sessions over TLS (HTTPS, wss://) rather than in cleartext."));
    setKnobToolTip(m_updatesPerSecond, tr("Ticker updates, or chat messages, a second."));
    setKnobToolTip(m_duration, tr("How long the updates go on."));
    m_webSocketCompression->setText(tr("&WebSocket compression (permessage-deflate)"));
    setKnobToolTip(
        m_webSocketCompression,
        tr("The WebSocket clients offer permessage-deflate and the server accepts it: each message "
           "travels compressed (RSV1 set), and the statistics show the bytes saved."));
    m_scenario->setAccessibleName(tr("Scenario"));
    m_description->setAccessibleName(tr("Scenario description"));
    m_reset->setText(tr("&Reset to the scenario's defaults"));
    m_reset->setToolTip(tr("Set objects, sizes, protocols and updates to the values that show this "
                           "scenario's point; the network stays as you set it."));
    m_reset->setAccessibleName(tr("Reset to the scenario's defaults"));
    // The label's text names each field, without the mnemonic's ampersand and the colon.
    for (QFormLayout* form : {m_linkLayout, m_pageLayout, m_updatesLayout, m_grpcLayout}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole);
            if (!field)
                field = form->itemAt(row, QFormLayout::SpanningRole);
            if (!field)
                continue;
            QString name = labelItem ? static_cast<QLabel*>(labelItem->widget())->text()
                                     : static_cast<QCheckBox*>(field->widget())->text();
            name.remove(QLatin1Char('&'));
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            field->widget()->setAccessibleName(name);
        }
    }
    setKnobToolTip(m_clients, tr("Clients that each receive every update."));
    m_duration->setSuffix(tr(" s"));
    m_pollInterval->setSuffix(tr(" ms"));
    setKnobToolTip(m_pollInterval, tr("Short polling asks this often whether there is news."));
    fillScenarios();
    updateApplicability();
}

void ScenarioControls::setKnobToolTip(QWidget* editor, const QString& text)
{
    m_knobToolTips.insert(editor, text);
    editor->setToolTip(text);
}

QLabel* ScenarioControls::labelOf(QWidget* editor) const
{
    for (QFormLayout* form : {m_linkLayout, m_pageLayout, m_updatesLayout, m_grpcLayout}) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(editor)))
            return label;
    }
    return nullptr;
}

void ScenarioControls::updateApplicability()
{
    const std::optional<ScenarioCatalog::Entry> entry = ScenarioCatalog::entry(scenarioId());
    for (const auto& [knob, editor] : m_knobEditors) {
        const bool applies = !entry || entry->applies(knob);
        const QString tip = applies ? m_knobToolTips.value(editor) : entry->ignoredKnobs.value(knob);
        editor->setEnabled(applies);
        editor->setToolTip(tip);
        if (QLabel* label = labelOf(editor)) {
            label->setEnabled(applies);
            label->setToolTip(tip);
        }
    }
    m_reset->setEnabled(entry.has_value());
}

void ScenarioControls::resetToScenarioDefaults()
{
    const std::optional<ScenarioCatalog::Entry> entry = ScenarioCatalog::entry(scenarioId());
    if (!entry)
        return;
    // The link is the user's, except where a scenario's point needs one: h2-vs-h3 shows HTTP/3's
    // independent streams only on a lossy link, so it brings its loss and round trip along.
    const LinkConditions& plain = ScenarioKnobs().link;
    const LinkConditions& wanted = entry->defaults.link;
    const bool bringsLink = wanted.rttNs != plain.rttNs || wanted.jitterNs != plain.jitterNs ||
                            wanted.lossRate != plain.lossRate ||
                            wanted.downstreamBitsPerSecond != plain.downstreamBitsPerSecond;
    if (bringsLink)
        setKnobs(entry->defaults);
    else
        setWorkloadKnobs(entry->defaults);
}

void ScenarioControls::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ScenarioControls::scenarioId() const
{
    return m_scenario->currentData().toString();
}

void ScenarioControls::setScenarioId(const QString& id)
{
    const int index = m_scenario->findData(id);
    if (index >= 0)
        m_scenario->setCurrentIndex(index);
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
    knobs.largeObjectSize = m_largeObjectSize->value();
    knobs.connectionsPerHost = m_connections->value();
    knobs.maxTlsVersion = TlsVersion(m_tlsVersion->currentData().toInt());
    knobs.pipelining = m_pipelining->isChecked();
    knobs.serverPush = m_push->isChecked();
    knobs.tls = m_tls->isChecked();
    knobs.clients = m_clients->value();
    knobs.updatesPerSecond = m_updatesPerSecond->value();
    knobs.durationSeconds = m_duration->value();
    knobs.pollIntervalMs = m_pollInterval->value();
    knobs.webSocketCompression = m_webSocketCompression->isChecked();
    knobs.grpcDeadlineMs = m_grpcDeadline->value();
    knobs.grpcWorkMs = m_grpcWork->value();
    knobs.grpcCancelAfterMs = m_grpcCancelAfter->value();
    // As browsers do: the sessions' TLS secrets go where SSLKEYLOGFILE says, for Wireshark.
    knobs.keyLogPath = qEnvironmentVariable("SSLKEYLOGFILE");
    if (const QString invalid = knobs.link.validationError(); !invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    return knobs;
}

void ScenarioControls::setKnobs(const ScenarioKnobs& knobs)
{
    m_rtt->setValue(qRound(double(knobs.link.rttNs) / Millisecond));
    m_jitter->setValue(qRound(double(knobs.link.jitterNs) / Millisecond));
    m_bandwidth->setCurrentText(LinkConditions::formatBandwidth(knobs.link.downstreamBitsPerSecond));
    m_loss->setValue(knobs.link.lossRate * 100.0);
    m_seed->setValue(int(std::min<quint32>(knobs.link.seed, quint32(m_seed->maximum()))));
    setWorkloadKnobs(knobs);
}

void ScenarioControls::setWorkloadKnobs(const ScenarioKnobs& knobs)
{
    m_objects->setValue(knobs.objects);
    m_objectSize->setValue(knobs.objectSize);
    m_largeObjectSize->setValue(knobs.largeObjectSize);
    m_connections->setValue(knobs.connectionsPerHost);
    m_tlsVersion->setCurrentIndex(std::max(0, m_tlsVersion->findData(int(knobs.maxTlsVersion))));
    m_pipelining->setChecked(knobs.pipelining);
    m_push->setChecked(knobs.serverPush);
    m_tls->setChecked(knobs.tls);
    m_clients->setValue(knobs.clients);
    m_updatesPerSecond->setValue(knobs.updatesPerSecond);
    m_duration->setValue(knobs.durationSeconds);
    m_pollInterval->setValue(knobs.pollIntervalMs);
    m_webSocketCompression->setChecked(knobs.webSocketCompression);
    m_grpcDeadline->setValue(knobs.grpcDeadlineMs);
    m_grpcWork->setValue(knobs.grpcWorkMs);
    m_grpcCancelAfter->setValue(knobs.grpcCancelAfterMs);
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
    settings.setValue(QStringLiteral("largeObjectSize"), m_largeObjectSize->value());
    settings.setValue(QStringLiteral("connections"), m_connections->value());
    settings.setValue(QStringLiteral("tlsVersion"), m_tlsVersion->currentData());
    settings.setValue(QStringLiteral("pipelining"), m_pipelining->isChecked());
    settings.setValue(QStringLiteral("push"), m_push->isChecked());
    settings.setValue(QStringLiteral("tls"), m_tls->isChecked());
    settings.setValue(QStringLiteral("clients"), m_clients->value());
    settings.setValue(QStringLiteral("updatesPerSecond"), m_updatesPerSecond->value());
    settings.setValue(QStringLiteral("durationSeconds"), m_duration->value());
    settings.setValue(QStringLiteral("pollIntervalMs"), m_pollInterval->value());
    settings.setValue(QStringLiteral("webSocketCompression"), m_webSocketCompression->isChecked());
    settings.setValue(QStringLiteral("grpcDeadlineMs"), m_grpcDeadline->value());
    settings.setValue(QStringLiteral("grpcWorkMs"), m_grpcWork->value());
    settings.setValue(QStringLiteral("grpcCancelAfterMs"), m_grpcCancelAfter->value());
}

void ScenarioControls::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("knobs"));
    setScenarioId(settings.value(QStringLiteral("scenario")).toString());
    auto restore = [&settings](QSpinBox* box, const char* key) {
        box->setValue(settings.value(QLatin1String(key), box->value()).toInt());
    };
    restore(m_rtt, "rttMs");
    restore(m_jitter, "jitterMs");
    restore(m_seed, "seed");
    restore(m_objects, "objects");
    restore(m_objectSize, "objectSize");
    restore(m_largeObjectSize, "largeObjectSize");
    restore(m_connections, "connections");
    restore(m_clients, "clients");
    restore(m_updatesPerSecond, "updatesPerSecond");
    restore(m_duration, "durationSeconds");
    restore(m_pollInterval, "pollIntervalMs");
    restore(m_grpcDeadline, "grpcDeadlineMs");
    restore(m_grpcWork, "grpcWorkMs");
    restore(m_grpcCancelAfter, "grpcCancelAfterMs");
    m_bandwidth->setCurrentText(
        settings.value(QStringLiteral("bandwidth"), m_bandwidth->currentText()).toString());
    m_loss->setValue(settings.value(QStringLiteral("lossPercent"), m_loss->value()).toDouble());
    const int tlsIndex =
        m_tlsVersion->findData(settings.value(QStringLiteral("tlsVersion"), int(TlsVersion::Tls13)));
    m_tlsVersion->setCurrentIndex(std::max(0, tlsIndex));
    m_pipelining->setChecked(settings.value(QStringLiteral("pipelining"), false).toBool());
    m_push->setChecked(settings.value(QStringLiteral("push"), false).toBool());
    m_tls->setChecked(settings.value(QStringLiteral("tls"), true).toBool());
    m_webSocketCompression->setChecked(
        settings.value(QStringLiteral("webSocketCompression"), false).toBool());
}

} // namespace protoviz
