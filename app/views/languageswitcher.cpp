#include "app/views/languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace protoviz {

LanguageSwitcher::LanguageSwitcher(QObject* parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    QCoreApplication::removeTranslator(&m_protoviz);
    QCoreApplication::removeTranslator(&m_qt);
}

QList<LanguageSwitcher::Language> LanguageSwitcher::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString LanguageSwitcher::systemLanguage()
{
    // A code names a language ("de", any German) or a language in one country ("zh_CN").
    const QString name = QLocale().name();
    const QString languageOnly = name.section(QLatin1Char('_'), 0, 0);
    for (const Language& language : languages()) {
        if (language.code == name || language.code == languageOnly)
            return language.code;
    }
    return QStringLiteral("en");
}

bool LanguageSwitcher::setLanguage(const QString& code)
{
    QTranslator protoviz;
    if (!protoviz.load(QStringLiteral(":/i18n/protoviz_%1.qm").arg(code)))
        return false;
    QCoreApplication::removeTranslator(&m_protoviz);
    QCoreApplication::removeTranslator(&m_qt);
    // QTranslator cannot be moved; load into the member now that the file is known to load.
    if (!m_protoviz.load(QStringLiteral(":/i18n/protoviz_%1.qm").arg(code)))
        return false;
    QCoreApplication::installTranslator(&m_protoviz);
    // Numbers follow the language: "2,344 ms" reads as two and a third milliseconds in German. The
    // system's own locale is kept where it speaks the chosen language (en_GB stays en_GB).
    const QLocale system = QLocale::system();
    const bool systemSpeaksIt =
        system.name() == code || system.name().section(QLatin1Char('_'), 0, 0) == code;
    QLocale::setDefault(systemSpeaksIt ? system : QLocale(code));
    if (m_qt.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_code = code;
    return true;
}

} // namespace protoviz
