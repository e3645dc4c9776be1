// The Scenario dock: knobs the chosen scenario ignores are disabled and say why, a scenario picked in the
// list brings its own workload (a lesson's knobs stay), and every editor has a name and a mnemonic.

#include "core/session/scenario.h"

#include "app/views/scenariocontrols.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTest>

using namespace protoviz;

namespace {

/// Picks id in the scenario list as a click does.
void choose(ScenarioControls& controls, const QString& id)
{
    auto* picker = controls.findChild<QComboBox*>(QStringLiteral("scenarioPicker"));
    QVERIFY(picker);
    const int index = picker->findData(id);
    QVERIFY(index >= 0);
    picker->setCurrentIndex(index);
    emit picker->activated(index);
}

QCheckBox* tlsBox(const ScenarioControls& controls)
{
    for (QCheckBox* box : controls.findChildren<QCheckBox*>()) {
        if (box->accessibleName() == ScenarioControls::tr("TLS (HTTPS)"))
            return box;
    }
    return nullptr;
}

} // namespace

class ScenarioControlsTest final : public QObject
{
    Q_OBJECT

private slots:
    void theShootoutDisablesTheTlsKnobAndSaysWhy()
    {
        ScenarioControls controls;
        controls.show();
        QCheckBox* tls = tlsBox(controls);
        QVERIFY(tls);
        choose(controls, QStringLiteral("h1-vs-h2"));
        QVERIFY(tls->isEnabled());
        choose(controls, QStringLiteral("protocol-shootout"));
        QVERIFY(!tls->isEnabled());
        const std::optional<ScenarioCatalog::Entry> shootout =
            ScenarioCatalog::entry(QStringLiteral("protocol-shootout"));
        QVERIFY(shootout);
        QCOMPARE(tls->toolTip(), shootout->ignoredKnobs.value(ScenarioKnob::Tls));
        QVERIFY(tls->toolTip().contains(QLatin1String("cleartext")));
        // Back on a scenario that reads it, the knob is enabled with its own tooltip again.
        choose(controls, QStringLiteral("h1-vs-h2"));
        QVERIFY(tls->isEnabled());
        QVERIFY(tls->toolTip() != shootout->ignoredKnobs.value(ScenarioKnob::Tls));
    }

    void compressionAppliesOnlyWhereAWebSocketSideReadsIt()
    {
        ScenarioControls controls;
        controls.show();
        auto* compression = controls.findChild<QCheckBox*>();
        for (QCheckBox* box : controls.findChildren<QCheckBox*>()) {
            if (box->accessibleName().contains(QLatin1String("permessage-deflate")))
                compression = box;
        }
        QVERIFY(compression && compression->accessibleName().contains(QLatin1String("permessage-deflate")));
        choose(controls, QStringLiteral("h1-vs-h2"));
        QVERIFY(!compression->isEnabled());
        QCOMPARE(compression->toolTip(), ScenarioCatalog::entry(QStringLiteral("h1-vs-h2"))
                                             ->ignoredKnobs.value(ScenarioKnob::WebSocketCompression));
        QVERIFY(!compression->toolTip().isEmpty());
        choose(controls, QStringLiteral("polling-vs-websocket"));
        QVERIFY(compression->isEnabled());
        QVERIFY(compression->toolTip().contains(QLatin1String("permessage-deflate")));
        compression->setChecked(true);
        QString error;
        QVERIFY(controls.knobs(&error)->webSocketCompression);
    }

    void everyIgnoredKnobIsDisabledInEveryScenario()
    {
        ScenarioControls controls;
        for (const ScenarioCatalog::Entry& entry : ScenarioCatalog::entries()) {
            choose(controls, entry.id);
            int disabled = 0;
            for (QWidget* editor : controls.findChildren<QWidget*>()) {
                if (!editor->isEnabled() && !editor->accessibleName().isEmpty() &&
                    !qobject_cast<QLabel*>(editor)) {
                    ++disabled;
                    QVERIFY2(!editor->toolTip().isEmpty(), qPrintable(entry.id + editor->accessibleName()));
                }
            }
            QCOMPARE(disabled, entry.ignoredKnobs.size());
        }
    }

