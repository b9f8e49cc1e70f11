#pragma once

#include "billing/inflater.h"

#include <isa-l/igzip_lib.h>

#include <vector>

namespace cloudshift {

/// Inflater on ISA-L's igzip, about five times faster than zlib on the same core.
///
/// Damaged or cut data is handed to zlib: it decodes the member again from its start, drops what was
/// already handed out, and reports the fault in its own words, so every diagnostic matches a zlib-only
/// build. ISA-L may decode a few bytes past a fault before it notices, so the last kHoldBack bytes of a
/// member are held until more follow or the member's checksum is verified. The second decode costs time
/// only for broken files.
class IsalInflater : public Inflater
{
public:
    explicit IsalInflater(std::unique_ptr<QFile> file);

    std::int64_t read(char* buffer, std::int64_t maxBytes) override;
    std::int64_t compressedBytesRead() const override;
    QString error() const override;

    static constexpr std::size_t kHoldBack = 64 * 1024;

private:
    void decodeMore();
    void startZlib();

    std::unique_ptr<QFile> m_file;
    std::unique_ptr<Inflater> m_zlib; ///< set once the data turned out damaged or cut
    std::vector<unsigned char> m_input;
    std::int64_t m_inputOffset = 0; ///< file offset of m_input[0]
    std::int64_t m_consumed = 0;
    std::int64_t m_memberStart = 0; ///< file offset where the member being decoded starts
    std::vector<char> m_output; ///< decoded text not yet handed out: [m_outputBegin, m_outputEnd)
    std::size_t m_outputBegin = 0;
    std::size_t m_outputEnd = 0;
    std::size_t m_verifiedEnd = 0; ///< m_output up to here belongs to members whose trailer checked out
    std::int64_t m_decoded = 0; ///< bytes decoded in all
    std::int64_t m_delivered = 0; ///< bytes handed out in all
    std::int64_t m_memberOutputStart = 0; ///< m_decoded when the current member started
    inflate_state m_state{};
    bool m_midMember = false;
    bool m_finished = false; ///< the file ended after a whole member
    bool m_damaged = false; ///< ISA-L failed, or the file ended inside a member
    bool m_readFailed = false;
    QString m_error;
};

} // namespace cloudshift
