#include "app/views/glossarypanel.h"

#include "core/lesson/lessonlibrary.h"

#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace protoviz {

namespace {

// A tooltip is read at a glance: a long event summary may mention many terms, the rest is one search away.
constexpr qsizetype MaxTermsInTooltip = 4;

} // namespace

GlossaryPanel::GlossaryPanel(const LessonLibrary* library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
{
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &GlossaryPanel::refill);

    m_terms = new QListWidget(this);
    m_terms->setUniformItemSizes(true);
    connect(m_terms, &QListWidget::currentItemChanged, this, &GlossaryPanel::showChosen);

    m_meaning = new QTextBrowser(this);
    m_meaning->setOpenExternalLinks(true);
    QFont font = m_meaning->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_meaning->setFont(font);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_terms);
    splitter->addWidget(m_meaning);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    retranslate();
    refill();
}

void GlossaryPanel::setLibrary(const LessonLibrary* library)
{
    m_library = library;
    refill();
}

void GlossaryPanel::refill()
{
    const QString chosen = m_terms->currentItem() ? m_terms->currentItem()->text() : QString();
    const QSignalBlocker blocker(m_terms);
    m_terms->clear();
    if (m_library) {
        const QString needle = m_search->text().trimmed();
        QList<GlossaryTerm> found = m_library->search(needle);
        // A term found by its name reads before one that only mentions the search in its meaning.
        std::stable_partition(found.begin(), found.end(), [&](const GlossaryTerm& term) {
            return term.term.contains(needle, Qt::CaseInsensitive) ||
                   std::any_of(term.aka.cbegin(), term.aka.cend(), [&](const QString& name) {
                       return name.contains(needle, Qt::CaseInsensitive);
                   });
        });
        for (const GlossaryTerm& term : std::as_const(found))
            m_terms->addItem(term.term);
    }
    const QList<QListWidgetItem*> same = m_terms->findItems(chosen, Qt::MatchExactly);
    if (!same.isEmpty())
        m_terms->setCurrentItem(same.first());
    else if (m_terms->count() > 0)
        m_terms->setCurrentRow(0);
    showChosen();
}

bool GlossaryPanel::showTerm(const QString& term)
{
    const QList<QListWidgetItem*> found = m_terms->findItems(term, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    m_terms->setCurrentItem(found.first());
    return true;
}

QStringList GlossaryPanel::listedTerms() const
{
    QStringList terms;
    for (int row = 0; row < m_terms->count(); ++row)
        terms.append(m_terms->item(row)->text());
    return terms;
}

void GlossaryPanel::showChosen()
{
    const QListWidgetItem* item = m_terms->currentItem();
    if (!m_library || !item) {
        m_meaning->setMarkdown(m_search->text().isEmpty() || !m_library ? QString()
                                                                        : tr("No term matches the search."));
        return;
    }
    for (const GlossaryTerm& term : m_library->glossary()) {
        if (term.term != item->text())
            continue;
        QString text = QStringLiteral("### %1\n\n").arg(term.term);
        if (!term.aka.isEmpty())
            text += tr("*Also called:* %1").arg(term.aka.join(QLatin1String(", "))) + QLatin1String("\n\n");
        m_meaning->setMarkdown(text + term.means);
        return;
    }
}

QString GlossaryPanel::tooltipFor(const LessonLibrary& library, const QString& text)
{
    const QList<GlossaryTerm> terms = library.termsIn(text);
    QString tip;
    for (qsizetype i = 0; i < std::min(terms.size(), MaxTermsInTooltip); ++i) {
        tip += QStringLiteral("<p><b>%1</b> — %2</p>")
                   .arg(terms[i].term.toHtmlEscaped(), terms[i].means.toHtmlEscaped());
    }
    if (terms.size() > MaxTermsInTooltip) {
        tip += QStringLiteral("<p><i>%1</i></p>")
                   .arg(tr("and %n more in the glossary", nullptr, int(terms.size() - MaxTermsInTooltip))
                            .toHtmlEscaped());
    }
    return tip;
}

QString GlossaryPanel::tooltipWithGlossary(const LessonLibrary* library, const QString& tooltip,
                                           const QString& mentions)
{
    const QString glossary = library ? tooltipFor(*library, mentions) : QString();
    if (glossary.isEmpty())
        return tooltip;
    return Qt::convertFromPlainText(tooltip, Qt::WhiteSpaceNormal) + QLatin1String("<hr/>") + glossary;
}

void GlossaryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GlossaryPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search terms and meanings"));
    m_search->setToolTip(tr("Lists the terms whose name, other spellings or meaning contain what you type"));
    m_search->setAccessibleName(tr("Search the glossary"));
    m_terms->setAccessibleName(tr("Terms"));
    m_meaning->setAccessibleName(tr("Meaning"));
}

} // namespace protoviz
