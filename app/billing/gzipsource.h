#pragma once

#include "billing/bytesource.h"
#include "billing/inflater.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace cloudshift {

/// A gzip file as a ByteSource, inflated ahead on a second thread.
///
/// Inflating costs about as much as parsing, so the two run on both cores: a worker fills a few blocks
/// of text while the reader parses the previous ones. Memory stays at a few blocks whatever the file
/// size. Faults come after the text decoded before them, exactly as the inflater reports them.
class GzipSource : public ByteSource
{
public:
    /// `ahead` false inflates on the caller's thread, inside read().
    GzipSource(std::unique_ptr<Inflater> inflater, std::int64_t totalBytes, bool ahead = true);
    ~GzipSource() override;

    std::int64_t read(char* buffer, std::int64_t maxBytes) override;
    std::int64_t progressBytes() const override { return m_progress.load(std::memory_order_relaxed); }
    std::int64_t totalBytes() const override { return m_total; }
    QString error() const override { return m_error; }

private:
    enum class State { Data, End, Fault };
    struct Block
    {
        std::vector<char> text;
        std::size_t size = 0;
        std::size_t taken = 0;
        State state = State::Data;
        QString error;
    };
    void produce();
    bool nextBlock();

    std::unique_ptr<Inflater> m_inflater;
    std::int64_t m_total = 0;
    bool m_ahead = true;
    std::atomic<std::int64_t> m_progress{0};
    QString m_error;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Block> m_ready; ///< filled by the worker, in order
    std::vector<Block> m_free; ///< emptied by the reader
    Block m_current; ///< the block the reader takes text from
    bool m_stop = false;
    std::thread m_worker;
};

} // namespace cloudshift
