#pragma once

#include "core/timeline/event.h"

#include <QList>
#include <QString>

#include <functional>

namespace protoviz {

class LadderModel;
struct LadderArrow;

/// Calls of one kind made one after another on one client lifeline (sixteen unary GetItem calls, a
/// client polling GET /chat): the ladder summarises such a run as one counted band where its flights are
/// too close together to label one by one. A plain value.
struct LadderRun
{
    /// One side's units sent together (see LadderRuns), as far as the run needs them.
    struct Flight
    {
        qint64 sendMinNs = 0;
        qint64 sendMaxNs = 0;
        qint64 endMaxNs = 0;    ///< the last arrival, or where the link's delay would bring it
        bool opensCall = false; ///< a flight in the direction that opens the run's calls
    };

    int lane = 0;          ///< the client lifeline
    QString call;          ///< LadderArrow::call of the run's flights ("GetItem")
    QList<Flight> flights; ///< in the order sent: the calls' flights and what travelled between them
};

/// Finds the runs of similar calls among a ladder model's arrows.
///
/// A flight is what one side sends on one client lifeline before it hears back (as the ladder bundles
/// it: units sent in the same instant stay together). A run is a sequence of consecutive flights of one
/// lifeline that carry the same call, with flights of no call (WINDOW_UPDATE, a response's body, a
/// NewSessionTicket) between them; a flight of another call ends it. Only runs of at least MinCalls
/// calls are kept. Not thread-safe: the GUI thread's.
class LadderRuns
{
public:
    /// Fewer calls in a row are labelled one by one.
    static constexpr int MinCalls = 3;

    /// Finds the runs anew if the model changed since the last call (or the lanes did).
    void update(const LadderModel& model, int lanes, const std::function<int(const LadderArrow&)>& laneOf);
    /// Forgets the runs, e.g. for another timeline.
    void clear();
    /// The runs found, in the order they began.
    const QList<LadderRun>& runs() const { return m_runs; }

private:
    struct OpenFlight
    {
        LadderRun::Flight flight;
        Direction direction = Direction::None;
        QString call;
    };

    QList<LadderRun> m_runs;
    qsizetype m_arrows = -1;
    qsizetype m_inFlight = -1;
    int m_lanes = 0;
};

} // namespace protoviz
