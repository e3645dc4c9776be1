#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace protoviz {

class LessonLibrary;

/// The glossary (LessonLibrary::glossary) to look terms up in: a search field that filters as one
/// types (by name, other spellings and meaning), the matching terms, and the chosen term's meaning
/// below in a readable size. Also words the hover help of other views: tooltipFor() explains the
/// glossary terms a text mentions. GUI thread; the library must outlive the panel.
class GlossaryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlossaryPanel)

public:
    /// library may be null: the panel is empty until setLibrary().
    explicit GlossaryPanel(const LessonLibrary* library, QWidget* parent = nullptr);

    /// Lists another library's terms, or the same library's after it was loaded again (in another
    /// language); the search and, if still listed, the chosen term are kept.
    void setLibrary(const LessonLibrary* library);

    /// Chooses a term by its name (as listed) and shows its meaning; false if it is not listed.
    bool showTerm(const QString& term);
    /// The names listed now: terms found by name or other spelling first, then those found by meaning,
    /// each in glossary order.
    QStringList listedTerms() const;

    QLineEdit* searchField() const { return m_search; }
    QTextBrowser* meaningView() const { return m_meaning; }

    /// Rich text explaining every glossary term text mentions (LessonLibrary::termsIn), for a tooltip;
    /// empty when it mentions none.
    static QString tooltipFor(const LessonLibrary& library, const QString& text);
    /// A view's plain tooltip with the glossary's explanation of the terms in mentions appended (then
    /// as rich text); tooltip itself when library is null or mentions names no term.
    static QString tooltipWithGlossary(const LessonLibrary* library, const QString& tooltip,
                                       const QString& mentions);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refill();
    void showChosen();
    void retranslate();

    const LessonLibrary* m_library = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_terms = nullptr;
    QTextBrowser* m_meaning = nullptr;
};

} // namespace protoviz
