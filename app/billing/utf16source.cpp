#include "utf16source.h"

#include <cstring>

namespace cloudshift {

namespace {
    constexpr qsizetype kRawChunk = 64 * 1024;
}

Utf16Source::Utf16Source(std::unique_ptr<ByteSource> inner, ByteOrder order)
    : m_inner(std::move(inner))
    , m_decoder(order == ByteOrder::LittleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
          QStringConverter::Flag::Default)
    , m_raw(kRawChunk, Qt::Uninitialized)
{
}

std::optional<Utf16Source::ByteOrder> Utf16Source::detect(const QByteArray& head)
{
    if (head.size() < 2)
        return std::nullopt;
    const auto b0 = static_cast<unsigned char>(head[0]);
    const auto b1 = static_cast<unsigned char>(head[1]);
    if (b0 == 0xFF && b1 == 0xFE)
        return ByteOrder::LittleEndian;
    if (b0 == 0xFE && b1 == 0xFF)
        return ByteOrder::BigEndian;
    return std::nullopt;
}

std::int64_t Utf16Source::read(char* buffer, std::int64_t maxBytes)
{
    while (m_pending.isEmpty()) {
        const std::int64_t n = m_inner->read(m_raw.data(), kRawChunk);
        if (n < 0)
            return -1;
        if (n == 0)
            return 0;
        // The decoder drops the byte order mark and keeps half characters for the next chunk.
        m_pending = QString(m_decoder.decode(QByteArrayView(m_raw.constData(), static_cast<qsizetype>(n)))).toUtf8();
    }
    const auto count = std::min<std::int64_t>(maxBytes, m_pending.size());
    std::memcpy(buffer, m_pending.constData(), static_cast<std::size_t>(count));
    m_pending.remove(0, static_cast<qsizetype>(count));
    return count;
}

} // namespace cloudshift
