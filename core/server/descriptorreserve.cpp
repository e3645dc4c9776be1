#include "core/server/descriptorreserve.h"

#include <cerrno>
#include <sys/eventfd.h>
#include <unistd.h>

namespace protoviz {

DescriptorReserve::~DescriptorReserve()
{
    release();
}

bool DescriptorReserve::take(int count, int* error)
{
    const std::size_t before = m_descriptors.size();
    for (int i = 0; i < count; ++i) {
        // An eventfd needs no file system (unlike /dev/null) and no descriptor to duplicate.
        const int descriptor = ::eventfd(0, EFD_CLOEXEC);
        if (descriptor < 0) {
            if (error)
                *error = errno;
            while (m_descriptors.size() > before) {
                ::close(m_descriptors.back());
                m_descriptors.pop_back();
            }
            return false;
        }
        m_descriptors.push_back(descriptor);
    }
    return true;
}

void DescriptorReserve::release()
{
    for (const int descriptor : m_descriptors)
        ::close(descriptor);
    m_descriptors.clear();
}

} // namespace protoviz
