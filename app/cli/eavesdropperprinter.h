#pragma once

#include <QCoreApplication>
#include <QString>

namespace protoviz {
class Timeline;
}

namespace protoviz::cli {

/// Prints, for the terminal, what the people on a session's link did: each thing the eavesdropper read
/// (WireKind::Overheard, secrets marked), each byte an attacker altered (WireKind::Tampered), then the
/// session's own conclusion (its Finished reason). Everything comes from the session's timeline.
class EavesdropperPrinter
{
    Q_DECLARE_TR_FUNCTIONS(EavesdropperPrinter)

public:
    /// The text for one session, its lines ending in '\n'. title names the session ("A: HTTP, cleartext").
    static QString render(const Timeline& timeline, const QString& title);
};

} // namespace protoviz::cli
