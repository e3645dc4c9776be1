#pragma once

namespace protoviz {

class EventSelection;
class LadderScale;
class PlaybackClock;
class ViewTheme;

/// What every view shares with the others: the playback clock both panes are drawn at, the theme, and
/// the selected event. Owned by the main window; views hold the pointers.
struct ViewContext
{
    PlaybackClock* clock = nullptr;
    ViewTheme* theme = nullptr;
    EventSelection* selection = nullptr;
    /// The vertical scale the ladders share; without it each ladder fits its own height.
    LadderScale* ladderScale = nullptr;
};

} // namespace protoviz
