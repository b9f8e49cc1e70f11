#include "isalinflater.h"

#include "billing/zlibinflater.h"

#include <QFile>

#include <algorithm>
#include <cstring>

namespace cloudshift {

namespace {
    constexpr std::size_t kInputBytes = 64 * 1024;
    constexpr std::size_t kDecodeBytes = 256 * 1024;

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
    , m_output(kHoldBack + kDecodeBytes)
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
    for (;;) {
        if (m_zlib)
            return m_zlib->read(buffer, maxBytes);
        // Verified text may go; unverified text only while kHoldBack bytes follow it. A file that
        // cannot be read any further hands out all it decoded, as zlib would.
        std::size_t limit = m_verifiedEnd;
        if (m_finished || m_readFailed)
            limit = m_outputEnd;
        else if (!m_damaged && m_outputEnd > kHoldBack)
            limit = std::max(limit, m_outputEnd - kHoldBack);
        if (limit > m_outputBegin) {
            const auto n = std::min(static_cast<std::size_t>(maxBytes), limit - m_outputBegin);
            std::memcpy(buffer, m_output.data() + m_outputBegin, n);
            m_outputBegin += n;
            m_delivered += static_cast<std::int64_t>(n);
            return static_cast<std::int64_t>(n);
        }
        if (m_finished)
            return 0;
        if (m_readFailed)
            return -1;
        if (m_damaged)
            startZlib();
        else
            decodeMore();
    }
}

void IsalInflater::decodeMore()
{
    if (m_outputBegin > 0) {
        std::memmove(m_output.data(), m_output.data() + m_outputBegin, m_outputEnd - m_outputBegin);
        m_outputEnd -= m_outputBegin;
        m_verifiedEnd -= std::min(m_verifiedEnd, m_outputBegin);
        m_outputBegin = 0;
    }
    while (m_outputEnd < m_output.size()) {
        if (m_state.avail_in == 0) {
            const qint64 n = m_file->read(reinterpret_cast<char*>(m_input.data()), static_cast<qint64>(m_input.size()));
            if (n < 0) {
                m_error = m_file->errorString();
                m_readFailed = true;
                return;
            }
            if (n == 0) {
                m_damaged = m_midMember; // cut inside a member: zlib says where
                m_finished = !m_midMember;
                return;
            }
            m_inputOffset = m_consumed;
            m_consumed += n;
            m_state.next_in = m_input.data();
            m_state.avail_in = static_cast<std::uint32_t>(n);
        }
        m_midMember = true;
        const auto room = static_cast<std::uint32_t>(m_output.size() - m_outputEnd);
        m_state.next_out = reinterpret_cast<unsigned char*>(m_output.data() + m_outputEnd);
        m_state.avail_out = room;
        const std::uint32_t inputBefore = m_state.avail_in;
        const int rc = isal_inflate(&m_state);
        const std::uint32_t decoded = room - m_state.avail_out;
        m_outputEnd += decoded;
        m_decoded += decoded;
        const bool stuck = decoded == 0 && m_state.avail_in == inputBefore && m_state.block_state != ISAL_BLOCK_FINISH;
        if (rc < 0 || stuck) { // never spin on data ISA-L neither takes nor refuses
            m_damaged = true;
            return;
        }
        if (m_state.block_state == ISAL_BLOCK_FINISH) {
            m_midMember = false;
            m_verifiedEnd = m_outputEnd;
            m_memberOutputStart = m_decoded;
            m_memberStart = m_inputOffset + (m_state.next_in - m_input.data());
            startMember(m_state);
        }
    }
}

void IsalInflater::startZlib()
{
    // Everything verified has been handed out; zlib decodes the damaged member from its start.
    if (!m_file->seek(m_memberStart)) {
        m_error = m_file->errorString();
        m_readFailed = true;
        m_outputBegin = m_outputEnd;
        return;
    }
    m_zlib = std::make_unique<ZlibInflater>(std::move(m_file), m_delivered - m_memberOutputStart);
}

} // namespace cloudshift
