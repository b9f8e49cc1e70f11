#pragma once

#include "billing/inflater.h"

#include <isa-l/igzip_lib.h>

#include <vector>

namespace cloudshift {

/// Inflater on ISA-L's igzip, about five times faster than zlib on the same core.
///
/// Damaged data is handed to zlib: it decodes the damaged member again from its start, drops what was
/// already handed out, and reports the fault in its own words. That costs a second decode of the member,
/// only for broken files, and keeps every diagnostic identical to a zlib-only build.
class IsalInflater : public Inflater
{
public:
    explicit IsalInflater(std::unique_ptr<QFile> file);

    std::int64_t read(char* buffer, std::int64_t maxBytes) override;
    std::int64_t compressedBytesRead() const override;
    QString error() const override;

private:
    std::int64_t handOver(char* buffer, std::int64_t maxBytes, std::int64_t produced);

    std::unique_ptr<QFile> m_file;
    std::unique_ptr<Inflater> m_zlib; ///< set once the data turned out damaged
    std::vector<unsigned char> m_input;
    std::int64_t m_inputOffset = 0; ///< file offset of m_input[0]
    std::int64_t m_consumed = 0;
    std::int64_t m_memberStart = 0; ///< file offset where the member being decoded starts
    std::int64_t m_memberOutput = 0; ///< bytes of that member handed out
    inflate_state m_state{};
    bool m_midMember = false;
    bool m_finished = false;
    bool m_readFailed = false;
    QString m_error;
};

} // namespace cloudshift
