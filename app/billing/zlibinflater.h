#pragma once

#include "billing/inflater.h"

#include <zlib.h>

#include <vector>

namespace cloudshift {

/// Inflater on zlib: the portable engine, and the one whose messages describe damaged data.
class ZlibInflater : public Inflater
{
public:
    /// Decodes from the file's current position, which must be the start of a gzip member; the first
    /// `skipOutput` decoded bytes are dropped (another engine already handed them out).
    explicit ZlibInflater(std::unique_ptr<QFile> file, std::int64_t skipOutput = 0);
    ~ZlibInflater() override;

    std::int64_t read(char* buffer, std::int64_t maxBytes) override;
    std::int64_t compressedBytesRead() const override { return m_consumed; }
    QString error() const override { return m_error; }

private:
    std::int64_t inflateInto(char* buffer, std::int64_t maxBytes);
    std::int64_t fail(const QString& message);

    std::unique_ptr<QFile> m_file;
    std::int64_t m_consumed = 0;
    std::int64_t m_skip = 0;
    std::vector<char> m_input;
    z_stream m_stream{};
    bool m_ok = false;
    bool m_finished = false;
    bool m_midMember = false;
    uInt m_requested = 0;
    std::int64_t m_produced = 0; ///< bytes decoded by the call that hit a fault
    QString m_error;
};

} // namespace cloudshift
