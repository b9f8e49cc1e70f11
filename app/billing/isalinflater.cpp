#include "isalinflater.h"

#include "billing/zlibinflater.h"

#include <QFile>

#include <algorithm>
#include <limits>

namespace cloudshift {

namespace {
    constexpr std::size_t kInputBytes = 64 * 1024;

    void startMember(inflate_state& state)
    {
        // A reset forgets the input pointers; the next member may already be in the buffer.
        unsigned char* const next = state.next_in;
        const std::uint32_t available = state.avail_in;
        isal_inflate_reset(&state);
        state.crc_flag = ISAL_GZIP; // parse the gzip header, check the CRC and length in the trailer
        state.next_in = next;
        state.avail_in = available;
    }
} // namespace

IsalInflater::IsalInflater(std::unique_ptr<QFile> file)
    : m_file(std::move(file))
    , m_input(kInputBytes)
    , m_inputOffset(m_file->pos())
    , m_consumed(m_inputOffset)
    , m_memberStart(m_inputOffset)
{
    isal_inflate_init(&m_state);
    m_state.crc_flag = ISAL_GZIP;
}

std::int64_t IsalInflater::compressedBytesRead() const
{
    return m_zlib ? m_zlib->compressedBytesRead() : m_consumed;
}

QString IsalInflater::error() const
{
    return m_zlib ? m_zlib->error() : m_error;
}

std::int64_t IsalInflater::read(char* buffer, std::int64_t maxBytes)
{
    if (m_zlib)
        return m_zlib->read(buffer, maxBytes);
    if (m_readFailed)
        return -1;
    std::int64_t produced = 0;
    while (produced < maxBytes && !m_finished) {
        if (m_state.avail_in == 0) {
            const qint64 n = m_file->read(reinterpret_cast<char*>(m_input.data()), static_cast<qint64>(m_input.size()));
            if (n < 0) {
                m_error = m_file->errorString();
                m_readFailed = true;
                return produced > 0 ? produced : -1;
            }
            if (n == 0) {
                if (m_midMember)
                    return handOver(buffer, maxBytes, produced); // truncated: zlib says where
                m_finished = true;
                break;
            }
            m_inputOffset = m_consumed;
            m_consumed += n;
            m_state.next_in = m_input.data();
            m_state.avail_in = static_cast<std::uint32_t>(n);
        }
        m_midMember = true;
        const auto room = static_cast<std::uint32_t>(
            std::min<std::int64_t>(maxBytes - produced, std::numeric_limits<std::uint32_t>::max()));
        m_state.next_out = reinterpret_cast<unsigned char*>(buffer + produced);
        m_state.avail_out = room;
        const std::uint32_t inputBefore = m_state.avail_in;
        const int rc = isal_inflate(&m_state);
        const std::int64_t decoded = room - m_state.avail_out;
        produced += decoded;
        m_memberOutput += decoded;
        const bool stuck = decoded == 0 && m_state.avail_in == inputBefore && m_state.block_state != ISAL_BLOCK_FINISH;
        if (rc < 0 || stuck) // never spin on data ISA-L neither takes nor refuses
            return handOver(buffer, maxBytes, produced);
        if (m_state.block_state == ISAL_BLOCK_FINISH) {
            m_midMember = false;
            m_memberStart = m_inputOffset + (m_state.next_in - m_input.data());
            m_memberOutput = 0;
            startMember(m_state);
        }
    }
    return produced;
}

std::int64_t IsalInflater::handOver(char* buffer, std::int64_t maxBytes, std::int64_t produced)
{
    if (!m_file->seek(m_memberStart)) {
        m_error = m_file->errorString();
        m_readFailed = true;
        return produced > 0 ? produced : -1;
    }
    m_zlib = std::make_unique<ZlibInflater>(std::move(m_file), m_memberOutput);
    if (produced > 0)
        return produced;
    return m_zlib->read(buffer, maxBytes);
}

} // namespace cloudshift
