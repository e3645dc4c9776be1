#include "app/views/languageswitcher.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QRawFont>
#include <QTest>

using namespace protoviz;

// Every language the window offers is complete enough to switch to, and the machine can draw it: the
// Chinese translation is useless on a projector that shows empty boxes.
class LanguagesTest : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguageLoadsAndTranslates_data();
    void everyLanguageLoadsAndTranslates();
    void chineseTextHasAFont();
    void systemLanguageFindsALanguageWithItsCountry();
};

void LanguagesTest::everyLanguageLoadsAndTranslates_data()
{
    QTest::addColumn<QString>("code");
    for (const LanguageSwitcher::Language& language : LanguageSwitcher::languages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void LanguagesTest::everyLanguageLoadsAndTranslates()
{
    QFETCH(QString, code);
    LanguageSwitcher switcher;
    QVERIFY2(switcher.setLanguage(code), qPrintable(QStringLiteral("no translation for %1").arg(code)));
    QCOMPARE(switcher.language(), code);
    if (code == QStringLiteral("en"))
        return;
    // A menu title, a scenario's description and a lesson-facing sentence: the UI, the engine's scenario
    // texts and the summaries alike.
    const char* samples[][2] = {
        {"protoviz::MainWindow", "&Session"},
        {"ScenarioCatalog", "HTTP/1.1 against HTTP/2"},
        {"protoviz::MainWindow", "&Run"},
    };
    for (const auto& [context, source] : samples) {
        const QString translated = QCoreApplication::translate(context, source);
        QVERIFY2(
            translated != QLatin1String(source),
            qPrintable(QStringLiteral("%1 has no translation of \"%2\"").arg(code, QLatin1String(source))));
    }
}

void LanguagesTest::chineseTextHasAFont()
{
    LanguageSwitcher switcher;
    QVERIFY(switcher.setLanguage(QStringLiteral("zh_CN")));
    const QString menu = QCoreApplication::translate("protoviz::MainWindow", "&Session");
    QVERIFY(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty());
    // The font the views draw with falls back to one that has the glyphs; each character must be found.
    const QRawFont han = QRawFont::fromFont(QApplication::font(), QFontDatabase::SimplifiedChinese);
    QVERIFY2(han.isValid(),
             "no font draws Simplified Chinese: install fonts-wqy-microhei (scripts/common.sh)");
    for (const QChar character : menu) {
        if (character.script() == QChar::Script_Han)
            QVERIFY2(han.supportsCharacter(character),
                     qPrintable(QStringLiteral("no glyph for %1").arg(character)));
    }
}

void LanguagesTest::systemLanguageFindsALanguageWithItsCountry()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    QCOMPARE(LanguageSwitcher::systemLanguage(), QStringLiteral("zh_CN"));
    QLocale::setDefault(QLocale(QStringLiteral("es_MX")));
    QCOMPARE(LanguageSwitcher::systemLanguage(), QStringLiteral("es"));
    QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
    QCOMPARE(LanguageSwitcher::systemLanguage(), QStringLiteral("en"));
    QLocale::setDefault(saved);
}

QTEST_MAIN(LanguagesTest)
#include "tst_languages.moc"
