#include "zlibinflater.h"

#include <QFile>

#include <algorithm>
#include <utility>

namespace cloudshift {

namespace {
    constexpr std::size_t kInputBytes = 64 * 1024;
} // namespace

ZlibInflater::ZlibInflater(std::unique_ptr<QFile> file, std::int64_t skipOutput)
    : m_file(std::move(file))
    , m_consumed(m_file->pos())
    , m_skip(skipOutput)
    , m_input(kInputBytes)
{
    m_ok = inflateInit2(&m_stream, 16 + MAX_WBITS) == Z_OK;
    if (!m_ok)
        m_error = QStringLiteral("cannot initialise the gzip decoder");
}

ZlibInflater::~ZlibInflater()
{
    inflateEnd(&m_stream);
}

std::int64_t ZlibInflater::read(char* buffer, std::int64_t maxBytes)
{
    // Replaying output another engine handed out: decode it again and drop it, never more than is
    // left to drop, so what follows a fault is reported exactly as if zlib had run from the start.
    while (m_skip > 0 && m_ok) {
        std::vector<char> scratch(static_cast<std::size_t>(std::min<std::int64_t>(m_skip, 256 * 1024)));
        const std::int64_t dropped = inflateInto(scratch.data(), static_cast<std::int64_t>(scratch.size()));
        if (dropped <= 0)
            break;
        m_skip -= dropped;
    }
    if (!m_ok)
        return -1;
    const std::int64_t produced = inflateInto(buffer, maxBytes);
    // Hand out what was decoded before a fault; the fault is reported by the next call.
    if (produced < 0 && m_produced > 0)
        return std::exchange(m_produced, 0);
    return produced;
}

std::int64_t ZlibInflater::inflateInto(char* buffer, std::int64_t maxBytes)
{
    m_produced = 0;
    m_stream.next_out = reinterpret_cast<Bytef*>(buffer);
    m_stream.avail_out = static_cast<uInt>(std::min<std::int64_t>(maxBytes, 1 << 30));
    m_requested = m_stream.avail_out;
    while (m_stream.avail_out > 0 && !m_finished) {
        if (m_stream.avail_in == 0) {
            const qint64 n = m_file->read(m_input.data(), static_cast<qint64>(m_input.size()));
            if (n < 0)
                return fail(m_file->errorString());
            if (n == 0) {
                if (m_midMember)
                    return fail(QStringLiteral("the gzip data ends early (truncated download?)"));
                m_finished = true;
                break;
            }
            m_consumed += n;
            m_stream.next_in = reinterpret_cast<Bytef*>(m_input.data());
            m_stream.avail_in = static_cast<uInt>(n);
        }
        m_midMember = true;
        const int rc = inflate(&m_stream, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            m_midMember = false;
            inflateReset(&m_stream);
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            return fail(QStringLiteral("corrupt gzip data: %1")
                            .arg(QString::fromLatin1(m_stream.msg ? m_stream.msg : "inflate error")));
        } else if (rc == Z_BUF_ERROR && m_stream.avail_in != 0) {
            return fail(QStringLiteral("corrupt gzip data"));
        }
    }
    return static_cast<std::int64_t>(m_requested - m_stream.avail_out);
}

std::int64_t ZlibInflater::fail(const QString& message)
{
    m_produced = static_cast<std::int64_t>(m_requested - m_stream.avail_out);
    m_error = message;
    m_ok = false;
    return -1;
}

} // namespace cloudshift
