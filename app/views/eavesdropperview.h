#pragma once

#include "app/views/viewcontext.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QTextBrowser;

namespace protoviz {

class Timeline;

/// What the people on a session's link did, as a transcript: everything a passive eavesdropper could
/// read (WireKind::Overheard — secrets such as a password or a session cookie highlighted, encrypted
/// records shown as the opaque sizes they are), every byte an attacker altered (WireKind::Tampered), and
/// the session's conclusion. Reads only the timeline; follows it live, a few times a second.
class EavesdropperView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EavesdropperView)

public:
    explicit EavesdropperView(const ViewContext& context, QWidget* parent = nullptr);

    void setTimeline(const Timeline* timeline);

    /// The transcript as plain text (what the view shows, without its colours).
    QString plainText() const;
    /// How many observations carry a secret so far.
    int secretCount() const { return m_secrets; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();

    const ViewContext m_context;
    QPointer<const Timeline> m_timeline;
    QTextBrowser* m_text = nullptr;
    QTimer m_refresh;
    int m_secrets = 0;
};

} // namespace protoviz
