#include "app/views/ladderruns.h"

#include "app/views/laddermodel.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace protoviz {

namespace {

// Sends this close together belong to one flight even if the sender heard something in between (as the
// ladder bundles them).
constexpr qint64 SameMomentNs = 2000000;

} // namespace

void LadderRuns::clear()
{
    m_runs.clear();
    m_arrows = -1;
    m_inFlight = -1;
    m_lanes = 0;
}

void LadderRuns::update(const LadderModel& model, int lanes,
                        const std::function<int(const LadderArrow&)>& laneOf)
{
    if (model.size() == m_arrows && model.inFlightCount() == m_inFlight && lanes == m_lanes)
        return;
    m_arrows = model.size();
    m_inFlight = model.inFlightCount();
    m_lanes = lanes;
    m_runs.clear();

    // Flights per lifeline in the order they began; per lifeline and direction the one still open.
    QHash<int, QList<OpenFlight>> flights;
    QHash<int, std::array<qsizetype, 2>> open;
    for (const qsizetype index : model.bySend()) {
        const LadderArrow& a = model.arrow(index);
        if (a.routine)
            continue; // not drawn, so no flight of the ladder's
        const int lane = laneOf(a);
        const int side = a.direction() == Direction::ClientToServer ? 0 : 1;
        QList<OpenFlight>& laneFlights = flights[lane];
        if (!open.contains(lane))
            open.insert(lane, {-1, -1});
        std::array<qsizetype, 2>& laneOpen = open[lane];
        const qint64 end = a.received() ? a.receiveNs : a.sendNs + model.oneWayNs();
        if (laneOpen[side] >= 0) {
            OpenFlight& f = laneFlights[laneOpen[side]];
            // What a side sends after hearing back on that connection answers something: the next flight.
            const Origin sender = side == 0 ? Origin::Client : Origin::Server;
            if (a.sendNs - f.flight.sendMaxNs <= SameMomentNs ||
                !model.receivedBetween(sender, a.event.connection, f.flight.sendMinNs, a.sendNs)) {
                f.flight.sendMaxNs = a.sendNs;
                f.flight.endMaxNs = std::max(f.flight.endMaxNs, end);
                if (f.call.isEmpty())
                    f.call = a.call;
                continue;
            }
        }
        laneOpen[side] = laneFlights.size();
        laneFlights.append({{a.sendNs, a.sendNs, end, false}, a.direction(), a.call});
    }

    for (auto lane = flights.cbegin(); lane != flights.cend(); ++lane) {
        LadderRun run;
        Direction opening = Direction::None;
        int calls = 0;
        QList<LadderRun::Flight> between; // flights of no call since the run's last call
        const auto finish = [&] {
            if (calls >= MinCalls)
                m_runs.append(run);
            run = LadderRun();
            calls = 0;
            between.clear();
        };
        for (const OpenFlight& f : lane.value()) {
            if (!f.call.isEmpty() && f.call != run.call)
                finish();
            if (f.call.isEmpty()) {
                if (!run.call.isEmpty())
                    between.append(f.flight);
                continue;
            }
            if (run.call.isEmpty()) {
                run.lane = lane.key();
                run.call = f.call;
                opening = f.direction;
            }
            run.flights.append(between);
            between.clear();
            LadderRun::Flight flight = f.flight;
            flight.opensCall = f.direction == opening;
            calls += flight.opensCall ? 1 : 0;
            run.flights.append(flight);
        }
        finish();
    }
    std::sort(m_runs.begin(), m_runs.end(), [](const LadderRun& l, const LadderRun& r) {
        return l.flights.constFirst().sendMinNs < r.flights.constFirst().sendMinNs;
    });
}

} // namespace protoviz
