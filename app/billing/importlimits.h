#pragma once

#include <cstddef>

namespace cloudshift {

/// Bounds that keep an import's memory finite whatever the input: one CSV record (line), one field, the
/// distinct resources of the whole import, and the nesting of the JSON cells (Tags, AdditionalInfo).
///
/// No real export comes near them: an Azure tag set is at most 50 tags of 512 + 256 characters, an
/// AdditionalInfo cell a few hundred bytes, and the largest estates have some hundred thousand resources.
/// Past a bound the importer says so, naming the file, line and column, instead of growing without end:
/// a longer record ends the file (its rows so far are kept), a longer field skips its row, more
/// resources stop the import, and a deeper JSON cell is kept as text without being parsed.
struct ImportLimits
{
    static constexpr std::size_t kDefaultMaxRecordBytes = std::size_t(64) * 1024 * 1024;
    static constexpr std::size_t kDefaultMaxFieldBytes = std::size_t(1) * 1024 * 1024;
    static constexpr std::size_t kDefaultMaxResources = 2'000'000;
    /// Objects and arrays inside each other in one JSON cell; deeper cells are never parsed (a recursive
    /// parser would run out of stack on them).
    static constexpr int kMaxJsonDepth = 32;

    std::size_t maxRecordBytes = kDefaultMaxRecordBytes;
    std::size_t maxFieldBytes = kDefaultMaxFieldBytes;
    std::size_t maxResources = kDefaultMaxResources;
};

} // namespace cloudshift