    void choosingAScenarioSetsItsDefaultsAndKeepsTheLink()
    {
        ScenarioControls controls;
        QString error;
        ScenarioKnobs mine = *controls.knobs(&error);
        mine.link.rttNs = 37'000'000;
        mine.objects = 77;
        controls.setKnobs(mine);
        choose(controls, QStringLiteral("h1-pipelining"));
        const std::optional<ScenarioKnobs> pipelining = controls.knobs(&error);
        QVERIFY2(pipelining, qPrintable(error));
        QCOMPARE(pipelining->objects,
                 ScenarioCatalog::entry(QStringLiteral("h1-pipelining"))->defaults.objects);
        QCOMPARE(pipelining->link.rttNs, 37'000'000);

        // The user changes a knob after choosing; Reset brings the scenario's value back.
        ScenarioKnobs changed = *pipelining;
        changed.objects = 3;
        controls.setKnobs(changed);
        QCOMPARE(controls.knobs(&error)->objects, 3);
        auto* reset = controls.findChild<QPushButton*>(QStringLiteral("resetToScenarioDefaults"));
        QVERIFY(reset);
        QVERIFY(!reset->accessibleName().isEmpty());
        reset->click();
        QCOMPARE(controls.knobs(&error)->objects, pipelining->objects);

        // A lesson sets the scenario and its knobs without a click in the list: they stay.
        ScenarioKnobs lesson = changed;
        lesson.pollIntervalMs = 900;
        controls.setScenarioId(QStringLiteral("polling-vs-websocket"));
        controls.setKnobs(lesson);
        QCOMPARE(controls.knobs(&error)->pollIntervalMs, 900);
    }

    void aScenarioThatNeedsALossyLinkBringsIt()
    {
        // h2-vs-h3 makes its point (a lost packet stalls only its stream) on a lossy link: choosing it
        // sets its loss and round trip as well as its page; a scenario without link defaults keeps the link.
        ScenarioControls controls;
        QString error;
        ScenarioKnobs mine = *controls.knobs(&error);
        mine.link.lossRate = 0;
        controls.setKnobs(mine);
        choose(controls, QStringLiteral("h2-vs-h3"));
        const ScenarioKnobs wanted = ScenarioCatalog::entry(QStringLiteral("h2-vs-h3"))->defaults;
        QVERIFY(wanted.link.lossRate > 0);
        const std::optional<ScenarioKnobs> h3 = controls.knobs(&error);
        QVERIFY2(h3, qPrintable(error));
        QCOMPARE(h3->link.lossRate, wanted.link.lossRate);
        QCOMPARE(h3->link.rttNs, wanted.link.rttNs);
        QCOMPARE(h3->objects, wanted.objects);

        choose(controls, QStringLiteral("h1-vs-h2"));
        QCOMPARE(controls.knobs(&error)->link.lossRate, wanted.link.lossRate);
    }

    void everyEditorHasANameAndAMnemonic()
    {
        ScenarioControls controls;
        for (QFormLayout* form : controls.findChildren<QFormLayout*>()) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole);
                if (!field)
                    field = form->itemAt(row, QFormLayout::SpanningRole);
                QVERIFY(field && field->widget());
                QVERIFY2(!field->widget()->accessibleName().isEmpty(),
                         field->widget()->metaObject()->className());
                QVERIFY(!field->widget()->accessibleName().contains(QLatin1Char('&')));
                if (auto* label = qobject_cast<QLabel*>(form->labelForField(field->widget()))) {
                    QCOMPARE(label->buddy(), field->widget());
                    QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
                } else {
                    QVERIFY(qobject_cast<QCheckBox*>(field->widget())->text().contains(QLatin1Char('&')));
                }
            }
        }
        QVERIFY(
            !controls.findChild<QComboBox*>(QStringLiteral("scenarioPicker"))->accessibleName().isEmpty());

        // Every mnemonic of the dock is its own, so that Alt and a letter reaches one field.
        QStringList texts;
        for (QLabel* label : controls.findChildren<QLabel*>())
            texts.append(label->text());
        for (QAbstractButton* button : controls.findChildren<QAbstractButton*>())
            texts.append(button->text());
        for (QGroupBox* box : controls.findChildren<QGroupBox*>())
            texts.append(box->title());
        QSet<QChar> letters;
        for (const QString& text : std::as_const(texts)) {
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (amp < 0 || amp + 1 >= text.size())
                continue;
            const QChar letter = text.at(amp + 1).toLower();
            QVERIFY2(!letters.contains(letter), qPrintable(text));
            letters.insert(letter);
        }
        QVERIFY(letters.size() >= 20);
    }
};

QTEST_MAIN(ScenarioControlsTest)
#include "tst_scenariocontrols.moc"
