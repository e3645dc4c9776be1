#pragma once

#include <cstdio>
#include <cstdlib>

namespace protoviz::fuzz {

/// Ends the run when an invariant of the decoder under test does not hold. libFuzzer treats the abort
/// as a crash: it prints the message and the stack, and saves the input as a crash-* file.
inline void require(bool condition, const char* invariant)
{
    if (condition)
        return;
    std::fprintf(stderr, "ProtoViz fuzz invariant violated: %s\n", invariant);
    std::abort();
}

} // namespace protoviz::fuzz
