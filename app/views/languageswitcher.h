#pragma once

#include <QObject>
#include <QTranslator>

namespace protoviz {

/// Switches the application's language at run time: installs ProtoViz's translation (compiled in) and
/// Qt's own, after which every widget gets a LanguageChange event and retranslates itself.
class LanguageSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

public:
    struct Language
    {
        QString code; ///< "en", "de", "es", "zh_CN": the suffix of translations/protoviz_*.ts
        QString name; ///< in its own language: "English", "Deutsch"
    };

    explicit LanguageSwitcher(QObject* parent = nullptr);
    ~LanguageSwitcher() override;

    static QList<Language> languages();

    /// Installs the translation for code; false if there is none (the previous one stays).
    bool setLanguage(const QString& code);
    QString language() const { return m_code; }

    /// The language for the system's locale, if ProtoViz has it, else English.
    static QString systemLanguage();

private:
    QTranslator m_protoviz;
    QTranslator m_qt;
    QString m_code;
};

} // namespace protoviz
