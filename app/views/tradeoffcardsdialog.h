#pragma once

#include <QDialog>

class QTabWidget;

namespace protoviz {

class LessonLibrary;
class MainWindow;
struct TradeoffCard;
struct TradeoffClaim;

/// The trade-off cards (LessonLibrary::cards), one tab per protocol: when to pick it and when to avoid
/// it, each claim with a "Run it" button when a scenario demonstrates it (the run happens in the main
/// window), and what to say about it in an interview. The texts are read as they are written, so they
/// wrap and are set a little larger than the dialog's chrome. The library and the window must outlive
/// the dialog. GUI thread.
class TradeoffCardsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradeoffCardsDialog)

public:
    TradeoffCardsDialog(const LessonLibrary& library, MainWindow* window);

    QTabWidget* tabs() const { return m_tabs; }

private:
    QWidget* createCardPage(const TradeoffCard& card);
    QWidget* createClaim(const TradeoffClaim& claim, QWidget* parent);
    void runClaim(const TradeoffClaim& claim);

    MainWindow* m_window = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace protoviz
