#pragma once

#include <vector>

namespace protoviz {

/// File descriptors held open on purpose, so that they are there when they are needed: taking a
/// reserve proves the process could still open that many descriptors, and releasing it hands them back
/// for the work they were kept for. A process out of descriptors fails at everything that needs one
/// (opening a file, a pipe, an outgoing connection), not only at accepting connections.
///
/// The descriptors are eventfd objects that nothing reads; any thread, but one owner.
class DescriptorReserve final
{
public:
    DescriptorReserve() = default;
    ~DescriptorReserve();
    DescriptorReserve(const DescriptorReserve&) = delete;
    DescriptorReserve& operator=(const DescriptorReserve&) = delete;

    /// Holds count more descriptors. Returns false, holding no more than before, if the process or the
    /// system cannot open that many; then *error (if given) is the errno of the failure.
    bool take(int count, int* error = nullptr);

    /// Closes every descriptor held, which makes them available to the rest of the process again.
    void release();

    int size() const { return int(m_descriptors.size()); }

private:
    std::vector<int> m_descriptors;
};

} // namespace protoviz
