#pragma once

#include <QHostAddress>

namespace protoviz {

/// A QTimer interval for a wait in nanoseconds, rounded up: firing early would only find nothing due and
/// cost another wake-up.
int timerIntervalMs(qint64 waitNs);

/// The local address a relay binds its upstream socket to for target: loopback for a loopback target (a
/// session's traffic never leaves the machine), any address of target's family otherwise.
QHostAddress bindAddressFor(const QHostAddress& target);

} // namespace protoviz
