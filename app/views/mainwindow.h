#pragma once

#include <QMainWindow>

class QAction;

namespace protoviz {

class Comparison;
class ScenarioControls;
class SessionPane;

/// ProtoViz's window: the scenario and its knobs on the left, panes A and B side by side, Run and Stop.
/// Runs comparisons live through the engine and shows only what their timelines record.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Runs the current scenario; returns false (and shows why) if the knobs cannot be run.
    bool run();
    void stop();

    SessionPane* paneA() const { return m_paneA; }
    SessionPane* paneB() const { return m_paneB; }
    Comparison* comparison() const { return m_comparison; }

signals:
    /// The current comparison finished (both sides).
    void comparisonFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onFinished();

    ScenarioControls* m_controls = nullptr;
    SessionPane* m_paneA = nullptr;
    SessionPane* m_paneB = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_stopAction = nullptr;
    Comparison* m_comparison = nullptr;
};

} // namespace protoviz
