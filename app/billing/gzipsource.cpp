#include "gzipsource.h"

#include <algorithm>
#include <cstring>

namespace cloudshift {

namespace {
    // Four blocks of 256 KiB: enough for the worker to stay ahead, small enough to stay in cache.
    constexpr std::size_t kBlockBytes = 256 * 1024;
    constexpr std::size_t kBlocks = 4;
} // namespace

GzipSource::GzipSource(std::unique_ptr<Inflater> inflater, std::int64_t totalBytes, bool ahead)
    : m_inflater(std::move(inflater))
    , m_total(totalBytes)
    , m_ahead(ahead)
{
    m_current.state = State::Data;
}

GzipSource::~GzipSource()
{
    if (m_worker.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }
}

void GzipSource::produce()
{
    for (;;) {
        Block block;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_free.empty(); });
            if (m_stop)
                return;
            block = std::move(m_free.back());
            m_free.pop_back();
        }
        block.text.resize(kBlockBytes);
        block.size = 0;
        block.taken = 0;
        block.state = State::Data;
        while (block.size < block.text.size()) {
            const std::int64_t n = m_inflater->read(block.text.data() + block.size,
                static_cast<std::int64_t>(block.text.size() - block.size));
            m_progress.store(m_inflater->compressedBytesRead(), std::memory_order_relaxed);
            if (n > 0) {
                block.size += static_cast<std::size_t>(n);
                continue;
            }
            block.state = n == 0 ? State::End : State::Fault;
            block.error = m_inflater->error();
            break;
        }
        const bool last = block.state != State::Data;
        {
            const std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(block));
        }
        m_changed.notify_all();
        if (last)
            return;
    }
}

bool GzipSource::nextBlock()
{
    // Hands the used block back and waits for the next one; false once the last one is used up.
    if (m_current.state != State::Data)
        return false;
    std::unique_lock lock(m_mutex);
    if (!m_worker.joinable()) {
        for (std::size_t i = 0; i < kBlocks; ++i)
            m_free.emplace_back();
        m_worker = std::thread([this] { produce(); });
    } else {
        m_free.push_back(std::move(m_current));
        m_changed.notify_all();
    }
    m_changed.wait(lock, [this] { return !m_ready.empty(); });
    m_current = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}

std::int64_t GzipSource::read(char* buffer, std::int64_t maxBytes)
{
    if (!m_ahead) {
        const std::int64_t n = m_inflater->read(buffer, maxBytes);
        m_progress.store(m_inflater->compressedBytesRead(), std::memory_order_relaxed);
        if (n < 0)
            m_error = m_inflater->error();
        return n;
    }
    while (m_current.taken == m_current.size) {
        if (!nextBlock()) {
            if (m_current.state == State::Fault) {
                m_error = m_current.error;
                return -1;
            }
            return 0;
        }
    }
    const auto n = std::min(static_cast<std::size_t>(maxBytes), m_current.size - m_current.taken);
    std::memcpy(buffer, m_current.text.data() + m_current.taken, n);
    m_current.taken += n;
    return static_cast<std::int64_t>(n);
}

} // namespace cloudshift
