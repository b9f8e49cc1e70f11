#pragma once

#include "billing/bytesource.h"

#include <QByteArray>
#include <QStringDecoder>

#include <memory>

namespace cloudshift {

/// Turns a UTF-16 stream (Excel's "Unicode text", with a byte order mark) into UTF-8 for the CSV reader.
///
/// Decoding is stateful, so a character or surrogate pair split across chunks is decoded correctly.
class Utf16Source : public ByteSource
{
public:
    enum class ByteOrder { LittleEndian, BigEndian };

    Utf16Source(std::unique_ptr<ByteSource> inner, ByteOrder order);

    std::int64_t read(char* buffer, std::int64_t maxBytes) override;
    std::int64_t progressBytes() const override { return m_inner->progressBytes(); }
    std::int64_t totalBytes() const override { return m_inner->totalBytes(); }
    QString error() const override { return m_inner->error(); }

    /// The byte order told by the first bytes (FF FE or FE FF), if they are a UTF-16 byte order mark.
    static std::optional<ByteOrder> detect(const QByteArray& head);

private:
    std::unique_ptr<ByteSource> m_inner;
    QStringDecoder m_decoder;
    QByteArray m_pending; ///< UTF-8 not yet handed out
    QByteArray m_raw;
};

} // namespace cloudshift
